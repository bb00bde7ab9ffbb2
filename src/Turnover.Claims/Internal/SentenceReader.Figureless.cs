using System.Text.RegularExpressions;

namespace Turnover.Claims.Internal;

internal static partial class SentenceReader
{
    /// <summary>Language code plus this: the rule of a fact read with no figure.</summary>
    private const string FigurelessRule = "figureless";

    /// <summary>
    /// Whether a sentence has a record's words, a run, a superlative since a year or a rise or fall: a fact with no figure
    /// may be in it. Cheap to ask of every sentence with no figure: only one with such a cue is read further.
    /// </summary>
    public static bool MayStateFigureless(string sentence, LanguageRules rules) =>
        (sentence.AsSpan().ContainsAny(rules.RecordWords) && rules.RecordHigh.IsMatch(sentence))
        || rules.Streak.IsMatch(sentence) || rules.SinceSuperlative.IsMatch(sentence) || DirectionVerb().IsMatch(sentence);

    /// <summary>
    /// "China-Russia trade hit a record in 2024", "rose for a fourth straight year in 2024", "fell for the first time in
    /// four years in 2024", "2024年中俄贸易额创历史新高", "в 2024 году вырос четвёртый год подряд", "fell in 2020": a fact with
    /// no figure whose record, run, superlative or direction the store can check (until 7 December 2026 no claim, so a
    /// false record passed unseen). Read only when the sentence names one flow and one period of its own, says it as a
    /// fact, and does not deny it; of a balance only its direction ("the U.S. deficit with China narrowed in 2019"), not a
    /// record or a run ("the surplus hit a record"), nor a run above an amount, which needs the amount; a bare rise or
    /// fall only of a year or January to a month, with no other base named.
    /// </summary>
    private static IEnumerable<StatedClaim> FigurelessFacts(SentenceMentions found, TextSpan span, TextContext context)
    {
        var (sentence, rules, countries) = (found.Sentence, found.Rules, found.Countries);
        if (found.Flows is not { } named || found.Periods is not { } periods || Denied().IsMatch(sentence))
        {
            yield break;
        }

        // "The U.S. trade deficit with China narrowed in 2019": a balance whose owner and partner are named is the flow, and
        // only its direction is read (the deficit's size); a record or a run of a balance is not, nor an unowned one.
        var balance = sentence.AsSpan().ContainsAny(rules.BalanceWords);
        var flows = balance ? WithBalances([.. named], rules.Balances(sentence, countries)) : named;
        if (flows is not [{ } only] || (balance && only.Flow is not (StatedFlow.Surplus or StatedFlow.Deficit))
            || FigurelessCue(sentence, rules, countries, only) is not var (cue, kind, streak, direction) || (balance && direction is null))
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
        // The article's own year, not over when it was written, is the year so far (January to the latest month published
        // by then): its rise, fall or record is read; a run or a superlative since a year, which compares whole years, not.
        if (built is not { Kind: ClaimKind.Fact, Subset: SubsetKind.None, Period: { } stated } || (stated.Period is null && stated.YearSoFar is null))
        {
            yield break;
        }

        var fact = built with { Rules = [.. built.Rules, anchor.Rule] };
        if (direction is { } way)
        {
            // Only where "fell" can mean nothing but on a year earlier: a year, or January to a month.
            if (stated.Period is not { } at || at.Granularity == Core.Granularity.Year || (at.StartMonth == 1 && at.Months > 1))
            {
                yield return fact with { Direction = new StatedDirection(way, cue.Value.Trim()), Rules = [.. fact.Rules, $"{rules.Code}.direction"] };
            }
        }
        else if (kind is not { } superlativeKind)
        {
            yield return fact with { RecordText = cue.Value.Trim(), Rules = [.. fact.Rules, $"{rules.Code}.record.high"] };
        }
        else if (superlativeKind != SuperlativeKind.AboveStreak && stated.Period is { Granularity: Core.Granularity.Year or Core.Granularity.Span or Core.Granularity.Month }
            && FitsPeriod(fact, cue, streak) && SuperlativeOf(cue, superlativeKind, streak, fact) is { } superlative)
        {
            yield return fact with { Superlative = superlative, Rules = [.. fact.Rules, $"{rules.Code}.superlative.since"] };
        }
    }

