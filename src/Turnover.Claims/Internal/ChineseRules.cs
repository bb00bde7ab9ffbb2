using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Turnover.Core;

namespace Turnover.Claims.Internal;

/// <summary>Chinese rules, simplified and traditional script: 亿/万/万亿 units, 对/自 directions, 同比/环比.</summary>
internal sealed partial class ChineseRules : LanguageRules
{
    private const string C = CountryWords.ChinesePattern;
    private const string Num = @"\d+(?:\.\d+)?";
    private const string Count = @"\d{1,2}|[一二两兩三四五六七八九十]{1,3}";

    // A month's number in digits or in Chinese numerals (一至九月, 十一月). A single month takes the numerals only after a
    // year ("2022年十一月"): alone, 十月 may be part of a name.
    private const string MonthNumber = @"\d{1,2}|十[一二]?|[一二三四五六七八九]";

    public static readonly ChineseRules Instance = new();

    public override ClaimLanguage Language => ClaimLanguage.Chinese;

    public override string Code => "zh";

    public override bool DecimalComma => false;

    public override List<AmountMention> Amounts(string sentence)
    {
        var found = new List<AmountMention>();
        foreach (Match m in AmountPattern().Matches(sentence))
        {
            var unit = Unit(m.Groups["u"].Value);
            if (!NumberText.TryParse(m.Groups["num"].Value, false, out var value, out var decimals))
            {
                continue;
            }

            var rounding = NumberText.HalfUnit(decimals, unit);
            decimal amount;
            try
            {
                amount = checked(value * unit);
                if (m.Groups["num2"].Success && NumberText.TryParse(m.Groups["num2"].Value, false, out var rest, out var restDecimals))
                {
                    amount = checked(amount + (rest * 10_000m)); // 2181亿7600万
                    rounding = NumberText.HalfUnit(restDecimals, 10_000m);
                }
            }
            catch (OverflowException)
            {
                continue;
            }

            var currency = m.Groups["cur"].Value switch
            {
                "美元" => Currency.Usd,
                "欧元" or "歐元" => new Currency("EUR"),
                "新元" => new Currency("SGD"),
                "卢布" or "盧布" => new Currency("RUB"),
                "日元" => new Currency("JPY"),
                _ => new Currency("CNY"),
            };
            var bound = m.Groups["more"].Success || m.Groups["more2"].Success || m.Groups["after"].Value == "以上" ? Bound.MoreThan
                : m.Groups["after"].Value == "左右" ? Bound.About
                : BoundBeforeAt(sentence, m.Index);
            var rule = m.Groups["num2"].Success ? "zh.amount.yi-wan-compound" : currency == Currency.Usd ? "zh.amount.yi-usd" : "zh.amount.yi-yuan";
            found.Add(new AmountMention(m.Index, m.Index + m.Length, rule, amount, currency, rounding, bound, m.Value.Trim(), IsVolume: false));
        }

        // The unit guard spares most sentences the volume pattern, which is tried at every number.
        foreach (Match m in Guarded(VolumePattern(), sentence, s_volumeUnits))
        {
            if (NumberText.TryParse(m.Groups["num"].Value, false, out var value, out var decimals))
            {
                var unit = m.Groups["u"].Success ? Unit(m.Groups["u"].Value) : 1m;
                var measure = m.Groups["unit"].Value;
                found.Add(new AmountMention(m.Index, m.Index + m.Length, "zh.volume.tonnes", value * unit, new Currency("XXX"),
                    NumberText.HalfUnit(decimals, unit), BoundBeforeAt(sentence, m.Index), m.Value, IsVolume: true)
                {
                    Unit = measure is "吨" or "噸" ? VolumeUnit.Tonnes : measure == "桶" ? VolumeUnit.Barrels : VolumeUnit.CubicMetres,
                });
            }
        }

        var sorted = found.OrderBy(a => a.Start).ToList();
        MergeRanges(sentence, sorted);
        return sorted;
    }

    protected override Regex RangeOpener => RangePattern();

    protected override decimal? ScaleIn(string text) => ScaleWordPattern().Match(text) is { Success: true } m ? Unit(m.Value) : null;

    private static Regex? s_rangePattern;

    // "2300亿至2450亿美元", "2300至2450亿美元", "2300-2450亿美元"; "从1902亿美元到2401亿美元" is a change, not a range.
    private static Regex RangePattern() => s_rangePattern ??= InterpretedRegex.Create(
        @"(?<!(?:从|從|由)\s*)(?<![\d.])(?<low>" + Num + @")\s*(?<scale>万亿|萬億|亿|億|万|萬)?\s*(?:美元)?\s*(?:至|到|-|–|—|～|~)\s*$");

    private static Regex? s_scaleWordPattern;

    private static Regex ScaleWordPattern() => s_scaleWordPattern ??= InterpretedRegex.Create("万亿|萬億|亿|億|万|萬");

    private static decimal Unit(string unit) => unit switch
    {
        "万亿" or "萬億" => 1_000_000_000_000m,
        "亿" or "億" => 100_000_000m,
        "万" or "萬" => 10_000m,
        _ => 1m,
    };

    public override List<FlowMention> Balances(string sentence, List<CountryMention> countries)
    {
        var found = new List<FlowMention>();
        foreach (Match m in OwnedBalance().Matches(sentence))
        {
            // "中方顺差", "中国对美贸易顺差", "我国对俄贸易逆差": the owner opens the phrase.
            var owner = CountryWords.FromChinese(m.Groups["a"].Value);
            var partner = m.Groups["b"].Success ? CountryWords.FromChinese(m.Groups["b"].Value) : null;
            // "中方顺差" names a side of a pair (the partner is the text's other country); "中国贸易顺差" with no "对X" is
            // the balance with the world.
            if (owner is null || partner == owner || (partner is null && !m.Groups["a"].Value.EndsWith('方')))
            {
                continue;
            }

            var flow = m.Groups["kind"].Value == "逆差" ? StatedFlow.Deficit : StatedFlow.Surplus;
            found.Add(new FlowMention(m.Index, m.Index + m.Length, "zh.flow.balance-of", flow, null, null, m.Value) { First = owner, Second = partner });
        }

        // "对华贸易逆差" names no owner: the text's other country of the pair with China, if it has one.
        foreach (Match m in PartnerBalance().Matches(sentence))
        {
            if (!found.Exists(f => f.Start < m.Index + m.Length && m.Index < f.End) && CountryWords.FromChinese(m.Groups["b"].Value) is { } partner)
            {
                var flow = m.Groups["kind"].Value is "逆差" ? StatedFlow.Deficit : StatedFlow.Surplus;
                found.Add(new FlowMention(m.Index, m.Index + m.Length, "zh.flow.balance-with", flow, null, null, m.Value) { Second = partner });
            }
        }

        return found;
    }

