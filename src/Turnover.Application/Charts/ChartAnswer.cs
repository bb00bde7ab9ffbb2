using Turnover.Analytics.Forecasting;
using Turnover.Core;
using Turnover.Core.Targets;
using Turnover.Store;

namespace Turnover.Application;

/// <summary>What a chart shows, as data: the series, the target, the fan and the releases it came from.</summary>
/// <param name="Series">The chosen statistics and the growth table drawn.</param>
/// <param name="Target">The target drawn, or null.</param>
/// <param name="Releases">The live releases of the chosen source published by the as-of date (all when none): what the figures come from.</param>
public sealed record ChartAnswer(SeriesAnswer Series, Target? Target, IReadOnlyList<ReleaseSummary> Releases)
{
    /// <summary>The forecast fan (months on a monthly chart, calendar years on an annual one); empty when none was asked or none could be made.</summary>
    public IReadOnlyList<FanStep> Fan { get; init; } = [];

    /// <summary>The method the fan came from, as fitted; null without a fan.</summary>
    public ForecastMethod? FanMethod { get; init; }

    /// <summary>The last observed step the model was fitted through; null without a fan.</summary>
    public Period? FittedThrough { get; init; }

    /// <summary>Why a fan that was asked for is missing; <see cref="FanGap.None"/> when there is one or none was asked.</summary>
    public FanGap FanGap { get; init; }
}

/// <summary>Why no forecast fan could be drawn.</summary>
public enum FanGap
{
    /// <summary>A fan was drawn, or none was asked for.</summary>
    None,

    /// <summary>The source holds no monthly figures for the pair: the models forecast months.</summary>
    NoMonthlyFigures,

    /// <summary>A trade balance changes sign: it is not forecast (its exports and imports are).</summary>
    Balance,

    /// <summary>Too few monthly figures for the model to estimate a spread: the fan would have no width.</summary>
    TooFewForSpread,
}
