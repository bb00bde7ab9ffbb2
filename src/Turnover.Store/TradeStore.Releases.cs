using Turnover.Core;

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
        using (var counts = Command("SELECT release_id, count(*) FROM discrepancies GROUP BY release_id"))
        using (var reader = counts.ExecuteReader())
        {
            while (reader.Read())
            {
                discrepancies[reader.GetInt32(0)] = reader.GetInt64(1);
            }
        }

        using var command = Command(
            "SELECT release_id, source, format, dataset, file_name, content_hash, vintage, ingested_at, rows_read, rows_stored, note, retracted_at, retraction_reason, conversion_from, conversion_rates FROM releases ORDER BY release_id");
        using var rows = command.ExecuteReader();
        var releases = new List<ReleaseSummary>();
        while (rows.Read())
        {
            var id = rows.GetInt32(0);
            releases.Add(new ReleaseSummary(
                id,
                Enum.Parse<SourceKind>(rows.GetString(1)),
                rows.GetString(2),
                rows.GetString(3),
                rows.GetString(4),
                rows.GetString(5),
                rows.IsDBNull(6) ? null : DateOnly.FromDateTime(rows.GetDateTime(6)),
                rows.GetDateTime(7),
                rows.GetInt64(8),
                rows.GetInt64(9),
                rows.GetString(10))
            {
                Retraction = rows.IsDBNull(11) ? null : new Retraction(rows.GetDateTime(11), rows.IsDBNull(12) ? string.Empty : rows.GetString(12)),
                Conversion = Conversion(rows),
                Reading = readings.GetValueOrDefault(id),
                Skipped = skipped.GetValueOrDefault(id) ?? new Dictionary<string, long>(),
                Discrepancies = discrepancies.GetValueOrDefault(id),
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
    /// <exception cref="StoreException">The database failed, or the file is damaged.</exception>
    /// <exception cref="InvalidOperationException">The store was opened read-only.</exception>
    public RetractResult Retract(int releaseId, string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        RequireWritable();
        return Reading(() =>
        {
            using var command = Command("SELECT retracted_at, retraction_reason FROM releases WHERE release_id = ?", releaseId);
            using var reader = command.ExecuteReader();
            if (!reader.Read())
            {
                return new RetractResult(RetractStatus.UnknownRelease, null);
            }

            if (!reader.IsDBNull(0))
            {
                return new RetractResult(RetractStatus.AlreadyRetracted, new Retraction(reader.GetDateTime(0), reader.IsDBNull(1) ? string.Empty : reader.GetString(1)));
            }

            var retraction = new Retraction(_clock.GetUtcNow().UtcDateTime, reason);
            Execute("UPDATE releases SET retracted_at = ?, retraction_reason = ? WHERE release_id = ?", retraction.At, retraction.Reason, releaseId);
            _sourcesWithRates = null;
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
            while (reader.Read())
            {
                var retraction = reader.IsDBNull(2) ? null : new Retraction(reader.GetDateTime(2), reader.IsDBNull(3) ? string.Empty : reader.GetString(3));
                candidates.Add((reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetString(1), retraction));
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
        var components = new Dictionary<int, List<ReadingComponent>>();
        while (reader.Read())
        {
            var id = reader.GetInt32(0);
            if (!components.TryGetValue(id, out var list))
            {
                components[id] = list = [];
            }

            list.Add(new ReadingComponent(reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        return components.ToDictionary(kv => kv.Key, kv => new ReleaseReading(kv.Value));
    }

    private Dictionary<int, IReadOnlyDictionary<string, long>> SkippedByRelease()
    {
        using var command = Command("SELECT release_id, reason, row_count FROM skipped_rows ORDER BY release_id, reason");
        using var reader = command.ExecuteReader();
        var skipped = new Dictionary<int, Dictionary<string, long>>();
        while (reader.Read())
        {
            var id = reader.GetInt32(0);
            if (!skipped.TryGetValue(id, out var reasons))
            {
                skipped[id] = reasons = new Dictionary<string, long>(StringComparer.Ordinal);
            }

            reasons[reader.GetString(1)] = reader.GetInt64(2);
        }

        return skipped.ToDictionary(kv => kv.Key, kv => (IReadOnlyDictionary<string, long>)kv.Value);
    }
}
