using Turnover.Core;
using static Turnover.Store.Tests.RealFigures;

namespace Turnover.Store.Tests;

public sealed class TradeStoreTests : IDisposable
{
    private readonly TradeStore _store = TradeStore.Open(":memory:");

    public void Dispose() => _store.Dispose();

    private PairSeries Read(Granularity granularity, DateOnly? asOf = null) =>
        _store.ReadSeries(new SeriesRequest(China, Russia, SourceKind.Gacc, granularity, asOf));

    [Fact]
    public void When_a_file_is_loaded_then_monthly_series_keeps_the_combined_january_february()
    {
        var result = _store.Load("h1", FirstFourMonths2023(), () => Accept("h1"));

        Assert.Equal(LoadStatus.Stored, result.Status);
        Assert.Equal(7, result.RowsStored);
        var series = Read(Granularity.Month);
        Assert.Equal(["2023-01..02", "2023-03", "2023-04"], series.Values.Select(v => v.Period.ToString()));
        Assert.Equal(33_685_000_000m, series.Values[0].TurnoverUsd); // the published sum, not 15.036 + 18.648
        Assert.Equal(33_684_000_000m, series.Values[0].ExportsUsd + series.Values[0].ImportsUsd);
        Assert.Equal(20_064_000_000m, series.Values[1].TurnoverUsd);
        Assert.Equal(15_000_000m, series.Values[2].BalanceUsd);
    }

    [Fact]
    public void When_months_cover_a_quarter_only_partly_then_no_quarter_is_summed()
    {
        _store.Load("h1", FirstFourMonths2023(), () => Accept("h1"));

        var quarters = Read(Granularity.Quarter);

        var q1 = Assert.Single(quarters.Values);
        Assert.Equal(Period.Quarter(2023, 1), q1.Period);
        Assert.Equal((15.036m + 9.044m) * 1e9m, q1.ExportsUsd);
        Assert.Empty(Read(Granularity.Year).Values);
    }

    [Fact]
    public void When_the_same_bytes_are_loaded_twice_then_nothing_is_added()
    {
        _store.Load("h1", FirstFourMonths2023(), () => Accept("h1"));

        var second = _store.Load("h1", FirstFourMonths2023(), () => Accept("h1"));

        Assert.Equal(LoadStatus.AlreadyIngested, second.Status);
        Assert.Single(_store.Releases());
        Assert.Equal(3, Read(Granularity.Month).Values.Count);
    }

    [Fact]
    public void When_the_reader_rejects_the_file_then_nothing_is_stored()
    {
        var result = _store.Load("h1", FirstFourMonths2023(), Reject);

        Assert.Equal(LoadStatus.RejectedByReader, result.Status);
        Assert.Empty(_store.Releases());
        Assert.Empty(Read(Granularity.Month).Values);
    }

    [Fact]
    public void When_two_rows_share_a_key_then_the_file_is_rejected_naming_both_lines()
    {
        var records = FirstFourMonths2023().Append(Record(Period.Month(2023, 3), Flow.Export, 9.04m, 40));

        var result = _store.Load("h1", records, () => Accept("h1"));

        Assert.Equal(LoadStatus.RejectedDuplicateKeys, result.Status);
        var duplicate = Assert.Single(result.DuplicateKeys);
        Assert.Equal((13, 40), (duplicate.FirstLine, duplicate.SecondLine));
        Assert.Empty(_store.Releases());
    }

    [Fact]
    public void When_a_newer_vintage_revises_a_month_then_queries_use_it_unless_asked_as_of_earlier()
    {
        _store.Load("first", FirstFourMonths2023(), () => Accept("first", new DateOnly(2023, 5, 9)));
        // The April export figure was first reported as 9.6 (rounded), later as 9.621: model the later one as a revision.
        var revision = new[] { Record(Period.Month(2023, 4), Flow.Export, 9.6m, 2) };
        _store.Load("second", revision, () => Accept("second", new DateOnly(2023, 6, 7)));

        Assert.Equal(9_600_000_000m, Read(Granularity.Month).Values[^1].ExportsUsd);
        Assert.Equal(9_621_000_000m, Read(Granularity.Month, new DateOnly(2023, 6, 1)).Values[^1].ExportsUsd);
        Assert.Empty(Read(Granularity.Month, new DateOnly(2023, 5, 1)).Values);
    }

    [Fact]
    public void When_a_record_carries_its_publication_date_then_as_of_hides_it_before_that_day()
    {
        var records = new[] { Record(Period.YearToDate(2022, 11), Flow.Turnover, 172.4m, 3, Derivation.Cumulative, new DateOnly(2022, 12, 7)) };
        _store.Load("h", records, () => Accept("h"));

        Assert.Single(_store.ReadSeries(new SeriesRequest(China, Russia, SourceKind.Gacc, Granularity.Month, new DateOnly(2022, 12, 7))).PublishedYearToDate);
        Assert.Empty(_store.ReadSeries(new SeriesRequest(China, Russia, SourceKind.Gacc, Granularity.Month, new DateOnly(2022, 12, 6))).PublishedYearToDate);
    }

    [Fact]
    public void When_records_are_stored_then_coverage_reports_them_per_source_and_pair()
    {
        _store.Load("h1", FirstFourMonths2023(), () => Accept("h1"));

        var coverage = Assert.Single(_store.Coverage());

        Assert.Equal((SourceKind.Gacc, China, Russia), (coverage.Source, coverage.Reporter, coverage.Partner));
        Assert.Equal(new DateOnly(2023, 1, 1), coverage.FirstMonth);
        Assert.Equal(new DateOnly(2023, 4, 1), coverage.LastMonth);
        Assert.Equal(4, coverage.MonthsPublished);
    }
}
