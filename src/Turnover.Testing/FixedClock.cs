namespace Turnover.Testing;

/// <summary>A clock stopped at one instant, so "today" in a test is a known day (as NodaTime's FakeClock).</summary>
/// <param name="now">The instant every call returns.</param>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>A clock at midday UTC of <paramref name="day"/>.</summary>
    public static FixedClock On(DateOnly day) => new(new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => now;
}
