namespace Turnover.Claims.Internal;

/// <summary>What earlier sentences of the same text established: the pairs named so far and the last flow.</summary>
internal sealed class TextContext(ExtractionOptions options, DateOnly? articleDate, string text)
{
    public ExtractionOptions Options { get; } = options;

    public DateOnly? ArticleDate { get; } = articleDate;

    /// <summary>The pairs of countries the text has named, by sentence.</summary>
    public ArticlePairs Pairs { get; } = new();

    /// <summary>The index of the sentence being read.</summary>
    public int Sentence { get; set; }

    /// <summary>The flow of the last claim (for "the $200 billion target" in a sentence that names no flow).</summary>
    public StatedClaim? LastClaim { get; set; }

    /// <summary>The index of the sentence <see cref="LastClaim"/> was read from.</summary>
    public int LastClaimSentence { get; set; } = -1;

    /// <summary>
    /// The sentence at <paramref name="span"/> is the one right after <see cref="LastClaim"/>'s, in the same paragraph
    /// (no line break between them): a wire story's next paragraph may be about another time, a sentence's neighbour
    /// seldom is.
    /// </summary>
    public bool FollowsLastClaimInParagraph(TextSpan span) =>
        LastClaim is { } last && LastClaimSentence == Sentence - 1 && last.SentenceSpan.Start + last.SentenceSpan.Length <= span.Start
        && !text.AsSpan(last.SentenceSpan.Start + last.SentenceSpan.Length, span.Start - last.SentenceSpan.Start - last.SentenceSpan.Length).Contains('\n');

    /// <summary>
    /// The pair to complete a claim with, and the rule that says where it came from: the text's own (named earlier,
    /// and not ambiguous) before the caller's assumption.
    /// </summary>
    public (CountryPair Pair, CountrySource Source, string Rule)? FallbackPair =>
        Pairs.Before(Sentence) is { } earlier ? (earlier, CountrySource.ElsewhereInText, ArticlePairs.EarlierRule)
        : Options.AssumedPair is { } assumed ? (assumed, CountrySource.Assumed, "context.assumed-pair")
        : null;
}
