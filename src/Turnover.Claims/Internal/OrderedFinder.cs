namespace Turnover.Claims.Internal;

/// <summary>
/// Finds a long text's sentences (<see cref="FoundSentence"/>) on the pool's threads while the caller reads them in
/// order (<see cref="Get"/>): the caller's in-order reading, which needs the sentences before, runs beside the finding of
/// the sentences after, and when it catches up it finds the next ones itself rather than wait. Sentences are taken in
/// chunks, in order, by whichever thread is free; each is found by exactly one thread and only read after it is
/// published, so the threads share nothing they write but the chunk counter.
/// </summary>
internal sealed class OrderedFinder
{
    // Sentences per chunk: enough that taking one costs nothing beside finding them (tens of microseconds a sentence),
    // few enough that the reader rarely waits for the chunk it needs.
    private const int ChunkSize = 32;

    private readonly FoundSentence?[] _found;
    private readonly Func<int, FoundSentence> _find;
    private readonly object _published = new();
    private int _nextChunk;

    /// <param name="count">How many sentences there are.</param>
    /// <param name="find">Finds sentence i; must not throw (a rule's exception is kept in <see cref="FoundSentence.Failure"/>).</param>
    /// <param name="helpers">How many of the pool's threads help the caller.</param>
    public OrderedFinder(int count, Func<int, FoundSentence> find, int helpers)
    {
        _found = new FoundSentence?[count];
        _find = find;
        for (var i = 0; i < helpers; i++)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static finder => finder.FindAll(), this, preferLocal: false);
        }
    }

    /// <summary>Sentence <paramref name="index"/>, once found (by a helper, or by the caller while it waits).</summary>
    public FoundSentence Get(int index)
    {
        while (true)
        {
            if (Volatile.Read(ref _found[index]) is { } found)
            {
                return found;
            }

            if (FindNextChunk())
            {
                continue;
            }

            // Every chunk is taken: the one holding this sentence is being found by a helper.
            lock (_published)
            {
                while (Volatile.Read(ref _found[index]) is null)
                {
                    Monitor.Wait(_published);
                }
            }
        }
    }

    private void FindAll()
    {
        while (FindNextChunk())
        {
        }
    }

    private bool FindNextChunk()
    {
        var start = (Interlocked.Increment(ref _nextChunk) - 1) * (long)ChunkSize;
        if (start >= _found.Length)
        {
            return false;
        }

        var end = (int)Math.Min(start + ChunkSize, _found.Length);
        for (var i = (int)start; i < end; i++)
        {
            Volatile.Write(ref _found[i], _find(i));
        }

        lock (_published)
        {
            Monitor.PulseAll(_published);
        }

        return true;
    }
}
