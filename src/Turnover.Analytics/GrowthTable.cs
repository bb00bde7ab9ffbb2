using Turnover.Core;

namespace Turnover.Analytics;

/// <summary>A measure of a bilateral series with its growth figures, and the compound growth over its full years.</summary>
/// <param name="Series">The series analysed.</param>
/// <param name="Measure">The measure.</param>
/// <param name="Rows">One row per period, ascending.</param>
/// <param name="Cagr">Compound annual growth between the first and last full years, where two exist.</param>
public sealed record GrowthTable(PairSeries Series, Measure Measure, IReadOnlyList<GrowthRow> Rows, CompoundGrowth? Cagr)
{
    /// <summary>
    /// The periods of the table's frequency inside its window, between the series' first and last row, that have no
    /// value of <see cref="Measure"/>: skipped (no figure at all) or shown blank (only the published January-to-date, or
    /// another measure); ascending.
    /// </summary>
    public IReadOnlyList<Period> MissingPeriods { get; init; } = [];

    /// <summary>
    /// The quarters shown whose value is the difference of the source's January-to-date cumulatives at their end and
    /// at the quarter before's, because the store holds no figure for the quarter nor all of its months; ascending.
    /// </summary>
    public IReadOnlyList<Period> FromCumulatives { get; init; } = [];

    /// <summary>
    /// Levels shown (a row's value, or below a year the January-to-date cumulative ending with a row) that disagree
    /// beyond rounding with the growth rates the source printed around them (<see cref="SuspectLevels"/>); in period order.
    /// </summary>
    public IReadOnlyList<SuspectLevel> Suspects { get; init; } = [];

    /// <summary>The series' periods that have a figure of <see cref="Measure"/>, ascending, whatever window the rows show.</summary>
    public IReadOnlyList<Period> PeriodsWithFigures() => [.. Series.Values.Where(v => v.Get(Measure) is not null).Select(v => v.Period)];

    /// <summary>
    /// True when the figure of <see cref="Measure"/> for <paramref name="period"/> (a quarter or year) is a sum of its months
    /// (<see cref="PairSeries.FromMonths"/>) for a flow it rests on.
    /// </summary>
    public bool FromMonths(Period period) =>
        Series.FromMonths.Any(m => m.Period == period && RestsOn(Series.Values.FirstOrDefault(v => v.Period == period), m.Flow));

    /// <summary>Whether a figure of <paramref name="flow"/> is behind a row of <see cref="Measure"/>.</summary>
    /// <remarks>A turnover row shows the published turnover where there is one, else exports plus imports.</remarks>
    public bool RestsOn(FlowValues? row, Flow flow) => Measure switch
    {
        Measure.Exports => flow == Flow.Export,
        Measure.Imports => flow == Flow.Import,
        Measure.Balance => flow is Flow.Export or Flow.Import,
        _ => row?.ReportedTurnoverUsd is not null ? flow == Flow.Turnover : flow is Flow.Export or Flow.Import,
    };
}