    public override List<FlowMention> Flows(string sentence, List<CountryMention> countries)
    {
        var found = new List<FlowMention>();
        Add(found, DirectedExport(), sentence, StatedFlow.Exports, "zh.flow.dui-export");
        Add(found, DirectedImport(), sentence, StatedFlow.Imports, "zh.flow.zi-import");
        Add(found, OwnerExport(), sentence, StatedFlow.Exports, "zh.flow.country-export");
        Add(found, OwnerImport(), sentence, StatedFlow.Imports, "zh.flow.country-import");
        foreach (Match m in TurnoverWord().Matches(sentence))
        {
            if (!found.Any(f => f.Start < m.Index + m.Length && m.Index < f.End))
            {
                found.Add(new FlowMention(m.Index, m.Index + m.Length, "zh.flow.trade-word", StatedFlow.Turnover, null, null, m.Value));
            }
        }

        // A bare 出口 or 进口 ("对俄出口增长46.9%，进口增长12.7%"): a flow of its own, whose direction the flow named before it
        // gives (or none, and no claim). Without it the 12.7% went to the exports.
        Add(found, BareExport(), sentence, StatedFlow.Exports, "zh.flow.bare");
        Add(found, BareImport(), sentence, StatedFlow.Imports, "zh.flow.bare");

        return found.OrderBy(f => f.Start).ToList();
    }

    private static void Add(List<FlowMention> found, Regex regex, string sentence, StatedFlow flow, string rule)
    {
        foreach (Match m in regex.Matches(sentence))
        {
            if (found.Any(f => f.Start < m.Index + m.Length && m.Index < f.End))
            {
                continue;
            }

            var exporter = m.Groups["exp"].Success ? CountryWords.FromChinese(m.Groups["exp"].Value) : null;
            var importer = m.Groups["imp"].Success ? CountryWords.FromChinese(m.Groups["imp"].Value) : null;
            found.Add(new FlowMention(m.Index, m.Index + m.Length, rule, flow, exporter, importer, m.Value));
        }
    }

    public override List<CountryMention> Countries(string sentence) =>
        FindCountries(sentence, CountryPattern(), CountryWords.FromChinese, "zh.country");

    public override UnreadPeriod? UnreadPeriodIn(string sentence) =>
        PeriodPattern().Matches(sentence).Where(m => m.Groups["rolling"].Success)
            .Select(m => m.Value.Contains("截至", StringComparison.Ordinal)
                ? new UnreadPeriod(UnreadPeriodKind.TwelveMonths, m.Value.Trim()) { Through = MonthOf(MonthYearPattern().Match(m.Value)) }
                : new UnreadPeriod(UnreadPeriodKind.LatestMonths, m.Value.Trim()) { Months = 12 }).FirstOrDefault();

    private static Regex? s_monthYearPattern;

    // "2023年11月": the month twelve months run to.
    private static Regex MonthYearPattern() => s_monthYearPattern ??= InterpretedRegex.Create(@"(?<y>(?:19|20)\d{2})\s*年\s*(?<mon>\d{1,2})\s*月");

    public override List<PeriodMention> Periods(string sentence)
    {
        var found = new List<PeriodMention>();
        foreach (Match m in PeriodPattern().Matches(sentence))
        {
            var g = m.Groups;
            if (g["date"].Success || g["rolling"].Success)
            {
                // A calendar date (publication day) is not a period; twelve months across two years ("过去12个月（截至2023年11月）")
                // are none that a period here can be: no period, rather than their last month's (November's figure was compared).
                continue;
            }

            int? year = g["y"].Success ? int.Parse(g["y"].Value, CultureInfo.InvariantCulture) : null;
            var rel = g["rel"].Value;
            var relative = rel is "今年" or "本年" or "当年" or "當年" ? RelativeYear.ThisYear : rel is "去年" or "上年" ? RelativeYear.LastYear : rel is "明年" ? RelativeYear.NextYear : RelativeYear.None;
            PeriodMention? mention = null;
            if (g["m1"].Success && NumberText.SmallCount(g["m1"].Value) is { } m1 && NumberText.SmallCount(g["m2"].Value) is { } m2 && m2 >= m1 && m2 <= 12)
            {
                mention = new(m.Index, m.Index + m.Length, "zh.period.month-range", m1 == 1 ? PeriodKind.YearToDate : PeriodKind.None, year, relative, m1, m2 - m1 + 1, m.Value);
            }
            else if (g["n"].Success && NumberText.SmallCount(g["n"].Value) is { } n and >= 1 and <= 12)
            {
                mention = new(m.Index, m.Index + m.Length, "zh.period.first-n-months", PeriodKind.YearToDate, year, relative, 1, n, m.Value);
            }
            else if (g["h"].Success)
            {
                mention = new(m.Index, m.Index + m.Length, "zh.period.half", PeriodKind.Half, year, relative, g["h"].Value == "上" ? 1 : 7, 6, m.Value);
            }
            else if (g["nq"].Success)
            {
                // 前三季度, "the first three quarters": January to September.
                var quarters = "二两兩2".Contains(g["nq"].Value, StringComparison.Ordinal) ? 2 : 3;
                mention = new(m.Index, m.Index + m.Length, "zh.period.first-n-quarters", PeriodKind.YearToDate, year, relative, 1, quarters * 3, m.Value);
            }
            else if (g["q"].Success)
            {
                var q = "一1".Contains(g["q"].Value, StringComparison.Ordinal) ? 1 : "二2".Contains(g["q"].Value, StringComparison.Ordinal) ? 2 : "三3".Contains(g["q"].Value, StringComparison.Ordinal) ? 3 : 4;
                mention = new(m.Index, m.Index + m.Length, "zh.period.quarter", PeriodKind.Quarter, year, relative, ((q - 1) * 3) + 1, 3, m.Value);
            }
            else if (g["mon"].Success && NumberText.SmallCount(g["mon"].Value) is { } month and >= 1 and <= 12)
            {
                mention = new(m.Index, m.Index + m.Length, "zh.period.month", PeriodKind.Month, year, relative, month, 1, m.Value);
            }
            else if (g["relm"].Success)
            {
                // 上月 / 上个月: the month before the article's; 本月: its own (as "last month", "this month"). Not 较上月
                // ("on the month before"), a comparison the growth rules read.
                mention = RelativeMonth(m, thisMonth: g["relm"].Value == "本月");
            }
            else if (g["dang"].Success)
            {
                mention = new(m.Index, m.Index + m.Length, "zh.period.same-month", PeriodKind.Month, null, RelativeYear.None, PeriodMention.SameMonth, 1, m.Value);
            }
            else if ((year is not null || relative != RelativeYear.None) && !g["by"].Success && SinceItsStart(sentence, m.Index + m.Length))
            {
                mention = new(m.Index, m.Index + m.Length, "zh.period.year-so-far", PeriodKind.YearToDate, year, relative, PeriodMention.SoFar, 0, m.Value);
            }
            else if (year is not null || relative != RelativeYear.None)
            {
                mention = new(m.Index, m.Index + m.Length, relative == RelativeYear.None ? "zh.period.year" : "zh.period.relative-year", PeriodKind.Year, year, relative, 1, 12, m.Value)
                {
                    // "2016年至2024年" is a span of years, not a deadline; "在2024年前", "2030年以前" is one (it was 2024's fact).
                    IsDeadline = (g["by"].Success && !YearBefore().IsMatch(sentence.AsSpan(0, m.Index)))
                        || (year is not null && m.Value.EndsWith('年') && YearEndBefore().IsMatch(sentence.AsSpan(m.Index + m.Length))),
                };
            }

            if (mention is not null)
            {
                found.Add(mention);
            }
        }

        return found;
    }

