using Turnover.Analytics.Forecasting;

namespace Turnover.Analytics.Targets;

/// <summary>
/// The model ran on too few observations to estimate a spread (<see cref="Forecast.SpreadEstimated"/>): its paths
/// are its point forecast repeated, so a probability read off them would be 0% or 100% by want of data, not by
/// estimate. None is given; the verdict rests on the "at this rate" projections.
/// </summary>
/// <param name="Method">The method as it ran (the fallback a short series gets).</param>
/// <param name="Observations">The monthly figures it had.</param>
/// <param name="ObservationsNeeded">How many, in consecutive months, it needs for a spread; null when it does not say.</param>
public sealed record ModelWithheld(ForecastMethod Method, int Observations, int? ObservationsNeeded);
