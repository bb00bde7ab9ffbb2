using Turnover.Analytics.Forecasting;
using Turnover.Core;
using Turnover.Core.Targets;

namespace Turnover.Application;

/// <summary>What a report on a pair covers.</summary>
/// <param name="A">First country.</param>
/// <param name="B">Second country.</param>
/// <param name="Today">The date targets are judged on when no as-of date is given.</param>
public sealed record ReportRequest(Country A, Country B, DateOnly Today)
{
    /// <summary>Only what was published by this date (null: everything stored).</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Targets to check; the nearest one still open after the last complete year (a year's turnover) is drawn on the chart.</summary>
    public IReadOnlyList<Core.Targets.Target> Targets { get; init; } = [];

    /// <summary>The model of the forecast fan and the targets' probabilities (null: no fan, no probabilities).</summary>
    public IForecaster? Forecaster { get; init; }

    /// <summary>Simulation settings of the forecast.</summary>
    public ForecastOptions Options { get; init; } = new();

    /// <summary>The date the report is as of: the as-of date when given, else today.</summary>
    public DateOnly JudgedOn => AsOf ?? Today;
}
