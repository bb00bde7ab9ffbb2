using Turnover.Core;

namespace Turnover.Analytics.Targets;

/// <summary>An "at this rate" projection that could not be made, and why (never dropped in silence).</summary>
/// <param name="Kind">The projection.</param>
/// <param name="Reason">Why it could not be made.</param>
/// <param name="Window">The window whose growth would have given the rate: a year to date, the twelve months to a month (rolling), or the last complete year (CAGR).</param>
public sealed record UnmadeProjection(ProjectionKind Kind, UnmadeReason Reason, Period Window)
{
    /// <summary>
    /// The figures that are not in the data: a year to date, a year's total, or for the rolling projection the month
    /// that ends the missing twelve months.
    /// </summary>
    public IReadOnlyList<Period> MissingFigures { get; init; } = [];

    /// <summary>The years for which no growth rate was published (CAGR); empty otherwise.</summary>
    public IReadOnlyList<Period> MissingPublishedRates { get; init; } = [];

    /// <summary>The rate the publisher printed for the window, where it printed one (<see cref="UnmadeReason.NoBaseValue"/>), percent.</summary>
    public decimal? PublishedPercent { get; init; }
}
