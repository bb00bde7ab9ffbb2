namespace Turnover.Claims.Internal;

/// <summary>What earlier sentences of the same text established: the pairs named so far and the last flow.</summary>
internal sealed class TextContext(ExtractionOptions options, DateOnly? articleDate)
{
    public ExtractionOptions Options { get; } = options;

    public DateOnly? ArticleDate { get; } = articleDate;

    /// <summary>The pairs of countries the text has named, by sentence.</summary>
    public ArticlePairs Pairs { get; } = new();

    /// <summary>The index of the sentence being read.</summary>
    public int Sentence { get; set; }

    /// <summary>The flow of the last claim (for "the $200 billion target" in a sentence that names no flow).</summary>
    public StatedClaim? LastClaim { get; set; }

    /// <summary>
    /// The pair to complete a claim with, and the rule that says where it came from: the text's own (named earlier,
    /// and not ambiguous) before the caller's assumption.
    /// </summary>
    public (CountryPair Pair, CountrySource Source, string Rule)? FallbackPair =>
        Pairs.Before(Sentence) is { } earlier ? (earlier, CountrySource.ElsewhereInText, ArticlePairs.EarlierRule)
        : Options.AssumedPair is { } assumed ? (assumed, CountrySource.Assumed, "context.assumed-pair")
        : null;
}
