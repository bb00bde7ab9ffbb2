namespace Turnover.Claims;

/// <summary>The claims read from one text, or why the text could not be read.</summary>
public sealed class ExtractionResult
{
    internal ExtractionResult(IReadOnlyList<StatedClaim> claims, ClaimLanguage language, DateOnly? articleDate, bool articleDateFromText)
    {
        Claims = claims;
        Language = language;
        ArticleDate = articleDate;
        ArticleDateFromText = articleDateFromText;
    }

    internal ExtractionResult(string error)
    {
        Claims = [];
        Error = error;
    }

    /// <summary>True when the text was read (it may still hold no claims).</summary>
    public bool Success => Error is null;

    /// <summary>Why the text was refused (empty, binary, too large), in the user's terms; null on success.</summary>
    public string? Error { get; }

    /// <summary>The claims in text order.</summary>
    public IReadOnlyList<StatedClaim> Claims { get; }

    /// <summary>The main language of the text (the one most of its sentences were read in).</summary>
    public ClaimLanguage Language { get; }

    /// <summary>The date that anchored relative periods, or null when there was none.</summary>
    public DateOnly? ArticleDate { get; }

    /// <summary>True when <see cref="ArticleDate"/> was read from a dateline in the text rather than given.</summary>
    public bool ArticleDateFromText { get; }

    /// <summary>
    /// With no date given nor read, a dateline of the text that names no year ("BEIJING, Jan 13"): the reader can then
    /// be told which date to give. Null otherwise.
    /// </summary>
    public string? YearlessDateline { get; init; }
}
