using System.Text.RegularExpressions;

namespace Turnover.Claims.Internal;

internal static partial class SentenceReader
{
    /// <summary>Language code plus this: the rule of a fact read with no figure.</summary>
    private const string FigurelessRule = "figureless";

    // Cheap to ask of every sentence with no figure: only one with a record's words, a run or a superlative since a year
    // is read further.
    private static bool HasFigurelessCue(string sentence, LanguageRules rules) =>
        (sentence.AsSpan().ContainsAny(rules.RecordWords) && rules.RecordHigh.IsMatch(sentence))
        || rules.Streak.IsMatch(sentence) || rules.SinceSuperlative.IsMatch(sentence);

    /// <summary>
    /// "China-Russia trade hit a record in 2024", "rose for a fourth straight year in 2024", "fell for the first time in
    /// four years in 2024", "2024年中俄贸易额创历史新高", "в 2024 году вырос четвёртый год подряд": a fact with no figure whose
    /// record, run or superlative the store can check (until 7 December 2026 no claim, so a false record passed unseen).
    /// Read only when the sentence names one flow and one period of its own, says it as a fact, and does not deny it; a
    /// balance's ("the surplus hit a record") is not read, nor a run above an amount, which needs the amount.
    /// </summary>
    private static IEnumerable<StatedClaim> FigurelessFacts(SentenceMentions found, TextSpan span, TextContext context)
    {
        var (sentence, rules, countries) = (found.Sentence, found.Rules, found.Countries);
        if (found.Flows is not { Count: 1 } flows || found.Periods is not { } periods || Denied().IsMatch(sentence)
            || sentence.AsSpan().ContainsAny(rules.BalanceWords) || FigurelessCue(sentence, rules, countries) is not var (cue, kind, streak))
        {
            yield break;
        }

        var own = periods.Where(p => !p.IsBase && !(p.Start < cue.Index + cue.Length && cue.Index < p.End)).ToList();
        ResolveReverse(flows, context);
        OrientBareFlows(flows, sentence);
        if (own is not [var period] || flows is not [var flow])
        {
            yield break;
        }

        var anchor = new CueMention(cue.Index, cue.Index + cue.Length, $"{rules.Code}.{FigurelessRule}");
        var built = Build(sentence, span, rules, context, flow, null, null, found.Amounts, found.Growths, countries,
            Voice(sentence, countries, Speaker(sentence, rules), rules.StatisticsOf(sentence)), null, periods, period, false, null, anchor);
        if (built is not { Kind: ClaimKind.Fact, Subset: SubsetKind.None, Period.Period: { } at })
        {
            yield break;
        }

        var fact = built with { Rules = [.. built.Rules, anchor.Rule] };
        if (kind is not { } superlativeKind)
        {
            yield return fact with { RecordText = cue.Value.Trim(), Rules = [.. fact.Rules, $"{rules.Code}.record.high"] };
        }
        else if (superlativeKind != SuperlativeKind.AboveStreak && at.Granularity is Core.Granularity.Year or Core.Granularity.Span or Core.Granularity.Month
            && FitsPeriod(fact, cue, streak) && SuperlativeOf(cue, superlativeKind, streak, fact) is { } superlative)
        {
            yield return fact with { Superlative = superlative, Rules = [.. fact.Rules, $"{rules.Code}.superlative.since"] };
        }
    }

    // The record that is not a base ("fell from a record"), else the first run or superlative since a year that says
    // what is extreme; null when none.
    private static (Match Cue, SuperlativeKind? Kind, bool Streak)? FigurelessCue(string sentence, LanguageRules rules, List<CountryMention> countries)
    {
        foreach (Match record in rules.RecordHigh.Matches(sentence))
        {
            if (!BaseBefore(sentence, ClauseAround(sentence, record.Index, rules.ClauseBreaks).Start, record.Index, countries))
            {
                return (record, null, false);
            }
        }

        foreach (var (m, kind, streak) in SuperlativeMatches(sentence, rules, [.. rules.SinceSuperlative.Matches(sentence).Cast<Match>()]))
        {
            if (kind is not null)
            {
                return (m, kind, streak);
            }
        }

        return null;
    }

    private static Regex? s_denied;

    // "did not hit a record", "has never", "failed to", "не превысил", "未创新高": a fact denied is not read as said.
    private static Regex Denied() => s_denied ??= InterpretedRegex.Create(
        @"(?i:\b(?:not|never|no\s+longer|failed\s+to|fell\s+short)\b|n['’]t\b)|(?<![\p{L}])(?i:не|ни|нет)(?![\p{L}])|未|没有|并非");
}
