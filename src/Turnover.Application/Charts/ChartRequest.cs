using Turnover.Analytics.Forecasting;
using Turnover.Core.Targets;

namespace Turnover.Application;

/// <summary>A pair's series to draw, with a target and a forecast fan if asked.</summary>
/// <param name="Series">The pair, whose statistics, the measure, the frequency and the periods shown.</param>
public sealed record ChartRequest(SeriesQueryRequest Series)
{
    /// <summary>A target to draw up to its deadline; null for none.</summary>
    public Target? Target { get; init; }

    /// <summary>The model for the forecast fan; null for no fan.</summary>
    public IForecaster? Forecaster { get; init; }

    /// <summary>Simulated paths and the seed.</summary>
    public ForecastOptions Options { get; init; } = new();
}
