using Turnover.Core;
using Turnover.Core.Targets;

namespace Turnover.Analytics.Targets;

/// <summary>A value through a period with its year-on-year growth.</summary>
/// <param name="Through">The last month covered.</param>
/// <param name="ValueUsd">The value.</param>
/// <param name="GrowthPercent">Change on a year earlier, where known.</param>
public sealed record DatedValue(Period Through, decimal ValueUsd, decimal? GrowthPercent)
{
    /// <summary>The growth the publisher printed for the same window, where it printed one (percent).</summary>
    public decimal? PublishedGrowthPercent { get; init; }
}

/// <summary>Everything <c>turnover target check</c> prints for one target on one date.</summary>
/// <param name="Target">The target.</param>
/// <param name="Reporter">Whose statistics were used.</param>
/// <param name="Source">Which publisher; null when no source holds the pair.</param>
/// <param name="AsOf">The date the verdict is for (data published by then).</param>
/// <param name="LatestYear">The latest complete calendar year and its value.</param>
/// <param name="YearToDate">The latest year-to-date value.</param>
/// <param name="Rolling12">The latest rolling twelve months.</param>
/// <param name="Baseline">The baseline year's value of an increment target, where published.</param>
/// <param name="AchievedUsd">Progress measure on the latest figures: the latest twelve months or else complete year (annual basis), or the cumulative achievement (<see cref="AchievedThrough"/>).</param>
/// <param name="ProgressPercent">Achieved as a percentage of the amount.</param>
/// <param name="RequiredGrowthPercent">Annual growth still needed from the latest complete year to reach the amount in the deadline year (annual basis).</param>
/// <param name="MetIn">The month the target was first reached (year-to-date or cumulative), if it was.</param>
/// <param name="MonthsBeforeDeadline">How many months before the end of the deadline year it was met.</param>
/// <param name="Projections">The "at this rate" projections.</param>
/// <param name="Model">The model's outlook, when a forecaster was given and the target is still open.</param>
/// <param name="LatestFigure">The last month the reporter's figures cover, if any.</param>
/// <param name="Verdict">The verdict; its figures are the report's (the renderers word it).</param>
public sealed record TargetReport(
    Target Target,
    Country Reporter,
    SourceKind? Source,
    DateOnly AsOf,
    (int Year, decimal ValueUsd)? LatestYear,
    DatedValue? YearToDate,
    DatedValue? Rolling12,
    (int Year, decimal ValueUsd)? Baseline,
    decimal? AchievedUsd,
    decimal? ProgressPercent,
    double? RequiredGrowthPercent,
    Period? MetIn,
    int? MonthsBeforeDeadline,
    IReadOnlyList<Projection> Projections,
    ModelOutlook? Model,
    Period? LatestFigure,
    TargetVerdict Verdict)
{
    /// <summary>
    /// The progress measure that settled the target: at the month it was first reached (<see cref="TargetVerdict.Met"/>),
    /// or at the end of the deadline year (<see cref="TargetVerdict.Missed"/>); null otherwise.
    /// </summary>
    public decimal? OutcomeUsd { get; init; }

    /// <summary>
    /// A missed target reached later: the first month after the deadline year whose progress measure (the year to
    /// date for an annual target) reaches the amount in the figures published by the date; null otherwise.
    /// </summary>
    public LateCrossing? ReachedAfterDeadline { get; init; }

    /// <summary>
    /// What <see cref="AchievedUsd"/> covers: for an annual target a month (the twelve months to it) or a year (that
    /// calendar year, where no twelve months are known); for a cumulative or increment target the month the sum since
    /// <see cref="Target.FromYear"/> runs to. Null without an achievement. Russia's side of a 2020 target checked in
    /// 2026 is measured on 2020, not "now".
    /// </summary>
    public Period? AchievedThrough { get; init; }

    /// <summary>
    /// True when a cumulative or increment target's years have not begun in the figures (the Phase One window from
    /// 2020 on a table ending in 2019): its achievement is a sum of nothing, no figure.
    /// </summary>
    public bool NothingCounted => Target.Basis != TargetBasis.AnnualValue && AchievedThrough?.Year < Target.FromYear;

    /// <summary>Why the verdict may not mean what it seems (figures much older than the date, sums, conversions), in that order; empty when none.</summary>
    public IReadOnlyList<TargetCaveat> Caveats { get; init; } = [];

    /// <summary>
    /// Why <see cref="Model"/> is null though a forecaster was given and the target is open: its paths had no spread
    /// (too few observations); null otherwise.
    /// </summary>
    public ModelWithheld? ModelWithheld { get; init; }

    /// <summary>Why there is no verdict (<see cref="TargetVerdict.NoData"/>); null otherwise.</summary>
    public NoDataReason? NoData { get; init; }

    /// <summary>Months between the latest figure and the date when the figures are older than publication lags explain (<see cref="StaleFigures"/> says so); null otherwise.</summary>
    public int? StaleMonths { get; init; }

    /// <summary>The "at this rate" projections that could not be made, each with the reason (empty once the outcome is known).</summary>
    public IReadOnlyList<UnmadeProjection> ProjectionsNotMade { get; init; } = [];

    /// <summary>Growth of the latest complete year on the year before, computed from the levels (percent).</summary>
    public decimal? LatestYearGrowthPercent { get; init; }

    /// <summary>Growth of the latest complete year as the publisher printed it (percent).</summary>
    public decimal? LatestYearPublishedGrowthPercent { get; init; }
}
