using System.Collections.Concurrent;

namespace Turnover.Store;

/// <summary>
/// An open store shared between threads: the store and a second reader on it (<see cref="ITradeStore.SecondReader"/>,
/// where the back-end offers one), each handle used by one thread at a time, so two reads run side by side; a write
/// runs alone. What a long text's claims and the web server's requests read through.
/// </summary>
/// <typeparam name="TStore">The store's type, as the readers' callers use it.</typeparam>
public sealed class StoreReaders<TStore> : IDisposable
    where TStore : class, ITradeStore
{
    private readonly Func<TStore, TStore?> _openSecond;
    private readonly BlockingCollection<TStore> _idle = new(new ConcurrentBag<TStore>());
    private readonly Lock _writing = new();
    private TStore? _second;

    /// <param name="store">The open store; the caller keeps it and disposes it after these readers.</param>
    /// <param name="openSecond">Opens a second reader on the store (null: none); called now and after each write.</param>
    /// <exception cref="StoreException">The second reader could not be opened.</exception>
    public StoreReaders(TStore store, Func<TStore, TStore?> openSecond)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(openSecond);
        (Store, _openSecond) = (store, openSecond);
        _idle.Add(store);
        OpenSecond();
    }

    /// <summary>The store itself (the handle writes go to).</summary>
    public TStore Store { get; }

    /// <summary>Runs a read on a handle no other thread is using, waiting for one when both are.</summary>
    public T Read<T>(Func<TStore, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var handle = _idle.Take();
        try
        {
            return read(handle);
        }
        finally
        {
            _idle.Add(handle);
        }
    }

    /// <summary>
    /// Runs a write on the store with no read meanwhile; the second reader, whose own caches (which sources hold rates,
    /// which pairs have revisions) did not see the write, is opened anew after it.
    /// </summary>
    /// <exception cref="StoreException">The second reader could not be opened again (the write stands; reads go on one at a time).</exception>
    public T Alone<T>(Func<TStore, T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        lock (_writing)
        {
            var handles = _second is null ? 1 : 2;
            for (var i = 0; i < handles; i++)
            {
                _idle.Take();
            }

            try
            {
                return write(Store);
            }
            finally
            {
                _second?.Dispose();
                _second = null;
                _idle.Add(Store);
                OpenSecond();
            }
        }
    }

    /// <summary>Closes the second reader; the store stays the caller's.</summary>
    public void Dispose()
    {
        _second?.Dispose();
        _idle.Dispose();
    }

    private void OpenSecond()
    {
        _second = _openSecond(Store);
        if (_second is not null)
        {
            _idle.Add(_second);
        }
    }
}
