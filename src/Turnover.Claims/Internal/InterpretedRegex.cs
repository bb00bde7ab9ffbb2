using System.Text.RegularExpressions;

namespace Turnover.Claims.Internal;

/// <summary>
/// Builds the extractor's patterns for .NET's regex interpreter rather than as source-generated matchers: one CLI run
/// spent about a third of its CPU compiling the generated matchers (tier 0, then tier 1), more than their speed
/// saved on a megabyte of news (docs/claims.md, Speed). Same syntax and matching; culture-invariant casing, as the
/// source generator has by default, so an ignore-case match does not depend on the culture the process runs in.
/// </summary>
internal static class InterpretedRegex
{
    public static Regex Create(string pattern, RegexOptions options = RegexOptions.None) =>
        new(pattern, options | RegexOptions.CultureInvariant);
}
