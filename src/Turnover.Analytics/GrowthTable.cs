using Turnover.Core;

namespace Turnover.Analytics;

/// <summary>A measure of a bilateral series with its growth figures, and the compound growth over its full years.</summary>
/// <param name="Series">The series analysed.</param>
/// <param name="Measure">The measure.</param>
/// <param name="Rows">One row per period, ascending.</param>
/// <param name="Cagr">Compound annual growth between the first and last full years, where two exist.</param>
public sealed record GrowthTable(PairSeries Series, Measure Measure, IReadOnlyList<GrowthRow> Rows, CompoundGrowth? Cagr)
{
    /// <summary>The series' periods that have a figure of <see cref="Measure"/>, ascending, whatever window the rows show.</summary>
    public IReadOnlyList<Period> PeriodsWithFigures() => [.. Series.Values.Where(v => v.Get(Measure) is not null).Select(v => v.Period)];
}
