using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Turnover.Core;

namespace Turnover.Claims.Internal;

/// <summary>
/// Reads the claims of one sentence from the mentions its language's rules found: every amount and growth rate is
/// governed by the flow phrase before it (or the first one), paired with each other within that flow, completed
/// with countries, period, kind, bound and subset. A sentence with no flow phrase yields nothing, except a target or
/// projection that continues the previous claim ("the $200 billion target").
/// </summary>
internal static partial class SentenceReader
{
    /// <summary>
    /// The mentions of one sentence that need nothing from the rest of the text (amounts, rates, rankings, periods
    /// and flow phrases): <see cref="ClaimExtractor"/> finds them for a long text's sentences in parallel, then
    /// reads each sentence's claims with <see cref="Read"/> in order. <paramref name="countries"/>: the sentence's
    /// country words, found once by the caller.
    /// </summary>
    public static SentenceMentions Find(string sentence, LanguageRules rules, List<CountryMention> countries)
    {
        var amounts = rules.Amounts(sentence);
        List<PeriodMention>? periods = null;
        var growths = rules.Growths(sentence, amounts, ref periods);
        // A dollar amount beyond forty years of world trade ("$900,000 trillion") is no trade figure: not read as one,
        // as a rate no value can show is not (after the growth rules, so its digits are not read as a rate either).
        amounts.RemoveAll(a => !a.IsVolume && a.Currency == Currency.Usd && !TradeValueLimits.Hold(a.Value));
        // "79,8 млн тонн нефти": a number a volume reads is no money too, whatever currency a rule implied for it.
        var volumes = amounts.Where(a => a.IsVolume).ToList();
        amounts.RemoveAll(a => !a.IsVolume && volumes.Any(v => a.Start < v.End && v.Start < a.End));
        List<FlowMention>? balances = null;
        if ((amounts.Count > 0 || growths.Count > 0) && sentence.AsSpan().ContainsAny(rules.BalanceWords))
        {
            balances = rules.Balances(sentence, countries);
            DropBalances(sentence, rules, amounts, growths, balances);
        }

        var found = new SentenceMentions(sentence, rules, countries, amounts, growths, rules.Rankings(sentence, countries)) { Balances = balances };
        var figureless = amounts.Count == 0 && growths.Count == 0;
        if (figureless && !MayStateFigureless(sentence, rules))
        {
            return found; // no figure: the flow and period patterns, the costly ones, need not run
        }

        // The year a goal was set is no figure's period ("the $200 billion goal set in 2019" was 2019's, "missed"); nor is
        // the year a superlative runs from read as a year so far ("2019年…3456亿美元，为2016年以来最低" was "2016年 to
        // date"). Read as a base ("the slowest since 2020, when it fell 2.9%") it stays: a "when" clause may be its own.
        var setYears = rules.GoalSetYear.Matches(sentence).Select(m => m.Groups["y"]).ToList();
        found.SinceSuperlatives = [.. rules.SinceSuperlative.Matches(sentence).Cast<Match>()];
        var superlativeYears = found.SinceSuperlatives.Where(m => LanguageRules.SuperlativeOf(m) is not null)
            .Select(m => m.Groups["year"]).Where(g => g.Success).ToList();
        // Nor are a superlative's months a span of the year: "for the first time in 5 months" was January–May,
        // "впервые за 11 месяцев" January–November.
        var superlativeMonths = found.SinceSuperlatives.Where(m => m.Groups["months"].Success).Select(m => m.Groups["n"]).ToList();
        // Nor is a wire dateline's date ("WASHINGTON, Feb 5, 2020 (Reuters) - … in December" was December 2020).
        var dateline = ArticleDateFinder.LeadDatelineLength(sentence);
        found.Periods = (periods ?? rules.Periods(sentence))
            .Where(p => p.Start >= dateline && !amounts.Any(a => Overlaps(a, p)) && !growths.Any(g => Overlaps(g, p)) && !setYears.Exists(y => Overlaps(p, y))
                && !(p.StartMonth == PeriodMention.SoFar && superlativeYears.Exists(y => Overlaps(p, y))) && !superlativeMonths.Exists(n => Overlaps(p, n)))
            .ToList();
        if (found.Periods.Count > 0 && sentence.AsSpan().ContainsAny(s_fiscalWords) && FiscalYear().Matches(sentence) is { Count: > 0 } fiscal)
        {
            // "FY2023-24", "fiscal 2024", "2023/24 финансовом году", "2023财年": a fiscal year runs across two calendar years
            // (India's April–March, Japan's, the US government's October–September), which no period here can; its year
            // was read as the calendar year. No period is read, and none is carried (OtherTime).
            found.Periods.RemoveAll(p => fiscal.Any(f => p.Start < f.Index + f.Length && f.Index < p.End));
        }

        if (found.Periods.Count > 1 && (rules.DataBeforeMonth is not null || rules.DataAfterMonth is not null))
        {
            // "Trade in the first half grew 40.6% to $114.5 billion, customs data for June showed": the month of the data
            // cited is no figure's period beside another (June's $20.8 bn was set against the half's $114.5 bn,
            // "inaccurate"); alone ("data for June showed exports rose 5%") it is the figures' month.
            bool OfData(PeriodMention p) => p.Kind == PeriodKind.Month
                && ((rules.DataBeforeMonth?.IsMatch(sentence.AsSpan(Math.Max(0, p.Start - 40), Math.Min(40, p.Start))) ?? false)
                    || (rules.DataAfterMonth?.IsMatch(sentence.AsSpan(p.End)) ?? false));
            if (found.Periods.Exists(p => !OfData(p)))
            {
                found.Periods.RemoveAll(OfData);
            }
        }

        MarkEquivalentsBasesAndChanges(sentence, rules, amounts, found.Periods, growths);
        found.Primary = amounts.Where(a => !a.IsEquivalent && !a.IsBase && !a.IsChange).ToList();
        if (found.Primary.Count == 0 && growths.Count == 0)
        {
            // "Trade rose by $4.7 billion in 2024": a change that is the sentence's only figure is its claim.
            found.Primary = amounts.Where(IsReadChange).ToList();
            if (found.Primary.Count == 0 && !figureless)
            {
                return found;
            }
        }

        found.Figureless = figureless;

        found.Flows = WithBalances(rules.Flows(sentence, countries), balances ?? []);
        // "the $200 billion target we've set for 2024": no flow word, but a goal or forecast that may continue the text.
        // "Для этого он должен расти в среднем на 3,4% в год": a rate a goal needs, named by no flow, is the goal's before it.
        found.PointsBack = found.Flows.Count == 0 && (Continuation().IsMatch(sentence) || YearThenPronoun().IsMatch(sentence) || FigureSubject().IsMatch(sentence) || YearBeforeGrowth().IsMatch(sentence)
            || (growths.Count > 0 && rules.RequiredGrowth.IsMatch(sentence)));
        found.GoalCue = found.Flows.Count == 0 && (rules.TargetCue.IsMatch(sentence) || rules.ProjectionCue.IsMatch(sentence));
        return found;
    }

    // "…, leaving a deficit of $345.6 billion", "the trade gap narrowed": the figures of a clause about a balance are a
    // difference between the flows, not a flow. They were read as turnover and judged against it ("inaccurate,
    // +37.8%"). A surplus or deficit whose owner is named ("the U.S. trade deficit with China", "中方顺差") is a flow of
    // its own (<paramref name="owned"/>) and keeps its figures; other clauses keep theirs.
    private static void DropBalances(string sentence, LanguageRules rules, List<AmountMention> amounts, List<GrowthMention> growths, List<FlowMention> owned)
    {
        foreach (Match balance in rules.Balance.Matches(sentence))
        {
            if (owned.Any(b => b.Start <= balance.Index && balance.Index < b.End))
            {
                continue;
            }

            var (start, end) = ClauseAround(sentence, balance.Index, rules.ClauseBreaks);
            amounts.RemoveAll(a => a.Start >= start && a.Start < end);
            growths.RemoveAll(g => g.Start >= start && g.Start < end);
        }
    }

    // The one flow the sentence before named, when it gave no claim; null when it named none or several.
    private static FlowMention? TopicFlow(TextContext context, LanguageRules rules)
    {
        if (context.TopicSentence is not { } topic)
        {
            return null;
        }

        var flows = rules.Flows(topic, rules.Countries(topic));
        return flows is [var only] ? only with { Start = 0, End = 0, Rule = "context.topic-flow" } : null;
    }

    // An owned balance is the flow of its words: "trade" in "China's trade surplus with the U.S." is not turnover.
    private static List<FlowMention> WithBalances(List<FlowMention> flows, List<FlowMention> balances)
    {
        if (balances.Count == 0)
        {
            return flows;
        }

        flows.RemoveAll(f => balances.Any(b => Overlaps(b, f)));
        return [.. flows.Concat(balances).OrderBy(f => f.Start)];
    }

    // The clause around a position: between clause breaks, where a comma between digits ("$1,234", "18,5") is no break.
    private static (int Start, int End) ClauseAround(string sentence, int position, char[] breaks)
    {
        var start = position;
        while (start > 0 && !IsBreak(sentence, start - 1, breaks))
        {
            start--;
        }

        var end = position;
        while (end < sentence.Length && !IsBreak(sentence, end, breaks))
        {
            end++;
        }

        return (start, end);
    }

    private static bool IsBreak(string sentence, int i, char[] breaks) =>
        Array.IndexOf(breaks, sentence[i]) >= 0
        && !(sentence[i] == ',' && i > 0 && i + 1 < sentence.Length && char.IsAsciiDigit(sentence[i - 1]) && char.IsAsciiDigit(sentence[i + 1]));

    /// <summary>The claims of a sentence from its <paramref name="found"/> mentions and what earlier sentences established.</summary>
    public static List<StatedClaim> Read(SentenceMentions found, TextSpan span, TextContext context)
    {
        var (sentence, rules, countries) = (found.Sentence, found.Rules, found.Countries);
        var (amounts, growths) = (found.Amounts, found.Growths);
        var claims = new List<StatedClaim>();
        foreach (var ranking in found.Rankings)
        {
            if (RankingClaim(sentence, span, rules, ranking, countries, context) is { } claim)
            {
                claims.Add(claim);
            }
        }

        if (found.Figureless)
        {
            return [.. claims, .. FigurelessFacts(found, span, context)];
        }

        if (found.Periods is not { } periods || found.Primary is not { } primary || found.Flows is not { } flows)
        {
            return claims; // no figure, or none that is not a restatement or a base
        }

        if (flows.Count == 0 && found.PointsBack && TopicFlow(context, rules) is { } topic)
        {
            // "近年来，中俄双边贸易额稳步增长。其中，2022年、2023年增速分别达29.3%和26.3%": the figures are the topic's, the flow
            // the sentence before named without a figure.
            flows.Add(topic);
        }
        else if (flows.Count == 0)
        {
            if (context.LastClaim is not { } last || !found.MayContinue)
            {
                return claims;
            }

            // "It grew 4.1%" points back to the sentence just before, not to a claim further up ("…$244.8 billion in 2024.
            // This year the economy grew 5%. It grew 4.1%…"); a goal or forecast may still take the text's last flow.
            if (found.PointsBack && !found.GoalCue && context.LastClaimSentence != context.Sentence - 1)
            {
                return claims;
            }

            // "Exports rose 46.9% while imports grew 12.7%. The figure for 2022 was $190.3 billion": which figure is a guess
            // (it was the imports', "inaccurate" against $114.1 bn).
            if (found.PointsBack && !found.GoalCue && context.LastClaimSentenceMixed)
            {
                return claims;
            }

            // "…imports from China, $58.7 billion. The sides expect to reach $200 billion by 2024": a goal with no flow of its
            // own is the pair's trade, not the last figure's direction; nor is one pointing back to a sentence of two flows.
            flows.Add((found.PointsBack && !context.LastClaimSentenceMixed) || last.Flow == StatedFlow.Turnover
                ? new FlowMention(0, 0, "context.previous-flow", last.Flow, last.Exporter, last.Importer, last.FlowText) { First = last.Reporter, Second = last.Partner }
                : new FlowMention(0, 0, "context.previous-pair", StatedFlow.Turnover, null, null, string.Empty) { First = last.Reporter, Second = last.Partner });
        }

        ResolveReverse(flows, context);
        if (flows.Count == 0)
        {
            return claims;
        }

        primary.RemoveAll(a => IsThreshold(sentence, a) && primary.Any(other => other != a && !IsThreshold(sentence, other)));
        OrientBareFlows(flows, sentence);
        var respectively = rules.Respectively.IsMatch(sentence);
        var byFlow = Assign(primary, growths, flows, respectively);
        var periodOf = respectively ? RespectivePeriods(growths, periods) : [];

        var speaker = Speaker(sentence, rules);
        var statistics = rules.StatisticsOf(sentence);
        var voice = Voice(sentence, countries, speaker, statistics);
        // "Exports to China, South Korea's top trading partner, dropped 16%": the pair the sentence's ranking names.
        var rankedPair = claims.FirstOrDefault(c => c is { Kind: ClaimKind.Ranking, Reporter: not null, Partner: not null }) is { } ranked
            ? new CountryPair(ranked.Reporter!.Value, ranked.Partner!.Value) : (CountryPair?)null;
        var candidates = periods.Where(p => !p.IsBase).ToList();
        var tuples = byFlow.SelectMany(f => Pair(f.Amounts, f.Growths, (a, g) => g.ComparedWith is not null || OwnPeriodsApart(sentence, rules, candidates, a, g) || GoalApart(sentence, rules, a, g))
            .Select(p => (f.Flow, p.Amount, p.Growth))).ToList();
        var (periodOfClaim, borrowed) = ClaimPeriods(sentence, rules, tuples, periods, periodOf);
        var byGrowth = new Dictionary<GrowthMention, StatedClaim>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < tuples.Count; i++)
        {
            var (flow, amount, growth) = tuples[i];
            var comparedWith = growth?.ComparedWith is { } later && byGrowth.TryGetValue(later, out var laterClaim) ? laterClaim : null;
            if (Build(sentence, span, rules, context, flow, amount, growth, amounts, growths, countries, voice, rankedPair, periods, periodOfClaim[i], borrowed[i], comparedWith) is { } built)
            {
                if (growth is not null)
                {
                    byGrowth[growth] = built;
                }

                claims.Add(built with { Speaker = speaker });
            }
        }

