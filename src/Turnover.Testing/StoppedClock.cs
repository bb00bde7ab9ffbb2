namespace Turnover.Testing;

/// <summary>
/// A clock stopped at one instant whose stopwatch is stopped too: every elapsed time measured through it is zero, so a
/// command that prints how long it took prints the same text, at the same width, on a fast or a loaded machine.
/// </summary>
/// <remarks>Only for commands that time themselves; anything that waits on this clock's timestamps would wait forever.</remarks>
/// <param name="now">The instant every call returns.</param>
public sealed class StoppedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>A clock at midday UTC of <paramref name="day"/>.</summary>
    public static StoppedClock On(DateOnly day) => new(new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => now;

    /// <inheritdoc />
    public override long GetTimestamp() => 0;
}
