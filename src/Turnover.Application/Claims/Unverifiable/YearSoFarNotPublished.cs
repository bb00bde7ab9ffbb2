using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// A fact of the article's own year ("this year", "so far this year", "2025年全年" written in 2025), which was not over
/// when the text was written, and of which the side's statistics had published nothing by the article's date (the
/// store holds the figures before it): no figure of it could have been known.
/// </summary>
/// <param name="Reporter">Whose statistics were read.</param>
/// <param name="Measure">The reporter's measure read.</param>
/// <param name="Year">The year the text names.</param>
/// <param name="ArticleDate">The article's date.</param>
/// <param name="Words">The words that named the year.</param>
public sealed record YearSoFarNotPublished(Country Reporter, Measure Measure, int Year, DateOnly ArticleDate, string Words) : UnverifiableReason;
