using Turnover.Core;

namespace Turnover.Application;

/// <summary>One year of a pair's product lines against the pair's all-goods total.</summary>
/// <param name="Year">The calendar year.</param>
/// <param name="LinesUsd">The sum of the lines counted (exports plus imports), US dollars.</param>
/// <param name="TotalUsd">
/// The all-goods turnover the same source and reporter give for the year; null where none is stored, or where the
/// lines do not cover all twelve months (a share of the year's total would then understate what they cover).
/// </param>
/// <param name="Months">How many months of the year the lines cover (12: the whole year).</param>
/// <param name="Flows">The flows (exports, imports) with at least one line in the year.</param>
public sealed record ProductsYear(int Year, decimal LinesUsd, decimal? TotalUsd, int Months, IReadOnlyList<Flow> Flows)
{
    /// <summary>
    /// The last month the lines reach where they do not cover the whole year (a year in progress, or a base year cut to
    /// the months of the year compared with it); null for a whole year.
    /// </summary>
    public int? ThroughMonth { get; init; }

    /// <summary>The lines' share of the all-goods total, percent; null without a total.</summary>
    public decimal? CoveredPercent => TotalUsd is > 0m and { } total ? LinesUsd / total * 100m : null;
}