    // "今年以来", "2024年以来", "今年年初至今": since the year began, through a month the text does not name (or, after a
    // past year, several years); not the whole year, which it was read as (a year to date judged against the year).
    private static bool SinceItsStart(string sentence, int end) => SinceWordLength(sentence, end) > 0;

    private static readonly string[] s_sinceWords = ["年初以来", "年初至今", "以来", "迄今", "至今"];

    private static int SinceWordLength(string sentence, int end)
    {
        var rest = sentence.AsSpan(end);
        var after = rest.TrimStart();
        foreach (var word in s_sinceWords)
        {
            if (after.StartsWith(word, StringComparison.Ordinal))
            {
                return rest.Length - after.Length + word.Length;
            }
        }

        return 0;
    }

    protected override int SinceWordsAfter(string sentence, int end) => SinceWordLength(sentence, end);

    // "自2016年以来": the opening 自 or 从 belongs to the words too.
    public override (int Start, int End) SinceSpan(string sentence, PeriodMention mention) =>
        (mention.Start > 0 && sentence[mention.Start - 1] is '自' or '从' or '從' ? mention.Start - 1 : mention.Start, mention.End + SinceWordLength(sentence, mention.End));

    public override List<RankingMention> Rankings(string sentence, List<CountryMention> countries)
    {
        var found = new List<RankingMention>();
        foreach (Match m in RankingPattern().Matches(sentence))
        {
            var owner = m.Groups["owner"].Success ? CountryWords.FromChinese(m.Groups["owner"].Value) : null;
            var flow = m.Groups["k"].Value switch
            {
                "出口" => StatedFlow.Exports,
                "进口" or "進口" => StatedFlow.Imports,
                _ => StatedFlow.Turnover,
            };
            found.Add(new RankingMention(m.Index, m.Index + m.Length, "zh.ranking.largest-partner", flow, owner, m.Value));
        }

        return found;
    }

    protected override Regex Percent => PercentPattern();

    protected override Regex RiseBefore => RisePattern();

    protected override Regex FallBefore => FallPattern();

    protected override Regex RiseAfter => RiseAfterPattern();

    protected override Regex FallAfter => FallAfterPattern();

    public override Regex YearOnYear => YearOnYearPattern();

    public override Regex PreviousPeriod => PreviousPeriodPattern();

    public override Regex VolumeMeasure => VolumeMeasurePattern();

    private static Regex? s_averageAnnualPattern;
    private static Regex? s_compositionPattern;

    public override Regex CompositionBefore => s_compositionPattern ??= InterpretedRegex.Create(@"(?:主要是|主要为|主要為|包括|例如)[^。；：]{0,10}$");

    public override Regex AverageAnnual => s_averageAnnualPattern ??= InterpretedRegex.Create(@"年均|年平均|平均每年|每年平均|年复合|复合年均|年複合|複合年均");

    private static Regex? s_requiredGrowthPattern;
    private static Regex? s_eachYearPattern;

    // Not "需求" (demand), "所需" (the goods needed), "必需品" (necessities), "无需" (no need).
    public override Regex RequiredGrowth => s_requiredGrowthPattern ??= InterpretedRegex.Create(@"(?<![所无必])需(?!求)|必须");

    public override Regex EachYear => s_eachYearPattern ??= InterpretedRegex.Create(@"每年|年均|逐年");

    public override Regex OtherBase => OtherBasePattern();

    protected override Regex FractionGrowth => FractionPattern();

    protected override Regex ShareWords => SharePattern();

    private static Regex? s_earlierLevelPattern;

    // "34%（上年为18%）", "从18%升至34%" (a share's move); a rate set against the year before's, "增长1.9%，较上年26.3%的增速
    // 明显放缓", "上年同期为增长26.3%": the year before's rate, which was read as the claim's year's (26.3% for 2024). 上年 is the
    // year before the figure's, not the article's; 去年 alone is the article's and stays a claim ("去年增长1.9%").
    private static Regex EarlierLevelPattern() => s_earlierLevelPattern ??= InterpretedRegex.Create(
        @"^[\s,，;；(（]*(?:上年为|去年为|上年同期为|此前为|(?:上年同期|上年|去年同期)(?:为|為)(?:增长|增長|下降)|(?:较|較|比)(?:上年|去年|上一年)(?:同期)?(?:的)?|(?<to>(?:升|上升|提高|增|降|下降|降低)?至|到))\s*$");

