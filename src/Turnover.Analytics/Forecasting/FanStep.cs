using Turnover.Core;

namespace Turnover.Analytics.Forecasting;

/// <summary>
/// The forecast distribution of one future period, in US dollars: the median and the bounds of the central 80% and
/// 95% of the simulated paths.
/// </summary>
/// <param name="Period">The future period.</param>
/// <param name="Lower95">2.5th percentile.</param>
/// <param name="Lower80">10th percentile.</param>
/// <param name="Median">50th percentile.</param>
/// <param name="Upper80">90th percentile.</param>
/// <param name="Upper95">97.5th percentile.</param>
public sealed record FanStep(Period Period, decimal Lower95, decimal Lower80, decimal Median, decimal Upper80, decimal Upper95)
{
    /// <summary>
    /// The point forecast: the mean of the simulated paths (above the median where the paths skew upwards), or the
    /// forecast's own point where it makes one apart from its paths (<see cref="Forecast.OwnPoint"/>: the default,
    /// ets-drift); null when not computed.
    /// </summary>
    public decimal? Mean { get; init; }
}
