using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Turnover.Core;

namespace Turnover.Claims.Internal;

/// <summary>
/// The rules of one language: each finder returns the mentions it reads in a sentence, each mention naming its rule.
/// The shared logic (growth verbs around a percent, bounds before a number, number lists) lives here; the words live
/// in the derived classes.
/// </summary>
internal abstract partial class LanguageRules
{
    public abstract ClaimLanguage Language { get; }

    /// <summary>Short code used in rule names: en, ru, zh.</summary>
    public abstract string Code { get; }

    public abstract bool DecimalComma { get; }

    public abstract List<AmountMention> Amounts(string sentence);

    /// <summary>The flow phrases of a sentence.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="countries">Its country words, found once by the caller (<see cref="Countries"/>).</param>
    public abstract List<FlowMention> Flows(string sentence, List<CountryMention> countries);

    public abstract List<CountryMention> Countries(string sentence);

    public abstract List<PeriodMention> Periods(string sentence);

    /// <summary>The month of a match's <c>mon</c> (a name, or a number) and <c>y</c> groups; null when it did not match or names no month.</summary>
    protected static Period? MonthOf(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        if (!match.Success)
        {
            return null;
        }

        var word = match.Groups["mon"].Value;
        var month = int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : Months.Number(word);
        return month is >= 1 and <= 12 ? Period.Month(int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture), month.Value) : null;
    }

    /// <summary>The first span of the sentence that <see cref="Periods"/> reads as no period rather than guess (twelve months across two years); null when none.</summary>
    public abstract UnreadPeriod? UnreadPeriodIn(string sentence);

    public abstract List<RankingMention> Rankings(string sentence, List<CountryMention> countries);

    /// <summary>A percent literal; group <c>num</c>, optional group <c>list</c> for "9,7 и 9,1 процента".</summary>
    protected abstract Regex Percent { get; }

    /// <summary>Rising words that may stand before the rate ("grew by", "вырос на", "增长").</summary>
    protected abstract Regex RiseBefore { get; }

    /// <summary>Falling words that may stand before the rate.</summary>
    protected abstract Regex FallBefore { get; }

    /// <summary>True when <paramref name="words"/> (a change's opening verb) say a fall: "fell by", "снизился на", "减少了".</summary>
    public bool SaysFall(string words) => FallBefore.IsMatch(words);

    /// <summary>Words right after the rate that make it a rise ("higher", "more", "increase", "больше", "的增长").</summary>
    protected abstract Regex RiseAfter { get; }

    /// <summary>Words right after the rate that make it a fall ("lower", "less", "меньше").</summary>
    protected abstract Regex FallAfter { get; }

    public abstract Regex YearOnYear { get; }

    public abstract Regex PreviousPeriod { get; }

    /// <summary>A base named without a period: a peak, pre-war or pre-pandemic levels (<see cref="GrowthComparison.OtherBase"/>).</summary>
    public abstract Regex OtherBase { get; }

    /// <summary>Growth said in words: "grew by a quarter", "doubled", "вдвое", "翻番"; group <c>w</c> keys <see cref="FractionValue"/>.</summary>
    protected abstract Regex FractionGrowth { get; }

    /// <summary>
    /// A span of years a rate runs over ("over the past decade", "in five years", "за последние десять лет", "过去十年",
    /// "十年来"): group <c>n</c> the count (digits or a word <see cref="NumberText.SmallCount"/> reads), or <c>decade</c>.
    /// </summary>
    protected abstract Regex YearsSpan { get; }

    /// <summary>Words beside a span of years that make it a superlative's ("the slowest in five years", "впервые за пять лет", "五年来首次"), not a rate's.</summary>
    protected abstract Regex SpanSuperlative { get; }

    protected abstract decimal? FractionValue(Match match, out bool falling);

    /// <summary>
    /// A share as the subject of a rate ("China's share of Russia's trade", "доля Китая", "占比"): the percent after it
    /// is the share or its change, not the flow's growth.
    /// </summary>
    protected abstract Regex ShareWords { get; }

    /// <summary>
    /// The words between a percent and the next that make the next its earlier level or the other end of its move: "rose
    /// 26.3% in 2023, up from 25%" (the rate before, not 2023's), "share rose to 34%, up from 18%", "до 34% с 18%"; group
    /// <c>to</c> for a move's other end ("share rose from 18% to 34%"), which only a share continues. Anchored at both ends.
    /// </summary>
    protected abstract Regex EarlierLevelWords { get; }

    /// <summary>
    /// True when a period inside <see cref="EarlierLevelWords"/> can only be the earlier rate's ("上年为", "较上年"); false
    /// where the words may pass over the later rate's own ("rose 26.3% in 2023, up from 25%").
    /// </summary>
    protected virtual bool EarlierLevelWordsNameItsPeriod => false;

    /// <summary>A word every match of <see cref="FractionGrowth"/> contains ("quarter", "doubled", "вдвое", "翻"); see <see cref="BoundWords"/>.</summary>
    protected abstract SearchValues<string> FractionWords { get; }

    /// <summary>Bound words that end right before a number; group <c>b</c>.</summary>
    protected abstract Regex BoundBefore { get; }

    /// <summary>
    /// A word every match of <see cref="BoundBefore"/> contains: a window with none of them is not searched. The
    /// guards of this class are literal parts of their patterns, compared as the patterns compare them (ordinal, or
    /// ignoring case where the pattern does, with no letter whose case the two comparisons fold differently, such as
    /// "k" and the Kelvin sign), so a guard only skips texts the pattern cannot match.
    /// </summary>
    protected abstract SearchValues<string> BoundWords { get; }

    public abstract Regex TargetCue { get; }

    public abstract Regex ProjectionCue { get; }

    /// <summary>
    /// A fall to the amount, ending right before it ("expected to fall to", "could drop below", "снизится до", "降至"):
    /// the amount is a level reached by falling, so a projection of it is that period's level, never a threshold to reach.
    /// </summary>
    public abstract Regex FallTo { get; }

    /// <summary>
    /// Words saying a level or goal was not reached, in the amount's clause before it ("missed their goal of", "failed
    /// to reach", "fell short of", "did not reach", "не достиг", "未能实现"): the amount is then an upper bound.
    /// </summary>
    public abstract Regex ShortOf { get; }

    /// <summary>
    /// Words right after an amount (matched from its end, <c>\G</c>) that make it an average per month (group <c>m</c>) or
    /// per day (group <c>d</c>): "a month", "per day", "в месяц", "в день"; not "a month earlier".
    /// </summary>
    public abstract Regex AverageAfter { get; }

    /// <summary>
    /// Words right before an amount (ending at it) that make it such an average: "a monthly average of", "среднемесячный
    /// товарооборот составил", "月均", "日均"; groups as <see cref="AverageAfter"/>.
    /// </summary>
    public abstract Regex AverageBefore { get; }

    public abstract Regex AheadOfSchedule { get; }

    /// <summary>
    /// The year a goal or deal was set, announced or agreed (group <c>y</c>): "the goal the two countries set in 2019",
    /// "the target, announced in 2019,", "In 2019 the leaders set a target of", "цель, поставленную в 2019 году",
    /// "2019年确定的…目标". It is no figure's period: a goal of $200 billion "set in 2019" was judged as 2019's, "missed".
    /// </summary>
    public abstract Regex GoalSetYear { get; }

    /// <summary>
    /// A word that turns back to what came before a goal's or forecast's words ("expect trade to slow in 2024 after
    /// growing 26.3% in 2023", "following", "having", "после", "继…之后", "此前"): a figure after it is a fact, not the
    /// forecast's.
    /// </summary>
    public abstract Regex Retrospective { get; }

    public abstract Regex Respectively { get; }

    /// <summary>
    /// A trade balance, gap or difference ("deficit", "surplus", "сальдо", "顺差"): the figures of its clause are a
    /// difference between flows, not a flow, and are not read as claims unless the balance is one of
    /// <see cref="Balances"/>.
    /// </summary>
    public abstract Regex Balance { get; }

    /// <summary>
    /// A surplus or deficit whose owner the sentence names with it ("China's trade surplus with the U.S.", "профицит
    /// России в торговле с Китаем", "中方顺差"), as a flow: <see cref="FlowMention.First"/> is the owner,
    /// <see cref="FlowMention.Second"/> the partner, named with it (null only for a side of a pair: "中方"). A balance
    /// with no owner ("a deficit of $345.6 billion"), no partner ("China's trade surplus hit $823 billion": with the
    /// world) or no stated sign ("trade gap", "сальдо") is none: whose balance with whom it is would be a guess.
    /// </summary>
    public abstract List<FlowMention> Balances(string sentence, List<CountryMention> countries);

    /// <summary>A part of every match of <see cref="Balance"/>; see <see cref="BoundWords"/>.</summary>
    public abstract SearchValues<string> BalanceWords { get; }

    /// <summary>A record high ("record", "all-time high", "рекордн…", "创历史新高"), not a record low.</summary>
    public abstract Regex RecordHigh { get; }

    /// <summary>
    /// "For the first time" with no span after it ("for the first time since 2016" is a superlative's): "впервые",
    /// "首次", "第一次". Read only beside an amount crossed ("exceeded $200 billion").
    /// </summary>
    public abstract Regex FirstTime { get; }

    /// <summary>A part of every match of <see cref="RecordHigh"/>; see <see cref="BoundWords"/>.</summary>
    public abstract SearchValues<string> RecordWords { get; }

    /// <summary>
    /// A superlative since a year ("the lowest since 2004", "its fastest growth in twelve years", "впервые с 2020 года
    /// снизился", "创2004年以来新低"). Groups: one of <c>hi</c>, <c>lo</c>, <c>fast</c>, <c>slow</c>, <c>first</c>; a rate's
    /// direction <c>up</c> or <c>down</c>; and <c>year</c>, or a count of years <c>n</c>, or <c>decade</c>.
    /// </summary>
    public abstract Regex SinceSuperlative { get; }

    /// <summary>
    /// A run of rises or falls ("grew for the fifth year in a row", "fell for three straight years", "растёт пятый год
    /// подряд", "连续五年增长"): the count <c>n</c> (a cardinal, or an ordinal for "the fifth year") and the direction,
    /// <c>up</c> or <c>down</c>, from the verb or noun beside it.
    /// </summary>
    public abstract Regex Streak { get; }

    /// <summary>
    /// What a match of <see cref="SinceSuperlative"/> says is extreme; null when it says too little ("the first time
    /// since 2014") or is about something else (group <c>other</c>: "the largest trading partner since 2010", a share).
    /// </summary>
    public static SuperlativeKind? SuperlativeOf(Match m)
    {
        var (up, down) = (m.Groups["up"].Success, m.Groups["down"].Success);
        return m.Groups switch
        {
            var g when g["other"].Success => null,
            var g when g["first"].Success => down ? SuperlativeKind.FirstFall : up ? SuperlativeKind.FirstRise : null,
            var g when g["fast"].Success => SuperlativeKind.FastestGrowth,
            var g when g["slow"].Success => SuperlativeKind.SlowestGrowth,
            // "The biggest drop since 2009" is the lowest rate; "the smallest decline" is not read (a fall the least deep).
            var g when g["hi"].Success => down ? SuperlativeKind.SlowestGrowth : up ? SuperlativeKind.FastestGrowth : SuperlativeKind.Highest,
            var g when g["lo"].Success => down ? null : up ? SuperlativeKind.SlowestGrowth : SuperlativeKind.Lowest,
            _ => null,
        };
    }

    /// <summary>Product groups that make a figure a subset of trade; group <c>p</c>.</summary>
    public abstract Regex ProductGroup { get; }

    /// <summary>A part of every product word of <see cref="ProductGroup"/>; see <see cref="BoundWords"/>.</summary>
    public abstract SearchValues<string> ProductWords { get; }

    /// <summary>Who made the claim; group <c>who</c>.</summary>
    public abstract Regex Speaker { get; }

    /// <summary>A verb every match of <see cref="Speaker"/> contains ("said", "заявил", "表示"); see <see cref="BoundWords"/>.</summary>
    public abstract SearchValues<string> SpeakerVerbs { get; }

    /// <summary>
    /// Whose statistics a sentence cites: a statistics agency in a group named by its country's ISO3 code
    /// (<c>CHN</c>, <c>RUS</c>, <c>USA</c>, <c>KOR</c>), or a country word in group <c>who</c> with customs or
    /// statistics ("Russian customs", "таможня КНР", "俄罗斯海关").
    /// </summary>
    protected abstract Regex Statistics { get; }

    /// <summary>A part of every match of <see cref="Statistics"/>; see <see cref="BoundWords"/>.</summary>
    protected abstract SearchValues<string> StatisticsWords { get; }

    /// <summary>The country of a country word of <see cref="Statistics"/> (group <c>who</c>).</summary>
    protected abstract Country? CountryOfWord(string word);

    /// <summary>
    /// Whose statistics the sentence gives its figures from, with the words that say so; null when it names none, or
    /// names two countries' statistics (then which figure is whose is not guessed).
    /// </summary>
    public (Country Owner, string Text, int Start)? StatisticsOf(string sentence)
    {
        if (!sentence.AsSpan().ContainsAny(StatisticsWords))
        {
            return null;
        }

        (Country Owner, string Text, int Start)? found = null;
        foreach (Match m in Statistics.Matches(sentence))
        {
            var owner = m.Groups["who"].Success ? CountryOfWord(m.Groups["who"].Value) : AgencyCountry(m);
            if (owner is not { } country)
            {
                continue;
            }

            if (found is { } earlier && earlier.Owner != country)
            {
                return null;
            }

            found ??= (country, m.Value.Trim(), m.Index);
        }

        return found;
    }

    private static Country? AgencyCountry(Match m)
    {
        foreach (var iso3 in s_agencyCountries)
        {
            if (m.Groups[iso3].Success)
            {
                return CountryWords.ByIso3(iso3);
            }
        }

        return null;
    }

    private static readonly string[] s_agencyCountries = ["CHN", "RUS", "USA", "KOR"];

    /// <summary>Words that open a comparison base ("from", "than", "compared with", "с", "比", "较").</summary>
    public abstract Regex BaseOpener { get; }

    /// <summary>
    /// Words before a month that make it the month of the data a sentence cites ("customs data for June showed", "данные
    /// за июнь"); anchored at the end. Null: none.
    /// </summary>
    public virtual Regex? DataBeforeMonth => null;

    /// <summary>Words after a month that make it the month of the data cited ("June figures", "6月份数据"); anchored at the start. Null: none.</summary>
    public virtual Regex? DataAfterMonth => null;

    /// <summary>
    /// Words that open a comparison base before a period only, where before an amount they are a bound: "26.3% more
    /// than in 2022" (not "more than $100 billion"); anchored at the end. Null: none.
    /// </summary>
    public virtual Regex? PeriodBaseOpener => null;

    /// <summary>Words that make the amount after them a change, not a level ("rose by", "вырос на", "增加"); anchored at the end.</summary>
    public abstract Regex ChangeOpener { get; }

    /// <summary>
    /// The base period of a comparison, restated with its own amount after the claim's ("up 1.9% from the previous
    /// year, when it was $240.1 billion", "по сравнению с предыдущим годом, когда он составил", "上年为"): anchored at the
    /// end, group <c>p</c> the base period's words.
    /// </summary>
    public abstract Regex EarlierValueOpener { get; }

    /// <summary>
    /// After a base period, the clause that tells of it ("from 2023, when trade jumped 26.3%", "с 2023 годом, когда
    /// товарооборот вырос на 26,3%"): anchored at the start; null where the language has no such clause.
    /// </summary>
    public virtual Regex? WhenClause => null;

    /// <summary>A verb in the past perfect ("had hit", "had reached"): a fact before the text's time; null where the language has no such tense.</summary>
    public virtual Regex? PastPerfect => null;

    /// <summary>
    /// The words before a base year that make it the start of a change running to now ("since 2016", "с 2016 года", "2.5
    /// times what it was in 2017"), group <c>s</c> a since-word that belongs to the period's words: anchored at the end;
    /// null where the language says it after the year ("2016年以来", a period of its own).
    /// </summary>
    public virtual Regex? SinceOpener => null;

    /// <summary>
    /// Words before a product that say what a flow is made of ("mostly oil and gas", "в основном нефть", "主要是原油"):
    /// the figure is still the whole flow's. Anchored at the end; null where none are known.
    /// </summary>
    public virtual Regex? CompositionBefore => null;

    /// <summary>
    /// A word that makes a flow a part of it, next to the flow's noun ("морской экспорт", "海运贸易"), group <c>q</c>;
    /// null where the language marks it on the flow itself (English: <see cref="FlowMention.Qualifier"/>).
    /// </summary>
    public virtual Regex? PartOfFlow => null;

    /// <summary>
    /// Words that make a rate or a level one of quantity, not value ("in volume terms", "в натуральном выражении",
    /// "进口量"): a subset the store's values cannot show.
    /// </summary>
    public abstract Regex VolumeMeasure { get; }

    /// <summary>
    /// Words in a rate's clause that make it a yearly average ("an average annual rate of", "17% a year", "CAGR",
    /// "в среднем … в год", "среднегодовой", "年均"), matched on the clause up to a little past the rate.
    /// </summary>
    public abstract Regex AverageAnnual { get; }

    /// <summary>
    /// Words in a rate's clause that make it the rate a goal needs, not one forecast ("would need to grow 3.6% a year",
    /// "would require … to expand", "нужно наращивать на 3% в год", "должен расти на 3,5% в год", "需年均增长3.5%").
    /// </summary>
    public abstract Regex RequiredGrowth { get; }

    /// <summary>The rule of a balance whose owner is named and partner not ("Russia's surplus", "профицит России").</summary>
    public static string OwnBalanceRule(string code) => code + ".flow.balance-own";

    /// <summary>
    /// Words that make a needed rate one of each year, beyond <see cref="AverageAnnual"/>'s ("at an annual rate of",
    /// "every year", "каждый год", "每年"): a rate needed to a deadline, said yearly, is a compound rate.
    /// </summary>
    public abstract Regex EachYear { get; }

    /// <summary>A frame whose group <c>y</c> is a comparison base that no word before it opens ("是2016年的2.7倍"); null where none.</summary>
    public virtual Regex? BaseFrame => null;

    /// <summary>
    /// A change as the subject of the clause the amount ends ("the increase in trade was", "прирост товарооборота
    /// составил", "贸易增量为"); matched on the clause up to the amount, anchored at the end.
    /// </summary>
    public abstract Regex ChangeSubject { get; }

    /// <summary>
    /// A comparison after the amount that makes it a difference, not a level ("$4.7 billion more than in 2023", "на 4,7
    /// млрд больше, чем", "比上年多47亿美元" is read by the opener); matched on the text right after the amount, anchored
    /// at the start, and only when <see cref="ComparisonChangeBefore"/> holds for the text before it. Null: none.
    /// </summary>
    public virtual Regex? ComparisonChangeAfter => null;

    /// <summary>What must stand right before such an amount ("на" in Russian; nothing in English); anchored at the end.</summary>
    public virtual Regex? ComparisonChangeBefore => null;

    public abstract Regex YuanTerms { get; }

    public abstract Regex DollarTerms { get; }

    /// <summary>Characters that end a clause (kinds and subsets are read per clause).</summary>
    public abstract char[] ClauseBreaks { get; }

    public abstract Bound BoundOf(string word);

    /// <summary>Every growth rate in the sentence with its sign; a percent without a growth word is not a growth rate.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="amounts">Its amounts: a rate's clause ends at one.</param>
    /// <param name="periods">The sentence's <see cref="Periods"/>, read here only when a rate needs them (a list with no
    /// verb, a compared rate's own period) and handed back for the caller to reuse; null when not read.</param>
    public List<GrowthMention> Growths(string sentence, List<AmountMention> amounts, ref List<PeriodMention>? periods)
    {
        var found = new List<GrowthMention>();
        var barriers = amounts.Select(a => a.End).ToList();
        int? shareEnd = null;
        foreach (Match m in Percent.Matches(sentence))
        {
            var numbers = new List<Group> { m.Groups["num"] };
            if (m.Groups["list"].Success)
            {
                numbers.Insert(0, m.Groups["list"]);
            }

            var lastFigureEnd = LastFigureEnd(m.Index, barriers, found);
            if (ShareWords.IsMatch(sentence[lastFigureEnd..m.Index])
                || (shareEnd == lastFigureEnd && (EarlierLevelWords.IsMatch(sentence[lastFigureEnd..m.Index]) || EarlierLevelWords.IsMatch(AfterLastComma(sentence, lastFigureEnd, m.Index)))))
            {
                barriers.Add(m.Index + m.Length); // the next rate's clause starts after this share
                shareEnd = m.Index + m.Length;
                // "China's share in Russia's trade rose to 34%" was turnover growth of +34%; "up from 18%" its level before, and so
                // is "… accounts for about 4% of China's foreign trade, up from 2% in 2021" (the 2% was growth, "inaccurate").
                continue;
            }

            // The rate before, or an amount after it ("rose 1.9% to $244.8 billion, after 26.3% in 2023"), then a comparison's words.
            if (found.Count > 0 && lastFigureEnd - found[^1].End <= 60
                && EarlierLevel(sentence, lastFigureEnd, m.Index, ref periods) is { Success: true } earlier && !earlier.Groups["to"].Success)
            {
                // "rose 26.3% in 2023, up from 25% a year earlier" with no year before: the rate before, with no period of its
                // own, was read as 2023's and "inaccurate". With a period of its own ("compared with 26.3% in 2023", "from
                // 26.3% a year earlier" after 2024) it is that period's rate, read as a claim of its own.
                barriers.Add(m.Index + m.Length);
                if (EarlierLevelWordsNameItsPeriod && EarlierLevelWords.IsMatch(sentence.AsSpan(lastFigureEnd, m.Index - lastFigureEnd)))
                {
                    // A period in the words themselves ("，上年同期为增长26.3%") is the earlier rate's: the base, never the
                    // claim's (the 1.9% before it took 上年 as its year).
                    foreach (var p in (periods ??= Periods(sentence)).Where(p => p.Start >= lastFigureEnd && p.End <= m.Index))
                    {
                        p.IsBase = true;
                    }
                }

                if (OwnPeriodAfter(sentence, m.Index + m.Length, periods ??= Periods(sentence)) is not null && ComparedRate(sentence, m, found[^1]) is { } compared)
                {
                    found.Add(compared);
                }

                continue;
            }

            var sign = SignAround(sentence, m.Index, m.Index + m.Length, barriers, found, ref periods, out var rule, out var signWordEnd);
            if (sign == 0 && RangeSign(sentence, m.Groups["num"].Index, found) is { } inherited)
            {
                (sign, rule) = (inherited, "range-end");
            }

            if (sign == 0 && RestatedChangeSign(sentence, m.Index, amounts) is var restated and not 0)
            {
                (sign, rule) = (restated, "restated-change");
            }

            if (sign == 0)
            {
                continue;
            }

            var (comparison, baseText) = ComparisonAround(sentence, m.Index, m.Index + m.Length);
            var bound = BoundBeforeAt(sentence, m.Index);
            if (bound == Bound.Exact && m.Groups["after"] is { Success: true } after)
            {
                // "增长25%以上", "增长25%左右": the bound after the rate (it was read as exactly 25%).
                bound = after.Value == "以上" ? Bound.MoreThan : Bound.About;
            }

            foreach (var number in numbers)
            {
                // "вырос более чем на 20%", "почти на 30%": the bound may stand inside the match, before the number or its preposition.
                var numberBound = bound == Bound.Exact ? BoundBeforePreposition(sentence, number.Index) : bound;

                // A rate no trade value can show (a fall of more than all of it, "100000000000000%") is not read as one.
                if (NumberText.TryParse(number.Value, DecimalComma, out var value, out var decimals) && GrowthRateLimits.Hold(sign * value))
                {
                    var growth = new GrowthMention(number.Index, m.Index + m.Length, $"{Code}.growth.{rule}", sign * value,
                        NumberText.HalfUnit(decimals, 1m), numberBound, comparison, m.Value)
                    {
                        BaseText = baseText,
                        YearsSpanned = YearsSpannedAround(sentence, m.Index, m.Index + m.Length),
                        SignWordEnd = signWordEnd,
                    };
                    found.Add(number.Index == m.Groups["num"].Index ? AsRange(sentence, growth, value, sign, found) : growth);
                }
            }
        }

        foreach (Match m in Guarded(FractionGrowth, sentence, FractionWords))
        {
            var value = FractionValue(m, out var falling);
            if (value is null || found.Any(g => g.Start >= m.Index && g.Start <= m.Index + m.Length + 3))
            {
                continue; // "by a fifth (20.8%)": the percent says it exactly
            }

            if (ShareBefore(sentence, m.Index + m.Length, barriers, found))
            {
                continue; // "China made up a third of Russia's trade" was turnover growth of +33.3%
            }

            if (shareEnd is { } afterShare && m.Index >= afterShare && sentence.AsSpan(afterShare, m.Index - afterShare).Trim(" ,;–—-").IsEmpty)
            {
                continue; // "Russia's share of China's trade rose to 4.0%, double the level of 2018": the share doubled, not trade
            }

            // "almost a third", "почти на треть", "近三成": the qualifier is the bound; a fraction in words is as precise as
            // the words that could have been used instead.
            var precision = FractionPrecision(m, falling ? -value.Value : value.Value);
            var bound = m.Groups["b"].Success ? BoundOf(m.Groups["b"].Value.Trim()) : precision is null ? Bound.About : Bound.Exact;
            // A one-sided bound is about the fraction itself: "more than tripled" is above 200%, not above the 150% that
            // "tripled" alone may round from (2.69 times was "accurate within rounding"); half a point, as a whole percent.
            var rounding = precision
                ?? (bound is Bound.MoreThan or Bound.AtLeast or Bound.LessThan or Bound.UpTo ? 0.5m : FractionRounding(value.Value));
            var (comparison, baseText) = ComparisonAround(sentence, m.Index, m.Index + m.Length);
            found.Add(new GrowthMention(m.Index, m.Index + m.Length, $"{Code}.growth.in-words", falling ? -value.Value : value.Value,
                rounding, bound, comparison, m.Value)
            {
                BaseText = baseText,
                YearsSpanned = YearsSpannedAround(sentence, m.Index, m.Index + m.Length),
            });
        }

        return found.OrderBy(g => g.Start).ToList();
    }

    /// <summary>
    /// <see cref="EarlierLevelWords"/> between a figure and a percent; the periods between blanked when the words alone do
    /// not match ("rose 2.3% in the first 11 months of 2024, against 26.7% in…").
    /// </summary>
    private Match EarlierLevel(string sentence, int from, int to, ref List<PeriodMention>? periods)
    {
        var between = sentence[from..to];
        var match = EarlierLevelWords.Match(between);
        if (match.Success || between.Length > 80)
        {
            return match;
        }

        var blanked = between.ToCharArray();
        foreach (var p in periods ??= Periods(sentence))
        {
            for (var i = Math.Max(p.Start, from); i < Math.Min(p.End, to); i++)
            {
                blanked[i - from] = ' ';
            }
        }

        return EarlierLevelWords.Match(new string(blanked));
    }

    /// <summary>
    /// The period a compared rate names right after it, in its clause ("26.3% in 2023", "26.3% a year earlier", "a 26.3%
    /// rise in 2023"); null when none (it is then not read: it would take the period of the rate it is compared with).
    /// </summary>
    public PeriodMention? OwnPeriodAfter(string sentence, int end, List<PeriodMention> periods) =>
        periods.FirstOrDefault(p => !p.IsBase && p.Start >= end && p.Start <= end + 20
            && sentence.AsSpan(end, p.Start - end).IndexOfAny(ClauseBreaks) < 0 && !sentence.AsSpan(end, p.Start - end).ContainsAnyInRange('0', '9'));

    /// <summary>
    /// The rate an earlier rate is set against ("grew 1.9% in 2024, compared with 26.3% in 2023", "против 26,3% годом
    /// ранее"): its sign is its own, not the words' before it, which say how the rate moved ("slowed to 1.9%, down from
    /// 26.3%" is no fall of 26.3%). A word after it gives the sign ("a 3% fall"); else it is a rise when the rate it is
    /// compared with is one; after a fall it is not read (whether it fell too, the words do not say).
    /// </summary>
    private GrowthMention? ComparedRate(string sentence, Match m, GrowthMention later)
    {
        var end = m.Index + m.Length;
        var after = sentence.AsSpan(end, Math.Min(24, sentence.Length - end)).ToString();
        var sign = RiseAfter.IsMatch(after) ? 1 : FallAfter.IsMatch(after) ? -1 : later.Percent > 0 ? 1 : 0;
        var number = m.Groups["num"];
        if (sign == 0 || !NumberText.TryParse(number.Value, DecimalComma, out var value, out var decimals) || !GrowthRateLimits.Hold(sign * value))
        {
            return null;
        }

        var (comparison, baseText) = ComparisonAround(sentence, m.Index, end);
        return new GrowthMention(number.Index, end, $"{Code}.growth.compared-rate", sign * value, NumberText.HalfUnit(decimals, 1m), BoundBeforeAt(sentence, m.Index), comparison, m.Value)
        {
            BaseText = baseText,
            ComparedWith = later,
        };
    }

    /// <summary>The precision of a change said as a multiple written in digits ("в 1,26 раза"); null for words, which <see cref="FractionRounding"/> sets.</summary>
    protected virtual decimal? FractionPrecision(Match match, decimal percent) => null;

    // The shares news says in words, in percent: a tenth, a fifth, a quarter, a third, a half, two-thirds, doubled, tripled,
    // quadrupled, fivefold… tenfold (each whole multiple ±50 points, half the gap to the next).
    private static readonly decimal[] s_fractions = [10m, 20m, 25m, 100m / 3, 50m, 200m / 3, 75m, 100m, 200m, 300m, 400m, 500m, 600m, 700m, 800m, 900m];

    /// <summary>
    /// How precise a growth rate said as a fraction is: half the gap to the nearer fraction the text could have said
    /// instead ("a third" stands for 29.2–41.7%: ±4.17 points; "a quarter" ±2.5).
    /// </summary>
    protected virtual decimal FractionRounding(decimal percent)
    {
        var p = Math.Abs(percent);
        var i = Array.FindIndex(s_fractions, f => Math.Abs(f - p) < 0.05m); // a third is read as 33.3
        if (i < 0)
        {
            return 0m;
        }

        var below = i > 0 ? (s_fractions[i] - s_fractions[i - 1]) / 2 : s_fractions[i] / 2;
        var above = i < s_fractions.Length - 1 ? (s_fractions[i + 1] - s_fractions[i]) / 2 : below;
        return Math.Round(Math.Min(below, above), 2);
    }

    // The clause since the last figure read (an amount or an earlier rate) up to the rate: "trade rose 26.3%, and
    // China's share of it reached 34%" keeps the first rate and drops the second.
    private bool ShareBefore(string sentence, int start, List<int> barriers, List<GrowthMention> earlier) =>
        ShareWords.IsMatch(sentence[LastFigureEnd(start, barriers, earlier)..start]);

    // The words between the last comma in [start, end) and end; empty when there is no comma (the whole gap was tried).
    private static string AfterLastComma(string sentence, int start, int end)
    {
        var comma = sentence.AsSpan(start, end - start).LastIndexOfAny(',', '，');
        return comma < 0 ? string.Empty : sentence[(start + comma + 1)..end];
    }

    // Where the last figure read before a rate ends (an amount or an earlier rate); 0 when none.
    private static int LastFigureEnd(int start, List<int> barriers, List<GrowthMention> earlier) =>
        barriers.Concat(earlier.Select(g => g.End)).Where(b => b <= start).DefaultIfEmpty(0).Max();

    /// <summary>
    /// Each match of <paramref name="pattern"/> ("the year before", "годом ранее") after a named year becomes the year
    /// before it, in place of any mention it overlaps; <paramref name="found"/> stays in order of position.
    /// </summary>
    protected void AddYearsBefore(string sentence, List<PeriodMention> found, Regex pattern) => AddYearsBeside(sentence, found, pattern, -1);

    /// <summary>
    /// As <see cref="AddYearsBefore"/>, for "the next year", "a year later", "годом позже": the year after the one named
    /// before it ("fell 28% in 2015 and rose 2.2% the next year" read both rates as 2015's).
    /// </summary>
    protected void AddYearsAfter(string sentence, List<PeriodMention> found, Regex pattern) => AddYearsBeside(sentence, found, pattern, 1);

    private void AddYearsBeside(string sentence, List<PeriodMention> found, Regex pattern, int offset)
    {
        foreach (Match m in pattern.Matches(sentence))
        {
            if (found.LastOrDefault(f => f.End <= m.Index && f.Kind == PeriodKind.Year && f.Year is not null && !f.IsDeadline) is { Year: { } named })
            {
                found.RemoveAll(f => f.Start < m.Index + m.Length && m.Index < f.End);
                found.Add(new(m.Index, m.Index + m.Length, $"{Code}.period.{(offset < 0 ? "year-before" : "year-after")}", PeriodKind.Year, named + offset, RelativeYear.None, 1, 12, m.Value));
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>"last month", "this month" and their translations: a month from the article date (<see cref="PeriodMention.LastMonth"/>, <see cref="PeriodMention.ThisMonth"/>).</summary>
    protected PeriodMention RelativeMonth(Match match, bool thisMonth) => new(
        match.Index, match.Index + match.Length, $"{Code}.period.{(thisMonth ? "this-month" : "last-month")}", PeriodKind.Month, null, RelativeYear.None,
        thisMonth ? PeriodMention.ThisMonth : PeriodMention.LastMonth, 1, match.Value);

    private int SignAround(string sentence, int start, int end, List<int> barriers, List<GrowthMention> earlier, ref List<PeriodMention>? periods, out string rule, out int? signWordEnd)
    {
        signWordEnd = null;
        if (SignInBrackets(sentence, start, end) is { } written)
        {
            rule = "signed-in-brackets";
            return written;
        }

        var after = sentence.AsSpan(end, Math.Min(24, sentence.Length - end)).ToString();
        if (RiseAfter.Match(after) is { Success: true } riseWord)
        {
            (rule, signWordEnd) = ("percent-then-rise-word", end + riseWord.Length);
            return 1;
        }

        if (FallAfter.Match(after) is { Success: true } fallWord)
        {
            (rule, signWordEnd) = ("percent-then-fall-word", end + fallWord.Length);
            return -1;
        }

        var from = Math.Max(start - 90, LastFigureEnd(start, barriers, earlier));

        var semicolon = sentence.LastIndexOfAny([';', '；'], Math.Max(start - 1, 0));
        if (semicolon >= from && semicolon < start)
        {
            from = semicolon + 1;
        }

        var window = sentence[from..start];
        var rise = LastMatch(RiseBefore, window);
        var fall = LastMatch(FallBefore, window);
        if (rise < 0 && fall < 0)
        {
            // A list continues the sign of its first item: "分别下降6.9%和6.5%", "up 5% and 7%".
            var previous = earlier.LastOrDefault();
            if (previous is not null && previous.End <= start && ListJoin().IsMatch(sentence[previous.End..start]))
            {
                rule = "list";
                return Math.Sign(previous.Percent) == 0 ? 1 : Math.Sign(previous.Percent);
            }

            if (previous is not null && previous.End <= start && ElidedVerb(sentence, previous.End, start, periods ??= Periods(sentence)))
            {
                // "grew 29% in 2022 and 26% in 2023", "в 2022 году вырос на 29%, в 2023 году - на 26%": the verb is not repeated.
                rule = "list-of-periods";
                return Math.Sign(previous.Percent) == 0 ? 1 : Math.Sign(previous.Percent);
            }

            if (previous is not null && previous.End <= start && ElidedFlowVerb().IsMatch(sentence[previous.End..start]))
            {
                // "exports rose 46.9% and imports 12.7%": the other flow, its verb not repeated.
                rule = "other-flow-verb-elided";
                return Math.Sign(previous.Percent) == 0 ? 1 : Math.Sign(previous.Percent);
            }

            rule = string.Empty;
            return 0;
        }

        rule = fall > rise ? "fall-word-then-percent" : "rise-word-then-percent";
        return fall > rise ? -1 : 1;
    }

    /// <summary>
    /// The sign written on a rate that opens brackets: "$244.8 billion (+1.9%)", "(−6,9% г/г)", "（+1.9%）" give the
    /// change on its own, with no verb. Not a change in points ("(+1,9 п.п.)": a share's or rate's change, not growth).
    /// </summary>
    private static int? SignInBrackets(string sentence, int start, int end)
    {
        if (start < 2 || sentence[start - 2] is not ('(' or '（') || sentence.AsSpan(start, end - start).Contains("п.п", StringComparison.Ordinal))
        {
            return null;
        }

        return sentence[start - 1] switch
        {
            '+' => 1,
            '-' or '−' or '–' => -1,
            _ => null,
        };
    }

    private static int LastMatch(Regex regex, string window)
    {
        var last = -1;
        foreach (Match m in regex.Matches(window))
        {
            last = m.Index;
        }

        return last;
    }

    // The comparison marker nearest the rate wins: "较上月下降至715万吨,但仍较上年同期增长8%" is year on year. An other
    // base comes with its words, for the reason the rate is not judged.
    public (GrowthComparison Comparison, string? BaseText) ComparisonAround(string sentence, int start, int end)
    {
        var (comparison, text, _) = NearestComparison(sentence, start, end);
        return (comparison, text);
    }

    /// <summary>
    /// How far from the rate the marker stands that makes it year on year or on the period before, leaving out one
    /// that holds the base year at <paramref name="baseStart"/> ("from 2016" is a marker too); null when it is neither.
    /// A base year farther than that is another rate's: "同比增长26.3%，…，比2016年增长了2.5倍".
    /// </summary>
    public int? OwnComparisonDistance(string sentence, int start, int end, int baseStart, int baseEnd) =>
        NearestComparison(sentence, start, end, (baseStart, baseEnd)) is { Comparison: GrowthComparison.YearOnYear or GrowthComparison.PreviousPeriod, Distance: var distance }
            ? distance
            : null;

    private (GrowthComparison Comparison, string? BaseText, int Distance) NearestComparison(string sentence, int start, int end, (int Start, int End)? skipped = null)
    {
        var from = Math.Max(0, start - 40);
        var to = Math.Min(sentence.Length, end + 45);
        var best = GrowthComparison.Unstated;
        string? text = null;
        var bestDistance = int.MaxValue;
        foreach (var (regex, comparison) in new[] { (PreviousPeriod, GrowthComparison.PreviousPeriod), (YearOnYear, GrowthComparison.YearOnYear), (OtherBase, GrowthComparison.OtherBase) })
        {
            foreach (Match m in regex.Matches(sentence[from..to]))
            {
                var position = from + m.Index;
                if (skipped is var (skipStart, skipEnd) && position < skipEnd && skipStart < position + m.Length)
                {
                    continue;
                }

                var distance = position + m.Length <= start ? start - (position + m.Length) : position >= end ? position - end : 0;
                if (position + m.Length <= start && IsVerbOnly(sentence.AsSpan(position + m.Length, start - position - m.Length)))
                {
                    distance = 0; // "同比下降6.3%，环比下降8.1%": the marker before the rate's verb is the rate's, not the next one's
                }

                if (distance < bestDistance)
                {
                    (best, bestDistance, text) = (comparison, distance, comparison == GrowthComparison.OtherBase ? m.Value.Trim() : null);
                }
            }
        }

        return (best, text, bestDistance);
    }

    /// <summary>
    /// True when <paramref name="period"/> starts a superlative's span: "the fastest pace since 2010", "its first decline
    /// since 2020", "впервые с 2020 года" (the superlative just before), "为2020年以来首次下降" (just after). The rate was
    /// judged as the change since that year.
    /// </summary>
    public bool StartsSuperlativeSpan(string sentence, PeriodMention period)
    {
        var from = Math.Max(0, period.Start - 35);
        var clauseStart = sentence.AsSpan(from, period.Start - from).LastIndexOfAny(s_gapBreaks);
        from = clauseStart < 0 ? from : from + clauseStart + 1;
        return SpanSuperlative.IsMatch(sentence.AsSpan(from, period.Start - from))
            || (SinceWordsAfter(sentence, period.End) > 0 && SpanSuperlative.IsMatch(sentence.AsSpan(period.End, Math.Min(8, sentence.Length - period.End))));
    }

    /// <summary>
    /// The words of a year that starts a span to now where the language says it around the year ("自2016年以来"): from a
    /// word opening it to the words after it; the mention's own span where the language has none.
    /// </summary>
    public virtual (int Start, int End) SinceSpan(string sentence, PeriodMention mention) => (mention.Start, mention.End);

    /// <summary>The length of the words right after a year that make it the start of a span to now ("以来", "至今"), spaces included; 0 when none.</summary>
    protected virtual int SinceWordsAfter(string sentence, int end) => 0;

    // "has nearly tripled over the past decade to $244.8 billion in 2024" was judged as 2024 on 2023 (+1.9%: inaccurate).
    // The span nearest the rate in its window, unless a superlative holds it ("the slowest pace in five years"). A span
    // that opens the sentence is the whole sentence's however far the rate ("Over the past five years, trade has grown
    // at an average annual rate of about 17%" had no period), unless another figure stands between.
    private YearsSpan? YearsSpannedAround(string sentence, int start, int end)
    {
        var from = OpeningSpan(sentence, start) ? 0 : Math.Max(0, start - 60);
        var to = Math.Min(sentence.Length, end + 45);
        YearsSpan? best = null;
        var bestDistance = int.MaxValue;
        foreach (Match m in YearsSpan.Matches(sentence, from))
        {
            if (m.Index + m.Length > to)
            {
                break;
            }

            var (near, nearEnd) = (Math.Max(0, m.Index - 30), Math.Min(sentence.Length, m.Index + m.Length + 6));
            var years = m.Groups["decade"].Success ? 10 : NumberText.SmallCount(m.Groups["n"].Value);
            var distance = m.Index + m.Length <= start ? start - (m.Index + m.Length) : m.Index >= end ? m.Index - end : 0;
            // "过去两年,双边贸易额屡创新高,2022年涨幅近三成": a year between the span and the rate is the rate's own.
            var between = m.Index + m.Length <= start ? sentence.AsSpan(m.Index + m.Length, start - m.Index - m.Length) : m.Index >= end ? sentence.AsSpan(end, m.Index - end) : [];
            if (years is >= 2 and <= 50 && distance < bestDistance && !SpanSuperlative.IsMatch(sentence[near..nearEnd]) && !YearBetween().IsMatch(between))
            {
                (best, bestDistance) = (new YearsSpan(years.Value, m.Value.Trim()), distance);
            }
        }

        return best;
    }

    private bool OpeningSpan(string sentence, int rateStart) =>
        YearsSpan.Match(sentence, 0, Math.Min(sentence.Length, 40)) is { Success: true, Index: < 3 } m
        && m.Index + m.Length <= rateStart && !sentence.AsSpan(m.Index + m.Length, rateStart - m.Index - m.Length).ContainsAnyInRange('0', '9');

    private static Regex? s_yearBetween;

    private static Regex YearBetween() => s_yearBetween ??= InterpretedRegex.Create(@"(?<!\d)(?:19|20)\d{2}(?!\d)");

    // Only a rise or fall word (with "by", "на", "了") between a comparison marker and its rate.
    private bool IsVerbOnly(ReadOnlySpan<char> gap)
    {
        if (gap.Length is 0 or > 14 || gap.ContainsAny(s_gapBreaks))
        {
            return false;
        }

        var text = gap.ToString();
        return RiseBefore.IsMatch(text) || FallBefore.IsMatch(text);
    }

    private static readonly SearchValues<char> s_gapBreaks = SearchValues.Create(",，;；.。");

    // The bound before the preposition that leads a rate ("более чем на 20%", "почти на 30%").
    private Bound BoundBeforePreposition(string sentence, int number)
    {
        var from = Math.Max(0, number - 6);
        if (sentence.AsSpan(from, number - from).IndexOfAny(s_prepositionLetters) < 0)
        {
            return Bound.Exact; // no "на" or "by" before the number: most rates
        }

        var preposition = GrowthPreposition().Match(sentence, from, number - from);
        return preposition.Success ? BoundBeforeAt(sentence, preposition.Index) : Bound.Exact;
    }

    private static readonly SearchValues<char> s_prepositionLetters = SearchValues.Create("наНАbyBY");

    private static Regex? s_growthPreposition;

    private static Regex GrowthPreposition() => s_growthPreposition ??= InterpretedRegex.Create(@"(?<![\p{L}])(?i:на|by)\s*\p{Sc}?\s*$");

    /// <summary>The bound written right before position <paramref name="start"/>, if any.</summary>
    public Bound BoundBeforeAt(string sentence, int start)
    {
        var from = Math.Max(0, start - 24);
        if (!sentence.AsSpan(from, start - from).ContainsAny(BoundWords))
        {
            return Bound.Exact; // most numbers have no bound word before them, and the pattern is costly to try at each position
        }

        var m = BoundBefore.Match(sentence[from..start]);
        return m.Success ? BoundOf(m.Groups["b"].Value) : Bound.Exact;
    }

    // Enumerated once here, so the threads that read sentences in parallel (ClaimExtractor) only read it.
    private static readonly MatchCollection s_noMatches = NoMatches();

    private static MatchCollection NoMatches()
    {
        var none = InterpretedRegex.Create("(?!)").Matches(string.Empty);
        _ = none.Count;
        return none;
    }

    /// <summary>
    /// The pattern's matches in the sentence, or none without trying it when the sentence holds none of
    /// <paramref name="words"/>, which every match contains (see <see cref="BoundWords"/>).
    /// </summary>
    protected static MatchCollection Guarded(Regex pattern, string sentence, SearchValues<string> words) =>
        sentence.AsSpan().ContainsAny(words) ? pattern.Matches(sentence) : s_noMatches;

    /// <summary>Finds country words with the language's pattern and resolver.</summary>
    protected static List<CountryMention> FindCountries(string sentence, Regex pattern, Func<string, Country?> resolve, string rule)
    {
        var found = new List<CountryMention>();
        foreach (Match m in pattern.Matches(sentence))
        {
            if (resolve(m.Value) is { } country)
            {
                found.Add(new CountryMention(m.Index, m.Index + m.Length, rule, country));
            }
        }

        return found;
    }

    /// <summary>Makes a money amount mention, or none when the digits do not parse or overflow.</summary>
    protected AmountMention? MakeAmount(Match m, Group number, decimal scale, Currency currency, string rule, string sentence, bool decimalComma)
    {
        if (!NumberText.TryParse(number.Value, decimalComma, out var value, out var decimals))
        {
            return null;
        }

        try
        {
            var amount = checked(value * scale);
            var text = m.Value.Trim();
            return new AmountMention(m.Index, m.Index + m.Length, rule, amount, currency, NumberText.HalfUnit(decimals, scale),
                BoundBeforeAt(sentence, m.Index), text, IsVolume: false);
        }
        catch (OverflowException)
        {
            return null; // an absurd number is not a claim
        }
    }

    // Between two rates: nothing but periods, prepositions and joiners, and at least one period.
    private static bool ElidedVerb(string sentence, int from, int to, List<PeriodMention> periods)
    {
        var gap = sentence.ToCharArray(from, to - from);
        var anyPeriod = false;
        foreach (var period in periods)
        {
            if (period.Start >= from && period.End <= to)
            {
                Array.Fill(gap, ' ', period.Start - from, period.End - period.Start);
                anyPeriod = true;
            }
        }

        return anyPeriod && PeriodListGap().IsMatch(gap);
    }

    // Interpreted, built on first use (InterpretedRegex).
    private static Regex? s_elidedFlowVerb;

    // Between two rates: a joiner and the other flow's noun only, with its partner at most ("and imports", "and imports
    // from Russia", "а импорт из России — на", "自俄进口"); the first rate's level may stand before the joiner
    // ("— до 110,97 млрд долларов, а импорт — на"), after the first rate's comparison ("на 8,2% в годовом выражении, до
    // $9,4 млрд, импорт из России — на 3,1%").
    private static Regex ElidedFlowVerb() => s_elidedFlowVerb ??= InterpretedRegex.Create(
        @"^(?:\s*(?i:в\s+годовом\s+(?:выражении|исчислении)|year[- ]on[- ]year|y/y))?(?:\s*,?\s*(?:[-—–]\s*)?(?i:до|to)\s+\$?\d[\d.,]*\s*\p{L}+\.?(?:\s+\p{L}+)?)?\s*(?:,\s*)?(?i:and|while|whereas|и|а|，|,|而)\s*(?i:its\s+|their\s+)?(?:\p{L}+(?:ий|ый|ой|ая|ие|ые)\s+)?(?:(?:自|从|從|对|對)\p{IsCJKUnifiedIdeographs}{1,4})?(?i:imports|exports|импорт|экспорт|поставки|进口|出口)"
        // The flow's own countries, "экспорт России в Китай — на", "российский экспорт в КНР — на", "импорт Китая из России — на".
        + @"(?:\s+(?!(?i:на|by|from|to|из|в|во)\b)\p{Lu}\p{L}+)?(?:\s+(?i:from|to|из|в|во)\s+\p{L}+)?\s*(?:[-—–]\s*)?(?i:by\s+|на\s+)?$");

    /// <summary>
    /// "rose by $4.7 billion, or 1.9%", "вырос на 4,7 млрд долларов, или на 1,9%", "fell $87.3 billion (16.2%)": a rate that
    /// restates the change a verb opened takes its sign; the amount stood between the verb and the rate, which was lost.
    /// </summary>
    private int RestatedChangeSign(string sentence, int start, List<AmountMention> amounts)
    {
        var change = amounts.LastOrDefault(a => a.End <= start);
        if (change is null || !RestatedChangeGap().IsMatch(sentence.AsSpan(change.End, start - change.End)))
        {
            return 0;
        }

        return ChangeSign(ChangeOpener.Match(sentence[Math.Max(0, change.Start - 40)..change.Start]));
    }

    /// <summary>The sign of the change a <see cref="ChangeOpener"/> match opens ("fell by" −1, "rose by" +1); 0 when none matched.</summary>
    public int ChangeSign(Match opener) => !opener.Success ? 0 : SaysFall(opener.Value) ? -1 : 1;

    private static Regex? s_restatedChangeGap;

    private static Regex RestatedChangeGap() => s_restatedChangeGap ??= InterpretedRegex.Create(
        @"^\s*(?:[,，]\s*(?:or|или|即|或)?|[(（])\s*(?:на\s+)?(?:(?:about|around|some|roughly|nearly|almost|approximately|около|почти|примерно|порядка|约|近)\s*)?$",
        RegexOptions.IgnoreCase);

    private static Regex? s_listJoin;

    // "fell 6.3% year on year and 8.1% month on month", "на 6,3% в годовом выражении и на 8,1% в месячном": the first
    // rate's comparison may stand before the joiner.
    private static Regex ListJoin() => s_listJoin ??= InterpretedRegex.Create(@"^\s*(?:(?:year[- ]on[- ]year|year[- ]over[- ]year|y/y|в\s+годовом\s+(?:выражении|исчислении))\s*)?(?:,\s*)?(?:and|и|та|和|与|與|及|、|,|/)\s*(?:by\s+|на\s+)?$", RegexOptions.IgnoreCase);

    private static Regex? s_periodListGap;

    // Between a rate and the next period's, a joiner and the periods only; the next may be told by its pronoun ("grew
    // 35.8% in 2021, and in 2022 it was 29.3%"): the rate is the same measure's. A rounding word may stand before it ("а в
    // третьем квартале — примерно на 20%": the 20% was lost, and the 17.1% before it took the third quarter).
    private static Regex PeriodListGap() => s_periodListGap ??= InterpretedRegex.Create(@"^(?:[\s,;、，；—–-]|(?<![\p{L}])(?:in|during|for|and|by|compared\s+(?:with|to)|it\s+was|it\s+stood\s+at|it\s+came\s+to|about|around|roughly|nearly|almost|approximately|в|во|за|и|а|на|году|годах|годом|г\.?|по\s+сравнению\s+со?|относительно|примерно|около|почти|приблизительно|порядка)(?![\p{L}])|和|与|與|及|比|较|較|约|近)*$", RegexOptions.IgnoreCase);
}