    protected override Regex EarlierLevelWords => EarlierLevelPattern();

    protected override bool EarlierLevelWordsNameItsPeriod => true;

    protected override decimal? FractionValue(Match match, out bool falling)
    {
        falling = FallPattern().IsMatch(match.Value);
        var w = match.Groups["w"].Value;
        if (w.EndsWith('倍') && NumberText.TryParse(w.TrimEnd('倍'), false, out var times, out _))
        {
            // "是2016年的2.7倍": 2.7 times that year's level, +170% since it; only rises are read so.
            falling = false;
            return times > 1m ? (times - 1m) * 100m : null;
        }

        if (w.Contains('番', StringComparison.Ordinal) || w == "一倍")
        {
            // "增长了一倍" is doubled, as "翻番"; "增长了2.7倍" is not read (its usage is split between ×2.7 and ×3.7).
            return 100m;
        }

        if (w is "一半" or "减半" or "減半")
        {
            // "减少近一半", "减半": halved, as "nearly halved", "почти вдвое" (since 7 December 2026; no rate was read).
            falling = true;
            return 50m;
        }

        // "三分之一" a third, "四分之三" three quarters: as the other languages' fractions (33.3, 75).
        if (w.Split("分之") is [var denominator, var numerator]
            && NumberText.SmallCount(denominator) is { } of and > 0 && NumberText.SmallCount(numerator) is { } parts && parts < of)
        {
            return Math.Round(100m * parts / of, 1);
        }

        return NumberText.SmallCount(w.TrimEnd('成')) is { } tenths ? tenths * 10m : null;
    }

    // "三成" is tenths: half a tenth either way; "翻番" (doubled) as the other languages' fractions.
    protected override decimal FractionRounding(decimal percent) => percent % 10m == 0 && Math.Abs(percent) < 100m ? 5m : base.FractionRounding(percent);

    protected override Regex BoundBefore => BoundPattern();

    protected override SearchValues<string> FractionWords { get; } = SearchValues.Create(["成", "翻", "倍", "分之", "一半", "减半", "減半"], StringComparison.Ordinal);

    protected override decimal? FractionPrecision(Match match, decimal percent) =>
        match.Groups["w"].Value is var w && w.EndsWith('倍') && NumberText.TryParse(w.TrimEnd('倍'), false, out _, out var decimals)
            ? NumberText.HalfUnit(decimals, 100m)
            : null;

    public override Regex? BaseFrame => BaseFramePattern();

    private static Regex? s_baseFramePattern;

    // "是2016年的2.7倍": the year the multiple is of; "2016年至2024年": the year a span of years starts from.
    private static Regex BaseFramePattern() => s_baseFramePattern ??= InterpretedRegex.Create(
        @"是(?<y>(?:19|20)\d{2}年)的(?:近|约|超过)?\d+(?:\.\d+)?倍|(?<y>(?:19|20)\d{2}年)\s*(?:至|到)\s*(?:19|20)\d{2}\s*年");

    private static Regex? s_yearBefore;

    // A year just before "至" or "到": the start of a span of years.
    private static Regex YearBefore() => s_yearBefore ??= InterpretedRegex.Create(@"(?:19|20)\d{2}\s*年\s*$");

    public override SearchValues<string> ProductWords { get; } = SearchValues.Create(
        ["原油", "石油", "液化天然气", "天然气", "天然氣", "管道气", "煤炭", "农产品", "農產品", "大豆", "肉类", "肉類", "猪肉", "牛肉", "汽车", "汽車", "能源",
         "海产品", "水产品", "粮食", "糧食", "木材", "化肥", "钢铁", "機電", "机电"], StringComparison.Ordinal);

    protected override SearchValues<string> BoundWords => s_boundWords;

    // A part of each bound of BoundPattern (see LanguageRules.BoundWords).
    private static readonly SearchValues<string> s_boundWords = SearchValues.Create(
        ["约", "約", "近", "超过", "超過", "突破", "跨越", "站上", "迈", "邁", "冲破", "衝破", "越过", "越過", "逾", "不到", "低于", "低於", "少于", "少於", "至少", "多达"], StringComparison.Ordinal);

    // The units of VolumePattern.
    private static readonly SearchValues<string> s_volumeUnits = SearchValues.Create(["吨", "噸", "桶", "立方米"], StringComparison.Ordinal);

    public override Bound BoundOf(string word) => word switch
    {
        "近" or "将近" or "將近" or "接近" => Bound.Nearly,
        "超过" or "超過" or "逾" or "突破" or "多达" or "多" or "以上" => Bound.MoreThan, // 多 and 以上 only after 翻了一番
        "跨越" or "站上" or "迈上" or "邁上" or "迈过" or "邁過" or "冲破" or "衝破" or "越过" or "越過" => Bound.MoreThan, // "跨越2000亿美元大关"
        "不到" or "低于" or "低於" or "少于" or "少於" => Bound.LessThan,
        "不超过" or "不超過" => Bound.UpTo,
        "至少" => Bound.AtLeast,
        _ => Bound.About,
    };

    public override Regex TargetCue => TargetPattern();

    private static Regex? s_shortOfPattern;

    public override Regex ShortOf => s_shortOfPattern ??= InterpretedRegex.Create(@"未能|未达|未達|没能|沒能|没有达到|沒有達到|没有实现|沒有實現|未实现|未實現|未完成|落空");

    private static Regex? s_fallToPattern;

    private static Regex? s_averageAfter;
    private static Regex? s_averageBefore;

    // Chinese says it before the amount ("月均", "每月"); "200亿美元/月" after it.
    public override Regex AverageAfter => s_averageAfter ??= InterpretedRegex.Create(@"\G\s*/\s*(?:(?<m>月)|(?<d>日|天))");

    // "月均贸易额200亿美元", "平均每月进口约", "日均进出口"; not a bare "每月" or "每日" ("海关每月公布的…", "每日经济新闻").
    public override Regex AverageBefore => s_averageBefore ??= InterpretedRegex.Create(@"(?:(?<m>月均|平均每月|每月平均)|(?<d>日均|平均每天|平均每日))[^，。；,;\d]{0,10}$");

