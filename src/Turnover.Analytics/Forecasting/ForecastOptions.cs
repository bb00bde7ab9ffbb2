namespace Turnover.Analytics.Forecasting;

/// <summary>How to forecast. Immutable; change with <c>with</c>.</summary>
public readonly record struct ForecastOptions
{
    /// <summary>Defaults: 2,000 simulated paths, seed 20221230, 80% and 95% intervals.</summary>
    public ForecastOptions()
    {
    }

    /// <summary>Number of simulated sample paths (prediction intervals and target probabilities come from them).</summary>
    public int Paths { get; init; } = 2000;

    /// <summary>Random seed: the same inputs give the same paths.</summary>
    public int Seed { get; init; } = 20221230;
}
