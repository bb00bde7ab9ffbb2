using Turnover.Core;

namespace Turnover.Store.ClickHouse.Tests;

public abstract partial class StoreSuite
{
    // The day the suite's clock says (StoreSuite.Records.cs): an undated revision counts from it.
    private static readonly DateOnly s_storedOn = new(2024, 5, 6);

    private decimal? ExportsOfMarch2020(DateOnly? asOf) =>
        Store.ReadSeries(new SeriesRequest(A, B, SourceKind.Comtrade, Granularity.Month, asOf)).Values
            .SingleOrDefault(v => v.Period == Period.Month(2020, 3))?.ExportsUsd;

    [BackendFact]
    public void When_an_undated_release_repeats_a_stored_figure_then_its_figure_counts_from_the_day_it_was_stored()
    {
        // ARTIFICIAL figures: a first release, then an undated revision of March and a new May.
        Load("first", null, Line(Flow.Export, Product.Total, 10, Period.Month(2020, 3)));

        Load("revision", null, Line(Flow.Export, Product.Total, 12, Period.Month(2020, 3)), Line(Flow.Export, Product.Total, 7, Period.Month(2020, 5)));

        Assert.Contains("1 figure(s) already held by an earlier release and undated here count as revisions from 2024-05-06, the day this release was stored",
            Store.Releases()[^1].Note, StringComparison.Ordinal);
        Assert.Equal(10m, ExportsOfMarch2020(s_storedOn.AddDays(-1)));
        Assert.Equal(12m, ExportsOfMarch2020(s_storedOn));
        // May was new: its figure counts from the source's lag, not from the day stored.
        var lag = SourceCatalog.Of(SourceKind.Comtrade).PublicationLagDays;
        var may = Store.ReadSeries(new SeriesRequest(A, B, SourceKind.Comtrade, Granularity.Month, new DateOnly(2020, 5, 31).AddDays(lag))).Values;
        Assert.Equal(7m, may.Single(v => v.Period == Period.Month(2020, 5)).ExportsUsd);
    }

    [BackendFact]
    public void When_an_older_undated_release_is_stored_after_a_dated_revision_then_the_revision_still_wins_from_its_date()
    {
        // The revision is dated after the original's usual publication (March's end plus Comtrade's lag); ingest order
        // must not make the older figure the latest.
        Load("revision", new DateOnly(2021, 6, 20), Line(Flow.Export, Product.Total, 12, Period.Month(2020, 3)));

        Load("original", null, Line(Flow.Export, Product.Total, 10, Period.Month(2020, 3)));

        Assert.Contains("1 figure(s) undated here are also held by a release published after this file's usual publication lag: this file counts as the older publication",
            Store.Releases()[^1].Note, StringComparison.Ordinal);
        var lag = SourceCatalog.Of(SourceKind.Comtrade).PublicationLagDays;
        Assert.Equal(10m, ExportsOfMarch2020(new DateOnly(2020, 3, 31).AddDays(lag)));
        Assert.Equal(12m, ExportsOfMarch2020(new DateOnly(2021, 6, 20)));
        Assert.Equal(12m, ExportsOfMarch2020(null));
    }

    /// <summary>
    /// Coverage of every pair counts lines by their publication dates after revision dating: an undated revision of
    /// every chapter counts from the day it was stored, so once the release it revised is retracted, nothing is
    /// covered before that day. (Counted before the dating, the revision's lines would count from the lag date.)
    /// </summary>
    [BackendFact]
    public void When_the_release_an_undated_revision_revised_is_retracted_then_coverage_counts_the_revision_from_the_day_it_was_stored()
    {
        Load("first", null, Chapters(Flow.Export, 90, 10));
        Load("revision", null, Chapters(Flow.Export, 90, 11));

        Assert.Equal(RetractStatus.Retracted, Store.Retract(1, "superseded").Status);

        Assert.Empty(Store.Coverage(s_storedOn.AddDays(-1)));
        Assert.Empty(Store.Coverage(A, B, s_storedOn.AddDays(-1)));
        Assert.Equal((1L, 90L), (Assert.Single(Store.Coverage(s_storedOn)).SummedRecords, Assert.Single(Store.Coverage(s_storedOn)).SummedLines));
        Assert.Equal(Store.Coverage(A, B), Store.Coverage());
    }

    /// <summary>
    /// Coverage of every pair counts a level two releases hold as their lines less the keys they share (the load's
    /// release_overlaps on both back-ends), each line once at every date: a revision of 80 of 90 chapters with 9 new
    /// (undated: its shared lines count from the day stored, its new ones from the lag); a third, dated release on the
    /// same level (three releases: read key by key); the first retracted (two again, counted). Chapters are summed
    /// only from 90 of them, so a date with fewer has no coverage.
    /// </summary>
    [BackendFact]
    public void When_a_revision_shares_some_lines_then_coverage_of_every_pair_counts_each_line_once_at_every_date()
    {
        var lagDay = new DateOnly(2020, 12, 31).AddDays(SourceCatalog.Of(SourceKind.Comtrade).PublicationLagDays);
        var third = new DateOnly(2024, 8, 1);
        long? Lines(DateOnly? asOf)
        {
            var every = Store.Coverage(asOf);
            Assert.Equal(Store.Coverage(A, B, asOf), every);
            return every.Count == 0 ? null : Assert.Single(every).SummedLines;
        }

        Load("first", null, Chapters(Flow.Export, 90, 10));
        Load("revision", null, [.. Enumerable.Range(11, 89).Select(c => Line(Flow.Export, Hs(c, 2), 11))]);

        Assert.Equal<long?[]>([null, 99, 99, 99, 99], [Lines(lagDay.AddDays(-1)), Lines(lagDay), Lines(s_storedOn.AddDays(-1)), Lines(s_storedOn), Lines(null)]);

        Load("third", third, [.. Enumerable.Range(1, 5).Select(c => Line(Flow.Export, Hs(c, 2), 12))]);
        Assert.Equal<long?[]>([99, 99, 99], [Lines(s_storedOn), Lines(third), Lines(null)]);

        Assert.Equal(RetractStatus.Retracted, Store.Retract(1, "superseded").Status);
        Assert.Equal<long?[]>([null, null, 94, 94], [Lines(lagDay), Lines(s_storedOn), Lines(third), Lines(null)]);
    }

    [BackendFact]
    public void When_a_release_has_a_date_of_its_own_then_its_figures_keep_it()
    {
        Load("first", null, Line(Flow.Export, Product.Total, 10, Period.Month(2020, 3)));

        Load("dated", new DateOnly(2020, 9, 1), Line(Flow.Export, Product.Total, 12, Period.Month(2020, 3)));

        Assert.DoesNotContain("revisions from", Store.Releases()[^1].Note, StringComparison.Ordinal);
        Assert.Equal(12m, ExportsOfMarch2020(new DateOnly(2020, 9, 1)));
    }
}
