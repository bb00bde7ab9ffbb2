namespace Turnover.Application;

/// <summary>The rule every host applies to an as-of date before a use case reads with it.</summary>
public static class AsOfDate
{
    /// <summary>
    /// The date, or a bad-input failure when it is after <paramref name="today"/>: answering with today's figures under
    /// a later date reads as the future already in (a target check as of 3000-01-01 called the 2030 deadline passed).
    /// </summary>
    /// <param name="asOf">The date asked for; null (everything stored) passes.</param>
    /// <param name="today">Today, by the host's clock.</param>
    public static Outcome<DateOnly?> NotAfter(DateOnly? asOf, DateOnly today) =>
        asOf > today ? Failure.Because(FailureKind.BadInput, new AsOfAfterToday(asOf.Value, today)) : Outcome.Of(asOf);
}
