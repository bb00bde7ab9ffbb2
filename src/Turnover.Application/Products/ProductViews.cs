using Turnover.Core;
using Turnover.Store;

namespace Turnover.Application;

/// <summary>
/// The ways of reading a pair's product lines: a reconciled source from the first country's side (its exports are the
/// rows it exported, its imports the rows the other exported to it); any other source per reporter, as stored.
/// </summary>
internal static class ProductViews
{
    /// <summary>Every view of the rows with at least one export or import line.</summary>
    public static List<ProductView> Of(IReadOnlyList<ProductYear> rows, Country a, Country b)
    {
        var views = new List<ProductView>();
        foreach (var bySource in rows.GroupBy(r => r.Source))
        {
            if (bySource.Key.IsReconciled())
            {
                var lines = bySource.Where(r => r.Flow == Flow.Export).Select(r => new ProductLine(r.Reporter == a ? Flow.Export : Flow.Import, r)).ToList();
                if (lines.Count > 0)
                {
                    views.Add(new ProductView(bySource.Key, a, b, lines));
                }

                continue;
            }

            foreach (var reporter in new[] { a, b }.Distinct())
            {
                var lines = bySource.Where(r => r.Reporter == reporter && r.Flow is Flow.Export or Flow.Import).Select(r => new ProductLine(r.Flow, r)).ToList();
                if (lines.Count > 0)
                {
                    views.Add(new ProductView(bySource.Key, reporter, reporter == a ? b : a, lines));
                }
            }
        }

        return views;
    }

    /// <summary>The latest year whose lines cover all twelve months (a year in progress compares badly), else the latest.</summary>
    public static int LatestWholeYear(ProductView view)
    {
        var masks = view.Lines.GroupBy(l => l.Row.Year).ToDictionary(g => g.Key, g => g.Aggregate(0, (m, l) => m | l.Row.MonthMask));
        return masks.Where(m => m.Value == 0xFFF).Select(m => m.Key).DefaultIfEmpty(masks.Keys.Max()).Max();
    }

    /// <summary>The view with the most lines (the first country's side on a tie); null without any.</summary>
    public static ProductView? Fullest(IReadOnlyList<ProductYear> rows, Country a, Country b) =>
        Of(rows, a, b).OrderByDescending(v => v.Lines.Sum(l => l.Row.Lines)).ThenBy(v => v.Reporter == a ? 0 : 1).FirstOrDefault();
}

/// <summary>A stored line as one side reads it: the flow from <see cref="ProductView.Reporter"/>'s side.</summary>
internal sealed record ProductLine(Flow Flow, ProductYear Row);

/// <summary>One source and reporter's lines of a pair.</summary>
internal sealed record ProductView(SourceKind Source, Country Reporter, Country Partner, List<ProductLine> Lines);
