using System.Globalization;
using System.Text.RegularExpressions;

namespace Turnover.Claims.Internal;

internal static partial class SentenceReader
{
    /// <summary>
    /// The sentence's superlatives and base levels, given to its facts once another part of the text gave them their
    /// period (a breakdown that adds up, a list's head): a superlative goes only to a fact of a year, so it was lost
    /// ("美方贸易逆差3456亿美元，为2016年以来最低" a paragraph after 2019's figures), and a base "a year earlier" counts back
    /// from the fact's period ("…, leaving a trade surplus of $29 billion, roughly half the $55.6 billion recorded a year
    /// earlier" after 2019's exports).
    /// </summary>
    public static List<StatedClaim> WithCarriedPeriod(SentenceMentions found, TextSpan span, TextContext context, List<StatedClaim> claims)
    {
        var figures = claims.Where(c => !IsBaseLevel(c)).ToList();
        var bases = BaseLevels(found.Sentence, span, found.Rules, context, found.Amounts, found.Periods ?? [], figures)
            .Where(b => !claims.Exists(c => c.Amount?.Span == b.Amount?.Span && c.Period?.Period == b.Period?.Period));
        return Superlatives(found.Sentence, span, [.. claims.Concat(bases).OrderBy(Position)], found.Rules, found.SinceSuperlatives);
    }

    /// <summary>
    /// "Shrank to $29 billion in 2019, the smallest since 2004", "its first decline since 2020", "grew for the fifth year
    /// in a row", "创2004年以来新低": a superlative since a year, or a run of years, goes to the fact of a year (or of the
    /// same months of a year; not a base's level or a change) whose figure is in its clause, else the nearest before it,
    /// else after it (with no other number in the way); a level's superlative only to a fact with an amount, a run above an
    /// amount ("exceeded $100 billion for the third year running") only to the fact said to exceed it. Its year is
    /// the one named, counted back from the fact's ("in twelve years"), or the one before the run. Until 6 December 2026
    /// it was not read, and a false one passed with the figure.
    /// </summary>
    private static List<StatedClaim> Superlatives(string sentence, TextSpan span, List<StatedClaim> claims, LanguageRules rules, IReadOnlyList<Match> sinceSuperlatives)
    {
        // Not a product's or a volume's: their checks compare no earlier years. A month's fact only for a run of months.
        var facts = claims.Where(c => c is { Kind: ClaimKind.Fact, Subset: SubsetKind.None, Period.Period.Granularity: Core.Granularity.Year or Core.Granularity.Span or Core.Granularity.Month }
            && (c.Amount is not null || c.Growth is not null) && !c.AmountIsChange && !IsBaseLevel(c)).ToList();
        if (facts.Count == 0)
        {
            return claims;
        }

        var marked = new Dictionary<StatedClaim, StatedSuperlative>();
        foreach (var (m, readKind, streak) in SuperlativeMatches(sentence, rules, sinceSuperlatives))
        {
            if (readKind is not { } kind)
            {
                continue;
            }

            var candidates = facts.Where(c => Fits(c, m, kind, streak)).ToList();
            var at = span.Start + m.Index;
            var (clauseStart, clauseEnd) = ClauseAround(sentence, m.Index, rules.ClauseBreaks);
            // In its clause, else the nearest figure before it with no other number between ("China's share rose to 34%,
            // the highest since 1992" is the share's), else the first after it when no number stands before it ("fell for
            // the first time since 2016, to $243.4 billion").
            var owner = candidates.Where(c => Position(c) >= span.Start + clauseStart && Position(c) < span.Start + clauseEnd).MinBy(c => Math.Abs(Position(c) - at))
                ?? candidates.Where(c => Position(c) < at).MaxBy(Position)
                ?? (OtherNumber().IsMatch(sentence.AsSpan(0, m.Index)) ? null : candidates.Where(c => Position(c) >= at).MinBy(Position));
            if (owner is null || (Position(owner) < at && OtherNumber().IsMatch(sentence.AsSpan(Math.Min(FigureEnd(owner) - span.Start, m.Index), Math.Max(0, m.Index - (FigureEnd(owner) - span.Start))))))
            {
                continue;
            }

            if (SuperlativeOf(m, kind, streak, owner) is { } superlative)
            {
                marked.TryAdd(owner, superlative);
            }
        }

        return [.. claims.Select(c => marked.TryGetValue(c, out var s) ? c with { Superlative = s, Rules = [.. c.Rules, $"{rules.Code}.superlative.since"] } : c)];
    }

