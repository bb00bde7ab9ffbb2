namespace Turnover.Core;

/// <summary>
/// A bilateral series as one reporter's statistics give it: values at one granularity in chronological order,
/// plus the year-to-date cumulatives the source published itself (China publishes those even where single
/// months are missing).
/// </summary>
/// <param name="Reporter">Whose statistics.</param>
/// <param name="Partner">The counterpart.</param>
/// <param name="Source">Which publisher's figures.</param>
/// <param name="Granularity">Month (with China's combined Jan–Feb as one two-month entry), quarter or year.</param>
/// <param name="Values">One entry per period that has any figure, ascending.</param>
/// <param name="PublishedYearToDate">Published January-to-month cumulatives (and full years), ascending.</param>
public sealed record PairSeries(
    Country Reporter,
    Country Partner,
    SourceKind Source,
    Granularity Granularity,
    IReadOnlyList<FlowValues> Values,
    IReadOnlyList<FlowValues> PublishedYearToDate)
{
    /// <summary>
    /// The figures of <see cref="Values"/> that are sums of product lines rather than published totals, one per
    /// period and flow; empty when every figure was published as a total.
    /// </summary>
    public IReadOnlyList<SummedTotal> Summed { get; init; } = [];

    /// <summary>
    /// The quarter and year figures of <see cref="Values"/> that are sums of their months, because the store holds no
    /// figure of the source for the period itself; one per period and flow, empty for a monthly series.
    /// </summary>
    public IReadOnlyList<MonthsSum> FromMonths { get; init; } = [];

    /// <summary>
    /// The stored figures behind the series (months, cumulatives, years, whatever the source published) that were
    /// converted to US dollars from another currency, with how; empty when the source published in US dollars.
    /// </summary>
    public IReadOnlyList<ConvertedFigure> Converted { get; init; } = [];

    /// <summary>
    /// Growth rates the source printed for this reporter and partner (any flow, any period), as visible on the
    /// series' date: one per flow and period, latest vintage. Empty when the source prints none.
    /// </summary>
    public IReadOnlyList<PublishedRate> PublishedRates { get; init; } = [];

    /// <summary>The published rate of a flow for exactly <paramref name="period"/>, if the source printed one.</summary>
    public decimal? PublishedRate(Flow flow, Period period) =>
        PublishedRates.FirstOrDefault(r => r.Flow == flow && r.Period == period)?.RatePercent;

    /// <summary>The published rate of a measure for exactly <paramref name="period"/>; never for a balance (no rate applies).</summary>
    public decimal? PublishedRate(Measure measure, Period period) => measure switch
    {
        Measure.Turnover => PublishedRate(Flow.Turnover, period),
        Measure.Exports => PublishedRate(Flow.Export, period),
        Measure.Imports => PublishedRate(Flow.Import, period),
        _ => null,
    };
}
