namespace Turnover.Analytics.Forecasting;

/// <summary>Which kind of method a <see cref="ForecastMethod"/> is; its details depend on the family.</summary>
public enum ForecastFamily
{
    /// <summary>Exponential smoothing: one form (<see cref="ForecastMethod.Form"/>), or the family as a whole when none was fitted.</summary>
    Ets,

    /// <summary>Every admissible ETS form combined with Akaike weights (<see cref="ForecastMethod.Parts"/>: the forms and their weights).</summary>
    AkaikeWeightedEts,

    /// <summary>The Theta method, on seasonally adjusted data where <see cref="ForecastMethod.SeasonallyAdjusted"/>.</summary>
    Theta,

    /// <summary>Naive: every step repeats the last observation.</summary>
    Naive,

    /// <summary>Seasonal naive: every step repeats the last observation of the same season.</summary>
    SeasonalNaive,

    /// <summary>Random walk with drift.</summary>
    Drift,

    /// <summary>An equal-weight combination (<see cref="ForecastMethod.Parts"/>: the members, no weights).</summary>
    Ensemble,

    /// <summary>A combination weighted on a holdout (<see cref="ForecastMethod.Parts"/>: the members and their weights).</summary>
    WeightedEnsemble,
}
