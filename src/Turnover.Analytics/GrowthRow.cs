using Turnover.Core;

namespace Turnover.Analytics;

/// <summary>
/// One period of a measure with the growth figures trade reporting uses. Growth is in percent. The computed rates
/// come from the (rounded) levels; the published ones are what the source printed, where it printed one.
/// </summary>
/// <param name="Period">The period.</param>
/// <param name="Value">The value in USD; null where the source published nothing.</param>
/// <param name="YoyPercent">Change against the same period a year earlier.</param>
/// <param name="YearToDate">January to the end of this period: as published, else the sum of complete months.</param>
/// <param name="YearToDateYoyPercent">Change of <paramref name="YearToDate"/> against the same window a year earlier.</param>
/// <param name="Rolling12">The twelve months ending with this period (monthly series only).</param>
/// <param name="Rolling12YoyPercent">Change of <paramref name="Rolling12"/> against twelve months earlier.</param>
public sealed record GrowthRow(
    Period Period,
    decimal? Value,
    decimal? YoyPercent,
    decimal? YearToDate,
    decimal? YearToDateYoyPercent,
    decimal? Rolling12,
    decimal? Rolling12YoyPercent)
{
    /// <summary>The year-on-year rate the source printed for this period, where it printed one (percent).</summary>
    public decimal? PublishedYoyPercent { get; init; }

    /// <summary>The year-to-date rate the source printed for January to the end of this period (sub-annual series), where printed.</summary>
    public decimal? PublishedYearToDateYoyPercent { get; init; }
}
