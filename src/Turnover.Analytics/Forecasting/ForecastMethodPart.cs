namespace Turnover.Analytics.Forecasting;

/// <summary>One member of a combined <see cref="ForecastMethod"/>: its method and its weight (0–1), if the combination weighs them.</summary>
/// <param name="Method">The member's method as fitted.</param>
/// <param name="Weight">Its share of the combination (0–1); null for an equal-weight ensemble.</param>
public readonly record struct ForecastMethodPart(ForecastMethod Method, double? Weight);
