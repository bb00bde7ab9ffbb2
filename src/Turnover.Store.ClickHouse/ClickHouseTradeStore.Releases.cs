using System.Globalization;
using Turnover.Core;
using Turnover.Store.ClickHouse.Internal;

namespace Turnover.Store.ClickHouse;

public sealed partial class ClickHouseTradeStore
{
    private const string ReleaseColumns =
        "release_id, source, format, dataset, file_name, content_hash, vintage, ingested_at_ticks, rows_read, rows_stored, note, identity_hash, "
        + "retracted_at_ticks, retraction_reason, conversion_from, conversion_rates, updated_on";

    /// <inheritdoc />
    public IReadOnlyList<ReleaseSummary> Releases()
    {
        var readings = ReadingsByRelease(null);
        var skipped = new Dictionary<int, Dictionary<string, long>>();
        foreach (var r in _server.Rows($"SELECT release_id, reason, row_count FROM {Tables.SkippedRows} ORDER BY release_id, reason"))
        {
            var id = Int(r[0]);
            if (!skipped.TryGetValue(id, out var reasons))
            {
                skipped[id] = reasons = new Dictionary<string, long>(StringComparer.Ordinal);
            }

            reasons[r[1]!] = Long(r[2]);
        }

        var discrepancies = _server.Rows($"SELECT release_id, count() FROM {Tables.Discrepancies} GROUP BY release_id")
            .ToDictionary(r => Int(r[0]), r => Long(r[1]));
        return [.. StoredReleases(null).Select(r => r.Summary with
        {
            Reading = readings.GetValueOrDefault(r.Summary.Id),
            Skipped = skipped.GetValueOrDefault(r.Summary.Id) ?? new Dictionary<string, long>(),
            Discrepancies = discrepancies.GetValueOrDefault(r.Summary.Id),
        })];
    }

    /// <inheritdoc />
    public RetractResult Retract(int releaseId, string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        RequireWritable();
        var stored = StoredReleases($"release_id = {SqlLiteral.Of(releaseId)}");
        if (stored.Count == 0)
        {
            return new RetractResult(RetractStatus.UnknownRelease, null);
        }

        if (stored[0].Summary.Retraction is { } before)
        {
            return new RetractResult(RetractStatus.AlreadyRetracted, before);
        }

        // The row again with the retraction and the next revision: ReplacingMergeTree read with FINAL keeps the last.
        // Written from the values read (INSERT … SELECT fails through the driver on 18.16: it asks for a typed format).
        var retraction = new Retraction(_clock.GetUtcNow().UtcDateTime, reason);
        var revision = Long(_server.Rows($"SELECT max(revision) FROM {Tables.Releases} WHERE release_id = {SqlLiteral.Of(releaseId)}")[0][0]) + 1;
        InsertReleaseRow(stored[0].Summary with { Retraction = retraction }, stored[0].Identity, revision);
        return new RetractResult(RetractStatus.Retracted, retraction);
    }

    /// <inheritdoc />
    public StoreCounts Counts()
    {
        var releases = Long(_server.Rows($"SELECT count() FROM {Tables.Releases} FINAL")[0][0]);
        var published = _server.Rows($"SELECT DISTINCT release_id FROM {Tables.Releases}").Select(r => Int(r[0])).ToHashSet();
        // A release's records are a partition (PARTITION BY release_id): each server's active parts say how many rows
        // each holds, so no record is read (a scan of every record's release id took 2.9 s of server time at 100 M).
        var partitions = _shards.RowsOfEach($"""
            SELECT partition, sum(rows) FROM system.parts
            WHERE database = {SqlLiteral.Of(Tables.DatabaseName)} AND table = {SqlLiteral.Of(Tables.LocalRecordsName)} AND active
            GROUP BY partition
            """).Select(r => (Id: Int(r[0]), Rows: Long(r[1]))).ToList();
        return new StoreCounts(releases, partitions.Where(p => published.Contains(p.Id)).Sum(p => p.Rows), partitions.Where(p => !published.Contains(p.Id)).Sum(p => p.Rows));
    }

    /// <inheritdoc />
    public IReadOnlyList<(int ReleaseId, string Reason, long Rows)> SkippedRows()
    {
        var live = LiveReleases();
        if (live.Count == 0)
        {
            return [];
        }

        return [.. _server.Rows($"SELECT release_id, reason, row_count FROM {Tables.SkippedRows} WHERE release_id IN ({SqlLiteral.List(live.Select(l => l.Summary.Id))}) ORDER BY release_id, reason")
            .Select(r => (Int(r[0]), r[1]!, Long(r[2])))];
    }

    /// <inheritdoc />
    public IReadOnlyList<(int ReleaseId, Discrepancy Discrepancy)> Discrepancies()
    {
        var live = LiveReleases();
        if (live.Count == 0)
        {
            return [];
        }

        var countries = CountryCatalog.Default;
        // Ordered as the DuckDB store orders them; position (the order the reader gave) settles what those leave equal.
        return [.. _server.Rows($"""
            SELECT release_id, reporter, partner, flow, period, chosen_usd, chosen_evidence, other_usd, other_evidence, reason
            FROM {Tables.Discrepancies} WHERE release_id IN ({SqlLiteral.List(live.Select(l => l.Summary.Id))})
            ORDER BY release_id, period, flow, position
            """).Select(r => (Int(r[0]), new Discrepancy(
                countries.FromCode(Int(r[1])), countries.FromCode(Int(r[2])), (Flow)Int(r[3]), Period.Parse(r[4]!),
                Money(r[5]), r[6]!, Money(r[7]), r[8]!, r[9]!)))];
    }

