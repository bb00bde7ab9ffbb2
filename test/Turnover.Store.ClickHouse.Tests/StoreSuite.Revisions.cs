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

    /// <summary>
    /// Two undated files that say when their figures were last updated (Wind's Update row): the later-updated one's
    /// figure counts from that day, in whichever order they were stored; the shared figures of 90 chapters (summed to a
    /// total from the levels each load counted) likewise. ARTIFICIAL figures.
    /// </summary>
    [BackendFact]
    public void When_files_that_say_when_they_were_updated_are_stored_oldest_first_then_the_newer_figure_counts_from_its_day() =>
        FilesUpdatedOnDays(newerFirst: false);

    /// <summary>As above, stored newest first: the DuckDB store dates the newer file's shared figures then; ClickHouse refuses the older file.</summary>
    [BackendFact]
    public void When_files_that_say_when_they_were_updated_are_stored_newest_first_then_the_answers_are_the_same() =>
        FilesUpdatedOnDays(newerFirst: true);

    private void FilesUpdatedOnDays(bool newerFirst)
    {
        var olderDay = new DateOnly(2022, 12, 30);
        var newerDay = new DateOnly(2023, 3, 22);
        TradeRecord[] Figures(decimal march, decimal chapter) => [Line(Flow.Export, Product.Total, march, Period.Month(2020, 3)), .. Chapters(Flow.Import, 90, chapter)];
        void Older() => LoadUpdated("older", olderDay, Figures(10, 1));
        void Newer() => LoadUpdated("newer", newerDay, Figures(12, 2));

        if (newerFirst)
        {
            Newer();
            if (!TakesOlderFilesAfterNewer)
            {
                var refused = Assert.Throws<StoreException>(Older);
                Assert.Contains("says its figures were last updated on 2022-12-30, before release 1 (newer.csv, updated 2023-03-22), which holds 91 of its figures", refused.Message, StringComparison.Ordinal);
                Assert.Single(Store.Releases());
                return;
            }

            Older();
        }
        else
        {
            Older();
            Newer();
        }

        decimal? Imports2020(DateOnly asOf) => Read(asOf).Values.SingleOrDefault(v => v.Period == Period.OfYear(2020))?.ImportsUsd;
        var lagDay = new DateOnly(2020, 12, 31).AddDays(SourceCatalog.Of(SourceKind.Comtrade).PublicationLagDays);
        Assert.Equal((10m, 12m, 12m), (ExportsOfMarch2020(newerDay.AddDays(-1)), ExportsOfMarch2020(newerDay), ExportsOfMarch2020(null)));
        Assert.Equal((90m, 90m, 180m, 180m), (Imports2020(lagDay), Imports2020(newerDay.AddDays(-1)), Imports2020(newerDay), Read().Values.Single(v => v.Period == Period.OfYear(2020)).ImportsUsd));
        Assert.Equal([olderDay, newerDay], Store.Releases().OrderBy(r => r.FileName, StringComparer.Ordinal).Reverse().Select(r => r.UpdatedOn));
        // Coverage of every pair (from the levels each load counted, or the records where a revision's were dropped)
        // agrees with the pair's, each chapter once at every date.
        foreach (var day in new DateOnly?[] { lagDay, newerDay.AddDays(-1), newerDay, null })
        {
            var every = Assert.Single(Store.Coverage(day));
            Assert.Equal((2L, 1L, 90L), (every.Records, every.SummedRecords, every.SummedLines));
            Assert.Equal(Store.Coverage(A, B, day), [every]);
        }

        var notes = string.Join(" | ", Store.Releases().Select(r => r.Note));
        Assert.Contains(
            newerFirst
                ? "91 figure(s) also held by release 2 (older.csv, updated 2022-12-30), stored after this one but older, count as revisions from 2023-03-22"
                : "91 figure(s) already held by an earlier release and undated here count as revisions from 2023-03-22, the day the file says its series were last updated",
            notes,
            StringComparison.Ordinal);
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
