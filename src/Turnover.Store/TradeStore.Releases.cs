using Turnover.Core;
using Turnover.Store.Internal;

namespace Turnover.Store;

public sealed partial class TradeStore
{
    /// <summary>Every stored release, live and retracted, oldest first, with how it was read and what it left out.</summary>
    /// <exception cref="StoreException">The file is damaged.</exception>
    public IReadOnlyList<ReleaseSummary> Releases() => Reading(() =>
    {
        var readings = ReadingsByRelease();
        var skipped = SkippedByRelease();
        var discrepancies = new Dictionary<int, long>();
        using (var counts = Command("SELECT release_id, count(*) AS discrepancies FROM discrepancies GROUP BY release_id"))
        using (var reader = counts.ExecuteReader())
        {
            int releaseId = reader.Column("release_id"), count = reader.Column("discrepancies");
            while (reader.Read())
            {
                discrepancies[reader.GetInt32(releaseId)] = reader.GetInt64(count);
            }
        }

        using var command = Command(
            "SELECT release_id, source, format, dataset, file_name, content_hash, vintage, ingested_at, rows_read, rows_stored, note, retracted_at, retraction_reason, conversion_from, conversion_rates, updated_on FROM releases ORDER BY release_id");
        using var rows = command.ExecuteReader();
        int releaseColumn = rows.Column("release_id"), source = rows.Column("source"), format = rows.Column("format"), dataset = rows.Column("dataset");
        int fileName = rows.Column("file_name"), contentHash = rows.Column("content_hash"), vintage = rows.Column("vintage"), ingestedAt = rows.Column("ingested_at");
        int rowsRead = rows.Column("rows_read"), rowsStored = rows.Column("rows_stored"), note = rows.Column("note");
        int retractedAt = rows.Column("retracted_at"), retractionReason = rows.Column("retraction_reason");
        int conversionFrom = rows.Column("conversion_from"), conversionRates = rows.Column("conversion_rates"), updatedOn = rows.Column("updated_on");
        var releases = new List<ReleaseSummary>();
        while (rows.Read())
        {
            var id = rows.GetInt32(releaseColumn);
            releases.Add(new ReleaseSummary(
                id,
                SourceCatalog.FromCode(rows.GetString(source)),
                rows.GetString(format),
                rows.GetString(dataset),
                rows.GetString(fileName),
                rows.GetString(contentHash),
                rows.IsDBNull(vintage) ? null : DateOnly.FromDateTime(rows.GetDateTime(vintage)),
                rows.GetDateTime(ingestedAt),
                rows.GetInt64(rowsRead),
                rows.GetInt64(rowsStored),
                rows.GetString(note))
            {
                Retraction = rows.IsDBNull(retractedAt) ? null : new Retraction(rows.GetDateTime(retractedAt), rows.IsDBNull(retractionReason) ? string.Empty : rows.GetString(retractionReason)),
                Conversion = Conversion(rows, conversionFrom, conversionRates),
                Reading = readings.GetValueOrDefault(id),
                Skipped = skipped.GetValueOrDefault(id) ?? new Dictionary<string, long>(),
                Discrepancies = discrepancies.GetValueOrDefault(id),
                UpdatedOn = rows.IsDBNull(updatedOn) ? null : DateOnly.FromDateTime(rows.GetDateTime(updatedOn)),
            });
        }

        return releases;
    });

    /// <summary>
    /// Retracts a release: no answer counts its figures or evidence any more, but they stay in the store for audit,
    /// and <see cref="Releases"/> lists it with the time (from the store's clock) and the reason.
    /// </summary>
    /// <param name="releaseId">The release.</param>
    /// <param name="reason">Why, for the audit trail; empty when none is given.</param>
    /// <returns>What happened: retracted, no such release, or retracted before (with when and why).</returns>
    /// <exception cref="StoreException">The database refused the change (nothing was written).</exception>
    /// <exception cref="InvalidOperationException">The store was opened read-only.</exception>
    public RetractResult Retract(int releaseId, string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        RequireWritable();
        return Writing(() =>
        {
            using var command = Command("SELECT retracted_at, retraction_reason FROM releases WHERE release_id = ?", releaseId);
            using var reader = command.ExecuteReader();
            if (!reader.Read())
            {
                return new RetractResult(RetractStatus.UnknownRelease, null);
            }

            int retractedAt = reader.Column("retracted_at"), retractionReason = reader.Column("retraction_reason");
            if (!reader.IsDBNull(retractedAt))
            {
                return new RetractResult(
                    RetractStatus.AlreadyRetracted, new Retraction(reader.GetDateTime(retractedAt), reader.IsDBNull(retractionReason) ? string.Empty : reader.GetString(retractionReason)));
            }

            var retraction = new Retraction(_clock.GetUtcNow().UtcDateTime, reason);
            Execute("UPDATE releases SET retracted_at = ?, retraction_reason = ? WHERE release_id = ?", retraction.At, retraction.Reason, releaseId);
            _sourcesWithRates = null;
            _pairRevisions = null;
            return new RetractResult(RetractStatus.Retracted, retraction);
        });
    }

