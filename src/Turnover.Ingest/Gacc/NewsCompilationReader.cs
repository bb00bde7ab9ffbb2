using Turnover.Core;
using Turnover.Ingest.Internal;

namespace Turnover.Ingest.Gacc;

/// <summary>
/// Layout 1: the compilation of China–partner figures as news pages reported them
/// (<c>period,kind,flow,value_usd_bn,yoy_pct,source_url</c>), reconciled into one value per period and flow.
/// </summary>
/// <remarks>
/// The file has no country columns: by definition of the dataset the reporter is China and the partner is the
/// reader's news partner (Russia unless configured). The whole compilation is held in memory — it is a few hundred
/// rows, and reconciling a figure needs every report of it. Steps: parse (<see cref="NewsRowParser"/>), group by
/// period and flow (an annual figure and a January–December total are one group, as are a combined January–February
/// and a year-to-date February; <see cref="FebruaryReading"/> settles a February "month" row), choose
/// (<see cref="Reconciler"/>, then again with the alternatives from the first
/// choices), keep year-to-date totals in order (<see cref="CumulativeOrder"/>), derive months
/// (<see cref="MonthlySeries"/>), check turnover = exports + imports, and emit. The growth rates the rows print are
/// reconciled the same way and kept as published rates (<see cref="RateReconciliation"/>). Truncation: every row has the
/// header's six fields, a quote left open (which would swallow every later line into one URL) or a quoted value holding
/// a line break is refused with its field, and the
/// compilation ends every line with a line break, so a last line without one (a URL or value cut mid-way) is a file
/// cut short.
/// </remarks>
internal sealed class NewsCompilationReader(ReadContext context, Country reporter, Country partner)
{
    private readonly ConflictLog _conflicts = new(context, reporter, partner);

    public IEnumerable<TradeRecord> Read(SepRows rows, IReadOnlyList<string> header)
    {
        var parser = NewsRowParser.FromHeader(context, header);
        if (parser is null)
        {
            return [];
        }

        context.Dataset = $"GACC China–{partner.Name} goods trade as reported by news pages (compilation)";
        context.Note = "values in billions of USD × 1e9; one value per period and flow: the most precise of the largest group of reports "
            + "agreeing within rounding; months differenced from consecutive year-to-date totals where not reported; January–February "
            + $"combined from {NewsRowParser.CombinedJanuaryFebruarySince}";

        var reports = new List<NewsReport>();
        var lastLine = 1L;
        while (!context.ShouldStop && rows.MoveNext())
        {
            if (rows.Current.ColCount == 1 && rows.Current.Span.Trim().IsEmpty)
            {
                continue;
            }

            context.RowsRead++;
            lastLine = rows.Line;
            if (rows.RefuseLineBreak(field => field <= header.Count ? header[field - 1] : string.Empty))
            {
                continue;
            }

            if (RowShape.IsHeader(rows.Current, header))
            {
                context.Error(rows.Line, string.Empty, RowShape.RepeatsHeader);
                continue;
            }

            if (parser.Parse(rows.Current, rows.Line) is { } report)
            {
                reports.Add(report);
            }
        }

        FileEnding.RequireFinalLineBreak(context, lastLine, "GACC compilation");
        if (context.HasErrors)
        {
            return [];
        }

        var (values, rates) = FebruaryReading.Resolve(reports, parser.Rates);
        RateReconciliation.Record(rates, context, reporter, partner);
        var groups = Reconcile(values);
        CumulativeOrder.Enforce(groups, context);
        RecordDisagreements(groups.Values);
        var figures = new MonthlySeries(_conflicts, context).Complete([.. groups.Values.Select(g => g.ToCanonical(context.Options.GaccCalendar))]);
        CheckTurnoverAgainstFlows(figures);
        context.Note += "; " + GaccDatingNote.Describe(context.Options.GaccCalendar, figures.Select(f => (f.Period, f.Published.Basis)));
        return figures.Select(ToRecord);
    }

    private static Dictionary<(Period, Flow), FigureGroup> Reconcile(List<NewsReport> reports)
    {
        var groups = reports
            .GroupBy(r => (r.Period, r.Flow))
            .ToDictionary(g => g.Key, g => new FigureGroup(g.Key.Period, g.Key.Flow, [.. g]));
        foreach (var group in groups.Values)
        {
            group.Chosen = Reconciler.Choose(group.Reports, [])!;
        }

        // Alternatives come from the first choices, so a tie is broken by what the other figures say, not by order.
        var alternatives = groups.Values.ToDictionary(g => g, g => GroupAlternatives.For(g, groups));
        foreach (var group in groups.Values)
        {
            group.Alternatives = alternatives[group];
            group.Chosen = Reconciler.Choose(group.Reports, group.Alternatives)!;
        }

        return groups;
    }

    private void RecordDisagreements(IEnumerable<FigureGroup> groups)
    {
        foreach (var group in groups)
        {
            foreach (var report in group.Reports)
            {
                if (ReferenceEquals(report, group.Chosen.Report))
                {
                    continue;
                }

                if (report.Figure.AgreesWith(group.Figure))
                {
                    context.Skip("repeated report of a figure (agrees within rounding)");
                    continue;
                }

                context.Skip("report disagreeing beyond rounding (kept as a discrepancy)");
                _conflicts.Add(group.Period, group.Flow, group.Figure, group.Chosen.Report.Url, report.Figure, report.Url, group.Explain(report));
            }
        }
    }

    private void CheckTurnoverAgainstFlows(List<CanonicalFigure> figures)
    {
        // Only reported figures: a differenced month carries revisions of earlier months, which MonthlySeries already records.
        var byKey = figures.Where(f => f.Derivation != Derivation.DifferencedFromCumulative).ToDictionary(f => (f.Period, f.Flow));
        foreach (var turnover in byKey.Values.Where(f => f.Flow == Flow.Turnover))
        {
            if (byKey.TryGetValue((turnover.Period, Flow.Export), out var exports)
                && byKey.TryGetValue((turnover.Period, Flow.Import), out var imports)
                && !turnover.Figure.AgreesWith(exports.Figure.Plus(imports.Figure)))
            {
                var sum = exports.Figure.Plus(imports.Figure);
                _conflicts.Add(turnover.Period, Flow.Turnover, turnover.Figure, turnover.Evidence, sum, $"{exports.Evidence} + {imports.Evidence}",
                    $"reported turnover {turnover.Figure} differs from exports {exports.Figure} + imports {imports.Figure} = {sum} beyond rounding");
            }
        }
    }

    private TradeRecord ToRecord(CanonicalFigure figure) =>
        new(reporter, partner, figure.Flow, figure.Period, Product.Total, ConflictLog.Usd(figure.Figure), null,
            figure.Derivation, figure.Published.Date, figure.SourceLine);
}
