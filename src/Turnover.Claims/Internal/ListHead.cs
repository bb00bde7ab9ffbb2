
namespace Turnover.Claims.Internal;

/// <summary>
/// "China–Russia trade in 2023, according to China's customs:" then "- Total trade: $240.1 billion (+26.3%)": the items
/// of a list take the period of the line that introduces it, as a reader does. Each item was a figure with no period
/// (not verifiable).
/// </summary>
internal static class ListHead
{
    public const string Rule = "context.list-head-period";

    /// <summary>The one period the line at <paramref name="span"/>, ending with a colon, names, resolved as a fact's; null for none or several.</summary>
    public static StatedPeriod? PeriodOf(string text, TextSpan span, LanguageRules rules, DateOnly? articleDate)
    {
        var trimmed = text.AsSpan(span.Start, span.Length).TrimEnd();
        if (trimmed.IsEmpty || trimmed[^1] is not (':' or '：'))
        {
            return null;
        }

        var periods = rules.Periods(text.Substring(span.Start, span.Length));
        return periods.Count == 1 && periods[0] is var only && only.Kind != PeriodKind.None
            && PeriodResolver.Resolve(only, periods, articleDate) is { Period: not null } resolved
            ? resolved with { Resolution = PeriodResolution.FromPreviousSentence }
            : null;
    }

    /// <summary>True when the sentence is an item of a list: it opens with a dash, a bullet or a number and a bracket or stop.</summary>
    public static bool IsItem(ReadOnlySpan<char> sentence) => SentenceSplitter.OpensListItem(sentence);
}