    public override Regex FallTo => s_fallToPattern ??= InterpretedRegex.Create(@"(?:降至|降到|降为|下降至|下降到|下降为|下滑至|下滑到|减少至|减少到|減少至|回落至|回落到|跌至|跌到|萎缩至|萎縮至|低于|低於|少于|少於)\s*(?:约|約|近|不到)?\s*$");

    public override Regex ProjectionCue => ProjectionPattern();

    public override Regex AheadOfSchedule => AheadPattern();

    public override Regex Respectively => RespectivelyPattern();

    public override Regex RecordHigh => RecordPattern();

    public override Regex FirstTime => s_firstTimePattern ??= InterpretedRegex.Create(@"(?<![来來])(?:首次|首度|第一次)");

    private static Regex? s_firstTimePattern;

    public override Regex SinceSuperlative => SinceSuperlativePattern();

    public override Regex GoalSetYear => GoalSetYearPattern();

    public override Regex Retrospective => s_retrospectivePattern ??= InterpretedRegex.Create(@"继|此前|之前");

    private static Regex? s_retrospectivePattern;

    public override Regex Streak => StreakPattern();

    // Parts of every match of RecordPattern.
    public override SearchValues<string> RecordWords { get; } = SearchValues.Create(
        ["新高", "最高", "纪录", "紀錄"], StringComparison.Ordinal);

    public override Regex Balance => BalancePattern();

    // Parts of every match of BalancePattern.
    public override SearchValues<string> BalanceWords { get; } = SearchValues.Create(
        ["顺差", "順差", "逆差", "差额", "差額", "不平衡"], StringComparison.Ordinal);

    public override Regex ProductGroup => ProductPattern();

    public override Regex Speaker => SpeakerPattern();

    // The verbs of SpeakerPattern.
    public override SearchValues<string> SpeakerVerbs { get; } = SearchValues.Create(["表示", "说", "說", "指出", "透露", "称", "稱"], StringComparison.Ordinal);

    protected override Regex Statistics => StatisticsPattern();

    // Parts of every match of StatisticsPattern.
    protected override SearchValues<string> StatisticsWords { get; } = SearchValues.Create(
        ["海关", "海關", "统计", "統計", "数据", "數據", "关税厅", "關稅廳", "商务部", "商務部", "普查局", "贸易协会", "貿易協會"], StringComparison.Ordinal);

    protected override Country? CountryOfWord(string word) => CountryWords.FromChinese(word);

    public override Regex BaseOpener => BasePattern();

    public override Regex ChangeOpener => ChangePattern();

    public override Regex? DataAfterMonth => s_dataAfterMonth ??= InterpretedRegex.Create(@"^份?的?(?:海关)?(?:数据|數據|统计|統計)");

    private static Regex? s_dataAfterMonth;

    public override Regex EarlierValueOpener => EarlierValuePattern();

    protected override Regex YearsSpan => YearsSpanPattern();

    protected override Regex SpanSuperlative => SpanSuperlativePattern();


    public override Regex ChangeSubject => ChangeSubjectPattern();

    public override Regex PartOfFlow => PartOfFlowPattern();

    private static Regex? s_partOfFlowPattern;

    // "海运贸易", "边境贸易", "跨境电商进口": a part of the flow, never its total.
    private static Regex PartOfFlowPattern() => s_partOfFlowPattern ??= InterpretedRegex.Create(
        "(?<q>海运|海運|边境|邊境|边贸|邊貿|铁路|鐵路|陆路|陸路|跨境电商|跨境電商|加工)(?:贸易|貿易|进口|進口|出口)");

    public override Regex YuanTerms => YuanTermsPattern();

    public override Regex DollarTerms => DollarTermsPattern();

    public override char[] ClauseBreaks => s_clauseBreaks;

    private static readonly char[] s_clauseBreaks = [',', ';', ':', '，', '；', '：', '(', ')', '（', '）'];

    // Interpreted, built on first use (InterpretedRegex).
    private static Regex? s_amountPattern;

    private static Regex AmountPattern() => s_amountPattern ??= InterpretedRegex.Create(@"(?<num>" + Num + @")\s*(?<more>多|余|餘)?\s*(?<u>万亿|萬億|亿|億|万|萬)\s*(?:(?<num2>\d+(?:\.\d+)?)\s*(?:万|萬))?\s*(?<more2>多|余|餘)?\s*(?<cur>美元|元人民币|元人民幣|人民币|人民幣|元|欧元|歐元|新元|卢布|盧布|日元)(?<after>以上|左右)?");

    private static Regex? s_volumePattern;

    private static Regex VolumePattern() => s_volumePattern ??= InterpretedRegex.Create(@"(?<num>" + Num + @")\s*(?<u>万|萬|亿|億)?\s*(?<unit>吨|噸|桶|立方米)");

    private static Regex? s_countryPattern;

    private static Regex CountryPattern() => s_countryPattern ??= InterpretedRegex.Create(C);

    private static Regex? s_directedExport;

    // "中国2022年1-11月自俄罗斯进口": the period may stand between the importer and 自 (or the exporter and 对).
    private const string PeriodBetween = @"(?:(?:19|20)\d{2}年|今年|去年)?(?:\d{1,2}(?:[-—–~至]\d{1,2})?月(?:份)?|前\d{1,2}(?:个|個)?月|[上下]半年|前三季度)?";

    private static Regex DirectedExport() => s_directedExport ??= InterpretedRegex.Create(@"(?:(?<exp>" + C + @")(?:的)?" + PeriodBetween + @")?(?:对|對|向)(?<imp>" + C + @")(?:的)?" + GoodsWords + @"(?:出口|出货|出貨|输出|輸出)");

    private static Regex? s_directedImport;

    private static Regex? s_bareExport;

    // Not the 出口 of 进出口 ("imports and exports", turnover).
    private static Regex BareExport() => s_bareExport ??= InterpretedRegex.Create(@"(?<![进進])出口");

    private static Regex? s_bareImport;

    private static Regex BareImport() => s_bareImport ??= InterpretedRegex.Create(@"进口|進口");

    private static Regex DirectedImport() => s_directedImport ??= InterpretedRegex.Create(@"(?:(?<imp>" + C + @")(?:的)?" + PeriodBetween + @")?(?:自|从|從|由)(?<exp>" + C + @")(?:的)?" + GoodsWords + @"(?:进口|進口|购买|購買|采购|採購)");

