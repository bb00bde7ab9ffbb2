using Turnover.Core;
using Turnover.Ingest.Mapped;
using Turnover.Testing;
using static Turnover.Ingest.Tests.National.ReaderRun;

namespace Turnover.Ingest.Tests.Mapped;

/// <summary>When a mapped file's figures became public: --published, else publicationLagDays, else the day of the ingest.</summary>
public class MappedPublicationTests
{
    private const string Undated = "no publication date given: counted as public from 2020-06-01, the day of this ingest; give --published DATE or publicationLagDays in the mapping to date it earlier";
    private static readonly string s_kosis = RepoPaths.Data("national", "kosis_korea_china_monthly.csv");
    private static readonly string s_mapping = RepoPaths.Fixture("mapped", "kosis_korea_china.json");

    [Fact]
    public void When_nothing_dates_the_file_then_its_figures_count_from_the_day_of_the_ingest_and_the_user_is_told()
    {
        var (records, context) = ReadAll(new MappedCsvReader(), s_kosis, Options(s_mapping, new DateOnly(2020, 6, 1)));

        Assert.Empty(context.Errors);
        Assert.Equal(new DateOnly(2020, 6, 1), context.Vintage);
        Assert.All(records, r => Assert.Null(r.Published));
        Assert.Equal([Undated], context.Notices);
        Assert.EndsWith("; " + Undated, context.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_mapping_gives_a_lag_then_each_figure_counts_from_its_periods_end_plus_the_lag_at_the_latest_the_ingest_day()
    {
        using var mapping = WithLag(15);

        var (records, context) = ReadAll(new MappedCsvReader(), s_kosis, Options(mapping.Path, new DateOnly(2020, 1, 10)));

        Assert.Empty(context.Errors);
        Assert.Null(context.Vintage);
        Assert.Empty(context.Notices);
        Assert.Equal(new DateOnly(2019, 12, 15), records.First(r => r.Period == Period.Month(2019, 11)).Published);
        Assert.Equal(new DateOnly(2020, 1, 10), records.First(r => r.Period == Period.Month(2019, 12)).Published);
        Assert.Contains("figures public 15 day(s) after their period's end (mapping field publicationLagDays), at the latest on 2020-01-10", context.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void When_published_is_given_then_it_dates_the_file_before_the_mappings_lag()
    {
        using var mapping = WithLag(15);
        var options = Options(mapping.Path, new DateOnly(2020, 6, 1)) with { Published = new DateOnly(2020, 3, 1) };
        var context = new ReadContext(s_kosis, options);

        var records = TradeReaders.ReadSafely(new MappedCsvReader(), context).ToList();

        Assert.Empty(context.Errors);
        Assert.Equal(new DateOnly(2020, 3, 1), context.Vintage);
        Assert.All(records, r => Assert.Null(r.Published));
        Assert.Empty(context.Notices);
    }

    [Fact]
    public void When_a_period_ends_after_the_day_of_the_ingest_then_the_file_is_refused()
    {
        var (_, context) = ReadAll(new MappedCsvReader(), s_kosis, Options(s_mapping, new DateOnly(2019, 12, 30)));

        var error = Assert.Single(context.Errors);
        Assert.Equal("kosis_korea_china_monthly.csv:229: period 2019-12 ends on 2019-12-31, after today (2019-12-30): a figure cannot be public before its period is over", error.ToString());
    }

    private static IngestOptions Options(string mapping, DateOnly today) => new() { MappingPath = mapping, Clock = FixedClock.On(today) };

    private static TempFile WithLag(int days)
    {
        var json = File.ReadAllText(s_mapping);
        return TempFile.WithText("kosis_lag.json", json.Insert(json.IndexOf('{', StringComparison.Ordinal) + 1, $" \"publicationLagDays\": {days},"));
    }
}
