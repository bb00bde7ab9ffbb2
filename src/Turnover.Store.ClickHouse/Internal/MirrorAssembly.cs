using Turnover.Core;

namespace Turnover.Store.ClickHouse.Internal;

/// <summary>
/// The DuckDB store's mirror.sql in C#, over one pair's visible totals (the server computed them, as for a series).
/// Every step keeps mirror.sql's name and rule (t, o, cumulative, spans, singles, monthly, summed, levels, complete,
/// shown, wanted), so the two can be read side by side and must answer alike.
/// </summary>
internal static class MirrorAssembly
{
    // o's and the later steps' rows: a side (A or B), a direction (1 A to B, 2 B to A, 3 turnover) and a span.
    private sealed record Row(bool IsA, int Direction, int Year, int StartMonth, int Months, decimal Value);

    private sealed record Level(bool IsA, int Direction, int Year, int Months, decimal Value, LevelOrigin How);

    public static List<MirrorLevel> Assemble(IEnumerable<VisibleTotal> totals, MirrorRequest request)
    {
        var (a, b) = (request.A.Code, request.B.Code);

        // t and o: each side's own totals from its own source, as directions of the pair.
        var o = totals
            .Where(t => t.Key.Flow is Flow.Export or Flow.Import or Flow.Turnover)
            .Where(t => (t.Key.Reporter == a && t.Key.Partner == b && t.Source == request.SourceA)
                        || (t.Key.Reporter == b && t.Key.Partner == a && t.Source == request.SourceB))
            .Select(t => new Row(
                t.Key.Reporter == a,
                t.Key.Flow == Flow.Turnover ? 3 : (t.Key.Reporter == a) == (t.Key.Flow == Flow.Export) ? 1 : 2,
                t.Key.Period.Year, t.Key.Period.StartMonth, t.Key.Period.Months, t.ValueUsd))
            .ToList();

        var cumulative = o.Where(r => r.StartMonth == 1 && r.Months >= 2).ToList();

        // spans: every year, and a side's longest year to date of a flow in a year it has no full year of that flow.
        var withYear = cumulative.Where(c => c.Months == 12).Select(c => (c.IsA, c.Direction, c.Year)).ToHashSet();
        var spans = o.Select(r => (r.Year, Months: 12))
            .Union(cumulative
                .Where(c => !withYear.Contains((c.IsA, c.Direction, c.Year)))
                .GroupBy(c => (c.IsA, c.Direction, c.Year))
                .Select(g => (g.Key.Year, Months: g.Max(c => c.Months)))
                .Where(s => s.Months < 12))
            .ToHashSet();

        var singles = o.Where(r => r.Months == 1).ToList();
        var earlyMonths = singles.Where(s => s.StartMonth <= 2).Select(s => (s.IsA, s.Direction, s.Year)).ToHashSet();
        var monthly = singles
            .Concat(cumulative
                .Where(c => c.Months == 2 && !earlyMonths.Contains((c.IsA, c.Direction, c.Year)))
                .Select(c => c with { StartMonth = 1, Months = 2 }))
            .ToList();

        var summed = monthly
            .SelectMany(m => spans.Where(s => s.Year == m.Year && m.StartMonth + m.Months - 1 <= s.Months).Select(s => (m, SpanMonths: s.Months)))
            .GroupBy(x => (x.m.IsA, x.m.Direction, x.m.Year, x.SpanMonths))
            .Where(g => g.Sum(x => x.m.Months) == g.Key.SpanMonths)
            .Select(g => new Level(g.Key.IsA, g.Key.Direction, g.Key.Year, g.Key.SpanMonths, g.Sum(x => x.m.Value), LevelOrigin.SummedMonths));

        var cumulativeSpans = cumulative.Select(c => (c.IsA, c.Direction, c.Year, c.Months)).ToHashSet();
        var levels = cumulative
            .Where(c => spans.Contains((c.Year, c.Months)))
            .Select(c => new Level(c.IsA, c.Direction, c.Year, c.Months, c.Value, LevelOrigin.Published))
            .Concat(summed.Where(s => !cumulativeSpans.Contains((s.IsA, s.Direction, s.Year, s.Months))))
            .ToList();

        // complete: turnover as exports plus imports where a side published none for the span.
        var turnoverSpans = levels.Where(l => l.Direction == 3).Select(l => (l.IsA, l.Year, l.Months)).ToHashSet();
        var complete = levels
            .Concat(levels
                .Where(x => x.Direction == 1 && !turnoverSpans.Contains((x.IsA, x.Year, x.Months)))
                .Join(levels.Where(m => m.Direction == 2), x => (x.IsA, x.Year, x.Months), m => (m.IsA, m.Year, m.Months),
                    (x, m) => new Level(x.IsA, 3, x.Year, x.Months, x.Value + m.Value, LevelOrigin.ExportsPlusImports)))
            .ToList();

        // shown: a shorter span only for a side that has no full year of the flow.
        var fullYears = complete.Where(c => c.Months == 12).Select(c => (c.IsA, c.Direction, c.Year)).ToHashSet();
        var shown = complete.Where(c => !(c.Months < 12 && fullYears.Contains((c.IsA, c.Direction, c.Year))));

        var bySide = complete.ToDictionary(c => (c.IsA, c.Direction, c.Year, c.Months));
        return [.. shown
            .Select(c => (c.Direction, c.Year, c.Months)).Distinct()
            .OrderBy(w => w.Year).ThenBy(w => w.Months).ThenBy(w => w.Direction)
            .Select(w => new MirrorLevel(Period.YearToDate(w.Year, w.Months), (MirrorFlow)w.Direction,
                Side(bySide.GetValueOrDefault((true, w.Direction, w.Year, w.Months))),
                Side(bySide.GetValueOrDefault((false, w.Direction, w.Year, w.Months)))))];

        static SideLevel? Side(Level? level) => level is null ? null : new SideLevel(level.Value, level.How);
    }
}
