using Turnover.Analytics.Forecasting;
using Turnover.Core;

namespace Turnover.Application;

/// <summary>A forecast of a pair's trade: the pair and measure, the model, how far ahead, and the simulation.</summary>
/// <param name="Pair">The pair, whose statistics, and the as-of date (the model sees only what was published by then).</param>
/// <param name="Measure">Turnover, exports or imports, from the reporter's side (a balance changes sign and is not forecast).</param>
/// <param name="Forecaster">The model.</param>
public sealed record ForecastRequest(SourceRequest Pair, Measure Measure, IForecaster Forecaster)
{
    /// <summary>Months when the answer is by month, calendar years when by year.</summary>
    public const int DefaultMonths = 12;

    /// <summary>Calendar years ahead by default, counting a year whose December is not yet published.</summary>
    public const int DefaultYears = 2;

    /// <summary>The longest horizon taken: ten years of months.</summary>
    public const int MaxMonths = 120;

    /// <summary>Month: each future month (and the calendar years they complete); year: calendar years only.</summary>
    public Granularity Granularity { get; init; } = Granularity.Month;

    /// <summary>Periods ahead of the frequency (months or calendar years); null for the default.</summary>
    public int? Horizon { get; init; }

    /// <summary>True when the user named the method; false when it is the default.</summary>
    public bool MethodNamed { get; init; }

    /// <summary>Simulated paths and the seed.</summary>
    public ForecastOptions Options { get; init; } = new();
}
