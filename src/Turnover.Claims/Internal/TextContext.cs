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

    /// <summary>The index of <see cref="LastClaim"/>'s sentence.</summary>
    public int LastClaimSentence { get; set; } = -1;

    /// <summary>
    /// True when <see cref="LastClaim"/>'s sentence had claims of more than one flow ("exports rose 46.9% while imports
    /// grew 12.7%"): "the figure" after it could be either, or the pair's trade.
    /// </summary>
    public bool LastClaimSentenceMixed { get; set; }

    /// <summary>
    /// The last fact with a period, and the index of its sentence: what a continuation with no period of its own
    /// ("其中，…", "Of this, …", "in the same period") is about, even when a goal was read after it ("…2401.1亿美元，提前实现
    /// 2000亿美元目标。其中，…").
    /// </summary>
    public (StatedClaim Claim, int Sentence)? LastFact { get; set; }

    /// <summary>The facts of the last sentence that gave claims, and its index: the flows a balance of one side may be the difference of.</summary>
    public (IReadOnlyList<StatedClaim> Facts, int Sentence) LastSentenceFacts { get; set; } = ([], -1);

    /// <summary>
    /// Where the sentence before the one being read stands, when it gave no claim ("近年来，中俄双边贸易额稳步增长。"): the
    /// topic a continuation with no flow of its own ("其中，2022年、2023年增速分别达29.3%和26.3%") is about; null otherwise.
    /// </summary>
    public TextSpan? TopicSpan { get; set; }

    /// <summary>The sentence at <see cref="TopicSpan"/>, as normalised; null when there is none.</summary>
    public string? TopicSentence => TopicSpan is { } span ? text.Substring(span.Start, span.Length) : null;

    /// <summary>
    /// The sentence at <paramref name="span"/> is the one right after <see cref="LastFact"/>'s, in the same paragraph
    /// (no line break between them): a wire story's next paragraph may be about another time, a sentence's neighbour
    /// seldom is.
    /// </summary>
    public bool FollowsLastFactInParagraph(TextSpan span) =>
        FollowsLastFact(span) && LastFact!.Value.Claim.SentenceSpan is var fact
        && !text.AsSpan(fact.Start + fact.Length, span.Start - fact.Start - fact.Length).Contains('\n');

    /// <summary>The sentence at <paramref name="span"/> is the one right after <see cref="LastFact"/>'s, in its paragraph or the next.</summary>
    public bool FollowsLastFact(TextSpan span) =>
        LastFact is { } last && last.Sentence == Sentence - 1 && last.Claim.SentenceSpan.Start + last.Claim.SentenceSpan.Length <= span.Start;

    /// <summary>
    /// The pair to complete a claim with, and the rule that says where it came from: the text's own (named earlier,
    /// and not ambiguous) before the caller's assumption.
    /// </summary>
    public (CountryPair Pair, CountrySource Source, string Rule)? FallbackPair =>
        Pairs.Before(Sentence) is { } earlier ? (earlier, CountrySource.ElsewhereInText, ArticlePairs.EarlierRule)
        : Options.AssumedPair is { } assumed ? (assumed, CountrySource.Assumed, "context.assumed-pair")
        : null;
}