    /// <summary>The live releases (not retracted), oldest first: what every read names, and nothing else.</summary>
    internal List<StoredRelease> LiveReleases() => StoredReleases("retracted_at_ticks IS NULL");

    /// <summary>The live releases of one source, oldest first.</summary>
    internal List<StoredRelease> LiveReleases(SourceKind source) => [.. LiveReleases().Where(l => l.Summary.Source == source)];

    private List<StoredRelease> StoredReleases(string? where)
    {
        var rows = _server.Rows($"SELECT {ReleaseColumns} FROM {Tables.Releases} FINAL {(where is null ? string.Empty : "WHERE " + where)} ORDER BY release_id");
        return [.. rows.Select(r => new StoredRelease(
            new ReleaseSummary(
                Int(r[0]), SourceCatalog.FromCode(r[1]!), r[2]!, r[3]!, r[4]!, r[5]!, Date(r[6]),
                new DateTime(Long(r[7]), DateTimeKind.Utc), Long(r[8]), Long(r[9]), r[10]!)
            {
                Retraction = r[12] is null ? null : new Retraction(new DateTime(Long(r[12]), DateTimeKind.Utc), r[13] ?? string.Empty),
                Conversion = r[14] is null ? null : new CurrencyConversion(new Currency(r[14]!), r[15]),
                UpdatedOn = Date(r[16]),
            },
            r[11]))];
    }

    // As the DuckDB store (TradeStore.FindMatch): the same reading, a release whose reading was not recorded, the latest
    // live release that read the bytes another way, else the latest retracted one.
    private ReleaseMatch? FindMatch(ReleaseReading reading)
    {
        var identity = reading.Identity;
        var candidates = StoredReleases($"content_hash = {SqlLiteral.Of(reading.BytesHash)}").OrderByDescending(c => c.Summary.Id).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        if (candidates.FirstOrDefault(c => c.Identity == identity) is { } same)
        {
            return new ReleaseMatch(same.Summary.Id, same.Summary.Retraction is null ? ReleaseMatchKind.SameReading : ReleaseMatchKind.SameReadingRetracted, [], same.Summary.Retraction);
        }

        if (candidates.FirstOrDefault(c => c.Identity is null && c.Summary.Retraction is null) is { } unrecorded)
        {
            return new ReleaseMatch(unrecorded.Summary.Id, ReleaseMatchKind.ReadingNotRecorded, [], null);
        }

        var other = candidates.FirstOrDefault(c => c.Summary.Retraction is null) ?? candidates[0];
        var differences = ReadingsByRelease(other.Summary.Id).GetValueOrDefault(other.Summary.Id) is { } stored ? reading.DifferencesFrom(stored) : [];
        return new ReleaseMatch(other.Summary.Id, ReleaseMatchKind.OtherReading, differences, other.Summary.Retraction);
    }

    // One version of a release's row: the publishing write (revision 0), or a retraction (the next revision).
    private void InsertReleaseRow(ReleaseSummary release, string? identity, long revision) => _server.Execute($"""
        INSERT INTO {Tables.Releases} (release_id, revision, source, format, dataset, file_name, content_hash, vintage, ingested_at_ticks,
                                      rows_read, rows_stored, note, identity_hash, retracted_at_ticks, retraction_reason, conversion_from, conversion_rates, updated_on)
        VALUES ({SqlLiteral.Of(release.Id)}, {SqlLiteral.Of(revision)}, {SqlLiteral.Of(SourceCatalog.Of(release.Source).Code)}, {SqlLiteral.Of(release.Format)},
                {SqlLiteral.Of(release.Dataset)}, {SqlLiteral.Of(release.FileName)}, {SqlLiteral.Of(release.ContentHash)}, {SqlLiteral.OfNullable(release.Vintage)},
                {SqlLiteral.Of(release.IngestedAt.Ticks)}, {SqlLiteral.Of(release.RowsRead)}, {SqlLiteral.Of(release.RowsStored)}, {SqlLiteral.Of(release.Note)},
                {SqlLiteral.OfNullable(identity)}, {(release.Retraction is { } r ? SqlLiteral.Of(r.At.Ticks) : "NULL")}, {SqlLiteral.OfNullable(release.Retraction?.Reason)},
                {SqlLiteral.OfNullable(release.Conversion?.From.Code)}, {SqlLiteral.OfNullable(release.Conversion?.RatesFile)}, {SqlLiteral.OfNullable(release.UpdatedOn)})
        """);

    private Dictionary<int, ReleaseReading> ReadingsByRelease(int? releaseId)
    {
        var where = releaseId is { } id ? $"WHERE release_id = {SqlLiteral.Of(id)}" : string.Empty;
        return _server.Rows($"SELECT release_id, name, label, fingerprint FROM {Tables.ReleaseReading} {where} ORDER BY release_id, position")
            .GroupBy(r => Int(r[0]))
            .ToDictionary(g => g.Key, g => new ReleaseReading([.. g.Select(r => new ReadingComponent(r[1]!, r[2]!, r[3]!))]));
    }

    private static int Int(string? text) => int.Parse(text!, CultureInfo.InvariantCulture);

    private static long Long(string? text) => long.Parse(text!, CultureInfo.InvariantCulture);

    // An array of integers as the server writes it in TabSeparated: "[3,5]".
    private static int[] IntArray(string? text) =>
        [.. text!.Trim('[', ']').Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Int)];

    private static decimal Money(string? text) => decimal.Parse(text!, NumberStyles.Number, CultureInfo.InvariantCulture);

    private static DateOnly? Date(string? text) => text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A release as stored, with its reading's identity (null: not recorded).</summary>
    internal sealed record StoredRelease(ReleaseSummary Summary, string? Identity);
}
