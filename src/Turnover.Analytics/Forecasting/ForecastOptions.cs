namespace Turnover.Analytics.Forecasting;

/// <summary>How to forecast. Immutable; change with <c>with</c>.</summary>
public readonly record struct ForecastOptions
{
    /// <summary>Defaults: 2,000 simulated paths, seed 20221230, non-negative values.</summary>
    public ForecastOptions()
    {
    }

    /// <summary>
    /// The most paths a command takes: each holds every simulated month, so 10^8 paths took all 24 GiB of memory and the
    /// process was killed; 10^5 hold some 60 MB over ten years and take minutes, not hours.
    /// </summary>
    public const int MaxPaths = 100_000;

    /// <summary>Number of simulated sample paths (prediction intervals and target probabilities come from them).</summary>
    public int Paths { get; init; } = 2000;

    /// <summary>Random seed: the same inputs give the same paths.</summary>
    public int Seed { get; init; } = 20221230;

    /// <summary>
    /// True (default) for trade values: point forecasts and simulated values are clamped at zero, and a clamped
    /// value is what the simulated model continues from. Set false for series that may be negative (balances).
    /// </summary>
    public bool NonNegative { get; init; } = true;
}
