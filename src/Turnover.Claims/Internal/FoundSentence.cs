using System.Runtime.ExceptionServices;

namespace Turnover.Claims.Internal;

/// <summary>
/// One sentence as read on its own, before the sentences around it are known: its language, the pairs it names, the
/// speaker it announces ("Putin noted:") and the mentions of its figures (<see cref="SentenceReader.Find"/>).
/// </summary>
internal sealed class FoundSentence
{
    public required TextSpan Span { get; init; }

    public ClaimLanguage Language { get; init; }

    /// <summary>Pairs written as a pair ("Russia and China", "中俄"), which tell what the text is about even without a figure.</summary>
    public IReadOnlyList<CountryPair> Pairs { get; init; } = [];

    /// <summary>The speaker of a sentence that ends with a colon, whose quote follows.</summary>
    public string? AnnouncedSpeaker { get; init; }

    /// <summary>The mentions; null when the sentence has no digit, rank word or growth word (no claim can come of it).</summary>
    public SentenceMentions? Mentions { get; init; }

    /// <summary>
    /// What the rules threw while this sentence was read on another thread: thrown again when the sentences are read in
    /// order, so a parallel reading fails where, and as, the sequential one does.
    /// </summary>
    public ExceptionDispatchInfo? Failure { get; init; }
}
