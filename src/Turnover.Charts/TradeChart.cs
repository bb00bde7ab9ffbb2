using Turnover.Analytics.Forecasting;
using Turnover.Core;

namespace Turnover.Charts;

/// <summary>
/// Everything one chart shows, as data: <see cref="ChartRenderer"/> draws it. Monthly charts put the months on the
/// left axis and twelve-month totals (the rolling line, a target) on the right one, because a year's target is
/// twelve times a month's scale; annual charts put every figure on one axis.
/// </summary>
/// <param name="Title">The headline, e.g. "China–Russia trade (turnover)".</param>
/// <param name="Granularity">Month or year: bars per month (with a combined Jan–Feb as one bar) or columns per year.</param>
/// <param name="Values">The observed figures, ascending.</param>
/// <param name="Caption">Lines under the chart: source, reporter, release, conversions, what is missing.</param>
public sealed record TradeChart(string Title, Granularity Granularity, IReadOnlyList<ChartValue> Values, IReadOnlyList<string> Caption)
{
    /// <summary>The rolling twelve-month total ending with each month (monthly charts only); empty for none.</summary>
    public IReadOnlyList<ChartValue> Rolling12 { get; init; } = [];

    /// <summary>A target to draw, or null.</summary>
    public ChartTarget? Target { get; init; }

    /// <summary>The forecast fan, one step per future period (months on a monthly chart, years on an annual one); empty for none.</summary>
    public IReadOnlyList<FanStep> Fan { get; init; } = [];

    /// <summary>The forecasting method, for the legend ("Forecast (ETS (AICc))"); null without a fan.</summary>
    public string? FanMethod { get; init; }
}
