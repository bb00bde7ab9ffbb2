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

    // Two handles: the machines this serves from have few cores, and a read is mostly one core's planning and running.
    private const int Handles = 2;

    private readonly TradeStore _store;
    private readonly Lock _writing = new();
    private readonly SemaphoreSlim _free = new(Handles);
    private readonly System.Collections.Concurrent.ConcurrentBag<TradeStore> _idle = [];
    private TradeStore? _second;
    private readonly ConcurrentDictionary<string, object> _cache = new(StringComparer.Ordinal);

    private StoreAccess(TradeStore store)
    {
        _store = store;
        _idle.Add(store);
        Fingerprint = FingerprintOf(store);
    }

    /// <summary>The stored releases in a few characters: their count, the latest id and how many are retracted, plus the store's own targets.</summary>
    public string Fingerprint { get; private set; }

    public bool ReadOnly => _store.ReadOnly;

    public static StoreAccess Open(ServeOptions options, bool writable) =>
        new(TradeStore.Open(options.StorePath, new TradeStoreOptions { ReadOnly = !writable, LockWait = options.LockWait, Clock = options.Clock }));

    /// <summary>Runs a query on a handle of the store that no other request is using.</summary>
    public T Read<T>(Func<TradeStore, T> query)
    {
        _free.Wait();
        TradeStore? handle = null;
        try
        {
            handle = Take();
            return query(handle);
        }
        finally
        {
            if (handle is not null)
            {
                _idle.Add(handle);
            }

            _free.Release();
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

    /// <summary>Writes to the store, alone (no read meanwhile); every cached answer is forgotten afterwards.</summary>
    public T Write<T>(Func<TradeStore, T> write)
    {
        lock (_writing)
        {
            for (var i = 0; i < Handles; i++)
            {
                _free.Wait();
            }

            try
            {
                return write(_store);
            }
            finally
            {
                // The second reader's own caches (which sources hold rates, which pairs have revisions) were not told of
                // the write: it goes, and the next read that needs it opens a new one.
                ForgetSecond();
                Fingerprint = FingerprintOf(_store);
                _cache.Clear();
                _free.Release(Handles);
            }
        }
    }

    public void Dispose()
    {
        ForgetSecond();
        _store.Dispose();
    }

    // A free slot with no idle handle means the second reader is not open yet: only the slot's holder opens it.
    private TradeStore Take()
    {
        if (_idle.TryTake(out var handle))
        {
            return handle;
        }

        return _second = _store.SecondReader();
    }

    // Only while no read holds a slot (a write, or the end).
    private void ForgetSecond()
    {
        if (_second is { } second)
        {
            _second = null;
            while (_idle.TryTake(out _))
            {
            }

            _idle.Add(_store);
            second.Dispose();
        }
    }

    private static string FingerprintOf(TradeStore store)
    {
        var releases = store.Releases();
        var latest = releases.Count == 0 ? 0 : releases.Max(r => r.Id);
        var retracted = releases.Count(r => r.Retraction is not null);
        return string.Create(CultureInfo.InvariantCulture, $"r{releases.Count}.{latest}.{retracted}.t{store.UserTargets().Count}");
    }
}
