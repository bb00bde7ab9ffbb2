using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// The text gives a change since a year, or over a span of years, and names no end ("has more than doubled since 2016",
/// "over the past decade"): the claim is judged on the latest year published by the article's date, the latest the
/// text could have had, with its rate from <paramref name="From"/>.
/// </summary>
/// <param name="Words">The words that gave the start or the span.</param>
/// <param name="From">The year the rate is judged from.</param>
/// <param name="Through">The year judged: the latest published by the article's date.</param>
/// <param name="ArticleDate">The article's date.</param>
public sealed record LatestYearAsEnd(string Words, Period From, Period Through, DateOnly ArticleDate) : ClaimNote;
