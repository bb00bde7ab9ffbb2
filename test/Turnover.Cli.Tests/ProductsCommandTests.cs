using Turnover.Testing;

namespace Turnover.Cli.Tests;

/// <summary><c>turnover products</c> and <c>turnover suppliers</c> on the bundled Wind export: what the tables say, and the refusals.</summary>
public sealed class ProductsCommandTests
{
    [Fact]
    public void When_products_lines_cover_part_of_the_total_then_the_table_says_how_much()
    {
        using var cli = new CliRun();
        cli.Run("ingest", WindColumns.ByOrigin, Bundled.ChinaRussia);

        var (exit, console, _, _) = cli.Run("products", "CHN", "RUS", "--year", "2021", "--level", "product");

        Assert.Equal(0, exit);
        Assert.Contains("China–Russian Federation trade by HS product, US$ m, 2021 against 2020, as reported by China (China's customs, GACC)", console, StringComparison.Ordinal);
        Assert.Contains("2021: the stored lines (imports only) add up to 51.603 bn, 35.1% of the all-goods turnover of 146.887 bn", console, StringComparison.Ordinal);
        Assert.Contains("Shares and contributions are of the all-goods turnover.", console, StringComparison.Ordinal);
    }

    [Fact]
    public void When_suppliers_are_asked_then_russias_2021_crude_is_79_65_mt_at_about_506_dollars_a_tonne()
    {
        using var cli = new CliRun();
        cli.Run("ingest", WindColumns.ByOrigin);

        var (exit, console, _, _) = cli.Run("suppliers", "2709", "--importer", "CHN", "--year", "2021", "--top", "2");

        Assert.Equal(0, exit);
        var russia = console.Split('\n').Single(l => l.Contains("Russian Federation", StringComparison.Ordinal));
        Assert.Equal(["Russian Federation", "2021", "40,294.7", "15.9%", "79,646,446 t", "505.92/t", string.Empty], russia.Split('│').Skip(1).SkipLast(1).Select(c => c.Trim()));
    }

    [Theory]
    [InlineData("products CHN RUS --year 2021 --from 2020", "--year cannot be combined with --from or --to.")]
    [InlineData("products CHN RUS --from 2022 --to 2020", "--from 2022 is after --to 2020")]
    [InlineData("products CHN RUS --year 1800", "--year 1800 is not a year between 1900 and 2200.")]
    [InlineData("suppliers 12345 --importer CHN", "PRODUCT '12345' is not an HS code")]
    [InlineData("suppliers crude --importer CHN", "no lines of commodity 'crude' stored for China's imports.")]
    [InlineData("suppliers 8542 --importer CHN", "no lines of HS 8542 stored for China's imports.")]
    [InlineData("products USA KOR", "no product lines stored for USA–")]
    public void When_the_question_cannot_be_answered_then_the_error_says_why(string command, string message)
    {
        using var cli = new CliRun();
        cli.Run("ingest", WindColumns.ByOrigin);

        var (exit, _, _, error) = cli.Run(command.Split(' '));

        Assert.NotEqual(0, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }
}