    // "对华货物出口", "对华货物和服务出口": goods, or goods and services, between the partner and the flow word.
    private const string GoodsWords = @"(?:(?:货物|貨物|商品)(?:(?:和|与|與|及)(?:服务|服務))?)?";

    private static Regex? s_ownerExport;

    private static Regex OwnerExport() => s_ownerExport ??= InterpretedRegex.Create(@"(?<exp>" + C + @")(?:的)?(?:出口|出货|出貨)(?:到|至)?(?<imp>" + C + @")?");

    private static Regex? s_ownerImport;

    private static Regex OwnerImport() => s_ownerImport ??= InterpretedRegex.Create(@"(?<imp>" + C + @")(?:的)?(?:进口|進口)(?<exp>" + C + @")?");

    private static Regex? s_turnoverWord;

    private static Regex TurnoverWord() => s_turnoverWord ??= InterpretedRegex.Create(@"(?:贸易|貿易|进出口|進出口|经贸|經貿)(?!伙伴|夥伴|顺差|順差|逆差|战|戰|摩擦|协定|協定|保护|保護|壁垒|壁壘|政策|关系|關係|合作|往来|往來|部|组织|組織|谈判|談判|代表|大国|大國)");

    private static Regex? s_periodPattern;

    private static Regex PeriodPattern() => s_periodPattern ??= InterpretedRegex.Create(@"(?<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号號]|\d{1,2}\s*月\s*\d{1,2}\s*[日号號])|(?<rolling>(?:过去|過去|近|最近)\s*(?:12|十二)\s*[个個]\s*月(?:\s*[（(]\s*截至[^）)]{0,16}[）)])?|截至\s*(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月(?:底|末)?的?\s*(?:过去|過去)?\s*(?:12|十二)\s*[个個]\s*月)|(?:截至|截止|截止到)\s*(?:(?<y>(?:19|20)\d{2})\s*年\s*|(?<rel>今年|去年|本年)\s*)?(?<n>" + MonthNumber + @")\s*月(?:底|末|份)?(?!\s*\d{1,2}\s*[日号號])|(?:(?<by>到|至|于|於)\s*)?(?<y>(?:19|20)\d{2})\s*年(?:度)?\s*(?:(?<m1>" + MonthNumber + @")\s*(?:月份?)?\s*(?:-|至|到|~)\s*(?<m2>" + MonthNumber + @")\s*月份?|(?:前|头|頭)\s*(?<n>" + Count + @")\s*[个個]?\s*月|(?<h>上|下)半年|前(?<nq>[二两兩三2-3])\s*[个個]?\s*季度|第?(?<q>[一二三四1-4])\s*季度|(?<mon>" + MonthNumber + @")\s*月份?|全年)?|(?:(?<rel>今年|去年|上年|本年|当年|當年)\s*)?(?:(?<m1>" + MonthNumber + @")\s*(?:月份?)?\s*(?:-|至|到|~)\s*(?<m2>" + MonthNumber + @")\s*月份?|(?:前|头|頭)\s*(?<n>" + Count + @")\s*[个個]?\s*月|(?<h>上|下)半年|前(?<nq>[二两兩三2-3])\s*[个個]?\s*季度|第?(?<q>[一二三四1-4])\s*季度|(?<mon>\d{1,2})\s*月份?)|(?<rel>今年|去年|上年|本年|明年)|(?<dang>当月|當月)|(?<![比较較於于环環])(?<relm>上个?月|上個月|本月)");

    private static Regex? s_rankingPattern;

    private static Regex RankingPattern() => s_rankingPattern ??= InterpretedRegex.Create(@"(?<owner>" + C + @")?(?:的)?(?:第一大|最大的?|第[一二三四五六七八九十\d]+大)(?:(?<k>贸易|貿易)(?:伙伴|夥伴)|(?<k>出口|进口|進口)(?:市场|市場|来源国|來源國|目的地))国?");

    private static Regex? s_percentPattern;

    private static Regex PercentPattern() => s_percentPattern ??= InterpretedRegex.Create(@"(?<num>" + Num + @")\s*%(?<after>以上|左右)?");

    private static Regex? s_risePattern;

    private static Regex RisePattern() => s_risePattern ??= InterpretedRegex.Create(@"增长|增長|增加|上升|上涨|上漲|提高|增幅|涨幅|漲幅|增速|增长率|扩大|擴大|攀升|跃升|躍升|飙升|飆升|回升|反弹|反彈|增");

    private static Regex? s_fallPattern;

    private static Regex FallPattern() => s_fallPattern ??= InterpretedRegex.Create(@"下降|下跌|下滑|收窄|缩小|縮小|减少|減少|缩水|縮水|回落|萎缩|萎縮|缩减|縮減|下挫|锐减|銳減|骤减|驟減|剧减|劇減|大减|大減|降幅|降|跌");

    private static Regex? s_riseAfterPattern;

    private static Regex RiseAfterPattern() => s_riseAfterPattern ??= InterpretedRegex.Create(@"^\s*(?:以上|左右)?\s*(?:的)?(?:同比|环比|環比)?(?:增长|增長|增幅|增速|涨幅|漲幅)");

    private static Regex? s_fallAfterPattern;

    private static Regex FallAfterPattern() => s_fallAfterPattern ??= InterpretedRegex.Create(@"^\s*(?:以上|左右)?\s*(?:的)?(?:同比|环比|環比)?(?:降幅|下降|下跌)");

    private static Regex? s_yearOnYearPattern;

    private static Regex YearOnYearPattern() => s_yearOnYearPattern ??= InterpretedRegex.Create(@"同比|比去年同期|较去年同期|較去年同期|较上年同期|比上年同期|同期相比|与去年同期相比");

    private static Regex? s_previousPeriodPattern;
    private static Regex? s_volumeMeasurePattern;
    private static Regex? s_otherBasePattern;

    // "较峰值下降9.5%", "比疫情前增长30%".
    private static Regex OtherBasePattern() => s_otherBasePattern ??= InterpretedRegex.Create(
        @"(?:较|較|比|相比|相较|相較|与|與)(?:历史|歷史)?(?:峰值|高峰|高点|高點|最高点|最高點|最高值|疫情前|战前|戰前|制裁前|危机前|危機前)");

