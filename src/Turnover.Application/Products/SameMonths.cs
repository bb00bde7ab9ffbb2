using System.Numerics;
using Turnover.Store;

namespace Turnover.Application;

/// <summary>
/// A year in progress is compared with the same months of the year before, never with a whole year: eleven months of
/// 2022 against twelve of 2021 is a fall that did not happen.
/// </summary>
internal static class SameMonths
{
    private const int WholeYear = 0xFFF;

    /// <summary>The last month a year's lines reach (a month without a line inside it is a month without trade).</summary>
    public static int Through(int mask) => 32 - BitOperations.LeadingZeroCount((uint)mask);

    /// <summary>
    /// The view's lines read again through the last month of the year compared, by year; null where that year is whole
    /// or the base already ends with it. A year with a line that cannot be cut (only its annual figure is stored) is
    /// left out.
    /// </summary>
    /// <param name="store">The store.</param>
    /// <param name="view">The view the question reads (its source and reporter are kept).</param>
    /// <param name="comparedMask">The months the year compared covers.</param>
    /// <param name="baseMask">The months the base year covers.</param>
    /// <param name="levelDigits">The level the lines are summed to.</param>
    /// <param name="asOf">As of this date; null for everything stored.</param>
    /// <param name="views">How the question turns rows into views (the same as for the whole years).</param>
    public static Dictionary<int, List<ProductLine>>? Cut(
        ITradeStore store, ProductView view, int comparedMask, int baseMask, int levelDigits, DateOnly? asOf, Func<IReadOnlyList<ProductYear>, List<ProductView>> views)
    {
        var through = Through(comparedMask);
        if (comparedMask == WholeYear || Through(baseMask) == through)
        {
            return null;
        }

        var rows = store.ProductYears(view.Reporter, view.Partner, levelDigits, asOf, through);
        if (views(rows).FirstOrDefault(v => v.Source == view.Source && v.Reporter == view.Reporter) is not { } cut)
        {
            return null;
        }

        // A year with a line that kept its annual figure cannot be cut: it drops out, and the caller keeps the whole year.
        return cut.Lines.GroupBy(l => l.Row.Year)
            .Where(g => g.All(l => Through(l.Row.MonthMask) <= through))
            .ToDictionary(g => g.Key, g => g.ToList());
    }
}
