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
        var masks = view.Lines.GroupBy(l => l.Row.Year).ToDictionary(g => g.Key, g => MonthMasks.Of(g));
        return masks.Where(m => m.Value == MonthMasks.WholeYear).Select(m => m.Key).DefaultIfEmpty(masks.Keys.Max()).Max();
    }

    /// <summary>
    /// The views a question may read: every view, or only the reporter's, the source's and the flow's asked for. A
    /// reconciled source is read from the reporter's side when B is asked for. Views without a line of the flow drop out.
    /// </summary>
    /// <param name="views">The rows' views from A's side (<see cref="Of"/>), built once by the caller, which needs them too.</param>
    /// <param name="rows">The rows, read again from B's side only when B's reconciled view is asked for.</param>
    /// <param name="a">The first country.</param>
    /// <param name="b">The second.</param>
    /// <param name="reporter">Whose statistics; null for any.</param>
    /// <param name="source">Which publisher's; null for any.</param>
    /// <param name="flow">Which flow, from the reporter's side; null for both.</param>
    public static List<ProductView> AsAsked(
        List<ProductView> views, IReadOnlyList<ProductYear> rows, Country a, Country b, Country? reporter, SourceKind? source, Flow? flow)
    {
        if (reporter is { } r && r == b && a != b)
        {
            // BACI holds both directions: B's side is the same rows read from B.
            views = [.. views.Where(v => !v.Source.IsReconciled()), .. Of(rows, b, a).Where(v => v.Source.IsReconciled())];
        }

        return [.. views
            .Where(v => reporter is null || v.Reporter == reporter)
            .Where(v => source is null || v.Source == source)
            .Select(v => flow is { } f ? v with { Lines = [.. v.Lines.Where(l => l.Flow == f)] } : v)
            .Where(v => v.Lines.Count > 0)];
    }

    /// <summary>The view with the most lines (the first country's side on a tie); null without any.</summary>
    public static ProductView? Fullest(IReadOnlyList<ProductView> views, Country a) =>
        views.OrderByDescending(v => v.Lines.Sum(l => l.Row.Lines)).ThenBy(v => v.Reporter == a ? 0 : 1).FirstOrDefault();

    /// <summary>The view with the most lines (the first country's side on a tie); null without any.</summary>
    public static ProductView? Fullest(IReadOnlyList<ProductYear> rows, Country a, Country b) => Fullest(Of(rows, a, b), a);
}

/// <summary>A stored line as one side reads it: the flow from <see cref="ProductView.Reporter"/>'s side.</summary>
internal sealed record ProductLine(Flow Flow, ProductYear Row);

/// <summary>One source and reporter's lines of a pair.</summary>
internal sealed record ProductView(SourceKind Source, Country Reporter, Country Partner, List<ProductLine> Lines);
