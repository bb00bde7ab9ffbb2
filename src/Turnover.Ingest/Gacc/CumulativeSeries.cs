namespace Turnover.Ingest.Gacc;

/// <summary>Year-to-date totals of one year and flow, and the monthly values they imply.</summary>
internal static class CumulativeSeries
{
    /// <summary>
    /// The month values implied by consecutive cumulatives: for month m, ytd(m) − ytd(m−1), only when both exist.
    /// A gap stays a gap (nothing is interpolated); the first cumulative itself (e.g. January–February) is not a
    /// difference and is not returned.
    /// </summary>
    /// <param name="cumulative">(end month, January..month total), in increasing month order.</param>
    /// <returns>(month, value) for every month whose cumulative and the previous month's both exist.</returns>
    public static IReadOnlyList<(int Month, Figure Value)> Difference(IReadOnlyList<(int Month, Figure Cumulative)> cumulative)
    {
        var months = new List<(int, Figure)>();
        for (var i = 1; i < cumulative.Count; i++)
        {
            if (cumulative[i].Month <= cumulative[i - 1].Month)
            {
                throw new ArgumentException("Cumulative values should be in strictly increasing month order.", nameof(cumulative));
            }

            if (cumulative[i].Month == cumulative[i - 1].Month + 1)
            {
                months.Add((cumulative[i].Month, cumulative[i].Cumulative.Minus(cumulative[i - 1].Cumulative)));
            }
        }

        return months;
    }

    /// <summary>True when a later cumulative is below an earlier one by more than their rounding.</summary>
    public static bool Decreases(Figure earlier, Figure later) => earlier.Value - later.Value > Math.Max(earlier.Step, later.Step);
}
