namespace Turnover.Claims;

/// <summary>Where the reporter and partner of a claim came from.</summary>
public enum CountrySource : byte
{
    /// <summary>Both are named in the sentence (names, adjectives, capitals, "中俄", "российско-китайский").</summary>
    Sentence = 1,

    /// <summary>At least one was taken from the pair another sentence of the same text names (usually an earlier one).</summary>
    ElsewhereInText = 2,

    /// <summary>At least one was taken from <see cref="ExtractionOptions.AssumedPair"/>, given by the caller.</summary>
    Assumed = 3,
}
