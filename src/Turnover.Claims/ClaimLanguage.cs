namespace Turnover.Claims;

/// <summary>The language a text is read in.</summary>
public enum ClaimLanguage : byte
{
    /// <summary>Detect from the script of the text (Cyrillic, Han, Latin).</summary>
    Auto = 0,

    /// <summary>English; the same rules also read the German, French, Italian, Spanish and Portuguese words for "billion".</summary>
    English = 1,

    /// <summary>Russian (and the Ukrainian spellings news pages mix in).</summary>
    Russian = 2,

    /// <summary>Chinese, simplified or traditional script.</summary>
    Chinese = 3,
}
