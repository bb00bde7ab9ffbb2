using Turnover.Core;

namespace Turnover.Application;

/// <summary>A forecast is by month or by year, not by the granularity asked for.</summary>
/// <param name="Granularity">The granularity asked for.</param>
public sealed record GranularityNotForecast(Granularity Granularity) : FailureReason;
