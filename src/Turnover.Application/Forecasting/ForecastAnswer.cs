using Turnover.Analytics.Forecasting;
using Turnover.Core;
using Turnover.Store;

namespace Turnover.Application;

/// <summary>
/// A pair's forecast: the statistics it was fitted on (whose, which publisher, which releases, through which month),
/// the model as fitted, and the fan of simulated paths per future period and per calendar year.
/// </summary>
/// <param name="Request">What was asked.</param>
/// <param name="Choice">The reporter and source the model was fitted on.</param>
/// <param name="Releases">The live releases of that source published by the as-of date (all when none): what the figures come from.</param>
/// <param name="FittedFrom">The first observed step.</param>
/// <param name="FittedThrough">The last observed step: the forecast starts after it.</param>
/// <param name="Observations">Steps with a figure (China's combined January–February is one step).</param>
/// <param name="Method">The method as fitted (family, ETS form, members and weights); the hosts word it.</param>
/// <param name="Notes">Why a fallback was used, as facts; empty when none was.</param>
/// <param name="Steps">One per future step (months; China's combined January–February as one), with the mean; empty for a forecast by year.</param>
/// <param name="Years">One per calendar year the forecast completes, its observed months included.</param>
public sealed record ForecastAnswer(
    ForecastRequest Request,
    SourceChoice Choice,
    IReadOnlyList<ReleaseSummary> Releases,
    Period FittedFrom,
    Period FittedThrough,
    int Observations,
    ForecastMethod Method,
    IReadOnlyList<ForecastNote> Notes,
    IReadOnlyList<FanStep> Steps,
    IReadOnlyList<FanStep> Years)
{
    /// <summary>January to <see cref="FittedThrough"/> of its year as observed, added to that year's paths; null when the year starts after it or is unknown.</summary>
    public decimal? ObservedYearToDate { get; init; }

    /// <summary>
    /// Steps between <see cref="FittedFrom"/> and <see cref="FittedThrough"/> with no figure: the models take them as
    /// missing, none is filled (China's customs' bundled reports leave 46 of its 89 steps from 2016-12 unpublished, its January–February one step).
    /// </summary>
    public int UnpublishedSteps { get; init; }

    /// <summary>How the point forecast (the fans' means) was made apart from the paths, with its weights; null when it is the paths' average.</summary>
    public PointForecastMethod? Point { get; init; }
}
