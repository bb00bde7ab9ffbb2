using System.Globalization;
using DuckDB.NET.Data;
using Turnover.Core;
using Turnover.Store;
using Turnover.Testing;

namespace Turnover.Application.Tests;

/// <summary>
/// <c>turnover export</c>'s use case (issue 13): the stored figures as published, checked against the source files read
/// here by hand, never against the export's own SQL.
/// </summary>
public sealed class ExportRecordsTests : IDisposable
{
    private static readonly Country Usa = CountryCatalog.Default.Resolve("USA").Country;
    private static readonly Country China = CountryCatalog.Default.Resolve("CHN").Country;
    private static readonly Country Russia = CountryCatalog.Default.Resolve("RUS").Country;

    private readonly string _folder = Directory.CreateTempSubdirectory("turnover-export-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string In(string name) => Path.Combine(_folder, name);

    // The exported CSV's rows as column name → cell. The columns written here hold no comma or quote.
    private static List<Dictionary<string, string>> Rows(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        return [.. lines.Skip(1).Select(l => l.Split(',')).Select(cells =>
        {
            Assert.Equal(header.Length, cells.Length);
            return header.Zip(cells).ToDictionary(p => p.First, p => p.Second);
        })];
    }

    [Fact]
    public void When_the_census_table_is_exported_then_every_month_is_there_as_published_with_its_line()
    {
        using var store = Stores.With(Stores.UsChina);
        var path = In("usa-chn.csv");

        var answer = new ExportRecords(store).Run(new ExportRequest(path, ExportFileFormat.Csv) { Pair = new CountryPair(Usa, China) }).Value;

        // The census file by hand: "January 2001;1,187.5;8,427.5;-7,240.0", millions of US dollars, line 1 the header.
        var expected = File.ReadAllLines(Stores.UsChina).Select((text, i) => (Cells: text.Split(';'), Line: i + 1)).Skip(1)
            .SelectMany(l => new[] { ("export", l.Cells[1], l), ("import", l.Cells[2], l) })
            .Select(e =>
            {
                var month = DateTime.ParseExact(e.l.Cells[0], "MMMM yyyy", CultureInfo.InvariantCulture);
                var usd = decimal.Parse(e.Item2, NumberStyles.Number, CultureInfo.InvariantCulture) * 1_000_000m;
                return (Period: $"{month:yyyy-MM}", Flow: e.Item1, Usd: usd, e.l.Line);
            })
            .OrderBy(e => e.Period, StringComparer.Ordinal).ThenBy(e => e.Flow, StringComparer.Ordinal)
            .ToList();
        var rows = Rows(path);
        var actual = rows
            .Select(r => (Period: r["period"], Flow: r["flow"], Usd: decimal.Parse(r["value_usd"], CultureInfo.InvariantCulture), Line: int.Parse(r["source_line"], CultureInfo.InvariantCulture)))
            .OrderBy(e => e.Period, StringComparer.Ordinal).ThenBy(e => e.Flow, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected.Count, answer.Written.Rows);
        Assert.Equal(expected, actual);
        Assert.All(rows, r =>
        {
            Assert.Equal(("UsCensus", "USA", "842", "CHN", "156"), (r["source"], r["reporter"], r["reporter_code"], r["partner"], r["partner_code"]));
            Assert.Equal(("reported", "us_census_usa_china_monthly.csv", "1"), (r["derivation"], r["release_file"], r["release_id"]));
        });
        Assert.Equal([1], answer.Written.ReleaseIds);
        Assert.Equal((2001, 2019), (answer.Written.FirstYear, answer.Written.LastYear));
    }

    [Fact]
    public void When_written_as_parquet_then_the_file_holds_the_same_figures_as_the_csv()
    {
        using var store = Stores.With(Stores.ChinaRussia, Stores.UsChina);
        var export = new ExportRecords(store);

        var csv = export.Run(new ExportRequest(In("all.csv"), ExportFileFormat.Csv)).Value;
        var parquet = export.Run(new ExportRequest(In("all.parquet"), ExportFileFormat.Parquet)).Value;

        using var reader = new DuckDBConnection("DataSource=:memory:");
        reader.Open();
        using var command = reader.CreateCommand();
        command.CommandText = $"SELECT count(*), sum(value_usd), count(DISTINCT release_id) FROM read_parquet('{In("all.parquet").Replace("'", "''", StringComparison.Ordinal)}')";
        using var result = command.ExecuteReader();
        result.Read();
        var csvRows = Rows(In("all.csv"));
        Assert.Equal(csv.Written.Rows, parquet.Written.Rows);
        Assert.Equal(csvRows.Count, result.GetInt64(0));
        Assert.Equal(csvRows.Sum(r => decimal.Parse(r["value_usd"], CultureInfo.InvariantCulture)), result.GetDecimal(1));
        Assert.Equal(2, result.GetInt64(2));
    }

