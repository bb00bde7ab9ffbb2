using Turnover.Core;

namespace Turnover.Ingest.Gacc;

/// <summary>
/// Derives monthly values from consecutive year-to-date totals and reconciles them with the months pages reported.
/// </summary>
/// <remarks>
/// A differenced month is kept only where no page reported the month. A reported month that agrees with the
/// difference within rounding is kept silently; one that disagrees is still kept — GACC's year-to-date totals include
/// revisions of earlier months, so their difference overstates or understates the month as first published — and the
/// difference is recorded as a discrepancy. One exception: when a page's exports and imports for a month each match
/// the other flow's difference far better than their own, the page swapped them; the values are relabelled.
/// No month is ever invented: without two consecutive totals or a report, the month stays missing.
/// </remarks>
internal sealed class MonthlySeries(ConflictLog conflicts, ReadContext context)
{
    public List<CanonicalFigure> Complete(IReadOnlyList<CanonicalFigure> reported)
    {
        var byKey = reported.ToDictionary(f => (f.Period, f.Flow));
        var differenced = Difference(reported);
        var swapped = FixSwappedFlows(byKey, differenced);

        foreach (var ((period, flow), derived) in differenced)
        {
            if (!byKey.TryGetValue((period, flow), out var month))
            {
                if (derived.Figure.Value < 0)
                {
                    // Totals out of order (reported as an error) or equal within rounding: no month to state.
                    context.Skip("differenced month below zero (year-to-date totals out of order)");
                    continue;
                }

                byKey.Add((period, flow), derived);
            }
            else if (!swapped.Contains(period) && !month.Figure.AgreesWith(derived.Figure))
            {
                conflicts.Add(period, flow, month.Figure, month.Evidence, derived.Figure, derived.Evidence,
                    $"reported month kept: the difference of year-to-date totals ({derived.Figure}) disagrees beyond rounding (totals carry revisions of earlier months)");
            }
        }

        return [.. byKey.Values.OrderBy(f => f.Period).ThenBy(f => f.Flow)];
    }

    private static Dictionary<(Period, Flow), CanonicalFigure> Difference(IReadOnlyList<CanonicalFigure> reported)
    {
        var result = new Dictionary<(Period, Flow), CanonicalFigure>();
        var series = reported.Where(f => f.Period.StartMonth == 1).GroupBy(f => (f.Period.Year, f.Flow));
        foreach (var cumulatives in series)
        {
            var points = cumulatives.OrderBy(f => f.Period.EndMonth).ToArray();
            var byMonth = points.ToDictionary(f => f.Period.EndMonth);
            foreach (var (month, value) in CumulativeSeries.Difference([.. points.Select(f => (f.Period.EndMonth, f.Figure))]))
            {
                var later = byMonth[month];
                var earlier = byMonth[month - 1];
                var period = Period.Month(later.Period.Year, month);
                // Known once both totals are out: the later of their dates (the later total's, unless its date is a
                // page's or an estimate that came earlier than the earlier total's).
                result[(period, later.Flow)] = new CanonicalFigure(period, later.Flow, value, Derivation.DifferencedFromCumulative,
                    GaccPublicationDate.Later(later.Published, earlier.Published), later.SourceLine, $"{later.Evidence} ({later.Period}) minus {earlier.Evidence} ({earlier.Period})");
            }
        }

        return result;
    }

    private HashSet<Period> FixSwappedFlows(Dictionary<(Period, Flow), CanonicalFigure> byKey, Dictionary<(Period, Flow), CanonicalFigure> differenced)
    {
        var swapped = new HashSet<Period>();
        foreach (var period in differenced.Keys.Select(k => k.Item1).Distinct())
        {
            if (!byKey.TryGetValue((period, Flow.Export), out var x) || !byKey.TryGetValue((period, Flow.Import), out var m)
                || !differenced.TryGetValue((period, Flow.Export), out var dx) || !differenced.TryGetValue((period, Flow.Import), out var dm)
                || x.Evidence != m.Evidence || x.Figure.AgreesWith(dx.Figure) || m.Figure.AgreesWith(dm.Figure))
            {
                continue;
            }

            var (xv, mv, dxv, dmv) = (x.Figure.Value, m.Figure.Value, dx.Figure.Value, dm.Figure.Value);
            if (Math.Abs(xv - dmv) >= Math.Abs(xv - dxv) || Math.Abs(mv - dxv) >= Math.Abs(mv - dmv))
            {
                continue;
            }

            var reason = $"the page swaps exports and imports: its exports {x.Figure} match the differenced imports {dm.Figure} and its imports {m.Figure} the differenced exports {dx.Figure}";
            var asExports = m with { Flow = Flow.Export, Evidence = $"{m.Evidence} (given as china_imports; relabelled)" };
            var asImports = x with { Flow = Flow.Import, Evidence = $"{x.Evidence} (given as china_exports; relabelled)" };
            conflicts.Add(period, Flow.Export, asExports.Figure, asExports.Evidence, x.Figure, x.Evidence, reason);
            conflicts.Add(period, Flow.Import, asImports.Figure, asImports.Evidence, m.Figure, m.Evidence, reason);
            byKey[(period, Flow.Export)] = asExports;
            byKey[(period, Flow.Import)] = asImports;
            swapped.Add(period);
        }

        return swapped;
    }
}
