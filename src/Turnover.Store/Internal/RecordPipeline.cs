using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Turnover.Core;

namespace Turnover.Store.Internal;

/// <summary>
/// Streams a reader's records into the store on two threads: a dedicated reader thread parses, packs
/// (<see cref="RecordBatch"/>) and screens keys (<see cref="DuplicateScreen"/>); the calling thread only hands
/// packed batches to DuckDB. A fixed pool of batches bounds memory whatever the file size.
/// </summary>
internal sealed class RecordPipeline
{
    // DuckDB's appender takes chunks into a buffer and inserts 204,800 rows (100 batches) at a time, compressing
    // full row groups as it goes; meanwhile nothing is consumed. 256 batches of 2048 rows (about 20 MB) let the
    // reader keep parsing through such a burst: with 32 it sat blocked for a third of the load.
    private const int PoolSize = 256;

    private readonly CodeTable _classifications;
    private readonly CodeTable _units;
    private readonly CodeTable _commodities;

    public RecordPipeline(CodeTable classifications, CodeTable units, CodeTable commodities)
    {
        _classifications = classifications;
        _units = units;
        _commodities = commodities;
    }

    /// <summary>True when the keys were proven distinct while streaming; false means the SQL check must run.</summary>
    public bool KeysDistinct { get; private set; }

    /// <summary>True when the caller's check ended the reading before the records did; nothing read is to be kept.</summary>
    public bool StoppedEarly { get; private set; }

    /// <summary>The records that are parts of a total (<see cref="TradeRecord.Breakdown"/>): not appended to <c>records</c>.</summary>
    public BreakdownRows Breakdowns { get; } = new();

    /// <summary>The appended lines' levels, periods and outlier flags, summed as they streamed.</summary>
    public LoadTally Tally { get; } = new();

    /// <summary>Reads every total into the appender and closes it, and the parts of totals into <see cref="Breakdowns"/>; returns the number of totals.</summary>
    /// <remarks>
    /// Either side failing stops the other: the appending side cancels the reader thread, the reader thread ends the
    /// queue and its exception is rethrown here with its own stack.
    /// </remarks>
    public long Run(IEnumerable<TradeRecord> records, RecordAppender appender, CancellationToken cancellationToken) =>
        Run(records, appender, static () => false, cancellationToken);

    /// <summary>
    /// As the other overload, but asks <paramref name="stopEarly"/> after every batch appended: true ends the reading
    /// there (the reader thread is cancelled, the appender left open for the caller to roll back) and sets
    /// <see cref="StoppedEarly"/>.
    /// </summary>
    public long Run(IEnumerable<TradeRecord> records, RecordAppender appender, Func<bool> stopEarly, CancellationToken cancellationToken)
    {
        using var free = new BlockingCollection<RecordBatch>(PoolSize);
        using var full = new BlockingCollection<RecordBatch>(PoolSize);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var screen = new DuplicateScreen();
        var producer = Task.Factory.StartNew(
            () => Produce(records, screen, free, full, stop.Token), stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        long stored = 0;
        try
        {
            foreach (var batch in full.GetConsumingEnumerable(stop.Token))
            {
                appender.Append(batch);
                stored += batch.Count;
                batch.Clear();
                free.Add(batch, CancellationToken.None);
                if (stopEarly())
                {
                    StoppedEarly = true;
                    stop.Cancel();
                    // The reader thread ends on the cancellation; that is no failure to report.
                    Wait(producer);
                    return stored;
                }
            }
        }
        catch
        {
            stop.Cancel();
            Wait(producer);
            throw;
        }

        if (Wait(producer) is { } readerFailure)
        {
            // A reader exception is a bug (readers report bad data as errors): surface it with its own stack.
            ExceptionDispatchInfo.Throw(readerFailure);
        }

        appender.Close();
        KeysDistinct = screen.Clean;
        return stored;
    }

    private void Produce(IEnumerable<TradeRecord> records, DuplicateScreen screen, BlockingCollection<RecordBatch> free, BlockingCollection<RecordBatch> full, CancellationToken cancellationToken)
    {
        // Batches are made as needed, up to the pool size, so that a small file costs one batch, not the pool.
        var made = 0;
        RecordBatch Next()
        {
            if (free.TryTake(out var reused) || made == PoolSize)
            {
                return reused ?? free.Take(cancellationToken);
            }

            made++;
            return new RecordBatch();
        }

        try
        {
            var batch = Next();
            foreach (var record in records)
            {
                // A commodity's key holds the id of its name (commodities table), not a code of its own.
                var key = record.Product.IsCommodity
                    ? RecordKey.Pack(in record, _commodities.IdOf(record.Product.Name))
                    : RecordKey.Pack(in record, record.Product.Code);
                if (record.Breakdown is not null)
                {
                    Breakdowns.Add(key, in record);
                    continue;
                }

                screen.Add(key);
                batch.Add(in record, key, _classifications, _units);
                if (batch.IsFull)
                {
                    Tally.Add(batch);
                    full.Add(batch, cancellationToken);
                    batch = Next();
                }
            }

            Tally.Add(batch);
            full.Add(batch, cancellationToken);
        }
        finally
        {
            // Ends the appending side's loop, normally or not; a failure is read from the task.
            full.CompleteAdding();
        }
    }

    private static Exception? Wait(Task producer)
    {
        try
        {
            producer.Wait(CancellationToken.None);
            return null;
        }
        catch (AggregateException ex)
        {
            return ex.InnerExceptions.Count == 1 ? ex.InnerException : ex;
        }
    }
}
