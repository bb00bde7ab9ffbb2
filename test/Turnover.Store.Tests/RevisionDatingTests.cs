using Turnover.Core;
using Turnover.Testing;

namespace Turnover.Store.Tests;

/// <summary>
/// A revision must not rewrite history (issue 8, point 3): an undated release repeating a stored figure's key counts
/// from the day it was stored. Real China–Russia figures; the second release's values are a SYNTHETIC revision
/// (March 2023 exports 9.044 → 9.1) to exercise the mechanism.
/// </summary>
public class RevisionDatingTests : IDisposable
{
    private static readonly DateOnly s_storedOn = new(2023, 6, 1);
    private readonly TradeStore _store = TradeStore.Open(":memory:", new TradeStoreOptions { Clock = FixedClock.On(s_storedOn) });

    public RevisionDatingTests()
        : this(rangeLines: null)
    {
    }

    // Revisions are dated a key range at a time; 1 puts every figure in a range of its own.
    protected RevisionDatingTests(int? rangeLines)
    {
        _store.LoadRangeLines = rangeLines ?? _store.LoadRangeLines;
    }

    public void Dispose()
    {
        _store.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void When_an_undated_release_repeats_a_stored_key_then_its_figure_counts_from_the_day_it_was_stored()
    {
        _store.Load("a", RealFigures.FirstFourMonths2023(), () => RealFigures.Accept("a"));
        var revision = new[]
        {
            RealFigures.Record(Period.Month(2023, 3), Flow.Export, 9.1m, 1), // repeats a key: a revision
            RealFigures.Record(Period.Month(2023, 5), Flow.Export, 9.8m, 2), // a new figure: the source's lag applies
        };

        _store.Load("b", revision, () => RealFigures.Accept("b"));

        Assert.Equal([("2023-03", s_storedOn), ("2023-05", (DateOnly?)null)], Published(2));
        Assert.Contains("1 figure(s) already held by an earlier release and undated here count as revisions from 2023-06-01", _store.Releases()[^1].Note, StringComparison.Ordinal);
        Assert.Equal(9_044_000_000m, ExportsOfMarch2023(new DateOnly(2023, 5, 31)));
        Assert.Equal(9_100_000_000m, ExportsOfMarch2023(s_storedOn));
    }

    [Fact]
    public void When_the_release_or_the_record_has_a_date_of_its_own_then_it_is_kept()
    {
        _store.Load("a", RealFigures.FirstFourMonths2023(), () => RealFigures.Accept("a"));
        var own = RealFigures.Record(Period.Month(2023, 3), Flow.Export, 9.1m, 1, published: new DateOnly(2023, 4, 20));
        var undated = RealFigures.Record(Period.Month(2023, 4), Flow.Export, 9.7m, 1);

        _store.Load("b", [own], () => RealFigures.Accept("b"));
        _store.Load("c", [undated], () => RealFigures.Accept("c", vintage: new DateOnly(2023, 5, 20)));

        Assert.Equal([("2023-03", (DateOnly?)new DateOnly(2023, 4, 20))], Published(2));
        Assert.Equal([("2023-04", (DateOnly?)null)], Published(3));
    }

    [Fact]
    public void When_an_older_undated_release_is_stored_after_a_dated_revision_then_the_revision_still_wins_from_its_date()
    {
        // The SYNTHETIC revision (9.1), dated 20 May 2023, is stored first; the real first publication (9.044), which
        // carries no date, is stored after it. Ingest order must not make the older figure the latest.
        var revision = RealFigures.Record(Period.Month(2023, 3), Flow.Export, 9.1m, 1);
        _store.Load("revision", [revision], () => RealFigures.Accept("revision", vintage: new DateOnly(2023, 5, 20)));

        _store.Load("original", RealFigures.FirstFourMonths2023(), () => RealFigures.Accept("original"));

        Assert.DoesNotContain(Published(2), p => p.Published is not null);
        Assert.Contains("1 figure(s) undated here are also held by a release published after this file's usual publication lag: this file counts as the older publication",
            _store.Releases()[^1].Note, StringComparison.Ordinal);
        Assert.Equal(9_044_000_000m, ExportsOfMarch2023(new DateOnly(2023, 5, 1)));
        Assert.Equal(9_100_000_000m, ExportsOfMarch2023(new DateOnly(2023, 5, 20)));
        Assert.Equal(9_100_000_000m, _store.Scalar<decimal>(
            "SELECT value_usd FROM visible_records(NULL, NULL, NULL) WHERE flow = ? AND year = 2023 AND start_month = 3 AND months = 1", (byte)Flow.Export));
    }

    private List<(string Period, DateOnly? Published)> Published(int releaseId) => PublishedDates.Of(_store, releaseId);

    private decimal ExportsOfMarch2023(DateOnly asOf) =>
        _store.Scalar<decimal>(
            "SELECT value_usd FROM visible_records(?, NULL, NULL) WHERE flow = ? AND year = 2023 AND start_month = 3 AND months = 1",
            asOf, (byte)Flow.Export);
}

/// <summary>The same, each figure dated in a key range of its own.</summary>
public sealed class RevisionDatingTestsOneFigureARange() : RevisionDatingTests(rangeLines: 1);
