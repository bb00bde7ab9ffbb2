using Turnover.Claims;

namespace Turnover.Application;

/// <summary>The claims of a text, each checked, with the date they were judged as of.</summary>
/// <param name="ArticleDate">The date relative periods were anchored to and projections judged as of.</param>
/// <param name="DateOrigin">Given, read from the dateline, or assumed (today).</param>
/// <param name="Today">The date of the outcome.</param>
/// <param name="Language">The main language of the text.</param>
/// <param name="Claims">The claims in text order; empty when the text holds none.</param>
/// <param name="Thresholds">The verdicts' thresholds.</param>
public sealed record ClaimCheckAnswer(DateOnly ArticleDate, ArticleDateOrigin DateOrigin, DateOnly Today, ClaimLanguage Language, IReadOnlyList<CheckedClaim> Claims, ClaimThresholds Thresholds)
{
    /// <summary>With today assumed, the text's dateline that names no year ("BEIJING, Jan 13"), to say which date to give; null otherwise.</summary>
    public string? YearlessDateline { get; init; }
}
