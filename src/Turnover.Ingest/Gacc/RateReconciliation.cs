using Turnover.Core;

namespace Turnover.Ingest.Gacc;

/// <summary>
/// Reconciles the growth rates the pages printed into one published rate per period and flow, exactly as values are
/// reconciled (<see cref="Reconciler"/>: the largest group agreeing within rounding, its most precise rate), and
/// records the reports that disagree beyond rounding as evidence (a page that computed the rate in yuan, or a typo:
/// Jan–Feb 2023 imports +31.3% on two pages, +30.3% on a third).
/// </summary>
internal static class RateReconciliation
{
    /// <summary>Reports one <see cref="PublishedRate"/> per (period, flow) to <paramref name="context"/>, and every disagreement.</summary>
    public static void Record(IReadOnlyList<NewsReport> rates, ReadContext context, Country reporter, Country partner)
    {
        foreach (var reports in rates.GroupBy(r => (r.Period, r.Flow)).OrderBy(g => g.Key.Period).ThenBy(g => g.Key.Flow))
        {
            // The same grouping as values, so a rate's first publication follows the same rules as its figure's.
            var group = new FigureGroup(reports.Key.Period, reports.Key.Flow, [.. reports]);
            group.Chosen = Reconciler.Choose(group.Reports, [])!;
            var chosen = group.Chosen.Report;
            context.Rate(new PublishedRate(reporter, partner, group.Flow, group.Period, chosen.Figure.Value, group.PublishedWith(context.Options.GaccCalendar).Date, chosen.Line, chosen.Url));
            foreach (var other in group.Disagreeing)
            {
                context.RateConflict(new RateDisagreement(reporter, partner, group.Flow, group.Period, chosen.Figure.Value, chosen.Url,
                    other.Figure.Value, other.Url, group.Explain(other)));
            }
        }
    }
}
