namespace Turnover.Analytics.Forecasting;

/// <summary>
/// A regularly spaced series ready for a forecasting model: one value per step, null where the source published
/// nothing (models skip missing steps in the likelihood; nothing is filled), and the number of steps per year.
/// </summary>
/// <remarks>
/// China publishes January and February combined, so a China-customs monthly series has 11 steps a year
/// (Jan–Feb, Mar, …, Dec) and <see cref="SeasonLength"/> 11; other monthly series have 12; annual series 1.
/// </remarks>
/// <param name="Values">Observations in time order; null = missing.</param>
/// <param name="SeasonLength">Steps per seasonal cycle (1 = no seasonality).</param>
public sealed record ModelSeries(IReadOnlyList<double?> Values, int SeasonLength)
{
    /// <summary>Number of steps, missing ones included.</summary>
    public int Length => Values.Count;

    /// <summary>Number of observed (non-missing) steps.</summary>
    public int ObservedCount => Values.Count(v => v is not null);

    /// <summary>
    /// Where the first step falls in its calendar year (0: the year's first step, January or China's January–February),
    /// so that a method can tell which steps end a year; null when not known (a series not built from dated periods).
    /// </summary>
    public int? FirstStepInYear { get; init; }

    /// <summary>
    /// The number of leading steps that end at the last year end the series holds (its length when its last step ends
    /// a year); null when <see cref="FirstStepInYear"/> is not known or the season is not a year of steps.
    /// </summary>
    public int? StepsThroughLastYearEnd =>
        FirstStepInYear is { } first && SeasonLength > 1 ? Math.Max(0, Length - ((first + Length) % SeasonLength)) : null;
}