    // The record that is not a base ("fell from a record"), else the first run or superlative since a year that says
    // what is extreme, else a rise or fall in the flow's clause with no other base named; null when none.
    private static (Match Cue, SuperlativeKind? Kind, bool Streak, ChangeDirection? Direction)? FigurelessCue(string sentence, LanguageRules rules,
        List<CountryMention> countries, FlowMention flow)
    {
        foreach (Match record in rules.RecordHigh.Matches(sentence))
        {
            if (!BaseBefore(sentence, ClauseAround(sentence, record.Index, rules.ClauseBreaks).Start, record.Index, countries))
            {
                return (record, null, false, null);
            }
        }

        foreach (var (m, kind, streak) in SuperlativeMatches(sentence, rules, [.. rules.SinceSuperlative.Matches(sentence).Cast<Match>()]))
        {
            if (kind is not null)
            {
                return (m, kind, streak, null);
            }
        }

        // A number dropped as no figure of the flow ("China's share in Russia's trade rose by 5.1%") or a share's words
        // leave the verb another subject's; a wire dateline's day ("BEIJING, Jan 13, 2025 (Reuters) -") is no such number.
        var dateline = ArticleDateFinder.LeadDatelineLength(sentence);
        if (OtherBase().IsMatch(sentence) || OtherNumber().IsMatch(sentence, dateline) || ShareWord().IsMatch(sentence)
            || DirectionVerb().Match(sentence) is not { Success: true } verb)
        {
            return null;
        }

        var (clauseStart, clauseEnd) = ClauseAround(sentence, verb.Index, rules.ClauseBreaks);
        return flow.Start >= clauseStart && flow.Start < clauseEnd
            ? (verb, null, false, verb.Groups["up"].Success ? ChangeDirection.Rise : ChangeDirection.Fall)
            : null;
    }

    private static Regex? s_shareWord;

    private static Regex ShareWord() => s_shareWord ??= InterpretedRegex.Create(@"(?i:\b(?:share|portion|proportion)\b)|(?<![\p{L}])(?i:дол[яиейю]|удельн\w*)(?![\p{L}])|份额|占比|比重");

    private static Regex? s_directionVerb;
    private static Regex? s_otherBase;

    // Past forms only, so "is expected to rise" or "will fall" is no fact; Chinese only with 同比 (on a year earlier),
    // as bare 增长 is as often the noun ("贸易增长放缓").
    private static Regex DirectionVerb() => s_directionVerb ??= InterpretedRegex.Create(
        @"(?i:\b(?:(?<up>rose|grew|increased|climbed|expanded|jumped|surged|soared|widened|edged\s+up|went\s+up)|(?:fell|declined|dropped|decreased|shrank|slipped|contracted|plunged|slumped|tumbled|narrowed|edged\s+down|went\s+down))\b)"
        + @"|(?<![\p{L}])(?i:(?<up>вырос(?:ла|ло|ли)?|возрос(?:ла|ло|ли)?|увеличил(?:ся|ась|ось|ись))|(?:снизил(?:ся|ась|ось|ись)|сократил(?:ся|ась|ось|ись)|уменьшил(?:ся|ась|ось|ись)|упал(?:а|о|и)?))(?![\p{L}])"
        + @"|同比(?:(?<up>增长|增加|上升|上涨|扩大)|(?:下降|减少|下滑|回落|收窄))");

    // A base other than a year earlier: "since 2016", "than in 2019", "from a record", "month on month", "с 2016 года",
    // "по сравнению с", "以来", "环比". "From" before a country is the flow's ("imports from Russia").
    private static Regex OtherBase() => s_otherBase ??= InterpretedRegex.Create(
        @"(?i:\b(?:since|than|compared\s+(?:with|to)|versus|against|previous|prior|after|before|month[-\s]on[-\s]month|quarter[-\s]on[-\s]quarter|sequentially"
        + @"|from\s+(?:a|an|the|its|their|last|\$|\d+|january|february|march|april|may|june|july|august|september|october|november|december|record|peak)\b))"
        + @"|(?<![\p{L}])(?i:с\s+(?:\d|начала)|по\s+сравнению|чем|против|после|относительно|к\s+(?:прошлому|предыдущему))(?![\p{L}])"
        + @"|以来|环比|上月|相比");

    private static Regex? s_denied;

    // "did not hit a record", "has never", "failed to", "не превысил", "未创新高": a fact denied is not read as said.
    private static Regex Denied() => s_denied ??= InterpretedRegex.Create(
        @"(?i:\b(?:not|never|no\s+longer|failed\s+to|fell\s+short)\b|n['’]t\b)|(?<![\p{L}])(?i:не|ни|нет)(?![\p{L}])|未|没有|并非");
}
