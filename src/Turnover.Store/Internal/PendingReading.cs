using Turnover.Core;

namespace Turnover.Store.Internal;

/// <summary>
/// A load's identity (its file's hash and how it is read), computed on a thread of its own while the records
/// stream: asked after every appended batch whether the load should stop because the store already holds it.
/// </summary>
internal sealed class PendingReading
{
    private readonly Task<ReleaseReading> _reading;
    private readonly HeldReadings _held;
    private bool _answered;

    public PendingReading(Func<ReleaseReading> reading, HeldReadings held)
    {
        _held = held;
        // Its own thread, not the pool's: the hash reads the whole file, and the pool may be starved by then.
        _reading = Task.Factory.StartNew(reading, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>True once the reading has been computed (or its computing failed).</summary>
    public bool IsKnown => _reading.IsCompleted;

    /// <summary>
    /// True once, as soon as the reading is known and the store holds it, or its computing failed: the rest of the
    /// file need not be read. False while it is not known yet, and after it was answered.
    /// </summary>
    public bool ShouldStop()
    {
        if (_answered || !IsKnown)
        {
            return false;
        }

        _answered = true;
        return !_reading.IsCompletedSuccessfully || _held.Holds(_reading.Result);
    }

    /// <summary>Waits for the reading; its computing's exception is rethrown as it was thrown.</summary>
    public ReleaseReading Wait() => _reading.GetAwaiter().GetResult();
}
