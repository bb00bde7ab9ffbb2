using Turnover.Store;

namespace Turnover.Application;

/// <summary>
/// A year in progress is compared with the same months of the year before, never with a whole year: eleven months of
/// 2022 against twelve of 2021 is a fall that did not happen.
/// </summary>
internal static class SameMonths
{
    /// <summary>
    /// The view's lines read again through the last month of the year compared, by year; null where that year is whole
    /// or the base already ends with it. A year with a line that cannot be cut (only its annual figure is stored) is
    /// left out.
    /// </summary>
    /// <param name="store">The store.</param>
    /// <param name="view">The view the question reads: its source and side, and the flows and products it kept.</param>
    /// <param name="comparedMask">The months the year compared covers.</param>
    /// <param name="baseMask">The months the base year covers.</param>
    /// <param name="levelDigits">The level the lines are summed to.</param>
    /// <param name="asOf">As of this date; null for everything stored.</param>
    public static Dictionary<int, List<ProductLine>>? Cut(ITradeStore store, ProductView view, int comparedMask, int baseMask, int levelDigits, DateOnly? asOf)
    {
        var through = MonthMasks.LastMonth(comparedMask);
        if (comparedMask == MonthMasks.WholeYear || MonthMasks.LastMonth(baseMask) == through)
        {
            return null;
        }

        var rows = store.ProductYears(view.Reporter, view.Partner, levelDigits, asOf, through);
        if (ProductViews.Of(rows, view.Reporter, view.Partner).FirstOrDefault(v => v.Source == view.Source && v.Reporter == view.Reporter) is not { } cut)
        {
            return null;
        }

        // A line of the months is a part of a line of the whole year: the flows and products the question kept (its
        // flow, the HS code it is inside) are those of the view. A year with a line that kept its annual figure cannot
        // be cut: it drops out, and the caller keeps the whole year.
        var kept = view.Lines.Select(l => (l.Flow, l.Row.Product)).ToHashSet();
        return cut.Lines.Where(l => kept.Contains((l.Flow, l.Row.Product)))
            .GroupBy(l => l.Row.Year)
            .Where(g => g.All(l => MonthMasks.LastMonth(l.Row.MonthMask) <= through))
            .ToDictionary(g => g.Key, g => g.ToList());
    }
}
