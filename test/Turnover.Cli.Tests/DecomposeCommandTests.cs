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
    public void When_a_product_has_a_quantity_in_one_year_only_then_the_notes_say_how_much_value_is_left_out()
    {
        using var cli = new CliRun();
        cli.Run("ingest", WindColumns.ByOrigin, WindColumns.FromRussia);

        var (exit, console, _, _) = cli.Run("decompose", "CHN", "RUS", "--from", "2019", "--to", "2022");

        Assert.Equal(0, exit);
        Assert.Contains("│ chained", console, StringComparison.Ordinal);
        // Pipeline gas has tonnes in 2019 and none in 2022: one line whose value compares, not a vanished and a new one.
        Assert.Contains("units differ: 1 line(s), 0.001 bn (0.0% of the lines) in 2019 and 3.981 bn (5.0% of the lines) in 2022.", System.Text.RegularExpressions.Regex.Replace(console, @"\s+", " "), StringComparison.Ordinal);
        Assert.Contains("│ 271121 │ imports │        1.1 │    3,980.9 │", console, StringComparison.Ordinal);
    }

    [Fact]
    public void When_top_2_of_2019_is_asked_then_lng_and_crude_are_listed_and_the_other_lines_add_up_to_all_lines()
    {
        using var cli = new CliRun();
        cli.Run("ingest", WindColumns.ByOrigin);

        var (exit, console, _, error) = cli.Run("decompose", "CHN", "RUS", "--year", "2019", "--top", "2");
        var (_, _, json, _) = cli.Run("decompose", "CHN", "RUS", "--year", "2019", "--top", "2", "--format", "json");

        Assert.True(exit == 0, error);
        // The file's sums: LNG rose 738.5 m and crude fell 731.5 m; coal (worth more than LNG) and pipeline gas moved less.
        decimal Value(string series, int year) => WindColumns.Sum(WindColumns.ByOrigin, $"Value of Imports: {series}: Russian Federation", year) ?? 0m;
        var others = new[] { "Coal", "Pipeline Carried Natural Gas (Gaseous State)" };
        var (othersBase, othersLast) = (others.Sum(o => Value(o, 2018)), others.Sum(o => Value(o, 2019)));
        var all = new[] { "Crude Oil", "Liquified Natural Gas (LNG)" }.Concat(others);
        var (allBase, allLast) = (all.Sum(o => Value(o, 2018)), all.Sum(o => Value(o, 2019)));
        var rows = console.Split('\n').Where(l => l.StartsWith("│ ", StringComparison.Ordinal)).Select(l => l.Split('│').Skip(1).SkipLast(1).Select(c => c.Trim()).ToList()).ToList();
        Assert.Equal(["271111", "2709"], rows.Where(r => r[1] == "imports").Take(2).Select(r => r[0]));
        var summed = rows.Single(r => r[0] == "other lines");
        Assert.Equal(["2 lines", M(othersBase), M(othersLast)], summed.Skip(1).Take(3));
        var total = rows.Single(r => r[0] == "all lines");
        Assert.Equal(["4 lines", M(allBase), M(allLast)], total.Skip(1).Take(3));
        Assert.Contains("Listed: the 2 line(s) whose value changed most from 2018 to 2019, up or down; the other 2 line(s)", System.Text.RegularExpressions.Regex.Replace(console, @"\s+", " "), StringComparison.Ordinal);

        using var document = System.Text.Json.JsonDocument.Parse(json);
        var top = document.RootElement.GetProperty("top");
        Assert.Equal(2, top.GetProperty("asked").GetInt32());
        Assert.Equal(["271111", "2709"], top.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("code").GetString()));
        var rest = top.GetProperty("others");
        Assert.Equal((2, othersBase, othersLast, othersLast - othersBase), (rest.GetProperty("lines").GetInt32(), rest.GetProperty("baseUsd").GetDecimal(), rest.GetProperty("usd").GetDecimal(), rest.GetProperty("changeUsd").GetDecimal()));
        Assert.Equal(4, document.RootElement.GetProperty("products").GetArrayLength());

        static string M(decimal usd) => (usd / 1_000_000m).ToString("N1", System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void When_top_is_more_than_the_lines_then_every_line_is_listed_with_no_other_lines_row()
    {
        using var cli = new CliRun();
        cli.Run("ingest", WindColumns.ByOrigin);

        var (exit, console, _, error) = cli.Run("decompose", "CHN", "RUS", "--year", "2019", "--top", "50");

        Assert.True(exit == 0, error);
        Assert.DoesNotContain("other lines", console, StringComparison.Ordinal);
        Assert.Contains("│ all lines │ 4 lines │", console, StringComparison.Ordinal);
        Assert.Contains("All 4 line(s) are listed (--top 50), by the size of their change in value from 2018 to 2019, up or down.", System.Text.RegularExpressions.Regex.Replace(console, @"\s+", " "), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("decompose CHN RUS --top 0", "--top 0 should be at least 1.")]
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
