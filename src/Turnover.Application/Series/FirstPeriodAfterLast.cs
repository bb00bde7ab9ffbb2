using Turnover.Core;

namespace Turnover.Application;

/// <summary>A series' first period comes after its last: nothing lies between them.</summary>
/// <param name="From">The first period asked for.</param>
/// <param name="To">The last period asked for.</param>
public sealed record FirstPeriodAfterLast(Period From, Period To) : FailureReason;
