using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// A fact of the article's own year, judged on the year so far (<see cref="YearSoFarThrough.YearNotOver"/>), whose whole
/// year was published after the text: how the claim fares on it, beside the verdict (what a year-end estimate came to).
/// </summary>
/// <param name="Year">The whole year.</param>
/// <param name="Verdict">The claim's verdict on the whole year.</param>
/// <param name="ValueUsd">The whole year's stored figure.</param>
/// <param name="GrowthPercent">Its rate on a year earlier, published or computed; null when there is none.</param>
public sealed record WholeYearPublishedLater(Period Year, ClaimVerdict Verdict, decimal? ValueUsd, decimal? GrowthPercent) : ClaimNote;
