using Turnover.Core;

namespace Turnover.Ingest.Gacc;

/// <summary>
/// A year-to-date total cannot decrease within a year. Where the chosen values do, a disagreeing report that keeps
/// the order resolves it (the later total first, then the earlier); otherwise the later total's line is an error.
/// </summary>
internal static class CumulativeOrder
{
    public static void Enforce(IReadOnlyDictionary<(Period, Flow), FigureGroup> groups, ReadContext context)
    {
        var series = groups.Values
            .Where(g => g.IsCumulative)
            .GroupBy(g => (g.Period.Year, g.Flow))
            .Select(s => s.OrderBy(g => g.Period.EndMonth).ToArray());
        foreach (var points in series)
        {
            for (var i = 1; i < points.Length; i++)
            {
                var earlier = points[i - 1];
                var later = points[i];
                if (!CumulativeSeries.Decreases(earlier.Figure, later.Figure))
                {
                    continue;
                }

                var next = i + 1 < points.Length ? points[i + 1].Figure : (Figure?)null;
                var previous = i >= 2 ? points[i - 2].Figure : (Figure?)null;
                if (!TrySwitch(later, f => !CumulativeSeries.Decreases(earlier.Figure, f) && (next is not { } n || !CumulativeSeries.Decreases(f, n)), earlier)
                    && !TrySwitch(earlier, f => !CumulativeSeries.Decreases(f, later.Figure) && (previous is not { } p || !CumulativeSeries.Decreases(p, f)), later))
                {
                    context.Error(later.Chosen.Report.Line, "value_usd_bn",
                        $"year-to-date value {later.Figure} for {later.Period} is below {earlier.Figure} for {earlier.Period} (line {earlier.Chosen.Report.Line}): a cumulative total cannot decrease within a year");
                }
            }
        }
    }

    private static bool TrySwitch(FigureGroup group, Func<Figure, bool> keepsOrder, FigureGroup neighbour)
    {
        var current = group.Figure;
        var better = Reconciler.Choose(group.Reports, group.Alternatives, f => f.Value != current.Value && keepsOrder(f));
        if (better is null)
        {
            return false;
        }

        group.Chosen = better;
        group.OverrideReason =
            $"{better.Report.Figure} keeps the year-to-date total in order next to {neighbour.Figure} for {neighbour.Period}; {current} would make it decrease";
        return true;
    }
}
