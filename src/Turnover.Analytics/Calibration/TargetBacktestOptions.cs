using Turnover.Analytics.Forecasting;

namespace Turnover.Analytics.Calibration;

/// <summary>What the target backtest poses at each origin. Immutable; change with <c>with</c>.</summary>
public readonly record struct TargetBacktestOptions
{
    /// <summary>Defaults: deadlines 1–6 years ahead, growth −10% to +30% a year, 24 observed steps at least, the target check's 2,000 paths.</summary>
    public TargetBacktestOptions()
    {
    }

    /// <summary>The longest deadline, in calendar years after the origin's year (deadlines 1 to this).</summary>
    public int Years { get; init; } = 6;

    /// <summary>
    /// Annual growth rates (percent) that size the targets: a target <c>k</c> years ahead is the origin year's total
    /// × (1 + g/100)^k, so each rate asks for the same pace at every horizon, from the near-certain to the unlikely.
    /// </summary>
    public IReadOnlyList<double> GrowthPercents { get; init; } = [-10, -5, 0, 5, 10, 15, 20, 30];

    /// <summary>Observed steps the training part must hold for an origin to count (two years of months by default).</summary>
    public int MinObservations { get; init; } = 24;

    /// <summary>
    /// Also refit after every monthly step of the year after each origin (11 or 12 more fits per origin) and record
    /// how each target's probability moved (<see cref="TargetBacktestRun.Stability"/>).
    /// </summary>
    public bool Stability { get; init; }

    /// <summary>
    /// Also keep every origin's simulated year totals (<see cref="TargetBacktestRun.Paths"/>), for corrections learnt
    /// across series (<see cref="CrossCalibration"/>): paths × years doubles per origin.
    /// </summary>
    public bool KeepPaths { get; init; }

    /// <summary>
    /// Take the Lunar New Year's timing out of single-month series' January and February before fitting and put it
    /// back in the paths (<see cref="MonthlySteps.LunarNewYear"/>), for every method.
    /// </summary>
    public bool LunarNewYear { get; init; } = MonthlySteps.DefaultLunarNewYear;

    /// <summary>Paths and seed of each forecast (the target check's defaults).</summary>
    public ForecastOptions Forecast { get; init; } = new();
}
