using Turnover.Analytics;

namespace Turnover.Application;

/// <summary>A pair's series: whose statistics were chosen, and the table of values and growth.</summary>
/// <param name="Choice">The reporter and source used, and the alternatives.</param>
/// <param name="Table">The periods with YoY, year-to-date, rolling 12 months and CAGR.</param>
public sealed record SeriesAnswer(SourceChoice Choice, GrowthTable Table);