    // What the store holds of these bytes, most telling first: the same reading, a release whose reading was not
    // recorded (schema 4 and older: taken as read the same way unless retracted), the latest live release that read
    // them another way, else the latest retracted one.
    private ReleaseMatch? FindMatch(ReleaseReading reading)
    {
        var identity = reading.Identity;
        var candidates = new List<(int Id, string? Identity, Retraction? Retraction)>();
        using (var command = Command("SELECT release_id, identity_hash, retracted_at, retraction_reason FROM releases WHERE content_hash = ? ORDER BY release_id DESC", reading.BytesHash))
        using (var reader = command.ExecuteReader())
        {
            int releaseId = reader.Column("release_id"), identityHash = reader.Column("identity_hash");
            int retractedAt = reader.Column("retracted_at"), retractionReason = reader.Column("retraction_reason");
            while (reader.Read())
            {
                var retraction = reader.IsDBNull(retractedAt)
                    ? null
                    : new Retraction(reader.GetDateTime(retractedAt), reader.IsDBNull(retractionReason) ? string.Empty : reader.GetString(retractionReason));
                candidates.Add((reader.GetInt32(releaseId), reader.IsDBNull(identityHash) ? null : reader.GetString(identityHash), retraction));
            }
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        if (candidates.FirstOrDefault(c => c.Identity == identity) is { Id: > 0 } same)
        {
            return new ReleaseMatch(same.Id, same.Retraction is null ? ReleaseMatchKind.SameReading : ReleaseMatchKind.SameReadingRetracted, [], same.Retraction);
        }

        if (candidates.FirstOrDefault(c => c.Identity is null && c.Retraction is null) is { Id: > 0 } unrecorded)
        {
            return new ReleaseMatch(unrecorded.Id, ReleaseMatchKind.ReadingNotRecorded, [], null);
        }

        var other = candidates.FirstOrDefault(c => c.Retraction is null) is { Id: > 0 } live ? live : candidates[0];
        var differences = ReadingsByRelease(other.Id).GetValueOrDefault(other.Id) is { } stored ? reading.DifferencesFrom(stored) : [];
        return new ReleaseMatch(other.Id, ReleaseMatchKind.OtherReading, differences, other.Retraction);
    }

    private Dictionary<int, ReleaseReading> ReadingsByRelease(int? releaseId = null)
    {
        using var command = Command(
            "SELECT release_id, name, label, fingerprint FROM release_reading WHERE $1 IS NULL OR release_id = $1 ORDER BY release_id, position", releaseId);
        using var reader = command.ExecuteReader();
        int releaseColumn = reader.Column("release_id"), name = reader.Column("name"), label = reader.Column("label"), fingerprint = reader.Column("fingerprint");
        var components = new Dictionary<int, List<ReadingComponent>>();
        while (reader.Read())
        {
            var id = reader.GetInt32(releaseColumn);
            if (!components.TryGetValue(id, out var list))
            {
                components[id] = list = [];
            }

            list.Add(new ReadingComponent(reader.GetString(name), reader.GetString(label), reader.GetString(fingerprint)));
        }

        return components.ToDictionary(kv => kv.Key, kv => new ReleaseReading(kv.Value));
    }

    private Dictionary<int, IReadOnlyDictionary<string, long>> SkippedByRelease()
    {
        using var command = Command("SELECT release_id, reason, row_count FROM skipped_rows ORDER BY release_id, reason");
        using var reader = command.ExecuteReader();
        int releaseColumn = reader.Column("release_id"), reason = reader.Column("reason"), rowCount = reader.Column("row_count");
        var skipped = new Dictionary<int, Dictionary<string, long>>();
        while (reader.Read())
        {
            var id = reader.GetInt32(releaseColumn);
            if (!skipped.TryGetValue(id, out var reasons))
            {
                skipped[id] = reasons = new Dictionary<string, long>(StringComparer.Ordinal);
            }

            reasons[reader.GetString(reason)] = reader.GetInt64(rowCount);
        }

        return skipped.ToDictionary(kv => kv.Key, kv => (IReadOnlyDictionary<string, long>)kv.Value);
    }
}
