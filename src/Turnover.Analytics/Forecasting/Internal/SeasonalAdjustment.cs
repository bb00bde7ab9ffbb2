namespace Turnover.Analytics.Forecasting.Internal;

/// <summary>
/// The multiplicative seasonal figures a non-seasonal method forecasts around (as R's thetaf adjusts): classical
/// decomposition where the seasonality test finds a season, otherwise ones. Shared by Theta and the seasonally adjusted
/// drift, so both read a season the same way.
/// </summary>
internal static class SeasonalAdjustment
{
    /// <summary>
    /// One figure per position in the cycle (all 1 without a significant season, with non-positive values, or when a
    /// figure would be near zero; the last two say so in <paramref name="notes"/>).
    /// </summary>
    public static double[] Figures(SeriesData data, out IReadOnlyList<ForecastNote> notes)
    {
        var m = data.SeasonLength;
        notes = [];
        var ones = Enumerable.Repeat(1.0, m).ToArray();
        if (!SeasonalityTest.IsSeasonal(data.Values, m))
        {
            return ones;
        }

        if (!data.StrictlyPositive)
        {
            notes = [new ForecastNote(ForecastNoteKind.NonPositiveSeasonal)];
            return ones;
        }

        var candidate = ClassicalDecomposition.SeasonalFigures(data.Values, m, multiplicative: true);
        if (candidate.Any(f => f < 1e-4))
        {
            notes = [new ForecastNote(ForecastNoteKind.SeasonalIndexesNearZero)];
            return ones;
        }

        return candidate;
    }
}
