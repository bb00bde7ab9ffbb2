using Turnover.Core;
using Turnover.Testing;
using static Turnover.Store.Tests.RealFigures;

namespace Turnover.Store.Tests;

/// <summary>A retracted release counts in no answer, and is kept for audit (issue 8 point 4).</summary>
public sealed class RetractionTests : IDisposable
{
    private static readonly DateTimeOffset s_now = new(2026, 11, 28, 9, 30, 0, TimeSpan.Zero);
    private readonly TradeStore _store = TradeStore.Open(":memory:", new TradeStoreOptions { Clock = new FixedClock(s_now) });

    public void Dispose() => _store.Dispose();

    // The real March and April 2023 figures, then the same read with a unit 100 times too large (a wrong unit).
    private (int Good, int Wrong) LoadGoodThenWrong()
    {
        var good = _store.Load("good", FirstFourMonths2023(), () => Accept("good"));
        var wrong = _store.Load(
            ReleaseReading.OfBytes("china_russia.csv", "wrong"),
            FirstFourMonths2023().Select(r => r with { ValueUsd = r.ValueUsd * 100 }),
            () => Accept("wrong") with { Discrepancies = [new Discrepancy(China, Russia, Flow.Export, Period.Month(2023, 3), 904_400_000_000m, "a", 9_044_000_000m, "b", "test")], Skipped = new Dictionary<string, long> { ["growth rate only, no value"] = 2 } },
            new LoadOptions { AcceptOutliers = true });
        Assert.Equal(LoadStatus.Stored, wrong.Status);
        return (good.ReleaseId, wrong.ReleaseId);
    }

    private decimal? March(SourceKind source = SourceKind.Gacc) =>
        _store.ReadSeries(new SeriesRequest(China, Russia, source, Granularity.Month, null)).Values.Single(v => v.Period == Period.Month(2023, 3)).ExportsUsd;

    [Fact]
    public void When_the_later_release_is_retracted_then_every_answer_reads_the_earlier_one()
    {
        var (good, wrong) = LoadGoodThenWrong();
        Assert.Equal(904_400_000_000m, March());

        var result = _store.Retract(wrong, "unit 100 times too large");

        Assert.Equal((RetractStatus.Retracted, s_now.UtcDateTime, "unit 100 times too large"), (result.Status, result.Retraction!.At, result.Retraction.Reason));
        Assert.Equal(9_044_000_000m, March());
        Assert.Equal(7L, _store.Coverage().Single().Records);
        Assert.Equal(7L, _store.Coverage(China, Russia).Single().Records);
        Assert.Equal((0L, 7L), (
            _store.Scalar<long>("SELECT count(*) FROM visible_records(NULL, NULL, NULL) WHERE release_id = ?", wrong),
            _store.Scalar<long>("SELECT count(*) FROM visible_records(NULL, NULL, NULL) WHERE release_id = ?", good)));
        Assert.Empty(_store.Discrepancies());
        Assert.Empty(_store.SkippedRows());
    }

    [Fact]
    public void When_every_release_of_a_pair_is_retracted_then_the_pair_has_no_data_but_its_records_are_kept()
    {
        var (good, wrong) = LoadGoodThenWrong();
        _store.Retract(good, "");
        _store.Retract(wrong, "");

        Assert.Empty(_store.ReadSeries(new SeriesRequest(China, Russia, SourceKind.Gacc, Granularity.Month, null)).Values);
        Assert.Empty(_store.Coverage());
        Assert.Equal(14L, _store.Counts().Records);
        Assert.All(_store.Releases(), r => Assert.NotNull(r.Retraction));
    }

    [Fact]
    public void When_a_release_is_unknown_or_retracted_already_then_nothing_changes()
    {
        var (_, wrong) = LoadGoodThenWrong();
        _store.Retract(wrong, "first");

        var twice = _store.Retract(wrong, "second");
        var unknown = _store.Retract(99, "x");

        Assert.Equal((RetractStatus.AlreadyRetracted, "first"), (twice.Status, twice.Retraction!.Reason));
        Assert.Equal((RetractStatus.UnknownRelease, null), (unknown.Status, unknown.Retraction));
    }

    [Fact]
    public void When_a_retracted_release_is_listed_then_it_keeps_its_evidence_for_audit()
    {
        var (_, wrong) = LoadGoodThenWrong();
        _store.Retract(wrong, "wrong unit");

        var release = _store.Releases().Single(r => r.Id == wrong);

        Assert.Equal((1L, 2L, "wrong unit"), (release.Discrepancies, release.Skipped["growth rate only, no value"], release.Retraction!.Reason));
        Assert.Contains("outliers accepted (--accept-outliers)", release.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_store_is_opened_read_only_then_retracting_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() =>
        {
            var path = Path.Combine(Path.GetTempPath(), $"turnover-retract-{Guid.NewGuid():N}.duckdb");
            try
            {
                TradeStore.Open(path).Dispose();
                using var readOnly = TradeStore.Open(path, new TradeStoreOptions { ReadOnly = true });
                readOnly.Retract(1, "x");
            }
            finally
            {
                File.Delete(path);
            }
        });
    }
}