    /// <summary>
    /// "That was the slowest growth since 2020.", "Это первое снижение дефицита с 2016 года.", "这是2016年以来首次下降。": a
    /// sentence with no figure that points back (<see cref="PointsBackWithSuperlative"/>, asked first) gives its
    /// superlative to <paramref name="fact"/>, the fact it points to. Null when none fits the fact.
    /// </summary>
    public static StatedSuperlative? PointedSuperlative(string sentence, LanguageRules rules, StatedClaim fact)
    {
        if (fact.Superlative is not null
            || fact is not { Kind: ClaimKind.Fact, Subset: SubsetKind.None, Period.Period.Granularity: Core.Granularity.Year or Core.Granularity.Span or Core.Granularity.Month }
            || (fact.Amount is null && fact.Growth is null) || fact.AmountIsChange || IsBaseLevel(fact))
        {
            return null;
        }

        foreach (var (m, readKind, streak) in SuperlativeMatches(sentence, rules, [.. rules.SinceSuperlative.Matches(sentence).Cast<Match>()]))
        {
            if (readKind is { } kind && Fits(fact, m, kind, streak) && SuperlativeOf(m, kind, streak, fact) is { } superlative)
            {
                return superlative;
            }
        }

        return null;
    }

    // Each superlative since a year and each run in the sentence, with what it says is extreme (null when too little).
    private static IEnumerable<(Match Match, SuperlativeKind? Kind, bool Streak)> SuperlativeMatches(string sentence, LanguageRules rules, IReadOnlyList<Match> sinceSuperlatives) =>
        sinceSuperlatives.Select(m => (m, LanguageRules.SuperlativeOf(m), false))
            .Concat(rules.Streak.Matches(sentence).Select(m => (m, StreakOf(m), true)));

    /// <summary>
    /// The sentence opens pointing back ("That…", "Это…", "这…") or with a flow as its subject and no figure ("The
    /// deficit has shrunk…", "Экспорт растёт…", "出口连续…"), and holds a superlative or a run: cheap to ask first.
    /// </summary>
    public static bool PointsBackWithSuperlative(string sentence, LanguageRules rules) =>
        (Continuation().IsMatch(sentence) || FlowSubjectOpening().IsMatch(sentence)) && (rules.SinceSuperlative.IsMatch(sentence) || rules.Streak.IsMatch(sentence));

    private static Regex? s_flowSubjectOpening;

    // "The deficit has shrunk for the first time since 2016.", "The U.S. trade gap…", "Российский экспорт…", "中方顺差…".
    private static Regex FlowSubjectOpening() => s_flowSubjectOpening ??= InterpretedRegex.Create(
        @"^[\s""“«*]*(?:(?i:the\s+)?(?:(?:U\.S\.|US|American|Chinese|Russian|Korean|bilateral|two-way|overall|total|goods|trade)\s+)*(?i:deficit|surplus|trade\s+gap|exports|imports|trade|turnover|shipments)\b"
        + @"|(?:(?:Российский|Китайский|Американский|Взаимный)\s+)?(?:Дефицит|Профицит|Сальдо|Экспорт|Импорт|Товарооборот|Поставки)(?![\p{L}])"
        + @"|(?:中国|中方|美方|俄方|美国|俄罗斯|双边|中俄|中美|中韩)?(?:对[俄美韩]|自[俄美韩])?(?:贸易)?(?:逆差|顺差|出口|进口|贸易额|进出口))");

    // Whether a superlative can be a fact's. "Fell for the 14th consecutive month", "the first increase in 14 months", "a
    // 17-month low", "the lowest since September 2016": of a month's fact, counted in months; "the lowest since 2016",
    // "the lowest in three years" of a year's fact or a month's (each month since); every other superlative is of years.
    // A level's only with an amount; "grew for the fifth year in a row" beside a rate of the other sign is about
    // something else; "exceeded $100 billion for the third year running" is the amount said to be exceeded.
    private static bool Fits(StatedClaim fact, Match m, SuperlativeKind kind, bool streak) =>
        (!kind.IsOfLevel() || fact.Amount is not null)
            && FitsPeriod(fact, m, streak)
            && kind switch
            {
                SuperlativeKind.RiseStreak => fact.Growth is not { Percent: < 0 },
                SuperlativeKind.FallStreak => fact.Growth is not { Percent: > 0 },
                SuperlativeKind.AboveStreak => fact.Amount is { Bound: Bound.MoreThan or Bound.AtLeast },
                _ => true,
            };

    // A superlative counted in months only of a month's fact, one since a year of any; a run of years of a year's.
    private static bool FitsPeriod(StatedClaim fact, Match m, bool streak)
    {
        var monthly = IsMonthly(m, streak, out _);
        var sinceYear = !streak && !monthly && (m.Groups["year"].Success || m.Groups["n"].Success || m.Groups["decade"].Success);
        return sinceYear || (fact.Period!.Period!.Value.Granularity == Core.Granularity.Month) == monthly;
    }

