namespace Turnover.Claims;

/// <summary>How the period of a claim was fixed.</summary>
public enum PeriodResolution : byte
{
    /// <summary>No period is stated.</summary>
    None = 0,

    /// <summary>The text names the year ("in 2023", "January–May 2022", "2024年").</summary>
    Explicit = 1,

    /// <summary>A relative period ("this year", "last year", "今年", "in June") resolved from the article date.</summary>
    FromArticleDate = 2,

    /// <summary>A relative period with no article date to anchor it: <see cref="StatedPeriod.Period"/> is null.</summary>
    Unresolved = 3,

    /// <summary>
    /// The sentence names no period and goes on about the previous sentence's fact ("Of this, …", "其中…", or a fact on
    /// the same pair with no period at all): the period, and its words, are that fact's.
    /// </summary>
    FromPreviousSentence = 4,
}
