using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// The text names no end ("since 2016", "over the past 12 months", "so far this year"), and the side's stored figures
/// stop at a period whose next had most likely been published by the article's date: the latest the text could have
/// had is not in the store, and the one before it is not what the text meant.
/// </summary>
/// <param name="Reporter">Whose statistics were read.</param>
/// <param name="Measure">The reporter's measure read.</param>
/// <param name="Latest">The latest period stored, published by the article's date.</param>
/// <param name="ArticleDate">The article's date.</param>
/// <param name="Words">The words that named no end.</param>
public sealed record LatestNotStored(Country Reporter, Measure Measure, Period Latest, DateOnly ArticleDate, string Words) : UnverifiableReason;
