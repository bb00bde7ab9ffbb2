using Turnover.Analytics.Forecasting;
using Turnover.Core;
using Turnover.Core.Targets;

namespace Turnover.Application;

/// <summary>A target to judge as of a date.</summary>
/// <param name="Target">The target.</param>
/// <param name="AsOf">Only figures published by this date count.</param>
public sealed record TargetCheckRequest(Target Target, DateOnly AsOf)
{
    /// <summary>Judge on this side's statistics only; null for every side that reports the pair.</summary>
    public Country? Reporter { get; init; }

    /// <summary>Judge on this publisher only; null for each side's fullest source.</summary>
    public SourceKind? Source { get; init; }

    /// <summary>The model for the probability; null for projections without a model.</summary>
    public IForecaster? Forecaster { get; init; }

    /// <summary>Simulated paths and the seed.</summary>
    public ForecastOptions Options { get; init; } = new();

    /// <summary>
    /// Judge on the chosen side only, leaving out the other sides' reports and the gaps: a claim's verdict reads the
    /// chosen side's report alone, and the other side's series and model run were a third of a short text's judging.
    /// </summary>
    internal bool ChosenSideOnly { get; init; }
}