    // "进口量", "按数量计"; "贸易量" is mostly said of values.
    private static Regex VolumeMeasurePattern() => s_volumeMeasurePattern ??= InterpretedRegex.Create(@"(?:进口|出口|進口|出口)量|按数量计|按數量計|以数量计|以數量計|实物量|實物量");

    // "较10月下降5%" of November; not "比1-10月" (a span) nor "比10月17%的增长率" (the rates are compared).
    private static Regex PreviousPeriodPattern() => s_previousPeriodPattern ??= InterpretedRegex.Create(@"环比|環比|较上月|較上月|比上月|较上个月|比上个月|(?:比|较|較)(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月(?!份?\s*(?:[-—至到~]|当月|的?\s*[\d０-９]))");

    private static Regex? s_fractionPattern;

    private static Regex FractionPattern() => s_fractionPattern ??= InterpretedRegex.Create(@"(?:增长了?|增長了?|涨幅|漲幅|增幅|增加了?|下降了?)(?<b>近|约|超过)?(?<w>[一二三四五六七八九两]成|[二三四五十]分之[一二三四])(?<b>多|以上)?|(?<w>翻了?一番|翻番)(?<b>多|以上)?|(?:增长了?|增長了?|增加了?)(?<b>近|约|超过)?(?<w>一倍)(?<b>多|以上)?|(?<=是(?:19|20)\d{2}年的(?<b>近|约|超过)?)(?<w>\d+(?:\.\d+)?倍)(?<b>多|以上)?|(?:下降了?|减少了?|減少了?|缩减了?|縮減了?|萎缩了?|萎縮了?)(?<b>近|约|超过)?(?<w>一半)|(?<b>近|约)?(?<w>减半|減半)");

    private static Regex? s_boundPattern;

    private static Regex BoundPattern() => s_boundPattern ??= InterpretedRegex.Create(@"(?<b>约为|约合|折合约|约|約|大约|將近|将近|接近|近|不超过|不超過|超过|超過|突破|跨越|站上|迈上|邁上|迈过|邁過|冲破|衝破|越过|越過|逾|不到|低于|低於|少于|少於|至少|多达)\s*$");

    private static Regex? s_targetPattern;
    private static Regex? s_yearEndBefore;

    // "年前", "年以前", "年之前" after a year, not "年前三季度", "年前11个月" (the pattern reads those as part of the period) nor
    // "年前后" ("around").
    private static Regex YearEndBefore() => s_yearEndBefore ??= InterpretedRegex.Create(@"^(?:以前|之前|前)(?![\d一二三四五六七八九十两兩个個季后後])");

    private static Regex TargetPattern() => s_targetPattern ??= InterpretedRegex.Create(@"目标|目標|力争|力爭|争取|爭取|计划|計劃|(?<!受[^，。；]{0,12})(?:推动|推動)(?!下)");

    private static Regex? s_projectionPattern;

    private static Regex ProjectionPattern() => s_projectionPattern ??= InterpretedRegex.Create(@"预计|預計|预期|預期|有望|将|將|预测|預測|可望|可能(?:达到|達到|突破|超过|超過|增长|增長|下降)");

    private static Regex? s_aheadPattern;

    private static Regex AheadPattern() => s_aheadPattern ??= InterpretedRegex.Create(@"提前");

    private static Regex? s_respectivelyPattern;

    private static Regex RespectivelyPattern() => s_respectivelyPattern ??= InterpretedRegex.Create(@"分别|分別");

    private static Regex? s_recordPattern;
    private static Regex? s_sinceSuperlativePattern;
    private static Regex? s_goalSetYearPattern;

    private static Regex? s_streakPattern;

    // "连续五年增长", "连续第五年保持增长", "连续三年下降", "连续第二年突破2000亿美元".
    private static Regex StreakPattern() => s_streakPattern ??= InterpretedRegex.Create(
        @"连续\s*第?\s*(?<n>\d{1,2}|十[一二]|[二两兩三四五六七八九十])\s*(?:年|(?<unit>个月|個月))(?:保持|实现|實現)?(?:(?<up>增长|增長|正增长|正增長|上升|攀升)|(?<down>下降|下滑|减少|減少|负增长|負增長)|(?<above>突破|超过|超過|站上|站稳))");

    // "2019年确定的2000亿美元目标", "在2019年提出了…目标": a year right before a verb of setting.
    private static Regex GoalSetYearPattern() => s_goalSetYearPattern ??= InterpretedRegex.Create(
        @"(?<y>(?:19|20)\d{2})\s*年(?:[^，。,\d]{0,6}?)(?:提出|确定|確定|设定|設定|制定|宣布|商定|確立|确立|定下|订立|訂立)");

    // "创2004年以来新低", "为2004年以来最低水平", "2020年以来首次下降", "创12年来最大增幅", "14个月来首次增长".
    // "增速为近十年来最高": the rate named before the superlative makes it the rate's.
    private static Regex SinceSuperlativePattern() => s_sinceSuperlativePattern ??= InterpretedRegex.Create(
        @"(?:(?:(?<up>增速|增幅)|(?<down>降幅))(?:为|為|是|达|達|创下?|創下?)?近?)?(?:(?<year>(?:19|20)\d{2})\s*年|(?<n>\d{1,2}|[一二两兩三四五六七八九十]|十[一二五]|二十)\s*(?:年|(?<months>个月|個月)))(?:以来|以來|来|來)的?\s*"
        + @"(?:最(?<hi>高|大)|新(?<hi>高)|最(?<lo>低|小)|新(?<lo>低)|最(?<fast>快)|最(?<slow>慢)|(?<first>首次|首度))"
        + @"(?:(?<up>增速|增幅|增长|增長|正增长|回升)|(?<down>降幅|下降|下滑|减少|減少|负增长|負增長|萎缩|萎縮))?"
        + @"(?<other>的?(?:贸易|貿易)?(?:伙伴|夥伴|市场|市場|供应国|供應國|来源国|來源國|进口国|進口國|出口国|份额|份額|占比|佔比))?");

    private static Regex RecordPattern() => s_recordPattern ??= InterpretedRegex.Create(@"创(?:下)?(?:了)?(?:历史)?新高|創(?:下)?(?:了)?(?:歷史)?新高|(?:历史|歷史)(?:新高|最高)|创纪录|創紀錄|纪录新高|記錄新高|(?:历史|歷史)(?:纪录|紀錄)(?![低])");

