using System.Globalization;
using Turnover.Core;
using Turnover.Store.Internal;

namespace Turnover.Store;

public sealed partial class TradeStore
{
    // A reader may date a figure by when its period was first published (China's customs' release calendar), and that
    // date stands in a file published later (--published, a table's release date): the file shows the figure existed
    // by then. Not when another live release of the source holds a different value for it, public by that date: the
    // first publication is that one, and this value is a revision, known only from its own release's date. Left
    // dated by the calendar, a correction ingested with --published 2024-03-01 replaced Jan–Nov 2023 as first
    // published on 7 December 2023 in every answer "as of" the days between. Both ways, so the order in which the
    // files are stored decides nothing: the new release's figures, and an earlier dated release's that the new one
    // shows to be revisions. Returns the outcome, noted, and whether any of the new release's figures was dated.
    private (ReleaseOutcome Outcome, bool Redated) DateDatedRevisions(int releaseId, ReleaseOutcome outcome, LoadTally tally)
    {
        var release = outcome.Release!;
        var source = SourceCatalog.Of(release.Source).Code;
        var sharers = PeriodSharers(releaseId, source, release.ContentHash);
        if (sharers.Count == 0)
        {
            return (outcome, false);
        }

        long own = 0;
        var earlier = new Dictionary<int, long>();
        foreach (var range in tally.KeyRanges(LoadRangeLines))
        {
            if (release.Vintage is { } vintage)
            {
                own += RevisionsOfNewRelease(releaseId, source, release.ContentHash, vintage, sharers, range);
            }

            foreach (var (id, count) in RevisionsOfEarlierReleases(releaseId, source, release.Vintage, sharers, range))
            {
                earlier[id] = earlier.GetValueOrDefault(id) + count;
            }
        }

        foreach (var (id, count) in earlier.OrderBy(e => e.Key))
        {
            // Their levels moved to a later date: counted again from the records, as NewerFilesRevise does.
            Execute("DELETE FROM release_levels WHERE release_id = $1", id);
            NoteLevels(id, null);
            Execute("DELETE FROM release_overlaps WHERE release_id = $1 OR other_release_id = $1", id);
            Execute("UPDATE releases SET note = note || $1 WHERE release_id = $2",
                string.Create(CultureInfo.InvariantCulture, $"; {count} figure(s) dated here by when their period was first published differ from release {releaseId} ({release.FileName}), which was public by then: they count as revisions from this release's own date"),
                id);
        }

        if (own == 0)
        {
            return (outcome, false);
        }

        var note = release.Note + string.Create(CultureInfo.InvariantCulture,
            $"; {own} figure(s) dated by when their period was first published differ from an earlier release's, public by then: they count as revisions from {release.Vintage:yyyy-MM-dd}, this release's own date");
        return (outcome with { Release = release with { Note = note } }, true);
    }

    // The same for the rates a release printed (China's customs' year-on-year rates, dated by the calendar as its
    // figures are): a corrected rate counts from its release's own date. After the release's row is written, so that
    // its vintage is the releases table's; only rates of the new release or revised by it can change.
    private void DateRevisedRates(int releaseId, string source)
    {
        Execute(
            """
            UPDATE published_rates SET published = l.vintage FROM live_releases() l
            WHERE l.release_id = published_rates.release_id AND l.source = $2 AND l.vintage IS NOT NULL AND published_rates.published < l.vintage
              AND EXISTS (SELECT 1 FROM published_rates e JOIN live_releases() o ON o.release_id = e.release_id LEFT JOIN sources g ON g.source = o.source
                          WHERE o.source = $2 AND o.content_hash <> l.content_hash AND (e.release_id = $1 OR published_rates.release_id = $1)
                            AND e.reporter = published_rates.reporter AND e.partner = published_rates.partner AND e.flow = published_rates.flow
                            AND e.year = published_rates.year AND e.start_month = published_rates.start_month AND e.months = published_rates.months
                            AND e.rate_pct <> published_rates.rate_pct
                            AND coalesce(e.published, o.vintage,
                                         CAST(make_date(e.year, e.start_month, 1) + to_months(e.months) - INTERVAL 1 DAY + to_days(coalesce(g.lag_days, 0)) AS DATE))
                                <= published_rates.published)
            """,
            releaseId, source);
    }

    // The new release's figures dated before its own date that another release of the source held differently by then.
    private long RevisionsOfNewRelease(int releaseId, string source, string contentHash, DateOnly vintage, List<int> sharers, LoadTally.KeyRange range)
    {
        using var update = Command(
            $"""
            UPDATE records SET published = $1
            WHERE release_id = $2 AND published < $1 AND key BETWEEN $5 AND $6
              AND EXISTS (SELECT 1 FROM records e JOIN live_releases() l ON l.release_id = e.release_id LEFT JOIN sources g ON g.source = l.source
                          WHERE e.key = records.key AND l.source = $3 AND l.content_hash <> $4 AND e.key BETWEEN $5 AND $6
                            AND {ReleaseFilter("e.release_id", sharers)}
                            AND (e.value_usd <> records.value_usd OR e.quantity IS DISTINCT FROM records.quantity)
                            AND record_public(e.published, l.vintage, e.key, g.lag_days) <= records.published)
            """,
            vintage, releaseId, source, contentHash, range.Low, range.High);
        return update.ExecuteNonQuery();
    }

    // Earlier dated releases' figures dated before their release's own date that the new release held differently by
    // then: per release, how many were dated.
    private Dictionary<int, long> RevisionsOfEarlierReleases(int releaseId, string source, DateOnly? vintage, List<int> sharers, LoadTally.KeyRange range)
    {
        // The new release is not in the releases table yet: its vintage is given.
        const string Revised = """
            FROM records e JOIN live_releases() l ON l.release_id = e.release_id
            WHERE {sharers} AND l.vintage IS NOT NULL AND e.published < l.vintage AND e.key BETWEEN $3 AND $4
              AND EXISTS (SELECT 1 FROM records n LEFT JOIN sources g ON g.source = $2
                          WHERE n.release_id = $1 AND n.key = e.key AND n.key BETWEEN $3 AND $4
                            AND (n.value_usd <> e.value_usd OR n.quantity IS DISTINCT FROM e.quantity)
                            AND record_public(n.published, CAST($5 AS DATE), n.key, g.lag_days) <= e.published)
            """;
        var filter = Revised.Replace("{sharers}", ReleaseFilter("e.release_id", sharers), StringComparison.Ordinal);
        var counts = new Dictionary<int, long>();
        using (var command = Command($"SELECT e.release_id, count(*) AS n {filter} GROUP BY e.release_id", releaseId, source, range.Low, range.High, vintage))
        using (var reader = command.ExecuteReader())
        {
            int release = reader.Column("release_id"), revised = reader.Column("n");
            while (reader.Read())
            {
                counts[reader.GetInt32(release)] = reader.GetInt64(revised);
            }
        }

        if (counts.Count > 0)
        {
            Execute(
                $"""
                UPDATE records SET published = l.vintage FROM live_releases() l
                WHERE l.release_id = records.release_id
                  AND EXISTS (SELECT 1 {filter} AND e.release_id = records.release_id AND e.key = records.key)
                """,
                releaseId, source, range.Low, range.High, vintage);
        }

        return counts;
    }
}
