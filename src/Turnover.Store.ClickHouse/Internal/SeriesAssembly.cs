using Turnover.Core;

namespace Turnover.Store.ClickHouse.Internal;

/// <summary>
/// The DuckDB store's series.sql in C#, over one pair's visible totals (a few hundred rows: the server did the
/// heavy part). Every step keeps series.sql's name and rule, so the two can be read side by side and must answer alike.
/// </summary>
internal static class SeriesAssembly
{
    private sealed record Row(Flow Flow, int Year, int StartMonth, int Months, decimal Value, long Lines, int? Coarsest, int? Finest);

    public static (List<FlowValues> Values, List<FlowValues> YearToDate, List<SummedTotal> Summed, List<MonthsSum> FromMonths) Assemble(
        IEnumerable<VisibleTotal> totals, SeriesRequest request)
    {
        var (a, b) = (request.Reporter.Code, request.Partner.Code);
        var reconciled = request.Source.IsReconciled();
        var g = (int)request.Granularity;

        // t and v: the reporter's own rows; for a reconciled source its exports, and the partner's exports as its imports.
        var v = totals
            .Where(t => t.Source == request.Source && t.Key.Flow is Flow.Export or Flow.Import or Flow.Turnover)
            .Where(t => (t.Key.Reporter == a && t.Key.Partner == b && (!reconciled || t.Key.Flow == Flow.Export))
                        || (reconciled && t.Key.Reporter == b && t.Key.Partner == a && t.Key.Flow == Flow.Export && a != b))
            .Select(t => new Row(
                t.Key.Reporter == a ? t.Key.Flow : Flow.Import, t.Key.Period.Year, t.Key.Period.StartMonth, t.Key.Period.Months,
                t.ValueUsd, t.Lines, t.Digits == 0 ? null : t.Digits, t.Digits == 0 ? null : t.Digits))
            .ToList();

        var singles = v.Where(r => r.Months == 1).ToList();
        // China's combined January-February stands for both months where neither month was published alone.
        var monthly = singles
            .Concat(v.Where(r => r.StartMonth == 1 && r.Months == 2
                                 && !singles.Any(s => s.Flow == r.Flow && s.Year == r.Year && s.StartMonth <= 2)))
            .ToList();

        List<Row> chosen;
        List<MonthsSum> fromMonths = [];
        if (g == 1)
        {
            chosen = monthly;
        }
        else
        {
            // Quarters and years: the period's own figure, else the sum of months that cover it all; a period's total
            // summed from product lines gives way to months that were all published.
            var summed = monthly
                .GroupBy(r => (r.Flow, r.Year, StartMonth: g == 12 ? 1 : ((r.StartMonth - 1) / g * g) + 1))
                .Where(p => p.Sum(r => r.Months) == g)
                .Select(p => new Row(p.Key.Flow, p.Key.Year, p.Key.StartMonth, g, p.Sum(r => r.Value), p.Sum(r => r.Lines),
                    p.Min(r => r.Coarsest), p.Max(r => r.Finest)))
                .ToDictionary(r => (r.Flow, r.Year, r.StartMonth));
            var published = v.Where(r => r.Months == g && (r.StartMonth - 1) % g == 0).ToDictionary(r => (r.Flow, r.Year, r.StartMonth));
            chosen = [];
            foreach (var period in published.Keys.Union(summed.Keys))
            {
                var p = published.GetValueOrDefault(period);
                var s = summed.GetValueOrDefault(period);
                var own = p is not null && (s is null || p.Lines == 0 || s.Lines > 0);
                chosen.Add(own ? p! : s!);
                if (!own)
                {
                    fromMonths.Add(new MonthsSum(Period.Span(period.Year, period.StartMonth, g), period.Flow));
                }
            }

            fromMonths = [.. fromMonths.OrderBy(m => (m.Period.Year, m.Period.StartMonth, (int)m.Flow))];
        }

        var values = chosen
            .GroupBy(r => (r.Year, r.StartMonth, r.Months))
            .OrderBy(p => p.Key)
            .Select(p => new FlowValues(Period.Span(p.Key.Year, p.Key.StartMonth, p.Key.Months), Max(p, Flow.Export), Max(p, Flow.Import), Max(p, Flow.Turnover)))
            .ToList();
        var ytd = v.Where(r => r.StartMonth == 1 && r.Months >= 2)
            .GroupBy(r => (r.Year, r.StartMonth, r.Months))
            .OrderBy(p => p.Key)
            .Select(p => new FlowValues(Period.Span(p.Key.Year, p.Key.StartMonth, p.Key.Months), Max(p, Flow.Export), Max(p, Flow.Import), Max(p, Flow.Turnover)))
            .ToList();
        var summedTotals = chosen.Where(r => r.Lines > 0)
            .OrderBy(r => (r.Year, r.StartMonth, r.Months, (int)r.Flow))
            .Select(r => new SummedTotal(Period.Span(r.Year, r.StartMonth, r.Months), r.Flow, r.Lines, r.Coarsest!.Value, r.Finest!.Value))
            .ToList();
        return (values, ytd, summedTotals, fromMonths);
    }

    private static decimal? Max(IEnumerable<Row> rows, Flow flow) =>
        rows.Where(r => r.Flow == flow).Select(r => (decimal?)r.Value).Max();
}
