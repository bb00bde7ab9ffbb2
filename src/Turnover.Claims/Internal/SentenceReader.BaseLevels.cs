using System.Text.RegularExpressions;

namespace Turnover.Claims.Internal;

internal static partial class SentenceReader
{
    /// <summary>
    /// A base's own level is a claim about its period: "reached $244.8 billion in 2024, up from $250 billion in 2023"
    /// states 2023's trade, and was not judged at all (a wrong base passed unseen). Each base amount whose period the
    /// sentence fixes becomes a fact of that period, of the figure it is the base of: the nearest claim before it (else
    /// after it) in the sentence. Its period is the one named next to it ("$240.1 billion in 2023", "2013年的892亿美元"),
    /// or the base the words before it name ("since 2016, when it stood at", "from the previous year, when it was",
    /// "上年同期为"): a year, or the claim's own period a year back. "Last year" and the like are left alone, as they
    /// may count from the article's date or from the claim's.
    /// </summary>
    private static IEnumerable<StatedClaim> BaseLevels(
        string sentence, TextSpan span, LanguageRules rules, TextContext context, List<AmountMention> amounts, List<PeriodMention> periods, List<StatedClaim> claims)
    {
        foreach (var amount in amounts.Where(a => a is { IsBase: true, IsVolume: false, IsEquivalent: false, IsChange: false }))
        {
            var at = span.Start + amount.Start;
            var of = FigureBeside(claims, at);
            if (of is not { Subset: not SubsetKind.Volume, Reporter: not null, Partner: not null }
                || BasePeriod(sentence, rules, context, amount, periods, of) is not { Period: { } period } basePeriod
                || (of.Period?.Period is { } claimPeriod && claimPeriod.Equals(period)))
            {
                continue;
            }

            yield return of with
            {
                Kind = ClaimKind.Fact,
                Period = basePeriod,
                UnreadPeriod = null,
                Amount = ToStated(amount, span),
                AmountEquivalent = null,
                Growth = null,
                AheadOfSchedule = false,
                FallsTo = false,
                RecordText = null,
                Volume = null,
                VolumeOf = null,
                Rules = [.. of.Rules.Where(r => !r.Contains(".amount.", StringComparison.Ordinal) && !r.Contains(".growth.", StringComparison.Ordinal) && !r.Contains(".period.", StringComparison.Ordinal)),
                    amount.Rule, $"{rules.Code}.amount.base-level"],
            };
        }
    }

    /// <summary>True for a base's own level read as a fact of its period (<see cref="BaseLevels"/>): not the sentence's figure.</summary>
    public static bool IsBaseLevel(StatedClaim claim) => claim.Rules.Any(r => r.EndsWith(".amount.base-level", StringComparison.Ordinal));

    // The claim with a figure that a base or change at a position goes with: the nearest before it, else the first after it.
    private static StatedClaim? FigureBeside(List<StatedClaim> claims, int at)
    {
        var figures = claims.Where(c => c.Amount is not null || c.Growth is not null).ToList();
        return figures.Where(c => Position(c) < at).MaxBy(Position) ?? figures.MinBy(Position);
    }

