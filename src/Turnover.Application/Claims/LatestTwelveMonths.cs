using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// The text gives the latest twelve months and names no month ("over the past 12 months", "за последние 12 месяцев",
/// "过去12个月"): the claim is judged on the twelve months to the latest month published by the article's date, the
/// latest the text could have had.
/// </summary>
/// <param name="Words">The words that gave the twelve months.</param>
/// <param name="Through">The month they are judged to end with.</param>
/// <param name="ArticleDate">The article's date.</param>
public sealed record LatestTwelveMonths(string Words, Period Through, DateOnly ArticleDate) : ClaimNote;