    private static Regex? s_ownedBalance;

    // The owner opens the phrase: not the partner of "对俄贸易逆差", nor one of "中俄贸易顺差"'s two sides.
    private static Regex? s_partnerBalance;

    // "对华贸易逆差", "对俄顺差": a balance with a partner, its owner unnamed (an owner before it is OwnedBalance's).
    private static Regex PartnerBalance() => s_partnerBalance ??= InterpretedRegex.Create(@"[对對](?<b>" + C + @"|美|韩|韓|日)的?(?:货物|貨物|商品)?(?:贸易|貿易)?(?<kind>顺差|順差|逆差)");

    private static Regex OwnedBalance() => s_ownedBalance ??= InterpretedRegex.Create(@"(?<![对對与與和同自从從向中俄美华華])(?<a>我国|" + C + @")(?:[对對](?<b>" + C + @"|美|韩|韓|日))?的?(?:货物|貨物|商品)?(?:贸易|貿易)?(?<kind>顺差|順差|逆差)");

    private static Regex? s_balancePattern;

    private static Regex BalancePattern() => s_balancePattern ??= InterpretedRegex.Create(@"顺差|順差|逆差|差额|差額|不平衡");

    private static Regex? s_productPattern;

    private static Regex ProductPattern() => s_productPattern ??= InterpretedRegex.Create(@"(?<p>原油|石油|液化天然气|天然气|天然氣|管道气|煤炭|农产品|農產品|大豆|肉类|肉類|猪肉|牛肉|汽车|汽車|能源|海产品|水产品|粮食|糧食|木材|化肥|钢铁|機電|机电)(?!价格|價格|价|價)");

    private static Regex? s_speakerPattern;

    private static Regex? s_statisticsPattern;

    // A bare 海关 ("customs") names no country: not read as China's.
    private static Regex StatisticsPattern() => s_statisticsPattern ??= InterpretedRegex.Create(
        @"(?<CHN>海关总署|海關總署|中国海关|中國海關|中方(?:统计|統計|数据|數據))"
        + @"|(?<RUS>俄(?:罗斯|羅斯)?(?:联邦|聯邦)?(?:海关|海關)(?:署|局)?|俄方(?:统计|統計|数据|數據))"
        + @"|(?<USA>美国(?:商务部|人口普查局|海关)|美國(?:商務部|人口普查局|海關))"
        + @"|(?<KOR>韩国(?:海关|关税厅|贸易协会)|韓國(?:海關|關稅廳|貿易協會))");

    private static Regex SpeakerPattern() => s_speakerPattern ??= InterpretedRegex.Create(@"(?:^|[,，:：;；。])\s*(?<who>[^,，:：;；。\d]{2,18}?)(?:向媒体|對媒體|对记者|對記者)?(?:表示|说|說|指出|透露|称|稱)");

    private static Regex? s_basePattern;
    private static Regex? s_changePattern;

    // "增加499亿美元", "减少了30亿美元": the amount is the change ("增长至", "增至" give a level).
    private static Regex ChangePattern() => s_changePattern ??= InterpretedRegex.Create(@"(?:增加了?|增长了?|增長了?|减少了?|減少了?|下降了?|收窄了?|扩大了?|擴大了?|缩小了?|縮小了?|多出|净增|淨增)\s*(?:近|约|超过)?\s*$");

    private static Regex? s_changeSubjectPattern;

    // "贸易增量为499亿美元", "增加额达499亿美元": the amount is the increment, not the level.
    private static Regex ChangeSubjectPattern() => s_changeSubjectPattern ??= InterpretedRegex.Create(@"(?:增量|增加额|增加額|增长额|增長額|减少额|減少額|下降额|下降額)\s*(?:为|為|达到?|達到?|是)?\s*(?:近|约|超过)?\s*$");

    // "而十年前仅为892亿美元": an amount of some years ago is a base, never the claim's (the period word is not read).
    private static Regex BasePattern() => s_basePattern ??= InterpretedRegex.Create(@"(?:比|较|較|与|與|自|从|從)\s*$|(?:[0-9０-９]+|[一二两兩三四五六七八九十]+)年前(?:的|仅|僅|只|才)?(?:为|為|是|达|達|有)?\s*$");

    private static Regex? s_earlierValuePattern;
    private static Regex? s_yearsSpanPattern;
    private static Regex? s_spanSuperlativePattern;

    // "过去十年", "近五年来", "十年来", "十年间"; a year ("2022年以来") has four digits and is a since, not a span.
    private static Regex YearsSpanPattern() => s_yearsSpanPattern ??= InterpretedRegex.Create(
        @"(?:过去|過去|近|最近)(?<n>\d{1,2}|[二两兩三四五六七八九十]|十五|二十)(?:个|個)?年(?:来|來|间|間|里|裏)?|(?<![\d０-９过過近])(?<n>\d{1,2}|[二两兩三四五六七八九十]|十五|二十)年(?:来|來|间|間)");

    private static Regex SpanSuperlativePattern() => s_spanSuperlativePattern ??= InterpretedRegex.Create(@"首次|首度|最[高低大小快慢]|新高|新低|之最");

    // "较上年增长1.9%，上年为2401.1亿美元": 上年 and 上年同期 are the comparison's base, not the year before the article (去年 alone
    // is, and stays a claim: "去年双边贸易额为1770亿美元").
    private static Regex EarlierValuePattern() => s_earlierValuePattern ??= InterpretedRegex.Create(@"(?<p>上年同期|上年|上一年|去年同期|前一年)\s*(?:为|為|是|仅为|僅為|只有|达|達)\s*(?:约|近|超过|超過)?\s*$");

    private static Regex? s_yuanTermsPattern;

    private static Regex YuanTermsPattern() => s_yuanTermsPattern ??= InterpretedRegex.Create(@"以人民币计|以人民幣計|按人民币计|按人民幣計");

    private static Regex? s_dollarTermsPattern;

    private static Regex DollarTermsPattern() => s_dollarTermsPattern ??= InterpretedRegex.Create(@"以美元计|以美元計|按美元计|按美元計");

    private static Regex? s_sharePattern;

    private static Regex SharePattern() => s_sharePattern ??= InterpretedRegex.Create(@"占比|比重|份额|份額|占");
}
