using Turnover.Analytics;
using Turnover.Core;

namespace Turnover.Presentation.Wording;

/// <summary>
/// How each row's value of a series table was made, for the CSV's <c>derived</c> column: empty for a figure as the
/// source published it, else <c>lines</c> (summed from product lines), <c>months</c> (a quarter or year summed from its
/// months), <c>cumulatives</c> (a quarter differenced from the source's cumulatives), <c>converted</c> (from another
/// currency), joined by <c>+</c>. The JSON carries the same as flags.
/// </summary>
internal static class RowDerivation
{
    public static Func<Period, string> For(GrowthTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var lines = SummedNote.Shown(table).Select(t => t.Period).ToHashSet();
        var months = MonthsNote.Shown(table);
        var cumulatives = table.FromCumulatives.ToHashSet();
        var converted = ConvertedNote.Shown(table);
        return period => string.Join('+', new[]
        {
            lines.Contains(period) ? "lines" : null,
            months.Contains(period) ? "months" : null,
            cumulatives.Contains(period) ? "cumulatives" : null,
            ConvertedNote.IsConverted(converted, period) ? "converted" : null,
        }.OfType<string>());
    }
}
