using Turnover.Testing;

namespace Turnover.Cli.Tests;

/// <summary><c>turnover decompose</c> on the bundled Wind exports: the table's figures, its notes, and the refusals.</summary>
public sealed class DecomposeCommandTests
{
    [Fact]
    public void When_crude_2022_is_split_then_the_row_shows_45_percent_in_value_and_8_in_volume()
    {
        using var cli = new CliRun();
        cli.Run("ingest", WindColumns.FromRussia);

        var (exit, console, _, _) = cli.Run("decompose", "CHN", "RUS", "--year", "2022", "--product", "2709");

        Assert.Equal(0, exit);
        Assert.Contains("China–Russian Federation trade inside HS 2709 by HS product: value split into volume and unit value, 2021 → 2022, as reported by China (China's customs, GACC)", console, StringComparison.Ordinal);
        var crude = console.Split('\n').First(l => l.Contains("│ 2709", StringComparison.Ordinal));
        Assert.Equal(["2709", "imports", "40,294.7", "58,377.5", "+44.9%", "+8.3%", "+33.8%", "505.92/t", "676.86/t", string.Empty], crude.Split('│').Skip(1).SkipLast(1).Select(c => c.Trim()));
    }

    [Fact]
    public void When_a_product_has_no_quantity_then_the_notes_say_how_much_value_is_left_out()
    {
        using var cli = new CliRun();
        cli.Run("ingest", WindColumns.ByOrigin, WindColumns.FromRussia);

        var (exit, console, _, _) = cli.Run("decompose", "CHN", "RUS", "--from", "2019", "--to", "2022");

        Assert.Equal(0, exit);
        Assert.Contains("│ chained", console, StringComparison.Ordinal);
        Assert.Contains("Not split between 2019 and 2022: no quantity: 1 line(s), 0.000 bn (0.0% of the lines) in 2019 and 3.981 bn (5.0% of the lines) in 2022", console, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("decompose CHN RUS --product 123", "--product '123' is not an HS code")]
    [InlineData("decompose CHN RUS --product crude", "no product lines stored for China–Russian Federation inside commodity 'crude'")]
    [InlineData("decompose CHN RUS --from 2022 --to 2020", "--from 2022 is after --to 2020")]
    [InlineData("decompose CHN RUS --product 8542", "no product lines stored for China–Russian Federation inside HS 8542")]
    [InlineData("decompose CHN RUS --from 1990 --to 1996", "no product lines of China–Russian Federation in 1990, 1991, 1992")]
    public void When_the_question_cannot_be_answered_then_the_error_says_why(string command, string message)
    {
        using var cli = new CliRun();
        cli.Run("ingest", WindColumns.ByOrigin);

        var (exit, _, _, error) = cli.Run(command.Split(' '));

        Assert.NotEqual(0, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }
}
