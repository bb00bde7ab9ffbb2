namespace Turnover.Analytics.Forecasting;

/// <summary>
/// Why a forecast fell back or what it left out (short series, zeros, a failed fit…), as facts with their figures;
/// the renderers word it.
/// </summary>
/// <param name="Kind">What happened.</param>
public sealed record ForecastNote(ForecastNoteKind Kind)
{
    /// <summary>The count the kind names: observations (<see cref="ForecastNoteKind.TooFewObservations"/>) or the season length (<see cref="ForecastNoteKind.SeasonTooLong"/>); null otherwise.</summary>
    public int? Count { get; init; }

    /// <summary>The model or method family the kind names, e.g. ETS as a family, Theta, ETS(M,Ad,M); null when it names none.</summary>
    public ForecastMethod? Model { get; init; }

    /// <summary>
    /// For a spread the series cannot give (<see cref="ForecastNoteKind.SingleObservation"/>,
    /// <see cref="ForecastNoteKind.SpreadNotEstimable"/>, <see cref="ForecastNoteKind.NoConsecutiveObservations"/>): how
    /// many observations in consecutive steps the method needs to estimate one (naive 2, drift 3, seasonal naive a
    /// season plus one); null otherwise.
    /// </summary>
    public int? ObservationsNeeded { get; init; }

    /// <summary>The method used instead (e.g. naive, drift); null when none was.</summary>
    public ForecastMethod? Fallback { get; init; }

    /// <summary>The ensemble member (its method as fitted) whose note this is; null for the forecast's own.</summary>
    public ForecastMethod? Member { get; init; }
}
