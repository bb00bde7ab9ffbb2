namespace Turnover.Analytics.Forecasting;

/// <summary>
/// How the Lunar New Year's timing moves value between January and February of a series published by single months:
/// ln(January / February) = a + <see cref="Slope"/> × (share of the holiday window in January), fitted by least
/// squares over the observed years and shrunk towards 0 by its own standard error. The adjustment moves value between
/// the two months so that they stand as they would with the holiday at its average date
/// (<see cref="LunarNewYear.AverageJanuaryShare"/>); forecasts put each year's own timing back.
/// </summary>
/// <param name="Slope">The shrunk slope: the change of ln(January / February) from a window wholly in February to one wholly in January (negative when the holiday lowers its month).</param>
/// <param name="TypicalRatio">January over February with the holiday at its average date, from the fit.</param>
/// <param name="Years">The years it was measured on.</param>
public sealed record LunarNewYearEffect(double Slope, double TypicalRatio, int Years)
{
    /// <summary>Years with both months observed that a measurement needs.</summary>
    public const int MinYears = 5;

    /// <summary>The standard deviation the years' January shares must reach: the timing must vary enough to be told from the season.</summary>
    public const double MinShareSpread = 0.15;

    /// <summary>
    /// Measures the effect on the years given (each with January's and February's values, both positive), or null
    /// when there are too few, their holiday shares hardly vary, or the shrunk slope is 0: such a series is left as
    /// it is.
    /// </summary>
    /// <remarks>
    /// Shrinkage: the least-squares slope b times max(0, 1 − se(b)² / b²), the positive-part James–Stein factor for
    /// one coefficient; a slope within one standard error of 0 becomes 0, one of two standard errors keeps ¾.
    /// </remarks>
    public static LunarNewYearEffect? Estimate(IReadOnlyList<(int Year, double January, double February)> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        var points = years.Where(y => y.January > 0 && y.February > 0 && y.Year >= LunarNewYear.FirstYear && y.Year <= LunarNewYear.LastYear)
            .Select(y => (X: LunarNewYear.JanuaryShare(y.Year), Z: Math.Log(y.January / y.February))).ToList();
        var n = points.Count;
        if (n < MinYears)
        {
            return null;
        }

        var meanX = points.Average(p => p.X);
        var meanZ = points.Average(p => p.Z);
        var sxx = points.Sum(p => (p.X - meanX) * (p.X - meanX));
        if (Math.Sqrt(sxx / (n - 1)) < MinShareSpread)
        {
            return null;
        }

        var slope = points.Sum(p => (p.X - meanX) * (p.Z - meanZ)) / sxx;
        if (Math.Abs(slope) < 1e-9)
        {
            return null; // no effect at all (a ratio that does not move): nothing to shrink
        }

        var residuals = points.Sum(p => Math.Pow(p.Z - meanZ - (slope * (p.X - meanX)), 2));
        var variance = residuals / (n - 2) / sxx;
        var shrunk = slope * Math.Max(0, 1 - (variance / (slope * slope)));
        return shrunk == 0 || !double.IsFinite(shrunk)
            ? null
            : new LunarNewYearEffect(shrunk, Math.Exp(meanZ + (shrunk * (LunarNewYear.AverageJanuaryShare - meanX))), n);
    }

    /// <summary>
    /// The factor a month's value with the holiday at its average date is multiplied by to give its value in its own
    /// year (1 outside January and February, or outside the calendar's years). The two months' factors move
    /// ln(January / February) by <see cref="Slope"/> × (share − average share) and keep their sum when they stand in
    /// the <see cref="TypicalRatio"/>.
    /// </summary>
    public double Factor(int year, int month)
    {
        if (month > 2 || year < LunarNewYear.FirstYear || year > LunarNewYear.LastYear)
        {
            return 1;
        }

        var shift = Math.Exp(Slope * (LunarNewYear.JanuaryShare(year) - LunarNewYear.AverageJanuaryShare));
        // r·fJ + fF = r + 1 with fJ / fF = shift.
        var february = (TypicalRatio + 1) / ((TypicalRatio * shift) + 1);
        return month == 1 ? shift * february : february;
    }
}
