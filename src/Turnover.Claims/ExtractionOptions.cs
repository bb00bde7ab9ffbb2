namespace Turnover.Claims;

/// <summary>How a text is read (immutable; configure with <c>with</c>).</summary>
public readonly record struct ExtractionOptions
{
    /// <summary>Language of the text, or <see cref="ClaimLanguage.Auto"/> (the default) to detect it per sentence.</summary>
    public ClaimLanguage Language { get; init; }

    /// <summary>
    /// The article's date: anchors "this year", "last year", "今年", "in June". When null, a dateline near the top of
    /// the text is used if there is one; otherwise relative periods stay unresolved (never guessed).
    /// </summary>
    public DateOnly? ArticleDate { get; init; }

    /// <summary>
    /// The two countries the text is known to be about (e.g. excerpts from China–Russia trade news). A sentence that
    /// names one side ("imports from Russia") or none takes the rest from here, and says so
    /// (<see cref="CountrySource.Assumed"/>). Null: only countries named in the text are used.
    /// </summary>
    public CountryPair? AssumedPair { get; init; }
}