    // What a superlative match says of its owner's figure, from the owner's period: since a year, a month, or the month
    // before a run; null when it says nothing checkable.
    private static StatedSuperlative? SuperlativeOf(Match m, SuperlativeKind kind, bool streak, StatedClaim owner)
    {
        var monthly = IsMonthly(m, streak, out var namedMonth);
        var year = owner.Period!.Period!.Value.Year;
        if (namedMonth is { } month)
        {
            var named = Core.Period.Month(int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), month);
            return named < owner.Period.Period.Value ? new StatedSuperlative(kind, named.Year, m.Value.Trim()) { SinceMonth = named } : null;
        }

        if (!monthly && !streak && !m.Groups["year"].Success && owner.Period.Period.Value is { Granularity: Core.Granularity.Month } ownMonth
            && SinceYear(m, year) is { } yearsBack)
        {
            // "Fell to $9.5 billion in February 2019, the lowest in three years": each month since February 2016.
            var from = MonthsBefore(ownMonth, (year - yearsBack) * 12);
            return new StatedSuperlative(kind, from.Year, m.Value.Trim()) { SinceMonth = from };
        }

        if (monthly)
        {
            // The month before the run or the span: "the 14th consecutive month" of December 2019 runs from November
            // 2018, after October; "the first increase in 14 months" of December 2019 is the first since October 2018.
            if (StreakCount(m.Groups["n"].Value) is not { } count || count < 2)
            {
                return null;
            }

            var before = MonthsBefore(owner.Period.Period.Value, count);
            return new StatedSuperlative(kind, before.Year, m.Value.Trim()) { SinceMonth = before };
        }

        return (streak ? StreakStart(m, year) : SinceYear(m, year)) is { } since && since < year ? new StatedSuperlative(kind, since, m.Value.Trim()) : null;
    }

    // Counted in months: a run of months, "in 14 months", or since a named month (given out, "since September 2016").
    private static bool IsMonthly(Match m, bool streak, out int? namedMonth)
    {
        namedMonth = !streak && m.Groups["mon"].Success ? Months.Number(m.Groups["mon"].Value) : null;
        return streak ? InMonths(m.Groups["unit"]) : m.Groups["months"].Success || namedMonth is not null;
    }

    // The month <paramref name="count"/> months before <paramref name="month"/>.
    private static Core.Period MonthsBefore(Core.Period month, int count)
    {
        var index = (month.Year * 12) + month.StartMonth - 1 - count;
        return Core.Period.Month(index / 12, (index % 12) + 1);
    }

    private static int FigureEnd(StatedClaim claim) => Math.Max(claim.Amount?.Span.End ?? 0, claim.Growth?.Span.End ?? 0);

    private static Regex? s_otherNumber;

    // A digit that is not part of a year.
    private static Regex OtherNumber() => s_otherNumber ??= InterpretedRegex.Create(@"(?<![\d.,])(?!(?:19|20)\d{2}(?!\d))\d");

    private static SuperlativeKind? StreakOf(Match m) =>
        m.Groups["up"].Success ? SuperlativeKind.RiseStreak
        : m.Groups["down"].Success ? SuperlativeKind.FallStreak
        : m.Groups["above"].Success ? SuperlativeKind.AboveStreak
        : null;

    // "month(s)", "monthly", "месяц(а, ев)", "个月": a run of months; years otherwise.
    private static bool InMonths(Group unit) => unit.Success && (unit.Value.StartsWith("month", StringComparison.OrdinalIgnoreCase)
        || unit.Value.StartsWith("месяц", StringComparison.OrdinalIgnoreCase) || unit.Value.Contains('月', StringComparison.Ordinal));

    // The year before a run of n years ending with the fact's: "the fifth year in a row" of 2024 is 2020–2024, after 2019.
    private static int? StreakStart(Match m, int factYear) => StreakCount(m.Groups["n"].Value) is { } n and >= 2 ? factYear - n : null;

    // "five", "5", "fifth", "5th", "пятый", "5-й", "五", "两".
    private static int? StreakCount(string text) => NumberText.SmallCount(text.ToLowerInvariant()) ?? NumberText.SmallOrdinal(text);

    // The year named, or the fact's year less the count ("in twelve years", "за 12 лет", "12年来", "in a decade").
    private static int? SinceYear(Match m, int factYear) =>
        m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture)
        : m.Groups["decade"].Success ? factYear - 10
        : m.Groups["n"].Success && NumberText.SmallCount(m.Groups["n"].Value.ToLowerInvariant()) is { } n ? factYear - n
        : null;
}
