using System.Collections.Concurrent;
using System.Globalization;
using Turnover.Store;

namespace Turnover.Web.Internal;

/// <summary>
/// The one open store of the server, used by one request at a time (a DuckDB connection is not shared between
/// threads), and the answers computed from it, cached by request and the store's state.
/// </summary>
/// <remarks>
/// While the server has the file open no other process can write it (DuckDB locks it), so the stored releases change
/// only through this server's own writes: the cache key carries a fingerprint of the releases, renewed after each write.
/// </remarks>
internal sealed class StoreAccess : IDisposable
{
    // Enough for every pair, flow and frequency of a store many times over; past it the cache starts again.
    private const int MaxCached = 4096;

    private readonly TradeStore _store;
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<string, object> _cache = new(StringComparer.Ordinal);

    private StoreAccess(TradeStore store)
    {
        _store = store;
        Fingerprint = FingerprintOf(store);
    }

    /// <summary>The stored releases in a few characters: their count, the latest id and how many are retracted, plus the store's own targets.</summary>
    public string Fingerprint { get; private set; }

    public bool ReadOnly => _store.ReadOnly;

    public static StoreAccess Open(ServeOptions options, bool writable) =>
        new(TradeStore.Open(options.StorePath, new TradeStoreOptions { ReadOnly = !writable, LockWait = options.LockWait, Clock = options.Clock }));

    /// <summary>Runs a query on the store, alone.</summary>
    public T Read<T>(Func<TradeStore, T> query)
    {
        lock (_gate)
        {
            return query(_store);
        }
    }

    /// <summary>The answer for <paramref name="key"/> as computed before on the same stored state, else computed now (alone on the store) and kept.</summary>
    public T Cached<T>(string key, Func<TradeStore, T> query)
        where T : notnull
    {
        var full = string.Concat(Fingerprint, "|", key);
        if (_cache.TryGetValue(full, out var hit))
        {
            return (T)hit;
        }

        var value = Read(query);
        if (_cache.Count >= MaxCached)
        {
            _cache.Clear();
        }

        _cache[full] = value;
        return value;
    }

    /// <summary>Writes to the store, alone; every cached answer is forgotten afterwards.</summary>
    public T Write<T>(Func<TradeStore, T> write)
    {
        lock (_gate)
        {
            try
            {
                return write(_store);
            }
            finally
            {
                Fingerprint = FingerprintOf(_store);
                _cache.Clear();
            }
        }
    }

    public void Dispose() => _store.Dispose();

    private static string FingerprintOf(TradeStore store)
    {
        var releases = store.Releases();
        var latest = releases.Count == 0 ? 0 : releases.Max(r => r.Id);
        var retracted = releases.Count(r => r.Retraction is not null);
        return string.Create(CultureInfo.InvariantCulture, $"r{releases.Count}.{latest}.{retracted}.t{store.UserTargets().Count}");
    }
}
