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

    [Fact]
    public void When_a_chapters_world_figure_lacks_products_the_origins_have_then_the_table_says_so_and_shares_are_of_their_sum()
    {
        using var cli = new CliRun();
        cli.Run("ingest", WindColumns.ByOrigin);

        var (exit, console, _, _) = cli.Run("suppliers", "27", "--importer", "CHN", "--year", "2021", "--top", "2");

        // The "world" was crude and gas alone (Wind gives the world's coal and lignite only together, not stored): the
        // origins added up to 107.3 % of it.
        Assert.Equal(0, exit);
        var flat = System.Text.RegularExpressions.Regex.Replace(console, @"\s+", " ");
        Assert.Contains("world figure lacks HS 2701, 2702: shares of the origins' sum", flat, StringComparison.Ordinal);
        Assert.Contains("No world line is stored of products the origins have lines of (2021, HS 2701, 2702)", flat, StringComparison.Ordinal);
        Assert.DoesNotContain("origins add up to", flat, StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_year_in_progress_is_asked_then_it_is_compared_with_the_same_months_of_the_year_before()
    {
        using var cli = new CliRun();
        cli.Run("ingest", WindColumns.ByOrigin);

        var (exit, console, _, _) = cli.Run("products", "CHN", "RUS", "--year", "2022", "--level", "heading");

        // The export ends in November 2022: crude rose 51.0% over January–November, not the +35.2% of 11 months against 12.
        Assert.Equal(0, exit);
        Assert.Contains("2022 Jan–Nov against 2021 Jan–Nov", console, StringComparison.Ordinal);
        var crude = console.Split('\n').Single(l => l.StartsWith("│ 2709 ", StringComparison.Ordinal));
        Assert.Equal(["2709", "36,058.0", "54,458.6", "73.0%", "+51.0%", "+39.94"], crude.Split('│').Skip(1).SkipLast(1).Select(c => c.Trim()));
        Assert.Contains("2021 is taken over January–November only, the months 2022 has reached, so that the year in progress is compared with the same months (the whole of 2021: 51.603 bn).", console, StringComparison.Ordinal);
        Assert.DoesNotContain("unequal", console, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_origins_stored_do_not_add_up_to_the_world_figure_then_each_year_says_by_how_much()
    {
        using var cli = new CliRun();
        cli.Run("ingest", WindColumns.ByOrigin);

        var (exit, console, _, _) = cli.Run("suppliers", "2709", "--importer", "CHN", "--from", "2020", "--to", "2022", "--top", "2");

        // Wind's 2022 columns name fewer origins than its earlier years: the shares listed add up to 89.0%, not 100%.
        Assert.Equal(0, exit);
        var world = console.Split('\n').Where(l => l.Contains("origins add up to", StringComparison.Ordinal)).Select(l => l.Split('│')[7].Trim());
        Assert.Equal(["origins add up to 99.3%", "origins add up to 100.4%", "origins add up to 89.0%"], world);
        Assert.Contains(
            "The origins stored do not add up to the world figure as published: 2020 99.3% (1,164.1 m short), 2021 100.4% (1,083.5 m over), 2022 89.0% (36,411.0 m short); so neither do their shares.",
            console,
            StringComparison.Ordinal);
        // Only a gap of a point or more names the series that stop (2020's 0.7 % does not).
        Assert.Contains(
            "Origins stored for 2021 with fewer months of lines in 2022: Malaysia (none; 2021: 8,714.7 m), Norway (none; 2021: 6,407.1 m), USA (none; 2021: 5,628.1 m), United Kingdom (none; 2021: 2,381.7 m), Ecuador (none; 2021: 1,919.9 m) and 23 more.",
            Flat(console),
            StringComparison.Ordinal);
        Assert.DoesNotContain("fewer months of lines in 2020", Flat(console), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void When_both_wind_files_are_read_then_each_years_shares_are_of_the_same_months_or_not_given(bool russiaFirst)
    {
        // Either order of ingest: files' reach is read from every revision of their lines, and the later-updated file's
        // figures are the latest whichever was stored first.
        using var cli = new CliRun();
        cli.Run(["ingest", .. russiaFirst ? [WindColumns.FromRussia, WindColumns.ByOrigin] : new[] { WindColumns.ByOrigin, WindColumns.FromRussia }]);

        var (exit, console, _, _) = cli.Run("suppliers", "2709", "--importer", "CHN", "--from", "2022", "--to", "2023", "--top", "1");

        // The file of imports from Russia runs to February 2023, the export of every origin to November 2022: Russia's
        // twelve months of 2022 were 17.7 % of the world's eleven, and it was "100 %" of 2023's lone origin.
        Assert.Equal(0, exit);
        var russia = console.Split('\n').Single(l => l.Contains("Russian Federation", StringComparison.Ordinal));
        Assert.Equal(["Russian Federation", "2022", "58,377.5", "16.5%"], russia.Split('│').Skip(1).Take(4).Select(c => c.Trim()));
        var flat = Flat(console);
        Assert.Contains("share of January–November, the market's months: 54,549.2 m", flat, StringComparison.Ordinal);
        Assert.Contains("│ all origins (sum) │ 2023 (2 mo.) │ 8,460.6 │ – │", flat, StringComparison.Ordinal);
        Assert.Contains("no world figure to share of, and origins worth 80.4% of 2022's sum", flat, StringComparison.Ordinal);
        Assert.Contains("No shares in 2023: there is no world figure to share of, and origins worth 5% or more of the year before's sum have no line because the files that hold them end before", flat, StringComparison.Ordinal);
        Assert.Contains("Origins stored for 2022 with fewer months of lines in 2023: Saudi Arabia (none; 2022: 60,224.5 m)", flat, StringComparison.Ordinal);
        Assert.DoesNotContain("100.0% │ 15,678,077 t", flat, StringComparison.Ordinal);
    }

    [Fact]
    public void When_every_origins_files_end_before_a_year_with_a_world_figure_then_their_sum_is_no_coverage()
    {
        // The file of imports from Russia holds China's LNG imports from the world to February 2023; the origins' export
        // ends in November 2022. Their "0.0 %" of 2023's world figure was no shortfall: their lines are not known there.
        using var cli = new CliRun();
        cli.Run("ingest", WindColumns.ByOrigin, WindColumns.FromRussia);

        var (exit, console, _, _) = cli.Run("suppliers", "271111", "--importer", "CHN", "--from", "2022", "--to", "2023", "--top", "1");
        var (_, _, json, _) = cli.Run("suppliers", "271111", "--importer", "CHN", "--from", "2022", "--to", "2023", "--top", "1", "--format", "json");

        Assert.Equal(0, exit);
        var flat = Flat(console);
        Assert.Contains("origins worth 100.0% of 2022's sum have no line because their files end", flat, StringComparison.Ordinal);
        Assert.Contains("In 2023 origins worth 5% or more of the year before's sum have no line because the files that hold them end before", flat, StringComparison.Ordinal);
        Assert.Contains("The origins stored do not add up to the world figure as published: 2022 91.4% (3,979.4 m short); so", flat, StringComparison.Ordinal);
        Assert.DoesNotContain("add up to 0.0%", flat, StringComparison.Ordinal);
        Assert.DoesNotContain("2023 0.0%", flat, StringComparison.Ordinal);
        var markets = System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("markets").EnumerateArray().ToList();
        Assert.Equal(
            [(2022, System.Text.Json.JsonValueKind.Null, System.Text.Json.JsonValueKind.Null), (2023, System.Text.Json.JsonValueKind.Number, System.Text.Json.JsonValueKind.Null)],
            markets.Select(m => (m.GetProperty("year").GetInt32(), m.GetProperty("filesEndPct").ValueKind, m.GetProperty("lapsedPct").ValueKind)));
        Assert.Equal(100m, markets[1].GetProperty("filesEndPct").GetDecimal());
    }

    [Fact]
    public void When_a_products_lines_end_in_different_months_of_the_two_years_then_a_note_names_them()
    {
        using var cli = new CliRun();
        cli.Run("ingest", WindColumns.ByOrigin, WindColumns.FromRussia, Bundled.ChinaRussia);

        var (exit, console, _, _) = cli.Run("products", "CHN", "RUS", "--year", "2022", "--level", "product");

        // Russia's LNG stops in November 2022 (the file that runs to December holds the world's LNG, not Russia's).
        Assert.Equal(0, exit);
        Assert.Contains(
            "Lines that end in different months of the two years: 271111 2022 to November, 2021 to December. Their change compares unequal spans",
            Flat(console),
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("chapter", "27")]
    [InlineData("heading", "2711")]
    public void When_a_chapters_finer_line_ends_in_different_months_of_the_two_years_then_the_note_names_it(string level, string holder)
    {
        using var cli = new CliRun();
        cli.Run("ingest", WindColumns.ByOrigin, WindColumns.FromRussia, Bundled.ChinaRussia);

        var (exit, console, _, _) = cli.Run("products", "CHN", "RUS", "--year", "2022", "--level", level);
        var (_, _, json, _) = cli.Run("products", "CHN", "RUS", "--year", "2022", "--level", level, "--format", "json");

        // HS 27's lines run to December in both years, but Russia's LNG inside it stops in November 2022.
        Assert.Equal(0, exit);
        Assert.Contains(
            $"Lines that end in different months of the two years: {holder} (inside it: 271111 2022 to November, 2021 to December).",
            Flat(console),
            StringComparison.Ordinal);
        var product = System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("products").EnumerateArray().Single(p => p.GetProperty("code").GetString() == holder);
        var inside = Assert.Single(product.GetProperty("unequalInside").EnumerateArray());
        Assert.Equal(("271111", 11, 12), (inside.GetProperty("code").GetString(), inside.GetProperty("lastMonth").GetInt32(), inside.GetProperty("baseLastMonth").GetInt32()));
    }

    [Fact]
    public void When_a_year_in_progress_is_compared_then_no_finer_line_is_named_for_months_the_cut_removes()
    {
        using var cli = new CliRun();
        cli.Run("ingest", WindColumns.ByOrigin, WindColumns.FromRussia);

        var (exit, console, _, _) = cli.Run("products", "CHN", "RUS", "--year", "2023");

        // 2022 is cut to January–February, as 2023 is: its December lines are not compared, so none ends differently.
        Assert.Equal(0, exit);
        Assert.Contains("Jan–Feb", console, StringComparison.Ordinal);
        Assert.DoesNotContain("Lines that end in different months", Flat(console), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void When_a_products_files_end_before_the_year_shown_then_the_table_gives_no_fall_and_says_why(bool russiaFirst)
    {
        // Either order of ingest: the files are read from every revision of their lines, not only the latest.
        using var cli = new CliRun();
        cli.Run(["ingest", .. russiaFirst ? [WindColumns.FromRussia, WindColumns.ByOrigin] : new[] { WindColumns.ByOrigin, WindColumns.FromRussia }]);

        var (exit, console, _, _) = cli.Run("products", "CHN", "RUS", "--year", "2023", "--level", "product");

        Assert.Equal(0, exit);
        var lng = console.Split('\n').Single(l => l.StartsWith("│ 271111 ", StringComparison.Ordinal));
        Assert.Equal(["271111", "494.4", "–", "–", "–", "–"], lng.Split('│').Skip(1).SkipLast(1).Select(c => c.Trim()));
        Assert.DoesNotContain("Largest fallers", console, StringComparison.Ordinal);
        Assert.Contains(
            "No line in 2023 Jan–Feb of 271111 (its files end in November 2022; 2022 Jan–Feb: 494.4 m): the files that hold its lines end before, so it is not known there, not a fall to zero",
            Flat(console),
            StringComparison.Ordinal);
    }

    // The console wraps long notes at its width.
    private static string Flat(string console) => string.Join(' ', console.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

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
