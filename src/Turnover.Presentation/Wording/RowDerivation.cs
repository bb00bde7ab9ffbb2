using Turnover.Analytics;
using Turnover.Core;

namespace Turnover.Presentation.Wording;

/// <summary>
/// How each value of a series table was made where it is not the source's own figure: summed from product lines,
/// a quarter or year summed from its months, a quarter differenced from the source's cumulatives, converted from
/// another currency. One reading of the table for the JSON's flags and provenance and the CSV's <c>derived</c> column.
/// </summary>
internal sealed class RowDerivation
{
    private readonly HashSet<Period> _lines;
    private readonly IReadOnlySet<Period> _months;
    private readonly HashSet<Period> _cumulatives;

    public RowDerivation(GrowthTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        Summed = SummedNote.Shown(table);
        Converted = ConvertedNote.Shown(table);
        _lines = [.. Summed.Select(t => t.Period)];
        _months = MonthsNote.Shown(table);
        _cumulatives = [.. table.FromCumulatives];
    }

    /// <summary>The totals shown that are sums of product lines.</summary>
    public IReadOnlyList<SummedTotal> Summed { get; }

    /// <summary>The figures shown converted from another currency, by release and conversion.</summary>
    public IReadOnlyList<ConvertedNote.Group> Converted { get; }

    public bool FromLines(Period period) => _lines.Contains(period);

    public bool FromMonths(Period period) => _months.Contains(period);

    public bool FromCumulatives(Period period) => _cumulatives.Contains(period);

    public bool IsConverted(Period period) => ConvertedNote.IsConverted(Converted, period);

    /// <summary>"lines", "months", "cumulatives", "converted", joined by "+"; empty for the source's own figure.</summary>
    public string Describe(Period period) => string.Join('+', new[]
    {
        FromLines(period) ? "lines" : null,
        FromMonths(period) ? "months" : null,
        FromCumulatives(period) ? "cumulatives" : null,
        IsConverted(period) ? "converted" : null,
    }.OfType<string>());
}