    [Fact]
    public void When_periods_are_spans_then_each_is_written_as_a_period_is_spelled_elsewhere()
    {
        using var store = Stores.With(Stores.ChinaRussia);

        Assert.True(new ExportRecords(store).Run(new ExportRequest(In("chn-rus.csv"), ExportFileFormat.Csv)).Succeeded);

        var rows = Rows(In("chn-rus.csv"));
        Assert.Contains(rows, r => r["months"] is not ("1" or "3" or "12"));
        Assert.All(rows, r => Assert.Equal(
            Period.Span(int.Parse(r["year"], CultureInfo.InvariantCulture), int.Parse(r["start_month"], CultureInfo.InvariantCulture), int.Parse(r["months"], CultureInfo.InvariantCulture)).ToString(),
            r["period"]));
        Assert.Equal(["cumulative", "differenced_from_cumulative", "reported"], rows.Select(r => r["derivation"]).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(["export", "import", "turnover"], rows.Select(r => r["flow"]).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void When_asked_as_of_a_date_then_nothing_published_later_is_written()
    {
        using var store = Stores.With(Stores.ChinaRussia);
        var asOf = new DateOnly(2023, 3, 1);

        var everything = new ExportRecords(store).Run(new ExportRequest(In("now.csv"), ExportFileFormat.Csv)).Value;
        var then = new ExportRecords(store).Run(new ExportRequest(In("then.csv"), ExportFileFormat.Csv) { AsOf = asOf }).Value;

        var rows = Rows(In("then.csv"));
        Assert.True(then.Written.Rows < everything.Written.Rows);
        Assert.All(rows, r => Assert.True(DateOnly.Parse(r["public_from"], CultureInfo.InvariantCulture) <= asOf, r["public_from"]));
        Assert.Contains(rows, r => r["period"] == "2022");
        Assert.DoesNotContain(rows, r => r["year"] == "2023");
    }

    [Fact]
    public void When_every_revision_is_asked_then_the_file_holds_every_stored_record_and_the_latest_only_one_a_figure()
    {
        using var store = Stores.With(Stores.ChinaRussia, Stores.UsChina);
        var export = new ExportRecords(store);

        var latest = export.Run(new ExportRequest(In("latest.csv"), ExportFileFormat.Csv)).Value;
        var every = export.Run(new ExportRequest(In("every.csv"), ExportFileFormat.Csv) { EveryRevision = true }).Value;

        Assert.Equal(store.Counts().Records, every.Written.Rows);
        var keys = Rows(In("latest.csv")).Select(r => string.Join('|', r["source"], r["reporter"], r["partner"], r["flow"], r["period"], r["product"])).ToList();
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
        Assert.True(latest.Written.Rows <= every.Written.Rows);
    }

    [Fact]
    public void When_a_figure_was_revised_then_the_latest_export_holds_the_revision_published_last()
    {
        // The customs table to 2022, then the whole table: the same figures in two releases, some revised.
        using var store = Stores.With(RepoPaths.Fixture("gacc", "china_russia_to_2022.csv"), Stores.ChinaRussia);
        var export = new ExportRecords(store);

        Assert.True(export.Run(new ExportRequest(In("every.csv"), ExportFileFormat.Csv) { EveryRevision = true }).Succeeded);
        Assert.True(export.Run(new ExportRequest(In("latest.csv"), ExportFileFormat.Csv)).Succeeded);

        static string Key(Dictionary<string, string> r) => string.Join('|', r["source"], r["reporter"], r["partner"], r["flow"], r["period"], r["product"]);
        // The rule, applied here by hand: published last, the later release on a tie.
        var expected = Rows(In("every.csv")).GroupBy(Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r["public_from"], StringComparer.Ordinal).ThenByDescending(r => int.Parse(r["release_id"], CultureInfo.InvariantCulture)).First()["release_id"], StringComparer.Ordinal);
        var latest = Rows(In("latest.csv")).ToDictionary(Key, r => r["release_id"], StringComparer.Ordinal);
        Assert.Contains(Rows(In("every.csv")).GroupBy(Key, StringComparer.Ordinal), g => g.Count() > 1);
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), latest.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void When_one_pair_is_asked_then_only_its_figures_are_written_from_both_sides()
    {
        using var store = Stores.With(Stores.ChinaRussia, Stores.UsChina);

        var answer = new ExportRecords(store).Run(new ExportRequest(In("pair.csv"), ExportFileFormat.Csv) { Pair = new CountryPair(Russia, China), Years = new YearRange(2020, 2021) }).Value;

        var rows = Rows(In("pair.csv"));
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(("CHN", "RUS"), (r["reporter"], r["partner"])));
        Assert.All(rows, r => Assert.InRange(int.Parse(r["year"], CultureInfo.InvariantCulture), 2020, 2021));
        Assert.Equal((2020, 2021), (answer.Written.FirstYear, answer.Written.LastYear));
    }

    [Fact]
    public void When_nothing_matches_then_no_file_is_written_and_the_failure_says_what_was_asked()
    {
        using var store = Stores.With(Stores.ChinaRussia);
        var request = new ExportRequest(In("none.parquet"), ExportFileFormat.Parquet) { Pair = new CountryPair(China, Russia), Years = new YearRange(1990, 1991) };

        var outcome = new ExportRecords(store).Run(request);

        Assert.Equal(FailureKind.NoData, outcome.Failure!.Kind);
        Assert.Equal(new NothingToExport(request), outcome.Failure.Reason);
        Assert.Empty(Directory.GetFileSystemEntries(_folder));
    }

    [Fact]
    public void When_the_file_exists_then_it_is_replaced_whole_and_no_temporary_file_is_left()
    {
        using var store = Stores.With(Stores.UsChina);
        var path = In("out.csv");
        File.WriteAllText(path, "an older export\n");

        Assert.True(new ExportRecords(store).Run(new ExportRequest(path, ExportFileFormat.Csv)).Succeeded);

        Assert.StartsWith("source,reporter,", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal([path], Directory.GetFileSystemEntries(_folder));
    }

    [Fact]
    public void When_the_path_cannot_be_written_then_it_is_refused_before_reading_anything()
    {
        using var store = Stores.With(Stores.UsChina);
        var export = new ExportRecords(store);

        var folder = export.Run(new ExportRequest(_folder, ExportFileFormat.Csv));
        var missing = export.Run(new ExportRequest(Path.Combine(_folder, "no-such-folder", "x.csv"), ExportFileFormat.Csv));
        var backwards = export.Run(new ExportRequest(In("x.csv"), ExportFileFormat.Csv) { Years = new YearRange(2020, 2010) });

        Assert.Equal(new OutputPathUnusable(_folder, OutputPathProblem.IsFolder), folder.Failure!.Reason);
        Assert.Equal(OutputPathProblem.FolderMissing, Assert.IsType<OutputPathUnusable>(missing.Failure!.Reason).Problem);
        Assert.Equal(new FirstYearAfterLast(2020, 2010), backwards.Failure!.Reason);
        Assert.All(new[] { folder, missing, backwards }, o => Assert.Equal(FailureKind.BadInput, o.Failure!.Kind));
        Assert.Empty(Directory.GetFileSystemEntries(_folder));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void When_the_path_is_empty_or_blank_then_it_is_refused_as_naming_no_file(string path)
    {
        // An empty --out (a script's unset variable) threw from Path.GetFullPath, exit code 134; a blank one wrote a
        // file named " " in the current folder.
        using var store = Stores.With(Stores.UsChina);

        var outcome = new ExportRecords(store).Run(new ExportRequest(path, ExportFileFormat.Csv));

        Assert.Equal(new OutputPathUnusable(path, OutputPathProblem.NoFileName), outcome.Failure!.Reason);
        Assert.Equal(FailureKind.BadInput, outcome.Failure.Kind);
    }
}
