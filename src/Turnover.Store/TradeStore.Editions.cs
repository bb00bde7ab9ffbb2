using Turnover.Core;
using Turnover.Store.Internal;

namespace Turnover.Store;

public sealed partial class TradeStore
{
    // Which reporters, periods and editions the new release's records are of (release_periods), as summed while they
    // streamed (LoadTally), so that the questions below read a few rows per release instead of the store's records.
    private void NotePeriods(int releaseId, LoadTally tally)
    {
        using var appender = _connection.CreateAppender("release_periods");
        foreach (var period in tally.Periods())
        {
            appender.CreateRow().AppendValue(releaseId).AppendValue(period.Reporter).AppendValue(period.Period).AppendValue(period.Edition).EndRow();
        }
    }

    // Product lines of a reporter and period in two editions, in the new release or in it and a live release of the
    // same source: only then can Sql/edition_clashes.sql find a clash (it compares whole partner-flow-period groups).
    private bool MayClash(int releaseId, SourceKind source) =>
        Scalar<bool>(
            """
            SELECT EXISTS (
                SELECT 1 FROM release_periods m
                JOIN release_periods t ON t.reporter = m.reporter AND t.period = m.period AND t.edition <> m.edition
                WHERE m.release_id = $1
                  AND (t.release_id = $1 OR t.release_id IN (SELECT release_id FROM live_releases() WHERE source = $2)))
            """,
            releaseId, SourceCatalog.Of(source).Code);

    // The live releases of the same source holding records of a reporter and period the new release holds (of other
    // bytes than contentHash, when given): only their records can share a key with it, since a key's reporter and period
    // are part of it. DateRevisions asks it of other bytes, the outlier screen of every live release; both then read
    // only those releases' records (appended release by release, so zone maps on release_id skip the others).
    internal List<int> PeriodSharers(int releaseId, string source, string? contentHash = null)
    {
        using var command = Command(
            """
            SELECT DISTINCT t.release_id FROM release_periods m
            JOIN release_periods t ON t.reporter = m.reporter AND t.period = m.period
            JOIN live_releases() l ON l.release_id = t.release_id
            WHERE m.release_id = $1 AND t.release_id <> $1 AND l.source = $2 AND ($3 IS NULL OR l.content_hash <> $3)
            ORDER BY t.release_id
            """,
            releaseId, source, contentHash);
        using var reader = command.ExecuteReader();
        var sharer = reader.Column("release_id");
        var ids = new List<int>();
        while (reader.Read())
        {
            ids.Add(reader.GetInt32(sharer));
        }

        return ids;
    }

    // A filter on records.release_id to the given releases, for statements: the ids are the store's own integers.
    internal static string ReleaseFilter(string column, IReadOnlyList<int> ids) =>
        $"{column} BETWEEN {ids.Min()} AND {ids.Max()} AND {column} IN ({string.Join(", ", ids)})";

    /// <summary>The first periods whose product lines the new release would mix across editions of a classification (Sql/edition_clashes.sql).</summary>
    private List<EditionClash> FindEditionClashes(int releaseId, SourceKind source)
    {
        using var command = Command(
            Sql("edition_clashes").Replace("{columns}", DecodedKey.Columns("c.first_key"), StringComparison.Ordinal),
            releaseId, SourceCatalog.Of(source).Code);
        using var reader = command.ExecuteReader();
        var key = DecodedKey.Of(reader);
        int line = reader.Column("line"), edition = reader.Column("edition"), otherEdition = reader.Column("other_edition");
        int otherRelease = reader.Column("other_release"), otherFile = reader.Column("other_file"), otherLine = reader.Column("other_line");
        var clashes = new List<EditionClash>();
        while (reader.Read())
        {
            clashes.Add(new EditionClash(
                reader.GetInt64(line),
                key.DescribePeriod(reader),
                reader.IsDBNull(edition) ? null : reader.GetString(edition),
                reader.IsDBNull(otherEdition) ? null : reader.GetString(otherEdition),
                reader.IsDBNull(otherRelease) ? null : reader.GetInt32(otherRelease),
                reader.IsDBNull(otherFile) ? null : reader.GetString(otherFile),
                reader.IsDBNull(otherLine) ? null : reader.GetInt64(otherLine)));
        }

        return clashes;
    }
}
