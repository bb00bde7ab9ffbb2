namespace Turnover.Claims.Internal;

/// <summary>
/// What the rules find in one sentence without the rest of the text (<see cref="SentenceReader.Find"/>). Made by one
/// thread and handed to the one that reads the sentences in order (<see cref="SentenceReader.Read"/>), which may
/// change its lists: read once.
/// </summary>
internal sealed class SentenceMentions(string sentence, LanguageRules rules, List<CountryMention> countries,
    List<AmountMention> amounts, List<GrowthMention> growths, List<RankingMention> rankings)
{
    public string Sentence { get; } = sentence;

    public LanguageRules Rules { get; } = rules;

    public List<CountryMention> Countries { get; } = countries;

    /// <summary>Every amount, restatements and comparison bases included.</summary>
    public List<AmountMention> Amounts { get; } = amounts;

    public List<GrowthMention> Growths { get; } = growths;

    public List<RankingMention> Rankings { get; } = rankings;

    /// <summary>
    /// The surpluses and deficits whose owner or partner is named (<see cref="LanguageRules.Balances"/>); null when they
    /// were not looked for (no figure, or no balance word).
    /// </summary>
    public List<FlowMention>? Balances { get; set; }

    /// <summary>The matches of <see cref="LanguageRules.SinceSuperlative"/>, found once; empty when the sentence has no figure.</summary>
    public IReadOnlyList<System.Text.RegularExpressions.Match> SinceSuperlatives { get; set; } = [];

    /// <summary>
    /// The sentence has no figure but words a fact may be checked on alone (a record, a run of years, a superlative since
    /// a year, a rise or fall): its periods and flows were found for <see cref="SentenceReader.Read"/> to read such a fact.
    /// </summary>
    public bool Figureless { get; set; }

    /// <summary>The periods outside the figures; null when the sentence has no figure.</summary>
    public List<PeriodMention>? Periods { get; set; }

    /// <summary>The amounts that are neither a restatement nor a comparison base; null when the sentence has no figure.</summary>
    public List<AmountMention>? Primary { get; set; }

    /// <summary>The flow phrases; null when there is no figure to govern (no primary amount and no rate).</summary>
    public List<FlowMention>? Flows { get; set; }

    /// <summary>No flow phrase, but a target or projection cue ("the $200 billion target", "is expected to reach").</summary>
    public bool GoalCue { get; set; }

    /// <summary>No flow phrase, but a target, projection or "That…" that may continue the previous claim's flow.</summary>
    public bool MayContinue => PointsBack || GoalCue;

    /// <summary>
    /// The sentence opens with a word that points back ("That…", "It…", "其中"): it continues the previous claim's flow.
    /// A goal or forecast with no flow phrase and no such word is about the pair's trade as a whole.
    /// </summary>
    public bool PointsBack { get; set; }
}
