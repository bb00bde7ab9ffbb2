namespace Turnover.Analytics.Forecasting;

/// <summary>What a forecast's method could not do as usual, or had to assume (<see cref="ForecastNote"/>).</summary>
public enum ForecastNoteKind
{
    /// <summary>No observed value at all: nothing to forecast (NaN everywhere).</summary>
    NothingObserved,

    /// <summary>Every observation is the same: the forecast repeats it.</summary>
    ConstantSeries,

    /// <summary>A single observation: the forecast repeats it, and its paths have no spread (<see cref="ForecastNote.ObservationsNeeded"/>).</summary>
    SingleObservation,

    /// <summary>Some seasons have no observation: they repeat the last observed value.</summary>
    UnobservedSeasons,

    /// <summary>Too few observations to estimate the spread: the paths have none (<see cref="ForecastNote.ObservationsNeeded"/>).</summary>
    SpreadNotEstimable,

    /// <summary>No two consecutive observations: the paths have no spread (<see cref="ForecastNote.ObservationsNeeded"/>).</summary>
    NoConsecutiveObservations,

    /// <summary>
    /// Too few observations (<see cref="ForecastNote.Count"/>) for <see cref="ForecastNote.Model"/>:
    /// <see cref="ForecastNote.Fallback"/> used instead.
    /// </summary>
    TooFewObservations,

    /// <summary>No model of the family <see cref="ForecastNote.Model"/> could be fitted: <see cref="ForecastNote.Fallback"/> used instead.</summary>
    NoModelFitted,

    /// <summary>The season length (<see cref="ForecastNote.Count"/>) is too long for seasonal ETS: non-seasonal models only.</summary>
    SeasonTooLong,

    /// <summary>Fewer than two full seasons: non-seasonal models only.</summary>
    FewerThanTwoSeasons,

    /// <summary>Zero or negative values: multiplicative models not considered.</summary>
    NonPositiveValues,

    /// <summary>The model asked for (<see cref="ForecastNote.Model"/>) cannot be fitted: one chosen by AICc instead.</summary>
    ModelNotFitted,

    /// <summary>Seasonal, but zero or negative values rule out the multiplicative adjustment: not seasonally adjusted.</summary>
    NonPositiveSeasonal,

    /// <summary>Seasonal indexes close to zero: not seasonally adjusted.</summary>
    SeasonalIndexesNearZero,

    /// <summary>An ensemble's series is too short to weigh its members on a holdout: equal weights.</summary>
    HoldoutTooShort,

    /// <summary>An ensemble's member failed on the holdout: equal weights.</summary>
    HoldoutMemberFailed,
}
