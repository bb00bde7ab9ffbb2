using Turnover.Core;
using Turnover.Ingest.Gacc;

namespace Turnover.Ingest.Fcs;

/// <summary>
/// One level and one rate per flow and exact span from the rows that state them: among reports agreeing within
/// rounding the most precise is kept (on a tie the first named by the publisher, then the first in the file); a report
/// disagreeing beyond rounding is kept as a discrepancy beside a figure the publisher is named for, where there is one.
/// </summary>
internal static class StatedReconciliation
{
    public static List<TradeRecord> Reconcile(IReadOnlyList<StatedRow> rows, ReadContext context)
    {
        var records = new List<TradeRecord>();
        foreach (var group in rows.Where(r => r.Level is not null).GroupBy(r => (r.Stated.Flow, Period: r.Stated.Period!.Value)))
        {
            var chosen = Choose([.. group], r => r.Level!.Value);
            foreach (var other in group.Where(r => !ReferenceEquals(r, chosen)))
            {
                Note(context, chosen, other, r => r.Level!.Value, (c, o, why) => context.Conflict(new Discrepancy(
                    c.Stated.Reporter, c.Stated.Partner, c.Stated.Flow, group.Key.Period, c.Stated.ValueUsd!.Value, c.Stated.Evidence,
                    o.Stated.ValueUsd!.Value, o.Stated.Evidence, why)));
            }

            var period = group.Key.Period;
            records.Add(new TradeRecord(chosen.Stated.Reporter, chosen.Stated.Partner, group.Key.Flow, period, Product.Total,
                chosen.Stated.ValueUsd!.Value, null, period.Months == 12 ? Derivation.Reported : Derivation.Cumulative, null, chosen.Stated.SourceLine));
        }

        foreach (var group in rows.Where(r => r.Rate is not null && r.Stated.Period is not null).GroupBy(r => (r.Stated.Flow, Period: r.Stated.Period!.Value)))
        {
            var chosen = Choose([.. group], r => r.Rate!.Value);
            foreach (var other in group.Where(r => !ReferenceEquals(r, chosen)))
            {
                Note(context, chosen, other, r => r.Rate!.Value, (c, o, why) => context.RateConflict(new RateDisagreement(
                    c.Stated.Reporter, c.Stated.Partner, c.Stated.Flow, group.Key.Period, c.Stated.RatePercent!.Value, c.Stated.Evidence,
                    o.Stated.RatePercent!.Value, o.Stated.Evidence, why)));
            }

            context.Rate(new PublishedRate(chosen.Stated.Reporter, chosen.Stated.Partner, group.Key.Flow, group.Key.Period,
                chosen.Stated.RatePercent!.Value, null, chosen.Stated.SourceLine, chosen.Stated.Evidence));
        }

        var rough = rows.Count(r => r.Stated.Period is null);
        if (rough > 0)
        {
            context.Skip("growth rate over an approximate span (kept as a statement, comparable with no figure)", rough);
        }

        return [.. records.OrderBy(r => r.Period).ThenBy(r => r.Flow)];
    }

    private static StatedRow Choose(List<StatedRow> reports, Func<StatedRow, Figure> figure)
    {
        // The largest group agreeing within rounding wins; inside it the most precise, then the publisher named, then the first.
        var agreeing = reports
            .Select(r => reports.Where(o => figure(o).AgreesWith(figure(r))).ToList())
            .OrderByDescending(g => g.Count)
            .ThenByDescending(g => g.Any(r => r.Stated.Attribution == Attribution.Explicit))
            .First();
        return agreeing
            .OrderBy(r => figure(r).Step)
            .ThenBy(r => r.Stated.Attribution)
            .ThenBy(r => r.Stated.SourceLine)
            .First();
    }

    private static void Note(ReadContext context, StatedRow chosen, StatedRow other, Func<StatedRow, Figure> figure, Action<StatedRow, StatedRow, string> conflict)
    {
        if (figure(other).AgreesWith(figure(chosen)))
        {
            context.Skip("repeated report of a figure (agrees within rounding)");
            return;
        }

        context.Skip("report disagreeing beyond rounding (kept as a discrepancy)");
        conflict(chosen, other, $"line {chosen.Stated.SourceLine} ({chosen.Stated.Attribution.ToString().ToLowerInvariant()}) kept over line {other.Stated.SourceLine} ({other.Stated.Attribution.ToString().ToLowerInvariant()})");
    }
}
