using Turnover.Analytics;
using Turnover.Core;

namespace Turnover.Charts;

/// <summary>Builds a <see cref="TradeChart"/> from a growth table: its values as bars, its rolling twelve-month totals as a line.</summary>
public static class TradeCharts
{
    /// <summary>The chart of a growth table (months, quarters or years); the caller words the title and caption.</summary>
    public static TradeChart From(GrowthTable table, string title, IReadOnlyList<string> caption)
    {
        ArgumentNullException.ThrowIfNull(table);
        var values = table.Rows.Where(r => r.Value is not null).Select(r => new ChartValue(r.Period, r.Value!.Value)).ToList();
        var rolling = table.Series.Granularity == Granularity.Year
            ? []
            : table.Rows.Where(r => r.Rolling12 is not null).Select(r => new ChartValue(r.Period, r.Rolling12!.Value)).ToList();
        return new TradeChart(title, table.Series.Granularity, values, caption) { Rolling12 = rolling };
    }
}