    // The period a base amount is of: named beside it, or by the base words before it; null when the sentence does not fix it.
    private static StatedPeriod? BasePeriod(string sentence, LanguageRules rules, TextContext context, AmountMention amount, List<PeriodMention> periods, StatedClaim of)
    {
        var beside = periods.FirstOrDefault(p => p.IsBase && PeriodBesideAmount(sentence, amount, p))
            ?? periods.FirstOrDefault(p => p.IsBase && p.End <= amount.Start && BasePeriodsAmount().IsMatch(sentence.AsSpan(p.End, amount.Start - p.End)));
        if (beside is not null)
        {
            // "down from $380.8 billion in the same period of 2018" of January–November 2019: January–November 2018.
            return beside.Year is { } year && SamePeriodOf(sentence, amount, beside) && of.Period is { Period: { Granularity: not Core.Granularity.Year } part } partPeriod
                ? partPeriod with { Period = Core.Period.Span(year, part.StartMonth, part.Months), Text = beside.Text.Trim(), IsDeadline = false, YearSoFar = null, ToLatest = false }
                : Explicit(beside, periods, context) ?? MonthBefore(beside, of);
        }

        // "down from $268.6 billion a year earlier" of a period the sentence does not name (carried from the one before):
        // the claim's own period a year back; with a year named, "a year earlier" is a period mention of its own.
        if (YearBackAfter().Match(sentence, amount.End) is { Success: true } after && of.Period is { Period: { } ownPeriod } own)
        {
            return own with { Period = ownPeriod.PreviousYear(), Text = after.Value.Trim(), IsDeadline = false, YearSoFar = null, ToLatest = false };
        }

        var windowStart = Math.Max(0, amount.Start - 80);
        if (rules.EarlierValueOpener.Match(sentence[windowStart..amount.Start]) is not { Success: true } earlier)
        {
            return null;
        }

        var words = earlier.Groups["p"];
        var (wordsStart, wordsEnd) = (windowStart + words.Index, windowStart + words.Index + words.Length);
        if (periods.FirstOrDefault(p => p.Year is not null && p.Start < wordsEnd && wordsStart < p.End) is { } named)
        {
            return Explicit(named, periods, context);
        }

        return YearBack().IsMatch(words.Value) && of.Period is { Period: { } claimPeriod } claim
            ? claim with { Period = claimPeriod.PreviousYear(), Text = words.Value, IsDeadline = false, YearSoFar = null, ToLatest = false }
            : null;
    }

    // "$21.97 billion in December 2024, up from November's $21.7 billion", "compared with $21.7 billion in November": a
    // month with no year, the base of a month's figure, is the latest such month before it (it was dropped, or took
    // December's period and was judged against December).
    // The resolver's own rule for a yearless month, with the claim's month as the date it counts back from.
    private static StatedPeriod? MonthBefore(PeriodMention mention, StatedClaim of) =>
        mention is { Year: null, Relative: RelativeYear.None, Kind: PeriodKind.Month, Months: 1 }
        && of.Period is { Period: { Months: 1 } claimMonth } claimPeriod
        && PeriodResolver.Resolve(mention, [], new DateOnly(claimMonth.Year, claimMonth.StartMonth, 1)) is { Period: not null } resolved
            ? resolved with { Resolution = claimPeriod.Resolution }
            : null;

    private static StatedPeriod? Explicit(PeriodMention mention, List<PeriodMention> periods, TextContext context) =>
        mention.Year is null ? null : PeriodResolver.Resolve(mention, periods, context.ArticleDate) is { Resolution: PeriodResolution.Explicit } resolved ? resolved : null;

    private static Regex? s_yearBack;
    private static Regex? s_yearBackAfter;

    private static Regex YearBackAfter() => s_yearBackAfter ??= InterpretedRegex.Create(
        @"\G\s+(?:" + RecordedWords + @"\s+)?(?i:(?:a|one|the)\s+year\s+(?:earlier|before|ago)\b|(?:in\s+)?the\s+(?:previous|prior|preceding)\s+year\b|годом\s+ранее|(?:в|за)\s+(?:предыдущем|прошлом)\s+году)");

    // Base words that count a year back from the claim's own period, in the three languages.
    private static Regex YearBack() => s_yearBack ??= InterpretedRegex.Create(
        @"(?i:\b(?:the\s+(?:previous|prior|preceding)\s+year|a\s+year\s+(?:earlier|before)|(?:the\s+)?same\s+(?:period|month|quarter|time)\s+(?:of\s+|in\s+)?last\s+year)\b|предыдущ\w+\s+год\w*|аналогичн\w+\s+период\w*(?:\s+прошлого\s+года)?|годом\s+ранее|上年同期|上年|上一年|去年同期|前一年)");
}
