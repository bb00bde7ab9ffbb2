using System.Collections.Concurrent;
using System.Globalization;
using Turnover.Store;

namespace Turnover.Web.Internal;

/// <summary>
/// The one open store of the server, read by two requests at a time, each on a handle of its own (the store and a
/// second reader on it: a DuckDB connection is not shared between threads), written by one request alone, and the
/// answers computed from it, cached by request and the store's state.
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
    private readonly StoreReaders<TradeStore> _readers;
    private readonly ConcurrentDictionary<string, object> _cache = new(StringComparer.Ordinal);

    private StoreAccess(TradeStore store)
    {
        _store = store;
        _readers = new StoreReaders<TradeStore>(store, s => s.SecondReader());
        Fingerprint = FingerprintOf(store);
    }

    /// <summary>The stored releases in a few characters: their count, the latest id and how many are retracted, plus the store's own targets.</summary>
    public string Fingerprint { get; private set; }

    public bool ReadOnly => _store.ReadOnly;

    public static StoreAccess Open(ServeOptions options, bool writable)
    {
        var store = TradeStore.Open(options.StorePath, new TradeStoreOptions { ReadOnly = !writable, LockWait = options.LockWait, Clock = options.Clock });
        try
        {
            return new(store);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>Runs a query on a handle of the store that no other request is using.</summary>
    public T Read<T>(Func<TradeStore, T> query) => _readers.Read(query);

    /// <summary>The answer for <paramref name="key"/> as computed before on the same stored state, else computed now (on a handle of its own) and kept.</summary>
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

    /// <summary>Writes to the store, alone (no read meanwhile); every cached answer is forgotten afterwards.</summary>
    public T Write<T>(Func<TradeStore, T> write) => _readers.Alone(store =>
    {
        try
        {
            return write(store);
        }
        finally
        {
            Fingerprint = FingerprintOf(store);
            _cache.Clear();
        }
    });

    public void Dispose()
    {
        _readers.Dispose();
        _store.Dispose();
    }

    private static string FingerprintOf(TradeStore store)
    {
        var releases = store.Releases();
        var latest = releases.Count == 0 ? 0 : releases.Max(r => r.Id);
        var retracted = releases.Count(r => r.Retraction is not null);
        return string.Create(CultureInfo.InvariantCulture, $"r{releases.Count}.{latest}.{retracted}.t{store.UserTargets().Count}");
    }
}
