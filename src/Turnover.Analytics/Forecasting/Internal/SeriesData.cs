namespace Turnover.Analytics.Forecasting.Internal;

/// <summary>
/// A <see cref="ModelSeries"/> as the models read it: a dense array with NaN where a value is missing, plus the facts
/// every method checks before choosing a model (how many observations, are they all positive, is the series flat).
/// </summary>
internal sealed class SeriesData
{
    private SeriesData(double[] values, int seasonLength)
    {
        Values = values;
        SeasonLength = seasonLength;
        FirstObserved = -1;
        LastObserved = -1;
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        var sumAbs = 0.0;
        for (var t = 0; t < values.Length; t++)
        {
            var v = values[t];
            if (double.IsNaN(v))
            {
                continue;
            }

            ObservedCount++;
            if (FirstObserved < 0)
            {
                FirstObserved = t;
            }

            LastObserved = t;
            min = Math.Min(min, v);
            max = Math.Max(max, v);
            sumAbs += Math.Abs(v);
        }

        Min = min;
        Max = max;
        MeanAbs = ObservedCount == 0 ? 0 : sumAbs / ObservedCount;
    }

    /// <summary>Values in time order; NaN = missing.</summary>
    public double[] Values { get; }

    /// <summary>Steps per seasonal cycle (at least 1).</summary>
    public int SeasonLength { get; }

    public int Length => Values.Length;

    public int ObservedCount { get; }

    /// <summary>Index of the first observed value, or -1.</summary>
    public int FirstObserved { get; }

    /// <summary>Index of the last observed value, or -1.</summary>
    public int LastObserved { get; }

    public double Min { get; }

    public double Max { get; }

    /// <summary>Mean absolute observed value: the scale the optimiser works in (0 for an all-zero series).</summary>
    public double MeanAbs { get; }

    /// <summary>Multiplicative error and seasonality need every observation strictly positive.</summary>
    public bool StrictlyPositive => ObservedCount > 0 && Min > 0;

    /// <summary>True when all observations are equal up to rounding (nothing to fit); relative, so any unit works.</summary>
    public bool IsConstant => ObservedCount > 0 && Max - Min <= 1e-12 * Math.Max(Math.Abs(Max), Math.Abs(Min));

    /// <summary>Non-finite values (NaN, ±∞) count as missing: they carry no information a model can use.</summary>
    public static SeriesData From(ModelSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var values = new double[series.Values.Count];
        for (var t = 0; t < values.Length; t++)
        {
            var v = series.Values[t];
            values[t] = v is { } x && double.IsFinite(x) ? x : double.NaN;
        }

        return new SeriesData(values, Math.Max(1, series.SeasonLength));
    }

    /// <summary>The same data with another season length (1 = treat as non-seasonal).</summary>
    public SeriesData WithSeasonLength(int seasonLength) => new(Values, Math.Max(1, seasonLength));

    /// <summary>The first <paramref name="length"/> steps.</summary>
    public SeriesData Take(int length) => new(Values[..length], SeasonLength);

    /// <summary>Values divided by <paramref name="scale"/> (NaN stays NaN).</summary>
    public double[] Scaled(double scale)
    {
        var result = new double[Values.Length];
        for (var t = 0; t < result.Length; t++)
        {
            result[t] = Values[t] / scale;
        }

        return result;
    }
}