        // A change goes with a figure, not with a base's level: "…to $243.4 billion in 2019 from $268.6 billion in 2018, a
        // drop of about $25 billion" is 2019's change (it went to 2018's base level and was dropped).
        var figures = claims.ToList();
        claims.AddRange(BaseLevels(sentence, span, rules, context, amounts, periods, figures));
        claims.AddRange(Changes(sentence, span, rules, amounts, periods, figures));
        for (var i = claims.Count - 1; i >= 0; i--)
        {
            if (claims[i].Rules.Contains(LanguageRules.OwnBalanceRule(rules.Code)))
            {
                if (OwnBalanceOfFlowsBefore(claims[i], context) is { } flowsPeriod)
                {
                    claims[i] = claims[i] with { Period = flowsPeriod, NeighbourPeriod = null };
                }
                else
                {
                    claims.RemoveAt(i);
                }
            }
        }
        var recorded = FirstTimes(sentence, span, Records(sentence, span, Cited(sentence, claims, statistics, [.. amounts, .. growths], rules), rules, countries), rules);
        return Superlatives(sentence, span, recorded, rules, found.SinceSuperlatives).OrderBy(c => Position(c)).ToList();
    }

    // "according to U.S. data", "U.S. officials said", "Kazakh officials said", "Putin said": the country the sentence
    // cites or speaks for.
    private static Country? Voice(string sentence, List<CountryMention> countries, string? speaker, (Country Owner, string Text, int Start)? statistics) =>
        statistics?.Owner
            ?? countries.FirstOrDefault(c => VoiceNoun().IsMatch(sentence.AsSpan(c.End)))?.Country
            ?? (speaker is null ? null : countries.FirstOrDefault(c => speaker.Contains(sentence[c.Start..c.End], StringComparison.Ordinal))?.Country ?? SpeakerCountries.Of(speaker));

    // "China's exports to Russia rose 4.1% to $115.5 billion, while imports from Russia edged up 0.2% to $129.3 billion.
    // Russia's surplus came to $13.8 billion.": a balance of one named side is the difference of the flows of the sentence
    // just before when they are both directions of a pair with that side, of the balance's period, and it is no larger
    // than the larger of them (no pair's balance is); else it is the side's balance with the world, and no claim. It was
    // never read. The balance's period, or with none of its own the flows' (a wire story's next paragraph: "Таким
    // образом, положительное сальдо торговли для России составило…" on a line of its own had no period); null for no claim.
    private static StatedPeriod? OwnBalanceOfFlowsBefore(StatedClaim balance, TextContext context)
    {
        var (facts, at) = context.LastSentenceFacts;
        if (at != context.Sentence - 1 || balance is not { Reporter: { } owner, Partner: { } other })
        {
            return null;
        }

        var flows = facts.Where(f => f.Flow is StatedFlow.Exports or StatedFlow.Imports && f.Period?.Period is not null
            && (balance.Period?.Period is null || f.Period.Period == balance.Period.Period)
            && ((f.Reporter == owner && f.Partner == other) || (f.Reporter == other && f.Partner == owner))).ToList();
        var ofFlows = flows.Select(f => f.Exporter).OfType<Country>().Distinct().Count() == 2 && flows.Select(f => f.Period!.Period).Distinct().Count() == 1
            && (balance.AmountUsd is not { } usd || flows.Any(f => f.AmountUsd is { } flow && Math.Abs(usd) <= flow));
        return !ofFlows ? null
            : balance.Period?.Period is not null ? balance.Period
            : flows[0].Period! with { Resolution = PeriodResolution.FromPreviousSentence };
    }

    // Whose statistics the sentence cites goes with each of its claims when the citation stands before every figure of
    // the sentence ("According to Russian customs, …"), or after all of them and set off by a comma or a dash ("…, according
    // to Russia's FCS"), or after the sentence's one figure. Otherwise it may be the nearest figure's alone ("1.1% by
    // one count and 1.6% according to Russian customs"): not guessed.
    private static List<StatedClaim> Cited(string sentence, List<StatedClaim> claims, (Country Owner, string Text, int Start)? statistics, List<Mention> mentions, LanguageRules rules)
    {
        if (statistics is not var (owner, text, start) || claims.Count == 0)
        {
            return claims;
        }

        // Every number that is a figure: the amounts and rates read, and percentages no growth word claimed.
        var figures = mentions.Select(m => (m.Start, m.End))
            .Concat(PercentLiteral().Matches(sentence).Select(m => (Start: m.Index, End: m.Index + m.Length)))
            .Where(f => f.End <= start || f.Start >= start + text.Length)
            .DistinctBy(f => f.Start)
            .ToList();
        var before = figures.Count(f => f.End <= start);
        var opens = before == 0;
        var closes = before == figures.Count && (figures.Count == 1 || SetOff(sentence, figures.Max(f => f.End), start));
        if (!opens && !closes)
        {
            return claims;
        }

        return [.. claims.Select(c => c with { StatisticsOf = owner, StatisticsText = text, Rules = [.. c.Rules, $"{rules.Code}.statistics.named"] })];
    }

    // "hit a record $240.1 billion", "…增长1.9%，创历史新高": a record word goes to the fact whose figure is in its clause,
    // else to the nearest before it, else after it; goals and rankings take none.
    private static List<StatedClaim> Records(string sentence, TextSpan span, List<StatedClaim> claims, LanguageRules rules, List<CountryMention> countries)
    {
        var facts = claims.Where(c => c.Kind == ClaimKind.Fact && (c.Amount is not null || c.Growth is not null)).ToList();
        if (facts.Count == 0 || !sentence.AsSpan().ContainsAny(rules.RecordWords))
        {
            return claims;
        }

        var marked = new Dictionary<StatedClaim, string>();
        foreach (Match record in rules.RecordHigh.Matches(sentence))
        {
            var at = span.Start + record.Index;
            var (clauseStart, clauseEnd) = ClauseAround(sentence, record.Index, rules.ClauseBreaks);
            var before = facts.Select(c => Position(c) - span.Start).Where(p => p >= clauseStart && p < record.Index).DefaultIfEmpty(clauseStart).Max();
            if (BaseBefore(sentence, before, record.Index, countries))
            {
                continue; // "fell 6.5% from the record level of 2024", "较2024年创纪录水平下降": the base was the record
            }

            var owner = facts.Where(c => Position(c) >= span.Start + clauseStart && Position(c) < span.Start + clauseEnd).MinBy(c => Math.Abs(Position(c) - at))
                ?? facts.Where(c => Position(c) < at).MaxBy(Position) ?? facts.Where(c => Position(c) >= at).MinBy(Position);
            // A record high that fell on a year earlier is no record: the words are about something else.
            if (owner is not null && owner.Growth is not { Percent: < 0 })
            {
                marked.TryAdd(owner, record.Value.Trim());
            }
        }

        return [.. claims.Select(c => marked.TryGetValue(c, out var text) ? c with { RecordText = text, Rules = [.. c.Rules, $"{rules.Code}.record.high"] } : c)];
    }

    // "exceeded $200 billion for the first time", "впервые превысил 200 млрд долларов", "首次突破2000亿美元": the words go to
    // the fact in their clause whose amount is a bound crossed, nearest them; checked against every earlier figure stored.
    private static List<StatedClaim> FirstTimes(string sentence, TextSpan span, List<StatedClaim> claims, LanguageRules rules)
    {
        var crossed = claims.Where(c => c is { Kind: ClaimKind.Fact, AmountIsChange: false, Amount.Bound: Bound.MoreThan or Bound.AtLeast }).ToList();
        if (crossed.Count == 0)
        {
            return claims;
        }

        var marked = new Dictionary<StatedClaim, string>();
        foreach (Match m in rules.FirstTime.Matches(sentence))
        {
            var (clauseStart, clauseEnd) = ClauseAround(sentence, m.Index, rules.ClauseBreaks);
            var owner = crossed.Where(c => Position(c) - span.Start >= clauseStart && Position(c) - span.Start < clauseEnd)
                .MinBy(c => Math.Abs(Position(c) - span.Start - m.Index));
            if (owner is not null)
            {
                marked.TryAdd(owner, m.Value.Trim());
            }
        }

        return [.. claims.Select(c => marked.TryGetValue(c, out var text) ? c with { FirstTimeText = text, Rules = [.. c.Rules, $"{rules.Code}.first-time.above"] } : c)];
    }

    private static Regex? s_basePeriodsAmount;

    // Between a base period and its amount: "的", "'s", "of".
    private static Regex BasePeriodsAmount() => s_basePeriodsAmount ??= InterpretedRegex.Create(@"^(?:\s*的\s*|['’]s\s+(?:(?:record|all-time|peak|high)\s+)?(?:high\s+of\s+)?|\s+of\s+)$");

    private static Regex? s_voiceNoun;

    // After a country word, what makes it the sentence's voice: its officials said, its data show, its customs reported
    // ("U.S. data showed", "американские власти заявили", "美国海关数据显示"); not "U.S. data" merely mentioned.
    private static Regex VoiceNoun() => s_voiceNoun ??= InterpretedRegex.Create(
        @"^(?:\s+(?i:officials?|authorities|government|ministry|data|figures|statistics|customs)\b[^.;]{0,30}?\b(?i:said|say|says|show|showed|shown|shows|reported|estimated?)\b"
        + @"|\s+(?i:власт\w*|чиновник\w*|официальн\w*|данны\w*|статистик\w*|таможн\w*)[^.;]{0,30}?(?i:заявил\w*|сообщил\w*|показал\w*|свидетельству\w*|отметил\w*)"
        + @"|(?:官员|官方|方面|数据|海关|统计)[^。；]{0,10}?(?:表示|显示|称|指出|公布))");

    // A comparison word between the figure (or the clause's start) and a record word; "from" in "imports from China hit a
    // record" names a flow's partner, not a base.
    private static bool BaseBefore(string sentence, int from, int to, List<CountryMention> countries)
    {
        foreach (Match m in BaseWord().Matches(sentence, from))
        {
            var end = m.Index + m.Length;
            if (end > to)
            {
                break;
            }

            if (!countries.Any(c => c.Start >= end && c.Start - end <= 5))
            {
                return true;
            }
        }

        return false;
    }

    private static Regex? s_baseWord;

    // Words that open a comparison base in any of the three languages.
    private static Regex BaseWord() => s_baseWord ??= InterpretedRegex.Create(
        @"\b(?:from|than|compared\s+(?:with|to)|versus|against|previous|prior)\b|\b(?:с|со|чем|против|прошлогодн\w*|предыдущ\w*)\b|по\s+сравнению|比|较|較|上年|去年|此前",
        RegexOptions.IgnoreCase);

    private static bool SetOff(string sentence, int from, int to) => sentence.AsSpan(from, to - from).IndexOfAny(",，—–;；") >= 0;

    private static Regex? s_percentLiteral;

    private static Regex PercentLiteral() => s_percentLiteral ??= InterpretedRegex.Create(@"\d+(?:[.,]\d+)?\s*(?:%|％|(?i:percent|per\s+cent|процент\w*))");

    // "首次突破1400亿美元大关", "passed the $100 billion mark": a threshold restating the exact figure beside it.
    private static bool IsThreshold(string sentence, AmountMention amount) =>
        ThresholdWord().IsMatch(sentence[amount.End..Math.Min(sentence.Length, amount.End + 12)]);

    // "China's trade with Russia slowed…, with exports up 8.3%": a bare "exports" takes the pair named before it.
    // "China's exports to Russia rose 51.8%, while imports grew 11%", "South Korea's exports to China fell…, while
    // imports from China rose": after a named export or import flow, the bare or half-named opposite flow is the same
    // reporter's with the same partner.
    private static void OrientBareFlows(List<FlowMention> flows, string sentence)
    {
        for (var i = 1; i < flows.Count; i++)
        {
            var flow = flows[i];
            if (flow.Flow is not (StatedFlow.Exports or StatedFlow.Imports) || (flow.Exporter is not null && flow.Importer is not null))
            {
                continue;
            }

            var named = flows.Take(i).LastOrDefault(f => f.Flow == StatedFlow.Turnover ? f.First is not null && f.Second is not null : f.Exporter is not null && f.Importer is not null);
            var (reporter, partner) = named switch
            {
                { Flow: StatedFlow.Turnover } => (named.First, named.Second),
                { Flow: StatedFlow.Exports } when named.Flow != flow.Flow => (named.Exporter, named.Importer),
                { Flow: StatedFlow.Imports } when named.Flow != flow.Flow => (named.Importer, named.Exporter),
                // "South Korea's exports to China rose 3.3% on-year, while exports rose 4.2% on-month": the same flow again
                // (its rate was dropped); not one given its own partner ("while exports to the world fell").
                { Flow: StatedFlow.Exports } when flow.Exporter is null && flow.Importer is null && !OwnPartnerAfter().IsMatch(sentence.AsSpan(flow.End)) => (named.Exporter, named.Importer),
                { Flow: StatedFlow.Imports } when flow.Exporter is null && flow.Importer is null && !OwnPartnerAfter().IsMatch(sentence.AsSpan(flow.End)) => (named.Importer, named.Exporter),
                _ => (null, null),
            };
            if (reporter is not { } r || partner is not { } p)
            {
                // "中方出口1155亿美元，下降4.1%；进口1293亿美元": the other flow of the side named just before, whose partner
                // the sentence or the text gives later (the imports were dropped). "In December, exports to China came to
                // $12.4 billion, with imports at $9.9 billion": the other flow with the partner named just before, whose
                // side the text gives (the imports were dropped).
                if (named is null && flow.Exporter is null && flow.Importer is null
                    && flows.Take(i).LastOrDefault(f => f.Flow is StatedFlow.Exports or StatedFlow.Imports) is { } sided && sided.Flow != flow.Flow)
                {
                    var (owner, other) = sided.Flow == StatedFlow.Exports ? (sided.Exporter, sided.Importer) : (sided.Importer, sided.Exporter);
                    if (owner is not null && other is null)
                    {
                        flows[i] = flow.Flow == StatedFlow.Exports ? flow with { Exporter = owner } : flow with { Importer = owner };
                    }
                    else if (owner is null && other is not null)
                    {
                        flows[i] = flow.Flow == StatedFlow.Exports ? flow with { Importer = other } : flow with { Exporter = other };
                    }
                }

                continue;
            }

            var (exporter, importer) = flow.Flow == StatedFlow.Exports ? (r, p) : (p, r);
            // A side the phrase names itself must agree ("imports from China" after Korea's exports to China).
            if ((flow.Exporter is { } e && e != exporter) || (flow.Importer is { } m && m != importer))
            {
                continue;
            }

            flows[i] = flow with { Exporter = exporter, Importer = importer };
        }
    }

    private static bool Overlaps(PeriodMention period, Group group) => period.Start < group.Index + group.Length && group.Index < period.End;

    private static int Position(StatedClaim claim) => claim.Amount?.Span.Start ?? claim.Growth?.Span.Start ?? claim.SentenceSpan.Start;

    private static bool Overlaps(Mention a, Mention b) => a.Start < b.End && b.Start < a.End;

    private static void MarkEquivalentsBasesAndChanges(string sentence, LanguageRules rules, List<AmountMention> amounts, List<PeriodMention> periods, List<GrowthMention> growths)
    {
        for (var i = 1; i < amounts.Count; i++)
        {
            var gap = sentence[amounts[i - 1].End..Math.Max(amounts[i - 1].End, amounts[i].Start)];
            if (!amounts[i - 1].IsVolume && !amounts[i].IsVolume && EquivalentGap().IsMatch(gap))
            {
                amounts[i].IsEquivalent = true;
            }
        }

        foreach (var amount in amounts)
        {
            var before = sentence[Math.Max(0, amount.Start - 40)..amount.Start];
            amount.IsBase = rules.BaseOpener.IsMatch(before);
            var clauseStart = ClauseAround(sentence, amount.Start, rules.ClauseBreaks).Start;
            var opener = rules.ChangeOpener.Match(before);
            amount.IsChange = opener.Success || rules.ChangeSubject.IsMatch(sentence.AsSpan(clauseStart, amount.Start - clauseStart))
                || (rules.ComparisonChangeAfter is { } after && after.IsMatch(sentence.AsSpan(amount.End)) && (rules.ComparisonChangeBefore?.IsMatch(before) ?? true));
            amount.ChangeSign = amount.IsBase || amount.IsVolume ? 0 : rules.ChangeSign(opener);
            amount.IsNegative = !amount.IsVolume && MinusBefore().IsMatch(before);
            if (amount.ChangeSign != 0)
            {
                (amount.ChangeComparison, amount.ChangeBaseText) = rules.ComparisonAround(sentence, amount.Start, amount.End);
            }
        }

        // "…$244.8 billion, up 1.9% from the previous year, when it was $240.1 billion": the base's own amount is the base
        // too; it was read as a second level of the claim's year (or took the claim's rate), and where it was the only
        // amount ("rose 1.9% in 2024 from the previous year, when it was $240.1 billion") as the claim's level.
        List<(int Start, int End)> earlierPeriods = [];
        for (var i = 0; i < amounts.Count; i++)
        {
            var amount = amounts[i];
            var windowStart = Math.Max(0, amount.Start - 80);
            if (!amount.IsBase && rules.EarlierValueOpener.Match(sentence[windowStart..amount.Start]) is { Success: true } earlier)
            {
                amount.IsBase = true;
                earlierPeriods.Add((windowStart + earlier.Groups["p"].Index, windowStart + earlier.Groups["p"].Index + earlier.Groups["p"].Length));
            }
        }

        // "是2016年的2.7倍": years a frame makes bases, read once for the sentence.
        var framed = rules.BaseFrame is { } frame && periods.Count > 0 ? frame.Matches(sentence).Select(m => m.Groups["y"].Index).ToHashSet() : [];
        foreach (var period in periods)
        {
            var before = sentence[Math.Max(0, period.Start - 40)..period.Start];
            // A period Growths found in a compared rate's words stays a base.
            period.IsBase = period.IsBase
                || rules.BaseOpener.IsMatch(before)
                || (rules.PeriodBaseOpener?.IsMatch(before) ?? false)
                || amounts.Any(a => a.IsBase && PeriodBesideAmount(sentence, a, period))
                || framed.Contains(period.Start)
                || SinceOpens().IsMatch(sentence.AsSpan(period.Start, period.End - period.Start))
                || EventBefore().IsMatch(before)
                || earlierPeriods.Exists(p => period.Start < p.End && p.Start < period.End);
            // "since Western sanctions were imposed in 2022": the year of an event, like a superlative's, is no rate's base
            // and no figure's period (the 64% "from $146.9 billion in 2021" was judged as 2022's rate).
            period.OfSuperlative = period.IsBase && (rules.StartsSuperlativeSpan(sentence, period) || EventBefore().IsMatch(before));
        }

        // "a slowdown from 2023, when trade jumped 26.3%": a base period whose own clause states a rate is that rate's period
        // (the 26.3% took the previous sentence's 2024 and was "inaccurate"); with only an amount there ("when it was
        // $240.1 billion") it stays the base, and the amount too.
        if (rules.WhenClause is { } when)
        {
            for (var i = 0; i < periods.Count; i++)
            {
                var period = periods[i];
                if (period.IsBase && !earlierPeriods.Exists(e => period.Start < e.End && e.Start < period.End)
                    && when.Match(sentence, period.End, sentence.Length - period.End) is { Success: true } m
                    && growths.Exists(g => g.Start >= m.Index + m.Length && g.Start < ClauseAround(sentence, m.Index + m.Length, rules.ClauseBreaks).End))
                {
                    // Named so the text's time does not move back to it (TextContext.LastFact).
                    periods[i] = period with { Rule = rules.Code + WhenClauseRule, IsBase = false };
                }
            }
        }

        // "The deficit with China had hit a record $418 billion in 2018." between 2019's figures and "In December alone,
        // …": a past before the text's, told in passing (December was 2018's). The year after the verb in its clause, or
        // one before it with no figure between ("In the first half of 2023, bilateral trade had surged 40.6%").
        foreach (Match pastPerfect in rules.PastPerfect?.Matches(sentence) ?? (IEnumerable<Match>)[])
        {
            var clauseEnd = ClauseAround(sentence, pastPerfect.Index, rules.ClauseBreaks).End;
            for (var i = 0; i < periods.Count; i++)
            {
                if (periods[i] is { IsBase: false, Year: not null } period
                    && (period.Start > pastPerfect.Index
                        ? period.End <= clauseEnd
                        : !amounts.Exists(a => a.Start >= period.End && a.Start < pastPerfect.Index) && !growths.Exists(g => g.Start >= period.End && g.Start < pastPerfect.Index))
                    && !period.Rule.EndsWith(WhenClauseRule, StringComparison.Ordinal))
                {
                    periods[i] = period with { Rule = rules.Code + PastPerfectRule };
                }
            }
        }

        // "从2013年的892亿美元增长至…": the base period's own amount is the base too.
        foreach (var amount in amounts.Where(a => !a.IsBase))
        {
            amount.IsBase = periods.Any(p => p.IsBase && p.End <= amount.Start && BasePeriodsAmount().IsMatch(sentence.AsSpan(p.End, amount.Start - p.End)));
        }
    }

    // A period right after an amount is its own: "$240.1 billion in 2023", and past a participle, "the $55.6 billion
    // recorded a year earlier", "recorded in 2020" (the base's year, which went to the figure before it), or the same months of that year,
    // "from $380.8 billion in the same period of 2018" (whose 2018 made "Through November" 2018's).
    private static bool PeriodBesideAmount(string sentence, AmountMention amount, PeriodMention period) =>
        period.Start >= amount.End && (period.Start - amount.End <= 4 || RecordedGap().IsMatch(sentence.AsSpan(amount.End, period.Start - amount.End))
            || SamePeriodOf(sentence, amount, period));

    // "$380.8 billion in the same period of 2018", "за аналогичный период 2018 года": the claim's months of that year.
    private static bool SamePeriodOf(string sentence, AmountMention amount, PeriodMention period) =>
        period.Start >= amount.End && SamePeriodGap().IsMatch(sentence.AsSpan(amount.End, period.Start - amount.End));

    private static Regex? s_recordedGap;
    private static Regex? s_samePeriodGap;

    // "recorded", "зафиксированных": a participle between a base amount and its period (RecordedGap, YearBackAfter).
    private const string RecordedWords = @"(?i:recorded|posted|seen|registered|reported|logged|зафиксированн\w*|отмеченн\w*|зарегистрированн\w*)";

    private static Regex RecordedGap() => s_recordedGap ??= InterpretedRegex.Create(@"^\s*" + RecordedWords + @"(?:\s+(?i:in|в))?\s+$");

    private static Regex SamePeriodGap() => s_samePeriodGap ??= InterpretedRegex.Create(
        @"^\s*(?:(?i:in|during|for|over)\s+the\s+same\s+(?:period|months?|quarter|half)\s+(?:of|in)\s+|(?i:за\s+|в\s+)?(?i:аналогичн\w+|т\w+\s+же)\s+период\w*\s+)$");

    // "Since 2016", "between 2016 and 2022" before a claim about 2022: a rate over those years. A base one year before the
    // claim's is the usual year-on-year comparison and is left as such. With no period of its own, the year another
    // sentence gave is the claim's ("…2024年中俄贸易额达2448.2亿美元。这一数字是2016年的3.5倍": the 3.5 times was set against
    // 2024's +1.9 %).
    // The base is the rate's own, the one nearest it: in "up 1.9% from 2023 and 2.7 times its 2015 level" 2015 is the
    // multiple's, and the 1.9% is on 2023 (it was judged since 2015). A year named relatively ("last year, about 2.7
    // times its 2015 level") is the resolved one (the multiple was judged on a year earlier).
    private static Period? MultiYearBase(string sentence, LanguageRules rules, List<PeriodMention> periods, PeriodMention? claimPeriod,
        StatedPeriod? resolved, GrowthMention? growth, List<GrowthMention> allGrowths)
    {
        if ((claimPeriod is { Kind: PeriodKind.Year, Year: { } own } ? own
                : (claimPeriod is null || claimPeriod is { Kind: PeriodKind.Year }) && resolved?.Period is { Granularity: Granularity.Year } from ? from.Year
                : (int?)null) is not { } year
            || periods.Where(p => p is { IsBase: true, OfSuperlative: false, Kind: PeriodKind.Year, Year: not null } && !FirstBefore(sentence, p.Start))
                .OrderBy(p => growth is null ? p.Start : Distance(p, growth))
                .ThenBy(p => growth is not null && p.Start < growth.Start) // as near, the one after: "from 2023 and 2.7 times its 2015 level"
                .FirstOrDefault() is not { Year: { } baseYear } nearest
            || baseYear > year - 2)
        {
            return null;
        }

        // A rate said to be year on year keeps that when its marker is nearer than the year, and a year nearer another rate
        // is that one's: "rose 26.3% year on year…, and was up 245% from 2016", "同比增长26.3%，…，比2016年增长了2.5倍"
        // (the 26.3% was judged as the change since 2016).
        if (growth is not null
            && (rules.OwnComparisonDistance(sentence, growth.Start, growth.End, nearest.Start, nearest.End) < Distance(nearest, growth)
                || allGrowths.Exists(g => g != growth && Distance(nearest, g) < Distance(nearest, growth))))
        {
            return null;
        }

        return Period.OfYear(baseYear);

        static int Distance(PeriodMention p, GrowthMention g) => Math.Max(p.Start - g.End, g.Start - p.End);
    }

    // "has nearly tripled over the past decade to $244.8 billion in 2024": the rate runs from the same period that many
    // years before (2014), not from 2023. Only a fact's: "will double in five years" looks ahead.
    private static Period? SpannedBase(GrowthMention growth, StatedPeriod? period, ClaimKind kind) =>
        kind == ClaimKind.Fact && growth.YearsSpanned is { Years: var years } && period?.Period is { } p && p.Year - years >= 1900
            ? Period.Span(p.Year - years, p.StartMonth, p.Months)
            : null;

    private static Regex? s_firstBefore;

    // "…, leaving South Korea with its first trade deficit with China since 1992": the year is another thing's first
    // since, no base or time of the sentence's figures (the imports' -8.1% was read as the change since 1992, with no
    // period of its own). A first part of a year ("in the first half", "в первом квартале") is the claim's own period,
    // which no base year is asked of.
    private static bool FirstBefore(string sentence, int since) =>
        (s_firstBefore ??= InterpretedRegex.Create(@"(?:(?i:\bfirst\b)|(?<![\p{L}])(?:впервые|перв\w+)(?![\p{L}])|首次|首个|首度)[^.;:!?]{0,45}$"))
            .IsMatch(sentence.AsSpan(Math.Max(0, since - 50), Math.Min(50, since)));

    // "has more than doubled since 2016", "вырос вдвое с 2016 года", "2016年以来增长了150%": a fact's change from a year
    // with no end named. The start, with its words; null when the sentence has none.
    private static (int Year, string Words)? SinceStart(string sentence, LanguageRules rules, List<PeriodMention> periods, PeriodMention? periodMention, StatedPeriod? period, DateOnly? articleDate)
    {
        // "2016年以来" is a period of its own, a year so far that is several years once the year is past; "自2016年以来" a
        // base one.
        var sinceMention = periodMention is { Kind: PeriodKind.YearToDate } && period is { Period: null, YearSoFar: null } ? (rules.StartsSuperlativeSpan(sentence, periodMention) ? null : periodMention)
            : periodMention is null ? periods.FirstOrDefault(p => p is { IsBase: true, OfSuperlative: false, Kind: PeriodKind.YearToDate, StartMonth: PeriodMention.SoFar }) : null;
        if (sinceMention is { Year: { } soFar } && soFar < (articleDate?.Year ?? int.MaxValue))
        {
            var (start, end) = rules.SinceSpan(sentence, sinceMention);
            return (soFar, sentence[start..end].Trim());
        }

        foreach (var p in periods.Where(p => p is { IsBase: true, OfSuperlative: false, Kind: PeriodKind.Year, Year: not null }))
        {
            var windowStart = Math.Max(0, p.Start - 30);
            if (rules.SinceOpener?.Match(sentence, windowStart, p.Start - windowStart) is { Success: true } opener
                && !FirstBefore(sentence, opener.Index))
            {
                return (p.Year!.Value, opener.Groups["s"].Success ? sentence[opener.Groups["s"].Index..p.End].Trim() : p.Text.Trim());
            }
        }

        return null;
    }

    // "an average annual rate of 17% between 2016 and 2024", "17% a year", "в среднем на 17% в год", "年均增长17%": the
    // words in the rate's clause, before it or just after. The rate was judged as the change over the whole span.
    private static bool IsAverageAnnual(string sentence, LanguageRules rules, GrowthMention growth)
    {
        var (clauseStart, clauseEnd) = ClauseAround(sentence, growth.Start, rules.ClauseBreaks);
        var end = Math.Min(clauseEnd, growth.End + 25);
        return end > clauseStart && rules.AverageAnnual.IsMatch(sentence.AsSpan(clauseStart, end - clauseStart));
    }

    // "Would need to grow 3.6% a year", "3% annual growth is needed" (RequiredGrowth), "at an annual rate of about 3%"
    // (EachYear): the words anywhere in the rate's clause.
    private static bool InRateClause(string sentence, LanguageRules rules, GrowthMention growth, Regex words)
    {
        var (clauseStart, clauseEnd) = ClauseAround(sentence, growth.Start, rules.ClauseBreaks);
        return words.IsMatch(sentence.AsSpan(clauseStart, clauseEnd - clauseStart));
    }

    // The words "the same period last year" when they are the period mention's; null otherwise.
    private static Match? SamePeriodLastYearAt(string sentence, PeriodMention? mention) =>
        mention is { Relative: RelativeYear.LastYear } && SamePeriodLastYear().Match(sentence) is { Success: true } same
        && same.Index < mention.End && mention.Start < same.Index + same.Length
            ? same
            : null;

    // "11月…201亿美元。去年同期…218亿美元", "In the same period last year, trade was $21.8 billion": the previous fact's
    // period a year before (it was the whole of last year, and "inaccurate" against it); with no fact before, none.
    // "rose 2.3% in January–November 2024, compared with 26.7% in the same period last year": the rate it is set against
    // (<paramref name="comparedWith"/>) stands in for the previous fact.
    private static StatedPeriod? SameLastYear(TextContext context, ClaimKind kind, string words, StatedClaim? comparedWith = null) =>
        kind == ClaimKind.Fact && (comparedWith is not null ? comparedWith.Period : context.LastFact?.Claim.Period) is { Period: { } previous } last
            ? last with { Period = Period.Span(previous.Year - 1, previous.StartMonth, previous.Months), Resolution = comparedWith?.Period?.Resolution ?? PeriodResolution.FromPreviousSentence, Text = words }
            : null;

    // "в обратном направлении": the reverse of the flow before it in the sentence, or of the text's last directed claim.
    private static void ResolveReverse(List<FlowMention> flows, TextContext context)
    {
        for (var i = 0; i < flows.Count; i++)
        {
            if (!flows[i].IsReverse)
            {
                continue;
            }

            var previous = flows.Take(i).LastOrDefault(f => f.Flow is StatedFlow.Exports or StatedFlow.Imports && !f.IsReverse);
            var (exporter, importer) = previous is not null ? (previous.Exporter, previous.Importer)
                : context.LastClaim is { Flow: StatedFlow.Exports or StatedFlow.Imports } last ? (last.Exporter, last.Importer) : (null, null);
            if (previous is not null && (exporter is null || importer is null) && context.FallbackPair is { } fallback)
            {
                exporter ??= importer is { } imp ? fallback.Pair.Other(imp) : null;
                importer ??= exporter is { } exp ? fallback.Pair.Other(exp) : null;
            }

            flows[i] = flows[i] with { Exporter = importer, Importer = exporter, IsReverse = exporter is null && importer is null };
        }

        flows.RemoveAll(f => f.IsReverse);
    }

    private static List<(FlowMention Flow, List<AmountMention> Amounts, List<GrowthMention> Growths)> Assign(
        List<AmountMention> amounts, List<GrowthMention> growths, List<FlowMention> flows, bool respectively)
    {
        var result = flows.Select(f => (Flow: f, Amounts: new List<AmountMention>(), Growths: new List<GrowthMention>())).ToList();
        var lastFlowStart = flows.Max(f => f.Start);
        var allAfterFlows = amounts.All(a => a.Start >= lastFlowStart) && growths.All(g => g.Start >= lastFlowStart);
        if (respectively && flows.Count >= 2 && allAfterFlows && (amounts.Count == flows.Count || growths.Count == flows.Count))
        {
            for (var i = 0; i < flows.Count; i++)
            {
                if (amounts.Count == flows.Count)
                {
                    result[i].Amounts.Add(amounts[i]);
                }

                if (growths.Count == flows.Count)
                {
                    result[i].Growths.Add(growths[i]);
                }
            }

            return result;
        }

        foreach (var amount in amounts)
        {
            result[Governing(flows, amount.Start)].Amounts.Add(amount);
        }

        foreach (var growth in growths)
        {
            result[Governing(flows, growth.Start)].Growths.Add(growth);
        }

        return result;
    }

    private static int Governing(List<FlowMention> flows, int position)
    {
        var index = 0;
        for (var i = 0; i < flows.Count; i++)
        {
            if (flows[i].Start <= position)
            {
                index = i;
            }
        }

        return index;
    }

    private static Dictionary<GrowthMention, PeriodMention> RespectivePeriods(List<GrowthMention> growths, List<PeriodMention> periods)
    {
        var candidates = periods.Where(p => !p.IsBase).ToList();
        var result = new Dictionary<GrowthMention, PeriodMention>();
        if (candidates.Count >= growths.Count && growths.Count >= 2)
        {
            for (var i = 0; i < growths.Count; i++)
            {
                result[growths[i]] = candidates[i];
            }
        }

        return result;
    }

    private static IEnumerable<(AmountMention? Amount, GrowthMention? Growth)> Pair(List<AmountMention> amounts, List<GrowthMention> growths,
        Func<AmountMention, GrowthMention, bool> apart)
    {
        if (amounts.Count == growths.Count && !amounts.Where((a, i) => apart(a, growths[i])).Any())
        {
            for (var i = 0; i < amounts.Count; i++)
            {
                yield return (amounts[i], growths[i]);
            }

            yield break;
        }

        var used = new HashSet<GrowthMention>();
        foreach (var amount in amounts)
        {
            var nearest = growths.Where(g => !used.Contains(g) && !apart(amount, g)).OrderBy(g => Distance(amount, g)).ThenBy(g => g.Start).FirstOrDefault();
            if (nearest is not null && (amounts.Count == 1 || amounts.Where(a => !apart(a, nearest)).OrderBy(a => Distance(a, nearest)).First() == amount))
            {
                used.Add(nearest);
                yield return (amount, nearest);
            }
            else
            {
                yield return (amount, null);
            }
        }

        foreach (var growth in growths.Where(g => !used.Contains(g)))
        {
            yield return (null, growth);
        }
    }

    // "rose 3% in November 2024, bringing the total for the first 11 months to $218 billion": each figure's clause names
    // its own period, so they are two claims (the total was November's level, "inaccurate" by 982 %, or the rate the
    // eleven months'). An amount whose clause names none has the other period opening the sentence before it: "In 2018,
    // trade reached $107.06 billion, and in 2019 it grew 3.4%", "2018年…达1070.6亿美元，而2019年增长3.4%" (the level
    // was 2019's, "roughly accurate" against $110.75 bn).
    private static bool OwnPeriodsApart(string sentence, LanguageRules rules, List<PeriodMention> periods, AmountMention amount, GrowthMention growth)
    {
        if (periods.Count < 2)
        {
            return false;
        }

        var (amountStart, amountEnd) = ClauseBounds(sentence, amount.Start, rules.ClauseBreaks);
        var (growthStart, growthEnd) = ClauseBounds(sentence, growth.Start, rules.ClauseBreaks);
        var growthPeriods = periods.Where(p => p.Start >= growthStart && p.End <= growthEnd).ToList();
        if (amountStart == growthStart || growthPeriods.Count == 0)
        {
            return false;
        }

        if (periods.Exists(p => p.Start >= amountStart && p.End <= amountEnd))
        {
            return true;
        }

        var before = periods.Where(p => p.End <= amount.Start && !growthPeriods.Contains(p)).MaxBy(p => p.End);
        return before is not null && growthPeriods.TrueForAll(p => !SameTime(p, before));
    }

    private static bool SameTime(PeriodMention a, PeriodMention b) =>
        (a.Kind, a.Year, a.Relative, a.StartMonth, a.Months) == (b.Kind, b.Year, b.Relative, b.StartMonth, b.Months);

    // "2023年中俄贸易额为2401.1亿美元，比上年增长26.3%，提前实现2000亿美元目标": a goal's amount takes no rate from a clause
    // that states no goal (the 26.3% went to the nearer $200 bn target, and the year's fact had none).
    private static bool GoalApart(string sentence, LanguageRules rules, AmountMention amount, GrowthMention growth)
    {
        var amountClause = Clause(sentence, amount.Start, rules.ClauseBreaks);
        if (!rules.TargetCue.IsMatch(amountClause) && !rules.ProjectionCue.IsMatch(amountClause))
        {
            return false;
        }

        var growthClause = Clause(sentence, growth.Start, rules.ClauseBreaks);
        return amountClause != growthClause && !rules.TargetCue.IsMatch(growthClause) && !rules.ProjectionCue.IsMatch(growthClause)
            && !rules.RequiredGrowth.IsMatch(growthClause);
    }

    private static int Distance(Mention a, Mention b) => a.End <= b.Start ? b.Start - a.End : a.Start >= b.End ? a.Start - b.End : 0;

    // "其中，中国对俄出口1109.7亿美元…", "Of this, …": a sentence that goes on about the previous fact, with no period of
    // its own, is about the same period. So is one that names the period as such ("за этот период", "同期", whatever its
    // pair), and a fact on
    // the same pair in the very next sentence of the same paragraph that names no period at all ("…$244.8 billion in
    // 2024. China's exports to Russia totaled $115.5 billion, down 4.1%"), as a reader takes it; a goal or forecast
    // never is.
    private static StatedPeriod? CarriedPeriod(string sentence, TextSpan span, TextContext context, LanguageRules rules, ClaimKind kind,
        List<PeriodMention> periods, Country? reporter, Country? partner)
    {
        if (context.LastFact?.Claim is not { } last)
        {
            return RunningYear(sentence, context, kind);
        }

        // "Trade is expected to exceed $190 billion for the full year" after January–November 2022's figure: that year as a
        // whole, the forecast's period (it had none, so was not verifiable). A fact "for the year" after a part of one is
        // left alone: it may be the part's running total.
        if (kind == ClaimKind.Projection && last.Period is { Kind: not PeriodKind.Year, Period: { } part } && TheYear().Match(sentence) is { Success: true } whole)
        {
            return new StatedPeriod { Kind = PeriodKind.Year, Period = Period.OfYear(part.Year), Resolution = PeriodResolution.FromPreviousSentence, Text = whole.Value.Trim() };
        }

        if (RunningYear(sentence, context, kind) is { } running)
        {
            return running;
        }

        // "…narrowed to $25.2 billion in December. For the full year, the deficit fell 17.6% to $345.6 billion": after a
        // part of a year that ends with December, "the year" is that year, whole (no period was read).
        if (kind == ClaimKind.Fact && last.Period is { Kind: not PeriodKind.Year, Period: { EndMonth: 12 } ending } && TheYear().Match(sentence) is { Success: true } full)
        {
            return new StatedPeriod { Kind = PeriodKind.Year, Period = Period.OfYear(ending.Year), Resolution = PeriodResolution.FromPreviousSentence, Text = full.Value.Trim() };
        }

        // The words "in the same period" name the period whatever the pair ("美国商务部数据显示，同期中美贸易额为…").
        var carries = PartOfPrevious().IsMatch(sentence)
            || (sentence.AsSpan().ContainsAny(s_samePeriodWords) && SamePeriod().IsMatch(sentence))
            || (kind == ClaimKind.Fact && last.Period?.Kind == PeriodKind.Year && TheYear().IsMatch(sentence))
            || (context.FollowsLastFactInParagraph(span) && GoesOnAbout(last, sentence, rules, kind, periods, reporter, partner));
        return carries ? last.Period! with { Resolution = PeriodResolution.FromPreviousSentence } : null;
    }

    // "Ожидается, что по итогам года товарооборот превысит $230 млрд" after 2022's figure: a forecast for "the year" with
    // no part of a year before it is of the article's year, still running (it had no period, so was not verifiable).
    private static StatedPeriod? RunningYear(string sentence, TextContext context, ClaimKind kind) =>
        kind == ClaimKind.Projection && context.ArticleDate is { } date && TheYear().Match(sentence) is { Success: true } year
            ? new StatedPeriod { Kind = PeriodKind.Year, Period = Period.OfYear(date.Year), Resolution = PeriodResolution.FromArticleDate, Text = year.Value.Trim() }
            : null;

    // What CarriedPeriod would carry but for a paragraph break between the two sentences, for another flow of the pair
    // (the next part of a breakdown; the same flow again is more often another time): not the claim's period, shown
    // beside its verdict (StatedClaim.NeighbourPeriod).
    private static StatedPeriod? NeighbourPeriod(string sentence, TextSpan span, TextContext context, LanguageRules rules, ClaimKind kind,
        List<PeriodMention> periods, Country? reporter, Country? partner, StatedFlow flow) =>
        context.LastFact?.Claim is { Period: { Period: not null } period } last && last.Flow != flow
        && context.FollowsLastFact(span) && !context.FollowsLastFactInParagraph(span) && GoesOnAbout(last, sentence, rules, kind, periods, reporter, partner)
            ? period with { Resolution = PeriodResolution.FromPreviousSentence }
            : null;

    // A fact on the same pair as the last one, with no period or time of its own (a superlative's is none): what a reader
    // takes to go on about the last fact's period.
    private static bool GoesOnAbout(StatedClaim last, string sentence, LanguageRules rules, ClaimKind kind, List<PeriodMention> periods, Country? reporter, Country? partner) =>
        SamePair(last, reporter, partner) && kind == ClaimKind.Fact && periods.TrueForAll(p => p.OfSuperlative || FirstBefore(sentence, p.Start)) && !OtherTimeOutsideSuperlative(sentence, rules);

    // Words of another time ("since", "when", "so far"), but not a superlative's ("the lowest since 2016" says nothing of
    // the figure's own period).
    private static bool OtherTimeOutsideSuperlative(string sentence, LanguageRules rules)
    {
        var other = OtherTime().Matches(sentence);
        if (other.Count == 0)
        {
            return false;
        }

        var superlatives = rules.SinceSuperlative.Matches(sentence);
        var bases = BaseTime().Matches(sentence);
        return other.Any(m => !superlatives.Any(s => s.Index <= m.Index && m.Index < s.Index + s.Length)
            && !bases.Any(b => b.Index <= m.Index && m.Index < b.Index + b.Length) && !FirstBefore(sentence, m.Index));
    }

    private static Regex? s_baseTime;

    // "down from $268.6 billion a year earlier", "против $268,6 млрд годом ранее", "чем месяцем ранее": the base of the
    // figure's own period, counted back from it, no other time of the figure ("A year earlier, trade was…" is one).
    private static Regex BaseTime() => s_baseTime ??= InterpretedRegex.Create(
        @"\b(?:from|than|with|over|on|versus|vs\.?|against)\s+(?:(?:US\s?)?\$\s?[\d.,]+\s*(?:billion|million|bn|trillion)?\s+)?(?:(?:in\s+)?the\s+same\s+(?:month|period|quarter)\s+)?(?:a|one|the)\s+(?:year|month|quarter)\s+(?:earlier|before|ago)\b"
        + @"|(?:\bпротив|\bпо\s+сравнению\s+с|\bчем|(?<![\p{L}])с)\s+(?:\$?\s?[\d.,]+\s*(?:млрд|млн|трлн)\.?\s*(?:(?:долл\w*|\$)\.?\s+)?)?(?:годом|месяцем|кварталом)\s+ранее",
        RegexOptions.IgnoreCase);

    // "2023年1-11月…。其中，11月当月…", "12月当月", "In December alone": a sentence about the previous one's figure, naming
    // no year, is of that figure's year (a month there was the article's latest November, 2024's in an article of
    // January 2025).
    private static int? YearOfPrevious(string sentence, List<PeriodMention> periods, TextContext context) =>
        !periods.Exists(p => p.Year is not null) && context.LastFact?.Claim.Period?.Period is { } previous
        && (PartOfPrevious().IsMatch(sentence) || MonthAlone().IsMatch(sentence))
            ? previous.Year
            : null;

    /// <summary>
    /// The rule (after the language code) of a period that a "when" clause after a base gives its own rate ("the slowest
    /// growth since 2020, when trade fell 2.9%"): a fact of the past told in passing, not the time the text goes on in.
    /// </summary>
    public const string WhenClauseRule = ".period.when-clause";

    /// <summary>The rule (after the language code) of a period of a past perfect ("had hit a record $418 billion in 2018"): also told in passing.</summary>
    public const string PastPerfectRule = ".period.past-perfect";

    /// <summary>
    /// The rule of a fact a year before the last one, said so at the sentence's opening ("A year earlier, trade stood at
    /// …", "Это новый рекорд: годом ранее показатель составлял…"): also told in passing ("Экспорт Китая в Россию за год…"
    /// after it was of the year before).
    /// </summary>
    public const string YearBeforeRule = "context.year-before";

    /// <summary>
    /// True for a fact told in passing (<see cref="WhenClauseRule"/>, <see cref="PastPerfectRule"/>,
    /// <see cref="YearBeforeRule"/>): the text's time goes on through its sentence.
    /// </summary>
    public static bool ToldInPassing(StatedClaim claim) =>
        claim.Rules.Any(r => r.EndsWith(WhenClauseRule, StringComparison.Ordinal) || r.EndsWith(PastPerfectRule, StringComparison.Ordinal) || r == YearBeforeRule);

    private static Regex? s_monthAlone;
    private static Regex? s_ownPartnerAfter;

    // "exports to the world", "imports from Japan", "экспорт в …", "出口到…": a flow word followed by its own partner.
    private static Regex OwnPartnerAfter() => s_ownPartnerAfter ??= InterpretedRegex.Create(@"^\s*(?:(?i:to|from|with|of|into|for)\b|(?:в|из|с|со|на)\s|[到往自向])");
    private static Regex? s_sinceOpens;
    private static Regex? s_eventBefore;

    // "since Western sanctions were imposed in ", "after the war began in ": a clause of an event, whose year follows.
    private static Regex EventBefore() => s_eventBefore ??= InterpretedRegex.Create(
        @"(?i:\b(?:since|after|following|before|when)\s+(?:[\p{L}'’-]+\s+){1,6}?(?:was|were|had\s+been|began|started|broke\s+out|took\s+effect|came\s+into\s+force|[\p{L}]+ed)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:in|of|during)\s+)$");

    // "since September 2016": a month's mention may take in the "since" before it, which then is no base word before it.
    private static Regex SinceOpens() => s_sinceOpens ??= InterpretedRegex.Create(@"^(?i:since)\s");

    private static Regex MonthAlone() => s_monthAlone ??= InterpretedRegex.Create(
        @"\d{1,2}\s*月(?:份)?(?:当月|當月|单月|單月)|(?i:\b(?:in|for)\s+(?:the\s+month\s+of\s+)?" + Months.LatinPattern + @"\s+alone\b)");

    private static bool SamePair(StatedClaim other, Country? reporter, Country? partner) =>
        reporter is { } r && partner is { } p && other.Reporter is { } or && other.Partner is { } op && ((or == r && op == p) || (or == p && op == r));

    private static StatedClaim? Build(string sentence, TextSpan span, LanguageRules rules, TextContext context, FlowMention flow,
        AmountMention? amount, GrowthMention? growth, List<AmountMention> allAmounts, List<GrowthMention> allGrowths, List<CountryMention> countries, Country? voice, CountryPair? rankedPair,
        List<PeriodMention> periods, PeriodMention? periodMention, bool periodBorrowed, StatedClaim? comparedWith, Mention? cue = null)
    {
        // A fact with no figure is anchored on the words it checks ("hit a record", "rose for a fourth straight year").
        var anchor = (Mention?)amount ?? (Mention?)growth ?? cue!;
        if (flow.SignedBalance && amount is not { IsNegative: true, ChangeSign: 0 })
        {
            return null; // "the trade balance was $345.6 billion" is often written of a deficit: only a minus tells the sign
        }

        if (amount is { IsNegative: true, ChangeSign: 0 } && flow.Flow is StatedFlow.Surplus or StatedFlow.Deficit)
        {
            // "a surplus of minus $13.8 billion", "сальдо … минус 13,8 млрд": the other balance, of the same size.
            flow = flow with { Flow = flow.Flow == StatedFlow.Surplus ? StatedFlow.Deficit : StatedFlow.Surplus };
        }

        if (!CountriesOf(flow, countries, voice, rankedPair, context, out var reporter, out var partner, out var source))
        {
            return null; // an export or import whose direction cannot be told: better no claim than a wrong one
        }

        if (source != CountrySource.Sentence && countries.Count > 0 && PartnerOutsidePair(sentence, flow, countries))
        {
            return null;
        }

        var equivalent = amount is null ? null : allAmounts.FirstOrDefault(a => a.IsEquivalent && a.Start >= amount.End && a.Start - amount.End <= 30);
        var (clauseStart, clauseEnd) = ClauseAround(sentence, anchor.Start, rules.ClauseBreaks);
        var kind = CueFor(rules.TargetCue) ? ClaimKind.Target : CueFor(rules.ProjectionCue) ? ClaimKind.Projection : ClaimKind.Fact;
        if (kind == ClaimKind.Fact && periodMention is { IsDeadline: true } && !periodBorrowed)
        {
            // "aim to increase trade by 20%, to $300 billion by 2030": the goal's words are in the clause before; a
            // deadline is no fact's period (it was a fact of 2030, "not in the store").
            var before = sentence[..anchor.Start];
            kind = rules.TargetCue.IsMatch(before) ? ClaimKind.Target : rules.ProjectionCue.IsMatch(before) ? ClaimKind.Projection : kind;
        }

        // A goal's or forecast's words in the clause are the anchor's unless another amount is theirs: one after them when
        // they follow the anchor ("rose 3.4% to $110.8 billion and the leaders set a goal of $200 billion" made the fact a
        // goal of 2024), one between them and the anchor when they precede it.
        bool CueFor(Regex cue)
        {
            foreach (Match m in cue.Matches(sentence[clauseStart..clauseEnd]))
            {
                var (from, to) = (clauseStart + m.Index + m.Length, clauseStart + m.Index < anchor.Start ? anchor.Start : clauseEnd);
                if (to == anchor.Start && to > from && rules.Retrospective.IsMatch(sentence.AsSpan(from, to - from)))
                {
                    continue; // "expect trade to slow in 2024 after growing 26.3% in 2023": the 26.3% is a fact
                }

                if (!allAmounts.Exists(a => a != amount && !a.IsEquivalent && !a.IsBase && a.Start >= from && a.Start < to))
                {
                    return true;
                }
            }

            return false;
        }

        var required = growth is not null && InRateClause(sentence, rules, growth, rules.RequiredGrowth);
        if (kind == ClaimKind.Fact && required && periodMention is null)
        {
            kind = ClaimKind.Projection; // "Для этого товарооборот должен расти на 3% в год": what a goal needs is no fact
        }

        var yearAhead = periodMention is { Year: { } year } && context.ArticleDate is { } written && year > written.Year;
        var deadlineAhead = yearAhead && periodMention!.IsDeadline;
        if (kind == ClaimKind.Fact && yearAhead)
        {
            // "Trade is set to double by 2024, with trade totalling $200 billion" in 2019: a year still ahead, deadline or
            // not, is no fact's period (the amount was judged against 2024's figure as a fact, "inaccurate"; "2024年中俄
            // 贸易额达到2500亿美元" written in 2022 was a fact, "roughly accurate", though as said it was missed).
            kind = ClaimKind.Projection;
        }

        if (periodBorrowed && kind != ClaimKind.Fact && !deadlineAhead)
        {
            // "reached $240.1 billion in 2023, meeting the $200 billion target ahead of schedule": 2023 is the fact's
            // year, not the target's deadline. A goal takes no period from another figure's clause.
            periodMention = null;
        }
        var (subset, subsetText) = Subset(sentence, rules, flow, anchor, amount);
        var ruleNames = new List<string> { flow.Rule };
        if (source != CountrySource.Sentence && context.FallbackPair is { } fallback)
        {
            ruleNames.Add(fallback.Rule); // says the countries were read from elsewhere in the text, or assumed
        }

        var statedAmount = amount is null || amount.IsVolume ? null : ToStated(amount, span);
        if (amount is { ChangeSign: not 0 } && (subset != SubsetKind.None || !ChangeOnOwnBase(amount, periods, periodMention?.Year)))
        {
            // A product's change ("crude imports rose by $5 billion") is not read: its lines' change is not judged. Nor
            // is a change on another year than the one before ("比2019年增加…", "rose by $50 billion since 2016").
            return null;
        }

        if (statedAmount is not null && amount is { ChangeSign: -1 })
        {
            statedAmount = Negated(statedAmount); // "fell by $38 billion": a change of −$38 bn
        }

        if (amount is not null)
        {
            ruleNames.Add(amount.Rule);
        }

        // "Missed their goal of $100 billion", "did not reach the $200 billion target", "не достиг 100 млрд", "未能实现…1000亿美元的目标":
        // the level stayed under the amount. Read as a target or level to reach, such a claim was "inaccurate" when the
        // goal was indeed missed.
        if (statedAmount is { Bound: Bound.Exact or Bound.About } && amount is not null
            && ClauseAround(sentence, amount.Start, rules.ClauseBreaks).Start is var amountClause
            && rules.ShortOf.IsMatch(sentence.AsSpan(amountClause, amount.Start - amountClause)))
        {
            statedAmount = statedAmount with { Bound = Bound.LessThan };
            ruleNames.Add($"{rules.Code}.amount.short-of");
        }

        // "…$244.8 billion in 2024. A year earlier, trade stood at $240.1 billion", "Годом ранее товарооборот составлял…",
        // "一年前，这一数字为…": the fact before, a year back (no period was read, or "这一数字" carried 2024 itself).
        // "The previous year" read alone is the year before the article's; after a fact, it is that fact's year before.
        var opening = YearBeforeOpening().Match(sentence);
        var yearBack = opening.Success && (periodMention is null || periodMention.Start < opening.Index + opening.Length)
            ? SameLastYear(context, kind, opening.Groups["words"].Value)
            : null;
        if (yearBack is not null)
        {
            ruleNames.Add(YearBeforeRule);
        }

        var carried = periodMention is not null ? null : opening.Success ? yearBack : CarriedPeriod(sentence, span, context, rules, kind, periods, reporter, partner);
        var period = yearBack ?? (periodMention is null ? carried : PeriodResolver.Resolve(periodMention, periods, context.ArticleDate, kind, YearOfPrevious(sentence, periods, context)));
        if (SamePeriodLastYearAt(sentence, periodMention) is { } same)
        {
            // "$115,5 млрд против $110 млрд за тот же период прошлого года": the phrase is the base amount's period.
            period = allAmounts.Exists(a => a.IsBase && a.End <= same.Index && same.Index - a.End <= 30) ? null : SameLastYear(context, kind, same.Value.Trim(), comparedWith);
        }

        // "China-Russia trade rose 5% this year" written in June 2024: a fact of the article's own year, not over when it was
        // written, is of the year so far (it was judged on the whole year's figure, published months after the text).
        if (kind == ClaimKind.Fact && period is { Period: { StartMonth: 1, Months: 12 } whole, IsDeadline: false } && context.ArticleDate?.Year == whole.Year)
        {
            period = new StatedPeriod { Kind = PeriodKind.YearToDate, Resolution = period.Resolution, Text = period.Text, YearSoFar = whole.Year, YearNotOver = true };
            ruleNames.Add($"{rules.Code}.period.year-not-over");
        }

        // A change since a year runs to the year another sentence gave ("It has doubled since 2016" after 2024's figure),
        // else, with no end named, to the latest figure the text could have had.
        var since = MultiYearBase(sentence, rules, periods, periodMention, period, growth, allGrowths) ?? (growth is null ? null : SpannedBase(growth, period, kind));
        if (growth is not null && kind == ClaimKind.Fact && since is null)
        {
            if (period?.Period is null && period?.YearSoFar is null && SinceStart(sentence, rules, periods, periodMention, period, context.ArticleDate) is var (start, words))
            {
                (period, since) = (new StatedPeriod { Kind = PeriodKind.Year, Resolution = PeriodResolution.None, Text = words, ToLatest = true }, Period.OfYear(start));
            }
            else if (growth.YearsSpanned is { Text: var spanWords } && period is null && periodMention is null)
            {
                // "has nearly tripled over the past decade": ten years back from that latest figure.
                period = new StatedPeriod { Kind = PeriodKind.Year, Resolution = PeriodResolution.None, Text = spanWords, ToLatest = true };
            }
        }

        StatedGrowth? statedGrowth = null;
        if (growth is not null)
        {
            ruleNames.Add(growth.Rule);
            statedGrowth = new StatedGrowth
            {
                Percent = growth.Percent,
                Rounding = growth.Rounding,
                Bound = growth.Bound,
                Comparison = growth.Comparison,
                Since = since,
                YearsSpanned = growth.YearsSpanned?.Years,
                AverageAnnual = IsAverageAnnual(sentence, rules, growth) || (required && InRateClause(sentence, rules, growth, rules.EachYear)),
                Required = required,
                ComputedIn = ComputedIn(sentence, rules, growth, amount, allAmounts),
                Text = growth.Text.Trim(),
                Span = new TextSpan(span.Start + growth.Start, growth.End - growth.Start),
                RangeLow = growth.RangeLow,
                BaseText = growth.BaseText,
            };
        }

        if (periodMention is not null)
        {
            ruleNames.Add(periodMention.Rule);
        }

        if (carried is not null)
        {
            ruleNames.Add("context.previous-period");
        }

        // "$900 billion in 2019-2023", "a cumulative $1 trillion over 2021-2025": an amount over several years is their sum,
        // which no stored period is; its first or last year was read as the amount's ("inaccurate" by a factor of five).
        var severalYears = statedAmount is not null && statedGrowth is null && periodMention is not null ? SeveralYearsAround(sentence, periodMention) : null;
        if (severalYears is not null)
        {
            period = null;
            ruleNames.Add("period.several-years");
        }

        return new StatedClaim
        {
            Sentence = sentence,
            SentenceSpan = span,
            Language = rules.Language,
            Kind = kind,
            Reporter = reporter,
            Partner = partner,
            CountrySource = source,
            Flow = flow.Flow,
            FlowText = flow.Text.Trim(),
            Period = period,
            NeighbourPeriod = period is null && periodMention is null && !opening.Success && severalYears is null && since is null
                ? NeighbourPeriod(sentence, span, context, rules, kind, periods, reporter, partner, flow.Flow)
                : null,
            UnreadPeriod = severalYears ?? (period is null ? UnreadPeriodIn(sentence, rules) : null),
            Amount = statedAmount,
            AveragePer = statedAmount is null ? AveragePer.None : AverageOf(sentence, rules, amount!),
            AmountEquivalent = equivalent is null ? null : ToStated(equivalent, span),
            Growth = statedGrowth,
            AheadOfSchedule = rules.AheadOfSchedule.IsMatch(sentence),
            AmountIsChange = amount is { ChangeSign: not 0 },
            ChangeComparison = amount?.ChangeComparison ?? GrowthComparison.Unstated, // set only on a change
            ChangeBaseText = amount?.ChangeBaseText,
            FallsTo = amount is { IsVolume: false, ChangeSign: 0 } && rules.FallTo.IsMatch(sentence.AsSpan(Math.Max(0, amount.Start - 60), Math.Min(60, amount.Start))),
            Subset = subset,
            SubsetText = subsetText,
            Volume = amount is { IsVolume: true, Unit: { } unit } ? ToVolume(amount, unit, span) : null,
            VolumeOf = subset == SubsetKind.Volume ? VolumeOf(sentence, rules, amount is { IsVolume: true } ? amount : anchor) : null,
            Rules = ruleNames,
        };
    }

    // "$28 billion a month on average in 2019", "a monthly average of $28 billion", "月均200亿美元": an average, whose
    // period's total is that many times it (it was read as the year's level, "inaccurate" by 92%).
    private static AveragePer AverageOf(string sentence, LanguageRules rules, AmountMention amount)
    {
        var after = rules.AverageAfter.Match(sentence, amount.End);
        var before = after.Success ? Match.Empty : rules.AverageBefore.Match(sentence[Math.Max(0, amount.Start - 60)..amount.Start]);
        var found = after.Success ? after : before;
        return !found.Success ? AveragePer.None : found.Groups["d"].Success ? AveragePer.Day : AveragePer.Month;
    }

    private static Regex? s_minusBefore;

    // "minus $13.8 billion", "-$13.8 billion", "минус 13,8": not a range's dash ("10-13.8") nor a Russian copula's ("сальдо —
    // $18,2 млрд", a hyphen once normalised, set apart by a space).
    private static Regex MinusBefore() => s_minusBefore ??= InterpretedRegex.Create(@"(?:(?<![\p{L}])(?i:minus|минус)\s+|(?<![\p{L}\p{N}.,])[-−])(?:US\s?\$|\$)?$");

    // A range of years around the claim's period mention: a dash range or "2019年至2023年" alone, "between/from … and/to …"
    // and "с … по …" only beside a word of a sum (else "grew from 2019 to 2023 to $240 billion" gave the end's level).
    private static UnreadPeriod? SeveralYearsAround(string sentence, PeriodMention mention)
    {
        var sum = SumWords().IsMatch(sentence);
        foreach (Match m in YearRange().Matches(sentence))
        {
            var (first, last) = (int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture));
            if (first < last && mention.Start < m.Index + m.Length && m.Index < mention.End && (m.Groups["dash"].Success || sum))
            {
                return new UnreadPeriod(UnreadPeriodKind.SeveralYears, m.Value.Trim()) { FromYear = first, Through = Period.OfYear(last) };
            }
        }

        return null;
    }

    private static Regex? s_yearRange;

    private static Regex YearRange() => s_yearRange ??= InterpretedRegex.Create(
        @"(?<dash>(?<a>(?:19|20)\d{2})\s*(?:年\s*)?(?:-|–|—|至|到)\s*(?<b>(?:19|20)\d{2})(?!\d)(?:\s*(?:年|гг\.?|годы|годах|годов|годам))?)"
        + @"|(?i:\b(?:between|from)\s+(?<a>(?:19|20)\d{2})\s+(?:and|to|through)\s+(?<b>(?:19|20)\d{2})\b)"
        + @"|(?i:(?<![\p{L}])с\s+(?<a>(?:19|20)\d{2})\s+по\s+(?<b>(?:19|20)\d{2})(?:\s+(?:год|годы|гг\.?))?)");

    private static Regex? s_sumWords;

    private static Regex SumWords() => s_sumWords ??= InterpretedRegex.Create(
        @"(?i:\b(?:total(?:l?ed|ling|s)?|combined|cumulative(?:ly)?|altogether|in\s+all|added\s+up|sum(?:med)?|aggregate)\b|(?<![\p{L}])(?:в\s+сумме|суммарн\w*|совокупн\w*|в\s+общей\s+сложности|накопленн\w*)|总额|總額|累计|累計|合计|合計|共计|共計)");

    // The span the sentence gives that no period here can be, a fiscal year first (its words may hold a year, read as none).
    private static UnreadPeriod? UnreadPeriodIn(string sentence, LanguageRules rules) =>
        sentence.AsSpan().ContainsAny(s_fiscalWords) && FiscalYear().Match(sentence) is { Success: true } fiscal
            ? new UnreadPeriod(UnreadPeriodKind.FiscalYear, fiscal.Value.Trim())
            : rules.UnreadPeriodIn(sentence);

    private static StatedVolume ToVolume(AmountMention amount, VolumeUnit unit, TextSpan span) => new()
    {
        Amount = amount.Value,
        Unit = unit,
        Rounding = amount.Rounding,
        Bound = amount.Bound,
        Text = amount.Text.Trim(),
        Span = new TextSpan(span.Start + amount.Start, amount.End - amount.Start),
    };

    // The product group a volume is of, wherever the sentence names it ("86.25 million tonnes of crude oil", "China's
    // crude oil imports … rose 10% in volume", "79,8 млн тонн нефти", "进口俄罗斯原油8625万吨"): the one nearest the figure.
    private static string? VolumeOf(string sentence, LanguageRules rules, Mention figure)
    {
        if (!sentence.AsSpan().ContainsAny(rules.ProductWords))
        {
            return null;
        }

        return rules.ProductGroup.Matches(sentence).OrderBy(m => m.Index >= figure.End ? m.Index - figure.End : Math.Max(0, figure.Start - (m.Index + m.Length)))
            .Select(m => m.Value.Trim()).FirstOrDefault();
    }

    private static StatedAmount ToStated(AmountMention amount, TextSpan span) => new()
    {
        Value = new Money(amount.Value, amount.Currency),
        Rounding = amount.Rounding,
        Bound = amount.Bound,
        Text = amount.Text,
        Span = new TextSpan(span.Start + amount.Start, amount.End - amount.Start),
        RangeLow = amount.RangeLow is { } low ? new Money(low, amount.Currency) : null,
    };

    private static Currency? ComputedIn(string sentence, LanguageRules rules, GrowthMention growth, AmountMention? amount, List<AmountMention> all)
    {
        if (rules.YuanTerms.IsMatch(sentence))
        {
            return new Currency("CNY");
        }

        if (rules.DollarTerms.IsMatch(sentence))
        {
            return Currency.Usd;
        }

        if (amount is not null && !amount.IsVolume)
        {
            return amount.Currency;
        }

        // A rate left over next to a restated amount ("2281.05亿美元(折合约1.63万亿元人民币),同比分别下降6.9%和6.5%").
        var nearest = all.Where(a => !a.IsVolume && !a.IsBase).OrderBy(a => Distance(a, growth)).FirstOrDefault();
        return nearest is { IsEquivalent: true } ? nearest.Currency : null;
    }

    /// <summary>
    /// The period of each claim of the sentence. One claim takes the nearest period. Several claims share the
    /// periods out as a reader does: a claim looks first in its own clause, and there (or in the whole sentence, when
    /// its clause has none) takes the nearest of the periods that stand nearer to it than to any other claim; when its
    /// clause holds only another claim's deadline, the nearest such period of the sentence; else the nearest of all. So
    /// "trade grew 29% in 2022 and 26% in 2023" and "2022年增长29%,2023年增长26%"
    /// give each rate its own year, and "in 2023 exports rose 10% and imports 5%" gives both 2023. "Respectively"
    /// lists keep their order.
    /// </summary>
    /// <returns>Each claim's period, and whether it was taken from outside the claim's clause from a period nearer another claim.</returns>
    private static (PeriodMention?[] Periods, bool[] Borrowed) ClaimPeriods(string sentence, LanguageRules rules,
        List<(FlowMention Flow, AmountMention? Amount, GrowthMention? Growth)> claims, List<PeriodMention> periods,
        Dictionary<GrowthMention, PeriodMention> respective)
    {
        var result = new PeriodMention?[claims.Count];
        var borrowed = new bool[claims.Count];
        var candidates = periods.Where(p => !p.IsBase).ToList();
        if (DeadlinesInOrder(claims, candidates, respective) is { } inOrder)
        {
            return (inOrder, borrowed);
        }

        // "compared with 26.3% in 2023", "growth slowed to 1.9% from 26.3% in 2023": the earlier rate was read for the
        // period right after it, never a nearer one before, and that period is no other figure's (the 1.9% was 2023's).
        var compared = claims.Select(c => c.Growth?.ComparedWith is not null ? rules.OwnPeriodAfter(sentence, c.Growth.End, candidates) : null).ToList();
        var others = candidates.Where(p => !compared.Contains(p)).ToList();
        var owner = candidates.ToDictionary(p => p, p => NearestClaim(claims, p));
        for (var i = 0; i < claims.Count; i++)
        {
            var (_, amount, growth) = claims[i];
            var anchor = (Mention?)amount ?? growth!;
            if (growth is not null && respective.TryGetValue(growth, out var assigned))
            {
                result[i] = assigned;
                continue;
            }

            if (growth?.ComparedWith is not null)
            {
                result[i] = compared[i];
                continue;
            }

            if (claims.Count < 2 || others.Count < 2)
            {
                result[i] = NearestPeriod(others, anchor);
                continue;
            }

            var (clauseStart, clauseEnd) = ClauseBounds(sentence, anchor.Start, rules.ClauseBreaks);
            var inClause = others.Where(p => p.Start >= clauseStart && p.End <= clauseEnd).ToList();
            var pool = inClause.Count > 0 ? inClause : NotInOtherClaimsClauses(sentence, rules, claims, i, others);
            var mine = pool.Where(p => owner[p] == i).ToList();
            if (mine.Count == 0 && inClause.Count > 0 && inClause.TrueForAll(p => p.IsDeadline))
            {
                // "In 2019, trade rose 3.4% to $110.8 billion and the leaders set a goal of $200 billion by 2024": the
                // clause's only period is the goal's deadline; the year nearer this figure, before the comma, is its own.
                mine = [.. others.Where(p => owner[p] == i)];
            }

            result[i] = NearestPeriod(mine.Count > 0 ? mine : pool, anchor);
        }

        // "first-half trade rose 1.8% to $116.8 billion in 2024", "in the July-September quarter … in 2024": the year is the
        // part's (a claim of the whole year, "inaccurate" against 2024's $244.8 bn). Only a part named before the figure
        // ("…$244.8 billion in 2024, with the fourth quarter the strongest" is the year's), and not a month: "In January,
        // customs said trade in 2024…" is when it was said.
        if (claims.Count == 1 && result[0] is { Kind: PeriodKind.Year, Year: not null, IsDeadline: false }
            && candidates.Where(p => p is { Year: null, Relative: RelativeYear.None, StartMonth: >= 1, Months: > 1 and < 12 }
                && p.End <= ((Mention?)claims[0].Amount ?? claims[0].Growth!).Start).ToList() is [var part])
        {
            result[0] = part;
        }

        for (var i = 0; i < claims.Count; i++)
        {
            if (result[i] is { } period && claims.Count > 1 && owner.TryGetValue(period, out var nearest) && nearest != i)
            {
                var anchor = (Mention?)claims[i].Amount ?? claims[i].Growth!;
                var (clauseStart, clauseEnd) = ClauseBounds(sentence, anchor.Start, rules.ClauseBreaks);
                borrowed[i] = period.Start < clauseStart || period.End > clauseEnd;
            }
        }

        return (result, borrowed);
    }

    // A claim whose clause names no period looks outside it, but not into a clause of another claim: in "In 2018, exports
    // rose 14.1%, while 2019 shipments fell 16%" the 2019 is the 16%'s, though nearer the 14.1% than "In 2018" is (the
    // 14.1% was judged as 2019's, "inaccurate"). When every one stands in another claim's clause, those before the claim
    // carry on to it as the text is read: in "2018年中俄贸易额首次突破1000亿美元，达1070.6亿美元，而2019年增长3.4%" the
    // $107.06 bn is 2018's, though 2019 stands nearer.
    private static List<PeriodMention> NotInOtherClaimsClauses(string sentence, LanguageRules rules,
        List<(FlowMention Flow, AmountMention? Amount, GrowthMention? Growth)> claims, int claim, List<PeriodMention> periods)
    {
        var otherClauses = Enumerable.Range(0, claims.Count).Where(j => j != claim)
            .Select(j => ClauseBounds(sentence, ((Mention?)claims[j].Amount ?? claims[j].Growth!).Start, rules.ClauseBreaks)).ToList();
        var free = periods.Where(p => !otherClauses.Exists(c => p.Start >= c.Start && p.End <= c.End)).ToList();
        if (free.Count > 0)
        {
            return free;
        }

        var anchor = (Mention?)claims[claim].Amount ?? claims[claim].Growth!;
        var before = periods.Where(p => p.End <= anchor.Start).ToList();
        return before.Count > 0 ? before : periods;
    }

    // "A goal of $100 billion in trade by 2015 and $200 billion by 2020", "到2015年达到1000亿美元，到2020年达到2000亿美元":
    // as many deadlines as figures, and no other period, give each figure its own in the text's order. The $200 bn took
    // "by 2015", nearer to it than "by 2020", and was "missed" in 2015.
    private static PeriodMention?[]? DeadlinesInOrder(List<(FlowMention Flow, AmountMention? Amount, GrowthMention? Growth)> claims, List<PeriodMention> candidates,
        Dictionary<GrowthMention, PeriodMention> respective)
    {
        if (claims.Count < 2 || respective.Count > 0 || candidates.Count != claims.Count || !candidates.TrueForAll(p => p.IsDeadline))
        {
            return null;
        }

        var deadlines = candidates.OrderBy(p => p.Start).ToList();
        var byPosition = Enumerable.Range(0, claims.Count).OrderBy(i => ((Mention?)claims[i].Amount ?? claims[i].Growth!).Start).ToList();
        var result = new PeriodMention?[claims.Count];
        for (var k = 0; k < byPosition.Count; k++)
        {
            result[byPosition[k]] = deadlines[k];
        }

        return result;
    }

    // The claim a period stands nearest to (by its amount or its rate); on a tie the later one ("2022年增长29%").
    private static int NearestClaim(List<(FlowMention Flow, AmountMention? Amount, GrowthMention? Growth)> claims, PeriodMention period)
    {
        var (best, bestDistance) = (0, int.MaxValue);
        for (var i = 0; i < claims.Count; i++)
        {
            var distance = Math.Min(claims[i].Amount is { } a ? Distance(a, period) : int.MaxValue, claims[i].Growth is { } g ? Distance(Reach(g), period) : int.MaxValue);
            if (distance <= bestDistance)
            {
                (best, bestDistance) = (i, distance);
            }
        }

        return best;
    }

    private static (int Start, int End) ClauseBounds(string sentence, int position, char[] breaks)
    {
        var start = sentence.LastIndexOfAny(breaks, Math.Max(position - 1, 0)) + 1;
        var end = sentence.IndexOfAny(breaks, position);
        return (start, end < 0 ? sentence.Length : end);
    }

    private static PeriodMention? NearestPeriod(List<PeriodMention> periods, Mention anchor)
    {
        var reach = Reach(anchor);
        return periods.Where(p => !p.IsBase)
            .OrderBy(p => Distance(p, reach) + (p.Start > reach.End ? 5 : 0))
            .FirstOrDefault();
    }

    // A rate with its sign word after it ("a 26.3% rise"): the period after that word is as near as one after the number.
    private static Mention Reach(Mention anchor) => anchor is GrowthMention { SignWordEnd: { } end } growth ? growth with { End = end } : anchor;

    private static string Clause(string sentence, int position, char[] breaks)
    {
        var (start, end) = ClauseAround(sentence, position, breaks);
        return sentence[start..end];
    }

    private static (SubsetKind, string?) Subset(string sentence, LanguageRules rules, FlowMention flow, Mention anchor, AmountMention? amount)
    {
        if (amount is { IsVolume: true })
        {
            return (SubsetKind.Volume, amount.Text.Trim());
        }

        var clauseStart = sentence.LastIndexOfAny(rules.ClauseBreaks, Math.Max(anchor.Start - 1, 0)) + 1;
        // Next to the figure, in its clause: in "rose 51% in value and 10% in volume" the 51% stays a value.
        var (_, clauseEnd) = ClauseAround(sentence, anchor.Start, rules.ClauseBreaks);
        var (near, nearEnd) = (Math.Max(clauseStart, anchor.Start - 40), Math.Min(clauseEnd, anchor.End + 14));
        if (nearEnd > near && rules.VolumeMeasure.Match(sentence, near, nearEnd - near) is { Success: true } volume)
        {
            return (SubsetKind.Volume, volume.Value.Trim());
        }

        var from = flow.End > 0 && flow.Start < anchor.Start ? Math.Min(flow.Start, clauseStart) : clauseStart;
        var servicesWords = sentence.AsSpan().ContainsAny(s_servicesWords);
        if (servicesWords && GoodsAndServices().Match(sentence, from, anchor.Start - from) is { Success: true } both)
        {
            // "U.S. exports of goods and services to China totaled $163 billion" was judged on goods alone ($106.5 bn,
            // "inaccurate" by 53%): the store holds goods trade only.
            return (SubsetKind.GoodsAndServices, both.Value);
        }

        if (servicesWords && ServicesTrade().Match(sentence, clauseStart, anchor.Start - clauseStart) is { Success: true } services)
        {
            // "China-Russia trade in services reached $10 billion" was judged as goods turnover ("inaccurate", −96%).
            return (SubsetKind.Services, services.Value);
        }

        var qualified = flow.Qualifier is { } q ? (SubsetKind.Qualified, q)
            : rules.PartOfFlow?.Match(sentence, from, anchor.Start - from) is { Success: true } part ? (SubsetKind.Qualified, part.Groups["q"].Value)
            : (SubsetKind.None, (string?)null);
        if (!sentence.AsSpan(from, anchor.Start - from).ContainsAny(rules.ProductWords))
        {
            return qualified;
        }

        // "Russian exports to China, mostly oil and gas, were worth $129.3 billion": what the flow is made of, not a part of it.
        var words = sentence[from..anchor.Start];
        var product = rules.ProductGroup.Matches(words).FirstOrDefault(m => rules.CompositionBefore?.IsMatch(words.AsSpan(Math.Max(0, m.Index - 30), Math.Min(30, m.Index))) != true);
        return product is not null ? (SubsetKind.ProductGroup, product.Value) : qualified;
    }

    public static string? SpeakerOf(string sentence, LanguageRules rules) => Speaker(sentence, rules);

    private static string? Speaker(string sentence, LanguageRules rules)
    {
        if (!sentence.AsSpan().ContainsAny(rules.SpeakerVerbs))
        {
            return null; // no verb the speaker patterns need: spares most sentences the pattern
        }

        var m = rules.Speaker.Match(sentence);
        return m.Success ? m.Groups["who"].Value.Trim() : null;
    }

    private static bool CountriesOf(FlowMention flow, List<CountryMention> countries, Country? voice, CountryPair? rankedPair, TextContext context,
        out Country? reporter, out Country? partner, out CountrySource source)
    {
        source = CountrySource.Sentence;
        // A ranking in the sentence that holds the side the flow names ("Exports to China, South Korea's top trading
        // partner") gives the side left out, before the text's pair (the exports were the U.S.'s in a U.S.–China text).
        var fallback = rankedPair is { } ranked && new[] { flow.First, flow.Second, flow.Exporter, flow.Importer }.OfType<Country>().ToList() is { Count: > 0 } sides
            && sides.TrueForAll(ranked.Contains)
            ? (ranked, CountrySource.Sentence, "context.ranking-pair") : context.FallbackPair; // the sentence's own: no rule of context is added
        if (flow.Flow is StatedFlow.Surplus or StatedFlow.Deficit)
        {
            // The owner and partner are named with the balance. Where one is missing, a side of a pair ("中方顺差", "美方逆差")
            // or a partner with no owner ("the deficit with China", "对俄贸易逆差"), the other is the text's other country of
            // its pair with the named side, else the one other country the sentence names ("中美贸易…，美方逆差…").
            (reporter, partner) = (flow.First, flow.Second);
            if (reporter is null != partner is null && (reporter ?? partner) is { } named)
            {
                var others = countries.Select(c => c.Country).Where(c => c != named).Distinct().ToList();
                var (other, otherSource) = fallback is { } f && f.Pair.Contains(named) ? (f.Pair.Other(named), f.Source)
                    : others is [var one] ? (one, CountrySource.Sentence)
                    : ((Country?)null, source);
                (reporter, partner, source) = reporter is null ? (other, partner, otherSource) : (reporter, other, otherSource);
            }

            return reporter is not null && partner is not null;
        }

        if (flow.Flow == StatedFlow.Turnover)
        {
            if (flow.First is { } first && flow.Second is { } second && first != second)
            {
                (reporter, partner) = (first, second);
                return true;
            }

            var named = new List<Country>();
            foreach (var c in new[] { flow.First, flow.Second }.OfType<Country>().Concat(countries.Select(c => c.Country)))
            {
                if (!named.Contains(c))
                {
                    named.Add(c);
                }
            }

            var single = flow.First ?? flow.Second;
            if (fallback is { } known && (named.Contains(known.Pair.First) && named.Contains(known.Pair.Second)))
            {
                // The sentence names the text's pair among others ("… over its invasion of Ukraine").
                (reporter, partner) = (known.Pair.First, known.Pair.Second);
                return true;
            }

            if (fallback is { } near && single is { } one && near.Pair.Contains(one))
            {
                // "U.S. officials said trade with China was $575 billion" in a China–Russia text: the trade of the
                // country the sentence speaks for (its speaker's or cited statistics'). Otherwise ("bilateral trade with
                // China") the other side is the text's other country, not any country named nearby ("…before invading Ukraine").
                (reporter, partner, source) = voice is { } speaking && !near.Pair.Contains(speaking)
                    ? (speaking, one, CountrySource.Sentence)
                    : (near.Pair.Other(one), one, near.Source);
                return true;
            }

            reporter = named.Count > 0 ? named[0] : null;
            partner = named.Count > 1 ? named[1] : null;
            if (partner is null && fallback is null && voice is { } speaksFor && reporter is { } only && speaksFor != only)
            {
                // "Putin said trade with China will reach $200 billion": the trade of the country the speaker speaks for.
                (reporter, partner) = (speaksFor, only);
            }
            else if (partner is null && fallback is { } f)
            {
                source = f.Source;
                if (reporter is null)
                {
                    (reporter, partner) = (f.Pair.First, f.Pair.Second);
                }
                else
                {
                    partner = f.Pair.Other(reporter.Value);
                }
            }

            return true;
        }

        var exporter = flow.Exporter;
        var importer = flow.Importer;
        if (exporter is null || importer is null || exporter == importer)
        {
            if (exporter == importer)
            {
                importer = null;
            }

            // "2024年中俄贸易额为…，其中中方出口1155亿美元": the sentence's pair compound ("中俄", "China-Russia") that holds the
            // side named gives the other side (the exports were dropped when no earlier sentence named the pair).
            var known = exporter ?? importer;
            if (known is not null && PairCompound(countries, known.Value) is { } other)
            {
                exporter ??= other;
                importer ??= other;
                (reporter, partner) = flow.Flow == StatedFlow.Exports ? (exporter, importer) : (importer, exporter);
                return true;
            }

            if (fallback is null && voice is { } speaksFor && (exporter ?? importer) is { } named && speaksFor != named)
            {
                // "Putin said exports to China rose 12.8%": the exports of the country the speaker speaks for.
                exporter ??= speaksFor;
                importer ??= speaksFor;
                (reporter, partner) = flow.Flow == StatedFlow.Exports ? (exporter, importer) : (importer, exporter);
                return true;
            }

            if (fallback is not { } f || (exporter is null && importer is null))
            {
                reporter = partner = null;
                return false;
            }

            source = f.Source;
            exporter ??= f.Pair.Other(importer!.Value);
            importer ??= f.Pair.Other(exporter!.Value);
            if (exporter is null || importer is null)
            {
                reporter = partner = null;
                return false;
            }
        }

        (reporter, partner) = flow.Flow == StatedFlow.Exports ? (exporter, importer) : (importer, exporter);
        return true;
    }

    // The country written next to known in the sentence as one word with it ("中俄", "China-Russia"): adjacent mentions.
    private static Country? PairCompound(List<CountryMention> countries, Country known)
    {
        for (var i = 1; i < countries.Count; i++)
        {
            var (a, b) = (countries[i - 1], countries[i]);
            if (b.Start - a.End is >= 0 and <= 1 && a.Country != b.Country && (a.Country == known || b.Country == known))
            {
                return a.Country == known ? b.Country : a.Country;
            }
        }

        return null;
    }

    private static StatedClaim? RankingClaim(string sentence, TextSpan span, LanguageRules rules, RankingMention ranking,
        List<CountryMention> countries, TextContext context)
    {
        var owner = ranking.Owner;
        var subject = countries.Where(c => c.Country != owner && (c.End <= ranking.Start || c.Start >= ranking.End)).Select(c => (Country?)c.Country).FirstOrDefault();
        var (source, ruleNames) = (CountrySource.Sentence, new List<string> { ranking.Rule });
        if (owner is null && subject is not null && context.FallbackPair is { } f)
        {
            owner = f.Pair.Other(subject.Value);
            source = f.Source;
            ruleNames.Add(f.Rule);
        }

        if (owner is null || subject is null)
        {
            return null;
        }

        return new StatedClaim
        {
            Sentence = sentence,
            SentenceSpan = span,
            Language = rules.Language,
            Kind = ClaimKind.Ranking,
            Reporter = owner,
            Partner = subject,
            CountrySource = source,
            Flow = ranking.Flow,
            FlowText = ranking.Text.Trim(),
            Speaker = Speaker(sentence, rules),
            Rules = ruleNames,
        };
    }

    // "That's 19.8% higher", "Это на 5% больше", "其中…": a sentence that goes on about the previous figure.
    // Interpreted, built on first use (InterpretedRegex).
    private static Regex? s_continuation;

    // "A year earlier, it stood at…", "Годом ранее он составлял…": the pointing word may follow a year-before opening.
    private static Regex Continuation() => s_continuation ??= InterpretedRegex.Create(Opening("(?:" + YearBeforeWords + @")[,，]?\s*(?i:" + PointingWords + ")|" + PointingWords));

    private static Regex? s_figureSubject;

    // "За десять месяцев показатель увеличился на 26,7%", "In the first ten months, the figure was up 26.7%": the word for
    // the previous figure as the subject after an opening adverbial of time (the sentence gave no claim).
    private static Regex FigureSubject() => s_figureSubject ??= InterpretedRegex.Create(
        @"^[^.;:!?$%€]{0,40}?(?<![\p{L}])(?:(?:этот\s+)?показатель|(?i:the|this)\s+figure|这一数字|该数字)(?![\p{L}])");

    private static Regex? s_yearBeforeGrowth;

    // "A year earlier, growth was 35.8%", "Годом ранее рост составлял 35,8%", "一年前，增速为35.8%": the year before's rate
    // of the previous figure, its growth the subject (no flow word: the sentence gave no claim); so with a year named,
    // "In 2023, growth was 26.3%", "В 2023 году рост составил 26,3%", "2023年增速为26.3%" (lost until 7 December 2026).
    private static Regex YearBeforeGrowth() => s_yearBeforeGrowth ??= InterpretedRegex.Create(
        @"^[\s""“«*]*(?:" + YearBeforeWords + @"|(?i:in|for|during)\s+(?:19|20)\d{2}|(?:В|За)\s+(?:19|20)\d{2}\s+(?:году|год|г\.)|(?:19|20)\d{2}\s*年)[,，]?\s*(?:(?i:(?:the\s+)?(?:growth|increase|rise|decline|fall|drop))(?=\s+(?i:was|had|stood|came|reached|hit|amounted)\b)"
        + @"|(?:рост|прирост|снижение|падение|спад)(?=\s+(?:составля\w*|составил\w*|был\w*|достига\w*|достиг\w*|равнял\w*)(?![\p{L}]))|(?:增速|增幅|降幅)(?=为|是|达|曾))");

    private static Regex? s_yearBeforeOpening;
    private static Regex? s_yearThenPronoun;

    // "In 2022 it reached $190.3 billion", "За весь 2022 год он достиг…", "2022年则为1903亿美元": a year opening the
    // sentence, then the pronoun (or "则") standing for the sentence before's figure (no claim was read).
    private static Regex YearThenPronoun() => s_yearThenPronoun ??= InterpretedRegex.Create(
        @"^[\s""“«]*(?:(?i:in|for|during|over)\s+(?:19|20)\d{2},?\s+it\s+"
        + @"|(?:В|За)\s+(?:весь\s+)?(?:19|20)\d{2}\s+(?:году|год|г\.)\s*,?\s*(?:он|она)\s+"
        + @"|(?:19|20)\d{2}\s*年[，,]?\s*(?:则|則))");

    // A sentence that opens with the year before, naming no year: of the previous fact's period, a year back.
    // Also after a figure-less opening that a colon ends: "Это новый рекорд: годом ранее показатель составлял $240,1 млрд"
    // (it was read as "Это", the year before's own 2024, and "roughly accurate").
    private static Regex YearBeforeOpening() => s_yearBeforeOpening ??= InterpretedRegex.Create(@"^(?:[^:：\d\n]{1,60}[:：]\s*)?[\s""“«*]*(?<words>(?i:" + YearBeforeWords + @"))(?![\p{L}\d])");

    private const string YearBeforeWords =
        @"(?:A|One)\s+year\s+(?:earlier|before|ago)|(?:In\s+)?[Tt]he\s+(?:previous|prior|preceding)\s+year|The\s+year\s+before|Годом\s+(?:ранее|раньше|прежде)|Год\s+назад|(?:В|За)\s+(?:предыдущем|предшествующем)\s+году|一年前";

    // The words that open a sentence about the previous figure ("That's 19.8% higher", "其中…").
    private const string PointingWords = @"That|This|It|These|They|Which|The\s+(?:figure|total)|Это|Этот|Эта|Он|Она|Показатель|这(?!些年|几年)|這(?!些年|幾年)|此(?!前|后|後|外)|其中|同期";

    // A sentence opening with one of the words, not as a time ("This year", "That month", "Этот год").
    private static string Opening(string words) =>
        @"^[\s""“«*]*(?:" + words + @")(?![\p{Ll}])(?!\s+(?i:year|month|week|quarter|half|season|spring|summer|autumn|fall|winter|time|decade|год|месяц|квартал)\b)";

    private static Regex? s_partOfPrevious;

    private static Regex? s_otherTime;

    // A clause of its own time ("when the sanctions began", "a decade ago", "ранее", "此前", "以来"; twelve months, which
    // are read as no period: "in the 12 months to November", "за 12 месяцев по ноябрь", "过去12个月"): a sentence with
    // one is not taken to be about the previous sentence's period.
    private static Regex OtherTime() => s_otherTime ??= InterpretedRegex.Create(
        FiscalYearPattern + "|" + @"\b(?:when|since|before|after|until|ago|earlier|previously|once|formerly|then)\b|\bso\s+far\b|\bto\s+date\b|\byear-to-date\b|\bс\s+начала\s+(?:(?:этого|текущего|нынешнего)\s+)?(?:(?:19|20)\d{2}\s+)?года\b|\b(?:пока|на\s+данный\s+момент|на\s+сегодняшний\s+день|к\s+настоящему\s+времени)\b|\b(?:12|twelve)\s+months\b|\b(?:когда|тогда|ранее|прежде|после|назад|раньше|до\s+(?!\$?\d))|\b(?:12|двенадцать)\s+месяц|(?<!同|及)时|以来|之前|之后|以前|以后|此前|此后|曾|当年|那年|(?:12|十二)\s*[个個]\s*月", RegexOptions.IgnoreCase);

    private static Regex? s_samePeriod;
    private static Regex? s_fiscalYear;

    // A part of every match of FiscalYear (cheap to test before the pattern runs).
    private static readonly SearchValues<string> s_fiscalWords = SearchValues.Create(["fiscal", "financial year", "FY", "финансов", "财年", "財年", "财政年度", "財政年度", "会计年度", "會計年度"], StringComparison.OrdinalIgnoreCase);

    private static Regex FiscalYear() => s_fiscalYear ??= InterpretedRegex.Create(FiscalYearPattern, RegexOptions.IgnoreCase);

    // An English fiscal year may say when it ends ("fiscal 2023, which ended in March 2024"): that month is no period either.
    private const string FiscalEnd = @"(?:,?\s+(?:(?:which|that)\s+)?(?:ended|ending|ends|ran|runs|through|to)\s+(?:in\s+)?(?:" + Months.LatinPattern + @")(?:\s+(?:19|20)\d{2})?)?";

    private const string FiscalYearPattern =
        @"\b(?:FY|fiscal(?:\s+year)?|financial\s+year)\s*'?(?:(?:19|20)\d{2}|\d{2})(?:\s*[-–/]\s*(?:(?:19|20)\d{2}|\d{2}))?(?!\d)" + FiscalEnd
        + @"|\b(?:19|20)\d{2}\s*[-–/]\s*(?:(?:19|20)\d{2}|\d{2})\s+(?:fiscal|financial)\b(?:\s+year)?" + FiscalEnd
        + @"|\b(?:the\s+)?(?:19|20)\d{2}\s+(?:fiscal|financial)\s+year\b" + FiscalEnd
        + @"|\b(?:fiscal|financial)\s+year\s+(?:ending|ended|to|through)\s+(?:in\s+)?(?:" + Months.LatinPattern + @")(?:\s+(?:19|20)\d{2})?"
        + @"|(?<![\p{L}])(?:19|20)\d{2}(?:\s*[-–/]\s*(?:(?:19|20)\d{2}|\d{2}))?\s+финансов\w*\s+год\w*|(?<![\p{L}])финансов\w*\s+год\w*\s+(?:19|20)\d{2}"
        + @"|(?:19|20)\d{2}(?:\s*[-–/]\s*(?:(?:19|20)\d{2}|\d{2}))?\s*(?:财年|財年|财政年度|財政年度|会计年度|會計年度)";

    // A part of every match of SamePeriod.
    private static readonly SearchValues<string> s_samePeriodWords = SearchValues.Create(["period", "период", "同期"], StringComparison.OrdinalIgnoreCase);

    // "за этот период", "in the same period", "同期": the period of the fact before, named as such (not "the same period
    // last year" or "去年同期", a base).
    private static Regex SamePeriod() => s_samePeriod ??= InterpretedRegex.Create(
        @"\b(?:in|during|over|for)\s+(?:the\s+same|this|that)\s+period\b(?!\s+(?:a\s+year|last\s+year|of\s+(?:the\s+)?(?:previous|last|\d{4})))"
        + @"|\b(?:за|в)\s+(?:этот|тот\s+же|этот\s+же|указанный|данный)\s+период\b(?!\s+(?:прошлого|предыдущего|годом|\d{4}))"
        + @"|(?<!去年|上年|前年|比|较|較|与|與|于|於)同期(?!相比|比|水平)",
        RegexOptions.IgnoreCase);

    // A part of every match of GoodsAndServices and ServicesTrade: most sentences need neither pattern.
    private static readonly SearchValues<string> s_servicesWords = SearchValues.Create(["servic", "услуг", "服务", "服務"], StringComparison.OrdinalIgnoreCase);

    private static Regex? s_goodsAndServices;

    private static Regex GoodsAndServices() => s_goodsAndServices ??= InterpretedRegex.Create(
        @"\b(?:goods\s+and\s+services|services\s+and\s+goods)\b|(?<![\p{L}])(?:товар\w*\s+и\s+услуг\w*|услуг\w*\s+и\s+товар\w*)|(?:货物|貨物|商品)(?:和|与|與|及)(?:服务|服務)|(?:服务|服務)(?:和|与|與|及)(?:货物|貨物|商品)",
        RegexOptions.IgnoreCase);

    // "China's overall exports fell 4.6% in 2023", "Russia's foreign trade fell 16%", "Russia's trade with the EU fell
    // 30%", "外贸进出口总值": one country's trade with the world or a group, whose other side the text's pair filled in.
    // Each was read as the pair's and called "inaccurate"; it is no figure of the pair. Only in a sentence that names a
    // country ("Total trade: $240.1 billion" in a list about the pair stays the pair's).
    //
    // So is a name right after the flow that is no country the sentence names (a region, a group, a company): "Russia's
    // trade with Asia", "with the CIS", "China's trade with Belt and Road countries" (each was the pair's, "inaccurate").
    // Not a month ("exports from January to October"); "to" only after an export noun, and not in a title-case headline
    // ("Trade With China to Reach $200Bln" is an infinitive).
    private static bool PartnerOutsidePair(string sentence, FlowMention flow, List<CountryMention> countries)
    {
        if (flow.End == 0)
        {
            return false;
        }

        var from = Math.Max(0, flow.Start - 24);
        if (WorldBefore().IsMatch(sentence.AsSpan(from, flow.End - from)) || WorldAfter().IsMatch(sentence.AsSpan(flow.End)))
        {
            return true;
        }

        return OtherPartner().Match(sentence, flow.End) is { Success: true } m && !countries.Exists(c => c.Start == m.Groups["name"].Index)
            && (!m.Groups["to"].Success || ExportNounEnd().IsMatch(flow.Text)) && !TitleCase(sentence);
    }

    private static Regex? s_otherPartner;

    private static Regex OtherPartner() => s_otherPartner ??= InterpretedRegex.Create(
        @"\G\s*(?:with|from|(?<to>to))\s+(?:the\s+)?(?!(?:" + Months.LatinPattern + @")\b)(?<name>\p{Lu})", RegexOptions.None);

    private static Regex? s_exportNounEnd;

    private static Regex ExportNounEnd() => s_exportNounEnd ??= InterpretedRegex.Create(@"(?i:\b(?:exports|shipments|supplies|deliveries|sales))$", RegexOptions.None);

    // A headline: most of its words start with a capital, so a capital says nothing of a name.
    private static bool TitleCase(string sentence)
    {
        var (words, capitals) = (0, 0);
        foreach (var word in sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (char.IsLetter(word[0]))
            {
                words++;
                capitals += char.IsUpper(word[0]) ? 1 : 0;
            }
        }

        return words >= 4 && capitals * 10 >= words * 6;
    }

    // Groups of countries in Russian, after "с", "в", "из" ("с ЕС", "в страны ЕС", "из Европы").
    private const string RussianGroups = @"ЕС|Евросоюз\w*|Европ\w+|Запад\w*|АСЕАН|БРИКС|ЕАЭС";

    private static Regex? s_worldBefore;

    // Words of the flow itself: "overall exports", "foreign trade", "внешняя торговля", "外贸", "对欧盟出口".
    private static Regex WorldBefore() => s_worldBefore ??= InterpretedRegex.Create(
        @"\b(?:total|overall|foreign|external|global|worldwide|aggregate)\s+(?:goods\s+|merchandise\s+)?(?:trade|exports?|imports?|shipments|turnover)\b"
        + @"|(?<![\p{L}])(?:внешн\w+\s+торгов\w+|внешнеторгов\w+|общ\w+\s+(?:объ[её]м\w*\s+)?(?:экспорт|импорт|товарооборот)\w*|(?:с|в|из)\s+(?:стран\w*\s+)?(?:" + RussianGroups + @")(?![\p{L}]))"
        + @"|外贸|外貿|对外贸易|對外貿易|进出口总值|進出口總值|(?:对|對|与|與|同|向|自)(?:欧盟|歐盟|东盟|東盟|世界|全球|欧洲|歐洲)|全球(?:出口|进口|進口)",
        RegexOptions.IgnoreCase);

    private static Regex? s_worldAfter;

    // A group or the world right after the flow: "trade with the EU", "exports to the world", "торговля с ЕС".
    private static Regex WorldAfter() => s_worldAfter ??= InterpretedRegex.Create(
        @"^\s*(?:(?:to|with|from)\s+(?:the\s+)?(?:world|rest\s+of\s+the\s+world|all\s+(?:countries|partners)|EU|European\s+Union|Europe|ASEAN|West|Western\s+countries|G7|BRICS|EAEU|Eurasian\s+Economic\s+Union|Africa|Latin\s+America|Middle\s+East|Central\s+Asia)\b|worldwide\b|globally\b"
        + @"|(?:\p{L}+\s+)?(?:с|в|из)\s+(?:стран\w*\s+)?(?:" + RussianGroups + @"|миром|остальным\s+миром)(?![\p{L}]))",
        RegexOptions.IgnoreCase);

    private static Regex? s_servicesTrade;

    private static Regex ServicesTrade() => s_servicesTrade ??= InterpretedRegex.Create(
        @"\b(?:trade\s+in\s+services|services?\s+trade|services\s+(?:exports?|imports?|turnover|surplus|deficit)|(?:exports?|imports?)\s+of\s+services)\b"
        + @"|(?<![\p{L}])(?:торговл\w*\s+услугами|(?:экспорт|импорт)\w*\s+услуг\w*)|(?:服务|服務)(?:贸易|貿易|出口|进口|進口)",
        RegexOptions.IgnoreCase);

    private static Regex? s_theYear;

    // "Экспорт Китая в Россию за год увеличился на 46,9%" after 2023's turnover: the year named as such is the previous
    // fact's year (carried only from a whole year: after January–November, "for the year" is another period).
    private static Regex TheYear() => s_theYear ??= InterpretedRegex.Create(
        @"(?<![\p{L}])(?:за\s+(?:весь\s+|этот\s+)?год(?![\p{L}]|\s+до)|по\s+итогам\s+(?:всего\s+|этого\s+)?года(?![\p{L}]|\s*\d))"
        + @"|\b(?:for|over)\s+the\s+(?:full\s+|whole\s+|entire\s+)?year\b(?!\s+(?:before|earlier|ago|to|through|until|\d))"
        + @"|(?<![年\d０-９])全年",
        RegexOptions.IgnoreCase);

    private static Regex? s_samePeriodLastYear;

    // The period of the fact before, a year earlier, named as such (a base when after "from", "比", "по сравнению с").
    private static Regex SamePeriodLastYear() => s_samePeriodLastYear ??= InterpretedRegex.Create(
        @"\bthe\s+same\s+(?:period|month|quarter|months|time)\s+(?:of\s+|in\s+)?(?:last|the\s+previous)\s+year\b"
        + @"|(?<![\p{L}])(?:аналогичн\w+|тот\s+же|том\s+же|этот\s+же)\s+период\w*\s+(?:прошлого|предыдущего)\s+года"
        + @"|(?:去年|上年)同期",
        RegexOptions.IgnoreCase);

    // A continuation, or a part of the previous figure ("Of this, …", "Из них …"), whose figures share its period.
    // Also the same figures in another currency ("1.69 trillion yuan in 2023" then "In U.S. dollar terms, bilateral trade
    // grew 26.3 percent to 240.11 billion dollars", Xinhua's way, a paragraph on): not verifiable, for want of a period.
    private static Regex PartOfPrevious() => s_partOfPrevious ??= InterpretedRegex.Create(Opening(PointingWords + @"|Of\s+this|Of\s+which|Из\s+них|В\s+том\s+числе|При\s+этом"
        + @"|In\s+(?:U\.?S\.?\s+)?(?:dollar|yuan|renminbi|RMB|rouble|ruble)\s+terms|(?:Measured\s+)?In\s+(?:U\.?S\.?\s+)?dollars|В\s+(?:долларовом|рублевом|рублёвом|юаневом)\s+выражении"
        + @"|(?:按|以)(?:美元|人民币|人民幣)(?:计|計)(?:算)?"));

    private static Regex? s_thresholdWord;

    private static Regex ThresholdWord() => s_thresholdWord ??= InterpretedRegex.Create(@"^\s*(?:大关|大關|关口|關口|(?:the\s+)?(?:mark|milestone|threshold|level)\b|рубеж|отметк|порог)", RegexOptions.IgnoreCase);

    private static Regex? s_equivalentGap;

    private static Regex EquivalentGap() => s_equivalentGap ??= InterpretedRegex.Create(@"^\s*(?:[(（]\s*(?:约合|約合|折合约?|折合約?|约|約|approx(?:imately)?\.?|about|or|около|примерно|≈)?\s*|[,，]?\s*(?:折合约?|约合|or\s+about|equivalent\s+to)\s*)$", RegexOptions.IgnoreCase);
}
