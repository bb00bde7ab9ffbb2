namespace Turnover.Analytics.Forecasting.Internal;

/// <summary>
/// The earlier origins of a series a method is scored on before it forecasts the series proper: a year apart, back
/// from the last step, each with the series as it stood then and how many whole years after it the series holds.
/// Nothing after the series' last step is seen.
/// </summary>
internal static class EarlierOrigins
{
    /// <summary>One earlier origin: the steps before it (<paramref name="Head"/>) end at index <paramref name="End"/> (exclusive).</summary>
    public sealed record Origin(int End, ModelSeries Head, int Years);

    /// <summary>
    /// Up to <paramref name="maxOrigins"/> origins, the latest first, each with at least <paramref name="minObservations"/>
    /// observed steps before it and at most <paramref name="years"/> years scored after it.
    /// </summary>
    public static IEnumerable<Origin> Of(ModelSeries series, int years, int maxOrigins, int minObservations)
    {
        var season = Math.Max(series.SeasonLength, 1);
        for (var j = 1; j <= maxOrigins; j++)
        {
            var end = series.Length - (j * season);
            if (end <= 0)
            {
                yield break;
            }

            var head = new ModelSeries(series.Values.Take(end).ToArray(), series.SeasonLength);
            if (head.ObservedCount < minObservations)
            {
                yield break; // earlier origins have less before them still
            }

            yield return new Origin(end, head, Math.Min(years, j));
        }
    }

    /// <summary>The sum of <paramref name="length"/> steps from <paramref name="from"/>; null when one is missing.</summary>
    public static double? Sum(ModelSeries series, int from, int length)
    {
        double sum = 0;
        for (var i = from; i < from + length; i++)
        {
            if (series.Values[i] is not { } v)
            {
                return null;
            }

            sum += v;
        }

        return sum;
    }

    /// <summary>Each path's sum of <paramref name="length"/> steps from step <paramref name="step"/>, ascending.</summary>
    public static double[] SortedPathSums(Forecast forecast, int step, int length) =>
        [.. forecast.Paths.Select(p => Enumerable.Range(step, length).Sum(h => p[h])).Order()];
}
