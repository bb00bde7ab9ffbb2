namespace Turnover.Analytics.Forecasting;

/// <summary>
/// How a forecast made its point apart from its paths (<see cref="Forecast.Point"/>): the members weighed and their
/// weights, and on how many of the series' earlier origins those weights were scored.
/// </summary>
/// <param name="Blend">The members and their weights (a weighted ensemble; one member at weight 1 for its own point).</param>
/// <param name="ScoredOrigins">Earlier origins the weights were scored on; 0: the prior weights alone.</param>
public sealed record PointForecastMethod(ForecastMethod Blend, int ScoredOrigins);
