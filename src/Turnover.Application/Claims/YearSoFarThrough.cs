using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// The text gives a year so far ("so far this year", "с начала года", "今年以来") and names no month: the claim is judged
/// on January to the latest month whose cumulative was published by the article's date, the latest the text could have had.
/// </summary>
/// <param name="Words">The words that gave the year so far.</param>
/// <param name="Through">The period judged: January to that month.</param>
/// <param name="ArticleDate">The article's date.</param>
public sealed record YearSoFarThrough(string Words, Period Through, DateOnly ArticleDate) : ClaimNote
{
    /// <summary>
    /// The text named the article's own year ("this year", "in 2024" written in June 2024), not "so far": a year not over
    /// when it was written, of which only the months published by then could be a fact.
    /// </summary>
    public bool YearNotOver { get; init; }
}
