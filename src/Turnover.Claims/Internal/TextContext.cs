using Turnover.Core;

namespace Turnover.Claims.Internal;

/// <summary>What earlier sentences of the same text established: the pair being discussed and the last flow.</summary>
internal sealed class TextContext(ExtractionOptions options, DateOnly? articleDate)
{
    public ExtractionOptions Options { get; } = options;

    public DateOnly? ArticleDate { get; } = articleDate;

    /// <summary>The two countries of the last claim that named both.</summary>
    public CountryPair? LastPair { get; set; }

    /// <summary>The flow of the last claim (for "the $200 billion target" in a sentence that names no flow).</summary>
    public StatedClaim? LastClaim { get; set; }

    /// <summary>The pair to complete a claim with: the text's own before the caller's assumption.</summary>
    public (CountryPair Pair, CountrySource Source)? FallbackPair =>
        LastPair is { } last ? (last, CountrySource.ElsewhereInText)
        : Options.AssumedPair is { } assumed ? (assumed, CountrySource.Assumed)
        : null;
}
