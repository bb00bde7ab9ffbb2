using Turnover.Core;

namespace Turnover.Store.Internal;

/// <summary>
/// The readings the store holds, read once when a load starts before its file's hash is known: enough to tell, the
/// moment the hash arrives, whether the load is a re-ingest to stop, without a query while the appender is open.
/// </summary>
/// <remarks>
/// Held means what <see cref="AlreadyHeld"/> turns into a result: the same reading (live or retracted), or a live
/// release of the same bytes whose reading was not recorded. The store's own match (<c>FindMatch</c>) decides again
/// once the records are appended; this only saves reading the rest of the file.
/// </remarks>
internal sealed class HeldReadings
{
    private readonly Dictionary<string, List<(string? Identity, bool Retracted)>> _byBytes;

    private HeldReadings(Dictionary<string, List<(string? Identity, bool Retracted)>> byBytes) => _byBytes = byBytes;

    public static HeldReadings Read(TradeStore store)
    {
        var byBytes = new Dictionary<string, List<(string? Identity, bool Retracted)>>(StringComparer.Ordinal);
        using var command = store.Command("SELECT content_hash, identity_hash, retracted_at IS NOT NULL AS retracted FROM releases");
        using var reader = command.ExecuteReader();
        int contentHash = reader.Column("content_hash"), identityHash = reader.Column("identity_hash"), retracted = reader.Column("retracted");
        while (reader.Read())
        {
            var bytes = reader.GetString(contentHash);
            if (!byBytes.TryGetValue(bytes, out var readings))
            {
                byBytes[bytes] = readings = [];
            }

            readings.Add((reader.IsDBNull(identityHash) ? null : reader.GetString(identityHash), reader.GetBoolean(retracted)));
        }

        return new HeldReadings(byBytes);
    }

    /// <summary>True when loading <paramref name="reading"/> would end as already ingested or already retracted.</summary>
    public bool Holds(ReleaseReading reading)
    {
        if (!_byBytes.TryGetValue(reading.BytesHash, out var readings))
        {
            return false;
        }

        var identity = reading.Identity;
        return readings.Exists(r => r.Identity == identity || (r.Identity is null && !r.Retracted));
    }
}
