namespace Turnover.Analytics.Forecasting.Internal;

/// <summary>Least-squares line through the observed points of a series, y ≈ Intercept + Slope·t.</summary>
internal readonly record struct LinearTrend(double Intercept, double Slope)
{
    /// <summary>
    /// Fits the observed values among <paramref name="y"/>[0..count) against t = index + <paramref name="firstTime"/>.
    /// Null with fewer than two observed points.
    /// </summary>
    public static LinearTrend? Fit(ReadOnlySpan<double> y, int count, double firstTime)
    {
        double n = 0, sumT = 0, sumY = 0;
        for (var i = 0; i < count; i++)
        {
            if (!double.IsNaN(y[i]))
            {
                n++;
                sumT += i + firstTime;
                sumY += y[i];
            }
        }

        if (n < 2)
        {
            return null;
        }

        var meanT = sumT / n;
        var meanY = sumY / n;
        double sxx = 0, sxy = 0;
        for (var i = 0; i < count; i++)
        {
            if (!double.IsNaN(y[i]))
            {
                var dt = i + firstTime - meanT;
                sxx += dt * dt;
                sxy += dt * (y[i] - meanY);
            }
        }

        var slope = sxy / sxx;
        return new LinearTrend(meanY - (slope * meanT), slope);
    }
}
