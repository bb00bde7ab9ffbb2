using Turnover.Core;

namespace Turnover.Store;

/// <summary>
/// One claim of a saved article as it was extracted. Its identity is the article's source and date, the sentence and
/// the span of its figure (<see cref="SpanStart"/>, <see cref="SpanLength"/>), its kind and its flow: saving the same
/// article again adds no second row. Kind, flow, bound and language are the names of the extractor's values (Turnover.Claims), which this
/// assembly does not reference.
/// </summary>
/// <param name="Sentence">The sentence as written.</param>
/// <param name="SpanStart">Where the claim's figure (the amount, else the growth rate, else the sentence) starts in the text, 0-based.</param>
/// <param name="SpanLength">Its length in characters.</param>
/// <param name="Kind">Fact, Projection, Target or Ranking.</param>
/// <param name="Flow">Turnover, Exports or Imports.</param>
public sealed record SavedClaim(string Sentence, int SpanStart, int SpanLength, string Kind, string Flow)
{
    /// <summary>The store's id of the claim; 0 before it is saved.</summary>
    public int Id { get; init; }

    /// <summary>The article it was read from; 0 before it is saved.</summary>
    public int ArticleId { get; init; }

    /// <summary>The article's source (set when read back).</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>The article's date (set when read back).</summary>
    public DateOnly ArticleDate { get; init; }

    /// <summary>The country whose exports or imports the text names; null when unknown.</summary>
    public Country? Reporter { get; init; }

    /// <summary>The other country; null when unknown.</summary>
    public Country? Partner { get; init; }

    /// <summary>The period as resolved ("2022", "2022-01..11"); null when the text gives none.</summary>
    public string? Period { get; init; }

    /// <summary>The amount as written; null when the claim states none.</summary>
    public string? Amount { get; init; }

    /// <summary>The amount in US dollars; null when none, or not stated in dollars.</summary>
    public decimal? AmountUsd { get; init; }

    /// <summary>How the text qualifies the figure (Exact, About, MoreThan…); null without a figure.</summary>
    public string? Bound { get; init; }

    /// <summary>The stated growth rate, percent; null when none.</summary>
    public decimal? GrowthPercent { get; init; }

    /// <summary>The language the sentence was read in.</summary>
    public string Language { get; init; } = string.Empty;

    /// <summary>When it was first saved (UTC).</summary>
    public DateTimeOffset SavedAt { get; init; }
}
