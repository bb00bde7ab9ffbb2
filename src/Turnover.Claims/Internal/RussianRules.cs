using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Turnover.Core;

namespace Turnover.Claims.Internal;

/// <summary>Russian rules (with the Ukrainian spellings Russian-language pages mix in); decimal comma.</summary>
internal sealed partial class RussianRules : LanguageRules
{
    private const string C = CountryWords.RussianPattern;
    private const string Num = NumberText.Pattern;
    private const string Scale = @"(?i:млрд\.?|миллиард\w*|мільярд\w*|трлн\.?|триллион\w*|трильйон\w*|млн\.?|миллион\w*|мільйон\w*)";

    public static readonly RussianRules Instance = new();

    public override ClaimLanguage Language => ClaimLanguage.Russian;

    public override string Code => "ru";

    public override bool DecimalComma => true;

    public override List<AmountMention> Amounts(string sentence)
    {
        var found = new List<AmountMention>();
        var otherCurrency = OtherCurrencyPattern().IsMatch(sentence);
        foreach (Match m in AmountPattern().Matches(sentence))
        {
            var number = m.Groups["num"].Success ? m.Groups["num"] : m.Groups["num2"];
            var scaleWord = (m.Groups["scale"].Success ? m.Groups["scale"].Value : m.Groups["scale2"].Value).ToLowerInvariant();
            var scale = scaleWord.StartsWith("тр", StringComparison.Ordinal) ? 1_000_000_000_000m
                : scaleWord.StartsWith("млн", StringComparison.Ordinal) || scaleWord.StartsWith("миллио", StringComparison.Ordinal)
                    || scaleWord.StartsWith("мільйон", StringComparison.Ordinal) ? 1_000_000m
                : 1_000_000_000m;
            var currencyWord = m.Groups["cur1"].Success ? "$" : m.Groups["cur3"].Value.ToLowerInvariant();
            Currency? currency = currencyWord.Length == 0 ? (otherCurrency ? null : Currency.Usd)
                : currencyWord.StartsWith("юан", StringComparison.Ordinal) ? new Currency("CNY")
                : currencyWord.StartsWith("руб", StringComparison.Ordinal) ? new Currency("RUB")
                : currencyWord.StartsWith("евро", StringComparison.Ordinal) ? new Currency("EUR")
                : Currency.Usd;
            if (currency is null)
            {
                continue; // "18,29 миллиарда" in a sentence that also speaks of roubles: which currency is unknown
            }

            var rule = m.Groups["cur1"].Success ? "ru.amount.dollar-sign-scale" : currencyWord.Length > 0 ? "ru.amount.scale-currency-word" : "ru.amount.scale-dollars-implied";
            if (MakeAmount(m, number, scale, currency.Value, rule, sentence, decimalComma: true) is { } amount)
            {
                found.Add(m.Groups["list"].Success ? amount with { Start = number.Index, Text = sentence[number.Index..(m.Index + m.Length)].Trim() } : amount);
                if (m.Groups["list"].Success && MakeAmount(m, m.Groups["list"], scale, currency.Value, rule + "-list", sentence, true) is { } first)
                {
                    found.Add(first with { Start = m.Groups["list"].Index });
                }
            }
        }

        // The unit guard spares most sentences the volume pattern, which is tried at every number.
        foreach (Match m in Guarded(VolumePattern(), sentence, s_volumeUnits))
        {
            if (NumberText.TryParse(m.Groups["num"].Value, true, out var value, out var decimals))
            {
                var scaleWord = m.Groups["scale"].Value.ToLowerInvariant();
                var scale = scaleWord.StartsWith("тыс", StringComparison.Ordinal) ? 1_000m
                    : scaleWord.StartsWith("млрд", StringComparison.Ordinal) || scaleWord.StartsWith("миллиард", StringComparison.Ordinal) ? 1_000_000_000m
                    : scaleWord.Length > 0 ? 1_000_000m : 1m;
                var unit = m.Groups["unit"].Value.ToLowerInvariant();
                found.Add(new AmountMention(m.Index, m.Index + m.Length, "ru.volume.tonnes", value * scale, new Currency("XXX"),
                    NumberText.HalfUnit(decimals, scale), BoundBeforeAt(sentence, m.Index), m.Value, IsVolume: true)
                {
                    Unit = unit.StartsWith('т') ? VolumeUnit.Tonnes : unit.StartsWith('б') ? VolumeUnit.Barrels : VolumeUnit.CubicMetres,
                });
            }
        }

        var sorted = found.OrderBy(a => a.Start).ToList();
        MergeRanges(sentence, sorted);
        return sorted;
    }

    protected override Regex RangeOpener => RangePattern();

    protected override decimal? ScaleIn(string text) => ScaleWordPattern().Match(text) is { Success: true } m
        ? m.Value.StartsWith("тр", StringComparison.OrdinalIgnoreCase) ? 1_000_000_000_000m
            : m.Value.StartsWith("млн", StringComparison.OrdinalIgnoreCase) || m.Value.StartsWith("миллио", StringComparison.OrdinalIgnoreCase) ? 1_000_000m
            : 1_000_000_000m
        : null;

    private static Regex? s_soFarPattern;

    private static Regex? s_sinceStartPattern;

    // "пока", "на данный момент", "к настоящему времени": a figure of the year so far, through a month the text does not
    // name, not the whole year (as "so far this year").
    private static Regex SoFarPattern() => s_soFarPattern ??= InterpretedRegex.Create(
        @"(?<![\p{L}])(?i:пока|на\s+данный\s+момент|на\s+сегодняшний\s+день|к\s+настоящему\s+времени|на\s+текущий\s+момент)(?![\p{L}])");

    // "с начала 2024 года", "с начала этого года": the year's mention is where the figure starts, not its period.
    private static Regex SinceStartPattern() => s_sinceStartPattern ??= InterpretedRegex.Create(@"(?i:с\s+начала\s+(?:(?:этого|текущего|нынешнего)\s+)?)$");

    private static Regex? s_yearBeforePattern;

    private static Regex? s_yearAfterPattern;

    private static Regex YearAfterPattern() => s_yearAfterPattern ??= InterpretedRegex.Create(@"(?<![\p{L}])(?i:годом\s+(?:позже|позднее|спустя))(?![\p{L}])");

    private static Regex YearBeforePattern() => s_yearBeforePattern ??= InterpretedRegex.Create(
        @"(?<![\p{L}])(?i:годом\s+(?:ранее|раньше|прежде)|(?:в|за)\s+(?:предыдущем|предшествующем)\s+году|(?:в|за)\s+(?:предыдущий|предшествующий)\s+год)(?![\p{L}])");

    private static Regex? s_yearStartPattern;

    private static Regex YearStartPattern() => s_yearStartPattern ??= InterpretedRegex.Create(@"(?<![\p{L}])(?i:с\s+начала\s+(?:(?:этого|текущего|нынешнего)\s+)?года)(?![\p{L}])");

    private static bool SoFar(string sentence, int mentionStart) =>
        SoFarPattern().IsMatch(sentence) || SinceStartPattern().IsMatch(sentence.AsSpan(0, mentionStart));

    private static Regex? s_rangePattern;

    // "от 230 до 245 млрд долларов", "230–245 млрд"; "с 190 до 240 млрд" is a change and a level, not a range.
    private static Regex RangePattern() => s_rangePattern ??= InterpretedRegex.Create(
        @"(?i:(?:(?<![\p{L}])от\s+(?:\$\s?)?(?<low>" + Num + @")\s*(?:(?<scale>трлн|млрд|млн|триллион\w*|миллиард\w*|миллион\w*)\.?\s*)?(?:долл\w*\.?\s*)?до|" + NumberText.NotYear
        + @"(?:\$\s?)?(?<low>" + Num + @")\s*(?:(?<scale>трлн|млрд|млн)\.?\s*)?[-–—])\s*(?:\$\s?)?)$");

    private static Regex? s_scaleWordPattern;

    private static Regex ScaleWordPattern() => s_scaleWordPattern ??= InterpretedRegex.Create(@"(?<![\p{L}])(?i:трлн|млрд|млн|триллион|миллиард|миллион|мільярд|мільйон)");

    public override List<FlowMention> Balances(string sentence, List<CountryMention> countries)
    {
        var found = new List<FlowMention>();
        foreach (Match m in OwnedBalance().Matches(sentence))
        {
            // "профицит России в торговле с Китаем", "российский профицит", "положительное сальдо Китая".
            var owner = Country(m, "a") ?? AdjectiveBefore(sentence, m.Index, countries);
            var partner = Country(m, "b");
            var start = owner is not null && Country(m, "a") is null ? countries.Last(c => c.End <= m.Index).Start : m.Index;
            var end = m.Index + m.Length;
            var flow = m.Groups["kind"].Value.StartsWith("дефицит", StringComparison.OrdinalIgnoreCase)
                || m.Groups["kind"].Value.StartsWith("отрицательн", StringComparison.OrdinalIgnoreCase) ? StatedFlow.Deficit : StatedFlow.Surplus;
            if (partner is null && owner is not null)
            {
                // "профицит торгового баланса России" with no partner is the balance with the world (or the budget's), unless
                // it is the difference of the flows just read (SentenceReader.OwnBalanceOfFlowsBefore).
                found.Add(new FlowMention(start, end, OwnBalanceRule(Code), flow, null, null, sentence[start..end]) { First = owner });
                continue;
            }

            if (partner is null || partner == owner)
            {
                continue;
            }

            // "дефицит в торговле с Китаем" names no owner: the text's other country of the pair with China, if it has one.
            found.Add(owner is null
                ? new FlowMention(start, end, "ru.flow.balance-with", flow, null, null, sentence[start..end]) { Second = partner }
                : new FlowMention(start, end, "ru.flow.balance-of", flow, null, null, sentence[start..end]) { First = owner, Second = partner });
        }

        foreach (Match m in NeutralBalance().Matches(sentence))
        {
            if (found.Exists(f => f.Start <= m.Index && m.Index < f.End))
            {
                continue;
            }

            // "сальдо … сложилось в пользу России", "составило 13,8 млрд долларов в пользу России": Russia's surplus; "сальдо
            // торговли Китая с Россией составило минус 13,8 млрд": China's, signed by its amount.
            var favour = InFavourOf().Match(sentence, m.Index + m.Length);
            var inFavour = favour.Success && favour.Index - (m.Index + m.Length) <= 100 ? Country(favour, "a") : null;
            var (x, y) = (Country(m, "x"), Country(m, "y"));
            if (inFavour is { } owner)
            {
                found.Add(new FlowMention(m.Index, m.Index + m.Length, "ru.flow.balance-in-favour", StatedFlow.Surplus, null, null, m.Value) { First = owner, Second = x != owner ? x : y });
            }
            else if (x is { } side && !m.Groups["between"].Success && y != side)
            {
                found.Add(new FlowMention(m.Index, m.Index + m.Length, "ru.flow.balance-signed", StatedFlow.Surplus, null, null, m.Value) { First = side, Second = y, SignedBalance = true });
            }
        }

        return found;
    }

    public override List<FlowMention> Flows(string sentence, List<CountryMention> countries)
    {
        var found = new List<FlowMention>();
        foreach (Match m in FlowWord().Matches(sentence))
        {
            var word = m.Value.ToLowerInvariant();
            if (word.StartsWith("торгов", StringComparison.Ordinal) && TradingPartner().IsMatch(sentence[m.Index..]))
            {
                continue; // "торговым партнёром": a ranking, not a flow
            }

            if (word.StartsWith("поставил", StringComparison.Ordinal) || word.StartsWith("поставлен", StringComparison.Ordinal))
            {
                var near = sentence[Math.Max(0, m.Index - 30)..Math.Min(sentence.Length, m.Index + m.Length + 30)];
                if (SetGoal().IsMatch(near))
                {
                    continue; // "цели в 200 млрд долларов, поставленной на 2024 год": a goal set, not goods supplied
                }
            }

            if (IsTurnover(word))
            {
                found.Add(new FlowMention(m.Index, m.Index + m.Length, "ru.flow.turnover-word", StatedFlow.Turnover, null, null, m.Value));
                continue;
            }

            var isImport = word.StartsWith("имп", StringComparison.Ordinal) || word.StartsWith("імп", StringComparison.Ordinal)
                || word.StartsWith("закуп", StringComparison.Ordinal) || word.StartsWith("приобр", StringComparison.Ordinal)
                || word.StartsWith("купил", StringComparison.Ordinal) || word.StartsWith("ввоз", StringComparison.Ordinal);
            var end = m.Index + m.Length;
            var after = sentence[end..Math.Min(sentence.Length, end + 60)];
            var stop = StopPattern().Match(after);
            if (stop.Success)
            {
                after = after[..stop.Index];
            }

            var clauseStart = sentence.LastIndexOfAny([',', ';', ':', '(', '—', '–'], Math.Max(m.Index - 1, 0)) + 1;
            var before = clauseStart < m.Index ? sentence[clauseStart..m.Index] : string.Empty;
            var reverse = ReversePattern().Match(after);
            var ahead = reverse.Success ? after[..reverse.Index] : after;
            var from = Country(FromPattern().Match(ahead)) ?? Country(LastMatch(FromPattern(), before));
            var toAhead = ToPattern().Match(ahead);
            if (isImport && from is null && Locative(toAhead))
            {
                // "закупил в России": bought in Russia, so from it ("импорт в Россию" is into it).
                (from, toAhead) = (Country(toAhead), Match.Empty);
            }

            var to = Country(toAhead) ?? Country(LastMatch(ToPattern(), before));
            var owner = Country(OwnerAfterPattern().Match(ahead));
            var ownerBefore = AdjectiveBefore(sentence, m.Index, countries) ?? SubjectBefore(sentence, m.Index, countries);
            var text = sentence[m.Index..(end + ahead.TrimEnd().Length)].Trim();
            if (reverse.Success)
            {
                // "поставки из Китая и в обратном направлении": this flow, then its reverse.
                found.Add(new FlowMention(end + reverse.Index, end + reverse.Index + reverse.Length, "ru.flow.reverse-direction", StatedFlow.Exports, null, null, reverse.Value) { IsReverse = true });
                if (from is null && to is null && owner is null && ownerBefore is null)
                {
                    continue;
                }
            }

            owner ??= ownerBefore;
            if (isImport)
            {
                found.Add(new FlowMention(m.Index, end + ahead.Length, "ru.flow.import-from", StatedFlow.Imports, from, to ?? owner, text));
            }
            else
            {
                var exporter = from ?? owner;
                var importer = to ?? (from is not null && owner != from ? owner : null);
                found.Add(new FlowMention(m.Index, end + ahead.Length, "ru.flow.export-to", StatedFlow.Exports, exporter, importer, text));
            }
        }

        foreach (Match m in BareFromTo().Matches(sentence))
        {
            if (!found.Any(f => f.Start <= m.Index && m.Index < f.End) && Country(m, "from") is { } from && Country(m, "to") is { } to)
            {
                found.Add(new FlowMention(m.Index, m.Index + m.Length, "ru.flow.bare-from-to", StatedFlow.Exports, from, to, m.Value));
            }
        }

        return found.OrderBy(f => f.Start).ToList();
    }

    private static Match LastMatch(Regex regex, string text)
    {
        var last = Match.Empty;
        foreach (Match m in regex.Matches(text))
        {
            last = m;
        }

        return last;
    }

    private static bool IsTurnover(string word) =>
        word.StartsWith("товарооб", StringComparison.Ordinal) || word.StartsWith("торг", StringComparison.Ordinal)
        || word.StartsWith("оборот", StringComparison.Ordinal);

    /// <summary>"в России", "в Китае": a country after в in the prepositional case (where), not the accusative (whither).</summary>
    private static bool Locative(Match to) =>
        to.Success && char.ToLowerInvariant(to.Value[0]) == 'в' && to.Groups["c"].Value is [.., 'е' or 'и'];

    private static Country? Country(Match m) => m.Success ? CountryWords.FromRussian(m.Groups["c"].Value) : null;

    private static Country? Country(Match m, string group) => m.Groups[group].Success ? CountryWords.FromRussian(m.Groups[group].Value) : null;

    // "китайский экспорт", "китайского экспорта": an adjective right before the flow word names its owner.
    private static Country? AdjectiveBefore(string sentence, int start, List<CountryMention> countries)
    {
        var adjective = countries.LastOrDefault(c => c.End <= start && start - c.End <= 2);
        return adjective is not null && sentence[adjective.Start..adjective.End].Contains("ск", StringComparison.OrdinalIgnoreCase) ? adjective.Country : null;
    }

    // "Китай за первые три месяца года экспортировал": the nearest country earlier in the clause, not after a preposition.
    private static Country? SubjectBefore(string sentence, int start, List<CountryMention> countries)
    {
        var clauseStart = sentence.LastIndexOfAny([',', ';', ':', '(', '—', '–'], Math.Max(start - 1, 0)) + 1;
        foreach (var c in countries.Where(c => c.Start >= clauseStart && c.End <= start).Reverse())
        {
            var before = sentence[Math.Max(0, c.Start - 12)..c.Start];
            if (!PrepositionBefore().IsMatch(before))
            {
                return c.Country;
            }
        }

        return null;
    }

    public override List<CountryMention> Countries(string sentence) =>
        FindCountries(sentence, CountryPattern(), CountryWords.FromRussian, "ru.country");

    public override UnreadPeriod? UnreadPeriodIn(string sentence) =>
        PeriodPattern().Matches(sentence).Select(m => m.Groups["rolling"].Success
                ? m.Value.Contains(" по ", StringComparison.OrdinalIgnoreCase) || m.Value.Contains(" до ", StringComparison.OrdinalIgnoreCase)
                    ? new UnreadPeriod(UnreadPeriodKind.TwelveMonths, m.Value.Trim()) { Through = MonthOf(MonthYearPattern().Match(m.Value)) }
                    : new UnreadPeriod(UnreadPeriodKind.LatestMonths, m.Value.Trim()) { Months = 12 }
            : m.Groups["ambiguousq"].Success ? new UnreadPeriod(UnreadPeriodKind.AmbiguousQuarters, m.Value.Trim())
            : m.Groups["past"].Success && !m.Groups["m1"].Success ? new UnreadPeriod(UnreadPeriodKind.LatestMonths, m.Value.Trim()) { Months = NumberText.SmallCount(m.Groups["n"].Value) }
            : null).FirstOrDefault(u => u is not null);

    private static Regex? s_monthYearPattern;

    // "ноябрь 2023 года": the month twelve months run to.
    private static Regex MonthYearPattern() => s_monthYearPattern ??= InterpretedRegex.Create(@"(?<mon>" + Months.CyrillicPattern + @")\s+(?<y>(?:19|20)\d{2})", RegexOptions.IgnoreCase);

    public override List<PeriodMention> Periods(string sentence)
    {
        var found = new List<PeriodMention>();
        foreach (Match m in PeriodPattern().Matches(sentence))
        {
            var g = m.Groups;
            int? year = g["y"].Success ? int.Parse(g["y"].Value, CultureInfo.InvariantCulture) : null;
            var relative = g["this"].Success ? RelativeYear.ThisYear : g["last"].Success ? RelativeYear.LastYear : g["next"].Success ? RelativeYear.NextYear : RelativeYear.None;
            PeriodMention? mention = null;
            if (g["ambiguousq"].Success)
            {
                // "3 квартала 2023 года": "of the third quarter" or "for three quarters"; no period rather than a guess.
            }
            else if (g["rolling"].Success)
            {
                // "за 12 месяцев по ноябрь 2023 года": twelve months across two years, which no period here is; no period
                // rather than the year (2023's figure was compared with it).
            }
            else if ((g["m1"].Success || g["yearstart"].Success) && (g["m1"].Success ? Months.Number(g["m1"].Value) : 1) is { } m1
                && Months.Number(g["m2"].Value) is { } m2 && m2 >= m1)
            {
                // "с января по октябрь", "с начала года по октябрь": January to October.
                mention = new(m.Index, m.Index + m.Length, "ru.period.month-range", m1 == 1 ? PeriodKind.YearToDate : PeriodKind.None, year, relative, m1, m2 - m1 + 1, m.Value);
            }
            else if (g["past"].Success)
            {
                // "За последние шесть месяцев": the months to the latest, across the turn of a year (it was read as January
                // to June); no period.
            }
            else if (g["n"].Success && NumberText.SmallCount(g["n"].Value) is { } n and >= 1 and <= 12)
            {
                mention = new(m.Index, m.Index + m.Length, "ru.period.first-n-months", PeriodKind.YearToDate, year, relative, 1, n, m.Value);
            }
            else if (g["h"].Success)
            {
                var first = g["h"].Value.StartsWith("перв", StringComparison.OrdinalIgnoreCase) || g["h"].Value.StartsWith("перш", StringComparison.OrdinalIgnoreCase) || g["h"].Value is "I" or "1";
                mention = new(m.Index, m.Index + m.Length, "ru.period.half", PeriodKind.Half, year, relative, first ? 1 : 7, 6, m.Value);
            }
            else if (g["nq"].Success)
            {
                // "За три квартала": January to September (a numeral in words; "3 квартал" is the third quarter).
                var quarters = g["nq"].Value.StartsWith("дв", StringComparison.OrdinalIgnoreCase) ? 2 : 3;
                mention = new(m.Index, m.Index + m.Length, "ru.period.first-n-quarters", PeriodKind.YearToDate, year, relative, 1, quarters * 3, m.Value);
            }
            else if (g["q"].Success)
            {
                var q = g["q"].Value.ToLowerInvariant() switch
                {
                    var s when s.StartsWith("перв", StringComparison.Ordinal) || s == "i" || s == "1" => 1,
                    var s when s.StartsWith("втор", StringComparison.Ordinal) || s == "ii" || s == "2" => 2,
                    var s when s.StartsWith("трет", StringComparison.Ordinal) || s == "iii" || s == "3" => 3,
                    _ => 4, // четвёртый, IV, 4, and the last (последний, заключительный) quarter of a year
                };
                mention = new(m.Index, m.Index + m.Length, "ru.period.quarter", PeriodKind.Quarter, year, relative, ((q - 1) * 3) + 1, 3, m.Value);
            }
            else if (g["mon"].Success && Months.Number(g["mon"].Value) is { } month)
            {
                mention = new(m.Index, m.Index + m.Length, "ru.period.month", PeriodKind.Month, year, relative, month, 1, m.Value);
            }
            else if (g["relm"].Success)
            {
                // "в прошлом месяце": the month before the article's; "в этом месяце": its own (as "last month", "this month").
                var relm = g["relm"].Value;
                mention = RelativeMonth(m, thisMonth: relm.Contains("этом", StringComparison.OrdinalIgnoreCase) || relm.Contains("текущем", StringComparison.OrdinalIgnoreCase));
            }
            else if ((year is not null || relative != RelativeYear.None) && !g["by"].Success && SoFar(sentence, m.Index))
            {
                mention = new(m.Index, m.Index + m.Length, "ru.period.year-so-far", PeriodKind.YearToDate, year, relative, PeriodMention.SoFar, 0, m.Value);
            }
            else if (year is not null || relative != RelativeYear.None)
            {
                mention = new(m.Index, m.Index + m.Length, relative == RelativeYear.None ? "ru.period.year" : "ru.period.relative-year", PeriodKind.Year, year, relative, 1, 12, m.Value)
                {
                    IsDeadline = g["by"].Success,
                };
            }

            if (mention is not null)
            {
                found.Add(mention);
            }
        }

        // "Годом ранее", "в предыдущем году": the year before the year named last before them (the figure was read as
        // that year's); with no year named before, no period.
        AddYearsBefore(sentence, found, YearBeforePattern());
        AddYearsAfter(sentence, found, YearAfterPattern());

        // "С начала года", "с начала этого года": the article's year so far, with no year mention of its own.
        foreach (Match m in YearStartPattern().Matches(sentence))
        {
            if (!found.Exists(f => f.Start < m.Index + m.Length && m.Index < f.End))
            {
                found.Add(new(m.Index, m.Index + m.Length, "ru.period.year-so-far", PeriodKind.YearToDate, null, RelativeYear.ThisYear, PeriodMention.SoFar, 0, m.Value));
            }
        }

        return found;
    }

    public override List<RankingMention> Rankings(string sentence, List<CountryMention> countries)
    {
        var found = new List<RankingMention>();
        if (!sentence.Contains("партн", StringComparison.OrdinalIgnoreCase))
        {
            return found;
        }

        foreach (Match m in RankingPattern().Matches(sentence))
        {
            var owner = m.Groups["owner"].Success ? CountryWords.FromRussian(m.Groups["owner"].Value) : null;
            found.Add(new RankingMention(m.Index, m.Index + m.Length, "ru.ranking.largest-partner", StatedFlow.Turnover, owner, m.Value));
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

    // Not "в годовом выражении": that is year on year.
    public override Regex AverageAnnual => s_averageAnnualPattern ??= InterpretedRegex.Create(
        @"(?i:(?<![\p{L}])(?:в\s+среднем|среднегодов\w*|ежегодн\w*)(?![\p{L}])|(?:%|процент\w*)\s+в\s+год(?![\p{L}]))");

    private static Regex? s_requiredGrowthPattern;
    private static Regex? s_eachYearPattern;

    // "Должен расти" (imperfective: a pace kept up) is a need; "должен вырасти" is a forecast. The predicative forms only:
    // "импорт необходимых товаров вырос" states a fact.
    public override Regex RequiredGrowth => s_requiredGrowthPattern ??= InterpretedRegex.Create(
        @"(?i:(?<![\p{L}])(?:нужн[оаы]?|нужен|необходим[оаы]?|(?:по)?требу(?:ет|ют|ется|ются)|прид[её]тся|надо|долж(?:ен|н[аоы])\s+(?:ежегодно\s+)?(?:расти|увеличиваться|прирастать))(?![\p{L}]))");

    public override Regex EachYear => s_eachYearPattern ??= InterpretedRegex.Create(
        @"(?i:(?<![\p{L}])(?:в\s+год|ежегодн\w*|каждый\s+год|в\s+среднем)(?![\p{L}]))");

    public override Regex OtherBase => OtherBasePattern();

    protected override Regex FractionGrowth => FractionPattern();

    protected override Regex ShareWords => SharePattern();

    private static Regex? s_earlierLevelPattern;

    // "до 34% с 18%", "34% против 18%"; "с 18% до 34%" (a share's move).
    private static Regex EarlierLevelPattern() => s_earlierLevelPattern ??= InterpretedRegex.Create(
        @"^(?i:[\s,;()]|(?<![\p{L}])(?:в|году|г\.|(?:19|20)\d{2})(?![\p{L}]))*(?<![\p{L}])(?i:с|против|по\s+сравнению\s+с|в\s+сравнении\s+с|после|(?<to>до))\s*$");

    protected override Regex EarlierLevelWords => EarlierLevelPattern();

    protected override decimal? FractionValue(Match match, out bool falling)
    {
        // The verb gives the sign: "выросли наполовину" is +50%, "сократились наполовину" −50%.
        falling = FallPattern().IsMatch(match.Value);
        var w = match.Groups["w"].Value.ToLowerInvariant();
        // "на три четверти", "на две трети" before any multiplier: "три" is one too ("в три раза").
        if (w.StartsWith("на ", StringComparison.Ordinal))
        {
            return w.Contains("три четверти", StringComparison.Ordinal) ? 75m
                : w.Contains("две трети", StringComparison.Ordinal) ? 66.7m
                : w.Contains("четверть", StringComparison.Ordinal) ? 25m
                : w.Contains("треть", StringComparison.Ordinal) ? 33.3m
                : w.Contains("пят", StringComparison.Ordinal) ? 20m
                : null;
        }

        if (Multiplier(w) is { } times)
        {
            // "вырос в 1,5 раза" is +50%; "сократился вдвое" is −50%, not −100%.
            return falling ? Math.Round((1m - (1m / times)) * 100m, 2) : (times - 1m) * 100m;
        }

        return w.Contains("наполовину", StringComparison.Ordinal) ? 50m : null;
    }

    protected override decimal? FractionPrecision(Match match, decimal percent)
    {
        // "в 1,26 раза": half a unit of the multiplier's last digit, in points of the change it gives.
        var digits = MultiplierDigits().Match(match.Groups["w"].Value);
        if (!digits.Success || !NumberText.TryParse(digits.Value, true, out var times, out var decimals) || times <= 1m)
        {
            return null;
        }

        var half = NumberText.HalfUnit(decimals, 100m);
        return percent < 0 ? Math.Round(half / (times * times), 3) : half;
    }

    /// <summary>"вдвое" 2, "в полтора раза" 1.5, "в 1,26 раза" 1.26; null for a fraction ("на четверть").</summary>
    private static decimal? Multiplier(string w)
    {
        if (MultiplierDigits().Match(w) is { Success: true } digits)
        {
            return NumberText.TryParse(digits.Value, true, out var times, out _) && times > 1m ? times : null;
        }

        foreach (var (word, multiple) in s_multiplierWords)
        {
            if (w.Contains(word, StringComparison.Ordinal))
            {
                return multiple;
            }
        }

        return null;
    }

    // In order: "восемь" before "семь", which it contains.
    private static readonly (string Word, decimal Times)[] s_multiplierWords =
    [
        ("удво", 2m), ("утро", 3m), ("полтора", 1.5m), ("вдвое", 2m), ("два", 2m), ("втрое", 3m), ("три", 3m), ("вчетверо", 4m), ("четыре", 4m), ("впятеро", 5m), ("пять", 5m),
        ("вшестеро", 6m), ("шесть", 6m), ("восемь", 8m), ("семь", 7m), ("девять", 9m), ("вдесятеро", 10m), ("десять", 10m),
    ];

    private static Regex? s_multiplierDigits;

    private static Regex MultiplierDigits() => s_multiplierDigits ??= InterpretedRegex.Create(@"\d+(?:,\d+)?");

    protected override Regex BoundBefore => BoundPattern();

    protected override SearchValues<string> FractionWords { get; } = SearchValues.Create(
        ["четверть", "четверти", "треть", "трети", "пятую", "вдвое", "втрое", "вчетверо", "впятеро", "вшестеро", "вдесятеро", "раз", "наполовину", "удво", "утро"], StringComparison.OrdinalIgnoreCase);

    public override SearchValues<string> ProductWords { get; } = SearchValues.Create(
        ["нефт", "нафт", "газ", "спг", "угл", "уголь", "сель", "продовольств", "зерн", "соев", "автомобил", "энергоносител", "электроэнерги",
         "морепродукт", "рыб", "древесин", "удобрен"], StringComparison.OrdinalIgnoreCase);

    protected override SearchValues<string> BoundWords => s_boundWords;

    // The first word of each bound of BoundPattern (see LanguageRules.BoundWords).
    private static readonly SearchValues<string> s_boundWords = SearchValues.Create(
        ["около", "почти", "более", "свыше", "больше", "менее", "меньше", "порядка", "примерно", "приблизительно", "майже", "понад", "близько", "превыс", "превыш", "преодол", "перевал", "отметк", "рубеж"], StringComparison.OrdinalIgnoreCase);

    // The units of VolumePattern, cut to a part each spelling holds.
    private static readonly SearchValues<string> s_volumeUnits = SearchValues.Create(["тонн", "т.", "баррел", "куб"], StringComparison.OrdinalIgnoreCase);

    public override Bound BoundOf(string word)
    {
        // "более чем", "меньше чем": the comparison word alone says the side.
        var w = string.Join(' ', word.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace(" чем", string.Empty, StringComparison.Ordinal);
        return w switch
        {
            "почти" or "майже" => Bound.Nearly,
            "более" or "свыше" or "больше" or "понад" => Bound.MoreThan,
            "менее" or "меньше" => Bound.LessThan,
            "не менее" => Bound.AtLeast,
            "не более" or "не больше" => Bound.UpTo,
            // "не превысит 250 млрд": at most, not "exceeds".
            _ when w.StartsWith("не превы", StringComparison.Ordinal) => Bound.UpTo,
            // превысил, превысила, превышает, превысит: "exceeded", "exceeds", "will exceed".
            _ when w.StartsWith("превыс", StringComparison.Ordinal) || w.StartsWith("превыш", StringComparison.Ordinal) => Bound.MoreThan,
            // "преодолел отметку в 100 млрд", "перевалил за 200 млрд", "вышел на рубеж": past the mark.
            _ when w.StartsWith("преодол", StringComparison.Ordinal) || w.StartsWith("перевал", StringComparison.Ordinal) || w.StartsWith("выш", StringComparison.Ordinal) => Bound.MoreThan,
            _ => Bound.About,
        };
    }

    public override Regex TargetCue => TargetPattern();

    private static Regex? s_shortOfPattern;

    public override Regex ShortOf => s_shortOfPattern ??= InterpretedRegex.Create(
        @"(?i:(?<![\p{L}])(?:не\s+(?:достиг\w*|достигнут\w*|достичь|выполн\w*|удалось|смог\w*|смож\w*|вышел\w*|вышл\w*|дотянул\w*)|недотянул\w*|недовыполн\w*|не\s+дотяну\w*)(?![\p{L}]))");

    private static Regex? s_fallToPattern;

    public override Regex FallTo => s_fallToPattern ??= InterpretedRegex.Create(
        @"(?i:(?<![\p{L}])(?:снизит\w*|снизил\w*|снизи\w*|сократит\w*|сократил\w*|сократи\w*|упад[её]т|упадут|упасть|упал\w*|уменьшит\w*|уменьшил\w*|опустит\w*|опустил\w*)\s+(?:до|ниже)\s+(?:уровня\s+)?(?:(?:около|примерно|порядка|менее|меньше)\s+)?(?:\$)?\s*$)");

    private static Regex? s_averageAfter;
    private static Regex? s_averageBefore;

    // "20 млрд долларов в месяц", "в среднем 20 млрд долларов за месяц", "ежемесячно", "в день", "в сутки".
    public override Regex AverageAfter => s_averageAfter ??= InterpretedRegex.Create(
        @"\G(?:\s+(?:долл\w*|USD))?\s+(?:в\s+среднем\s+)?(?i:(?:в|за)\s+(?:(?<m>месяц)|(?<d>день|сутки))(?![\p{L}])(?!\s+(?:ранее|назад|до\s+этого))|(?<m>ежемесячно)(?![\p{L}])|(?<d>ежедневно)(?![\p{L}]))");

    // "среднемесячный товарооборот составил", "ежемесячный объём торговли", "среднесуточный объём"; not "ежемесячная
    // статистика ФТС показывает".
    public override Regex AverageBefore => s_averageBefore ??= InterpretedRegex.Create(
        @"(?i:(?<![\p{L}])(?:(?:(?<m>среднемесячн\w*)|(?<d>среднесуточн\w*|среднедневн\w*))|(?:(?<m>ежемесячн\w*)|(?<d>ежедневн\w*))(?=\s+(?:товарооборот|объ[её]м|экспорт|импорт|поставк)))(?:\s+[\p{L}-]+){0,6}\s+(?:(?:около|порядка|почти|более|свыше)\s+)?(?:\$\s*)?$)");

    public override Regex ProjectionCue => ProjectionPattern();

    public override Regex AheadOfSchedule => AheadPattern();

    public override Regex Respectively => RespectivelyPattern();

    public override Regex RecordHigh => RecordPattern();

    public override Regex FirstTime => s_firstTimePattern ??= InterpretedRegex.Create(@"(?i:(?<![\p{L}])впервые(?:\s+в\s+истории)?(?![\p{L}])(?!\s+(?:с|со|за)\s))");

    private static Regex? s_firstTimePattern;

    public override Regex SinceSuperlative => SinceSuperlativePattern();

    public override Regex GoalSetYear => GoalSetYearPattern();

    public override Regex Retrospective => s_retrospectivePattern ??= InterpretedRegex.Create(@"(?i:(?<![\p{L}])(?:после|вслед\s+за)(?![\p{L}]))");

    private static Regex? s_retrospectivePattern;

    public override Regex Streak => StreakPattern();

    // Parts of every match of RecordPattern.
    public override SearchValues<string> RecordWords { get; } = SearchValues.Create(
        ["рекорд", "максимум"], StringComparison.OrdinalIgnoreCase);

    public override Regex Balance => BalancePattern();

    // Parts of every match of BalancePattern.
    public override SearchValues<string> BalanceWords { get; } = SearchValues.Create(
        ["сальдо", "профицит", "дефицит", "разниц", "превышени"], StringComparison.OrdinalIgnoreCase);

    public override Regex ProductGroup => ProductPattern();

    public override Regex Speaker => SpeakerPattern();

    // The verbs of SpeakerPattern, which is case-sensitive ("рассказал" holds "сказал").
    public override SearchValues<string> SpeakerVerbs { get; } = SearchValues.Create(
        ["заявил", "заявив", "сообщил", "отметил", "сказал", "подчеркнул"], StringComparison.Ordinal);

    protected override Regex Statistics => StatisticsPattern();

    // Parts of every match of StatisticsPattern, compared ignoring case as it is.
    protected override SearchValues<string> StatisticsWords { get; } = SearchValues.Create(
        ["таможн", "таможен", "фтс", "гту", "статистик", "сторон"], StringComparison.OrdinalIgnoreCase);

    protected override Country? CountryOfWord(string word) => CountryWords.FromRussian(word);

    public override Regex BaseOpener => BasePattern();

    public override Regex? BaseFrame => BaseFramePattern();

    private static Regex? s_baseFramePattern;

    // "в 2,2 раза превысил показатель 2019 года", "превысил уровень 2019 года более чем в два раза": the year the multiple is of.
    private static Regex BaseFramePattern() => s_baseFramePattern ??= InterpretedRegex.Create(
        @"(?i:превысил\w*\s+" + YearLevel + @"(?<y>(?:19|20)\d{2})|(?<y>(?:19|20)\d{2})\s*[-–—]\s*(?:19|20)\d{2}\s+(?:год|гг))");

    public override Regex ChangeOpener => ChangePattern();

    public override Regex? DataBeforeMonth => s_dataBeforeMonth ??= InterpretedRegex.Create(@"(?i:(?<![\p{L}])(?:данны[ех]|статистик[аи]|показател(?:и|ей))\s+(?:таможни\s+)?за\s+$)");

    private static Regex? s_dataBeforeMonth;

    public override Regex EarlierValueOpener => EarlierValuePattern();

    private static Regex? s_whenClausePattern;

    public override Regex WhenClause => s_whenClausePattern ??= InterpretedRegex.Create(@"^\s*(?:год\w*|г\.)?\s*,?\s*когда(?![\p{L}])", RegexOptions.IgnoreCase);

    private static Regex? s_sinceOpenerPattern;
    private static Regex? s_compositionPattern;

    public override Regex CompositionBefore => s_compositionPattern ??= InterpretedRegex.Create(
        @"(?i:(?<![\p{L}])(?:в\s+основном|преимущественно|главным\s+образом|прежде\s+всего|в\s+том\s+числе|включая|особенно)(?![\p{L}])[^.;:()]{0,25}$)");

    // "с 2016 года", "начиная с 2016 года"; not "по сравнению с 2016 годом" (a base, not a start).
    public override Regex SinceOpener => s_sinceOpenerPattern ??= InterpretedRegex.Create(@"(?:^|[\s(])(?<!сравнению\s)(?<s>(?:начиная\s+)?со?\s+)$", RegexOptions.IgnoreCase);

    protected override Regex YearsSpan => YearsSpanPattern();

    protected override Regex SpanSuperlative => SpanSuperlativePattern();


    public override Regex ChangeSubject => ChangeSubjectPattern();

    public override Regex? ComparisonChangeAfter => s_comparisonChangeAfter ??= InterpretedRegex.Create(@"^\s*(?:(?:долл\w*|рубл\w*|юан\w*)\s+)?(?:больше|меньше|выше|ниже)(?![\p{L}])", RegexOptions.IgnoreCase);

    public override Regex? ComparisonChangeBefore => s_comparisonChangeBefore ??= InterpretedRegex.Create(@"(?<![\p{L}])на\s+$", RegexOptions.IgnoreCase);

    private static Regex? s_comparisonChangeAfter;
    private static Regex? s_comparisonChangeBefore;

    public override Regex PartOfFlow => PartOfFlowPattern();

    private static Regex? s_partOfFlowPattern;

    // "морской экспорт", "приграничная торговля", "несырьевой экспорт": a part of the flow, never its total.
    private static Regex PartOfFlowPattern() => s_partOfFlowPattern ??= InterpretedRegex.Create(
        @"(?i:(?<![\p{L}])(?<q>морск\w+|приграничн\w+|трансграничн\w+|железнодорожн\w+|несырьев\w+|неэнергетическ\w+|ненефтян\w+|транзитн\w+)\s+(?:экспорт|импорт|торгов|товарооборот|поставк))");

    public override Regex YuanTerms => YuanTermsPattern();

    public override Regex DollarTerms => DollarTermsPattern();

    public override char[] ClauseBreaks => s_clauseBreaks;

    private static readonly char[] s_clauseBreaks = [',', ';', ':', '(', ')'];

    // Interpreted, built on first use (InterpretedRegex).
    private static Regex? s_amountPattern;

    private static Regex AmountPattern() => s_amountPattern ??= InterpretedRegex.Create(@"(?:(?<list>" + NumberText.NotYear + "(?:" + Num + @"))\s*(?:и|та)\s*)?(?:(?<cur1>US\$|\\?\$)\s?(?<num>" + Num + @")\s*(?<scale>" + Scale + @")|(?<num2>" + Num + @")\s*(?<scale2>" + Scale + @")(?:\s*(?<cur3>(?i:долл\.|долл\w*|доларів|долар\w*|\$|юан\w*|рубл\w*|руб\.|евро|євро)))?)(?![\p{L}])");

    private static Regex? s_otherCurrencyPattern;

    private static Regex OtherCurrencyPattern() => s_otherCurrencyPattern ??= InterpretedRegex.Create(@"(?i:рубл\w*|руб\.|юан\w*|евро|євро|гривн\w*|гривень)");

    private static Regex? s_volumePattern;

    private static Regex VolumePattern() => s_volumePattern ??= InterpretedRegex.Create(@"(?<num>" + Num + @")\s*(?<scale>(?i:млн|тыс\.?|миллион\w*|млрд|миллиард\w*))?\s*(?<unit>(?i:тонн\w*|т\.|баррел\w*|кубометр\w*|куб\.\s*м\.?))(?![\p{L}])");

    private static Regex? s_countryPattern;

    private static Regex CountryPattern() => s_countryPattern ??= InterpretedRegex.Create(C);

    private static Regex? s_flowWord;

    private static Regex FlowWord() => s_flowWord ??= InterpretedRegex.Create(@"(?<![\p{L}])(?i:товарооборот\w*|товарообіг\w*|торговл\w+|торгівл\w+|торгов\w+\s+оборот\w*|экспорт\w*|експорт\w*|поставк\w*|поставлен\w*|поставил\w*|ввезл\w*|ввез\b|продал\w*|импорт\w*|імпорт\w*|закупил\w*|закупк\w*|приобрел\w*|купил\w*|ввоз\w*)");

    private static Regex? s_tradingPartner;
    private static Regex? s_setGoal;

    // The nouns "поставить" sets when it is not "supply": a goal, a task, a benchmark, a deadline.
    private static Regex SetGoal() => s_setGoal ??= InterpretedRegex.Create(@"(?i:(?<![\p{L}])(?:цел[ьиюе]\w*|задач\w*|ориентир\w*|планк\w*|рубеж\w*|срок\w*))");

    private static Regex TradingPartner() => s_tradingPartner ??= InterpretedRegex.Create(@"^\s*(?i:торгов\w+\s+партн)");

    private static Regex? s_stopPattern;

    private static Regex StopPattern() => s_stopPattern ??= InterpretedRegex.Create(@"[\d$,;:—–(]|(?<![\p{L}])(?i:вырос|выросл|увеличил|снизил|сократил|упал|состав|достиг|подскочил|зріс|зросл|зменш|становил|на\s+сумму)");

    private static Regex? s_fromPattern;

    private static Regex FromPattern() => s_fromPattern ??= InterpretedRegex.Create(@"(?<![\p{L}])(?i:из|із|от|со\s+стороны|с\s+территории|у)\s+(?<c>" + C + @")");

    private static Regex? s_toPattern;

    private static Regex ToPattern() => s_toPattern ??= InterpretedRegex.Create(@"(?<![\p{L}])(?i:в|во|до|на)\s+(?<c>" + C + @")");

    private static Regex? s_ownerAfterPattern;

    private static Regex OwnerAfterPattern() => s_ownerAfterPattern ??= InterpretedRegex.Create(@"^\s*(?:(?i:китайск\w*|российск\w*|російськ\w*|китайськ\w*)\s+(?i:товар\w*|продукц\w*)\s*|(?<c>" + C + @"))");

    private static Regex? s_prepositionBefore;

    private static Regex PrepositionBefore() => s_prepositionBefore ??= InterpretedRegex.Create(@"(?<![\p{L}])(?i:(?:из|із|в|во|до|на|с|со|у|между|між|с\s+|от)\s*$)");

    private static Regex? s_reversePattern;

    private static Regex ReversePattern() => s_reversePattern ??= InterpretedRegex.Create(@"(?i:в\s+обратном\s+направлении|у\s+зворотному\s+напрямку|в\s+зворотному\s+напрямку)");

    private static Regex? s_bareFromTo;

    private static Regex BareFromTo() => s_bareFromTo ??= InterpretedRegex.Create(@"(?<![\p{L}])(?i:из|із)\s+(?<from>" + C + @")\s+(?i:в|во|до)\s+(?<to>" + C + @")");

    private static Regex? s_periodPattern;

    private static Regex PeriodPattern() => s_periodPattern ??= InterpretedRegex.Create(@"(?<![\p{L}\d])(?:(?<rolling>(?i:за\s+(?:последние\s+)?(?:12|двенадцать)\s+месяц\w*\s+(?:по|до)\s+)" + Months.CyrillicPattern + @"(?:\s+(?:19|20)\d{2}(?:\s+г(?:ода|\.))?)?|(?i:за\s+последние\s+(?:12|двенадцать)\s+месяц\w*))|(?:(?i:за|в|во|с|по\s+итогам)\s+)?(?<m1>" + Months.CyrillicPattern + @")\s*-\s*(?<m2>" + Months.CyrillicPattern + @")(?:\s+(?<y>(?:19|20)\d{2})|\s+(?<this>этого|текущего)\s+года|\s+(?<last>прошлого|минувшего|прошедшего)\s+года)?|(?i:(?:за\s+период\s+)?с\s+)(?:(?<m1>" + Months.CyrillicPattern + @")|(?<yearstart>(?i:начала\s+(?:(?<this>этого|текущего)\s+|(?<y>(?:19|20)\d{2})\s+)?года)))\s+(?i:по)\s+(?<m2>" + Months.CyrillicPattern + @")(?:\s+(?<y>(?:19|20)\d{2})|\s+(?<this>этого|текущего)\s+года|\s+(?<last>прошлого|минувшего|прошедшего)\s+года)?|(?i:(?:за\s+|в\s+)?(?:первые\s+|перші\s+|(?<past>последние|прошедшие|минувшие|останні)\s+)?(?<n>\d{1,2}|один|одного|два|двух|три|трех|трёх|четыре|четырех|четырёх|пять|пяти|шесть|шести|семь|семи|восемь|восьми|девять|девяти|десять|десяти|одиннадцать|одиннадцати|двенадцать|двенадцати)\s+(?:месяц\w*|місяц\w*|міс\.?)(?:\s+(?:(?<y>(?:19|20)\d{2})\s+(?:года|г\.)|(?<this>этого|текущего|цього)\s+року|(?<this>этого|текущего)\s+года|(?<last>прошлого|минувшего|минулого)\s+(?:года|року)|года|року))?)|(?i:(?:в\s+|за\s+)?(?<h>перв\w+|втор\w+|перш\w+|друг\w+|[12]|I{1,2})(?:-?[а-яё]{1,2})?\s+(?:половин\w+|полугоди\w+|півріччя|півроку)(?:\s+(?<y>(?:19|20)\d{2})|\s+(?<this>этого|текущего)\s+года|\s+(?<last>прошлого)\s+года)?)|(?<ambiguousq>[1-4]\s+квартала(?:\s+(?:19|20)\d{2})?)|(?i:(?<q>[1-4])(?:-?[а-яё]{1,2})?\s+квартал(?:е|ом)?(?![\p{L}])(?:\s+(?<y>(?:19|20)\d{2})|\s+(?<this>этого|текущего)\s+года|\s+(?<last>прошлого|минувшего|прошедшего)\s+года)?)|(?i:(?:первые\s+)?(?<nq>два|двух|три|трех|трёх)\s+квартал\w*(?:\s+(?<y>(?:19|20)\d{2})|\s+(?<this>этого|текущего)\s+года|\s+(?<last>прошлого|минувшего|прошедшего)\s+года)?)|(?i:(?<q>последн\w+|заключительн\w+)\s+квартал\w*\s+(?<y>(?:19|20)\d{2}))|(?i:(?<q>перв\w+|втор\w+|трет\w+|четв[её]рт\w+|I{1,3}V?|IV)\s+квартал\w*(?:\s+(?<y>(?:19|20)\d{2})|\s+(?<this>этого|текущего)\s+года|\s+(?<last>прошлого|минувшего|прошедшего)\s+года)?)|(?i:(?:в|во|за|у|только\s+в|только\s+за|лишь\s+в)\s+)(?<mon>" + Months.CyrillicPattern + @")(?:\s+(?<y>(?:19|20)\d{2})|\s+(?<this>этого|текущего)\s+года|\s+(?<last>прошлого|минувшего|прошедшего)\s+года)?|(?<relm>(?i:в\s+(?:прошлом|минувшем|прошедшем|этом|текущем)\s+месяце))|(?<rel>(?i:(?:в\s+)?(?<this>этом|текущем|цьому|поточному)\s+(?:году|році)|(?:в\s+)?(?<next>следующем|будущем|наступающем)\s+году|(?:в\s+|за\s+)?(?<last>прошлом|минувшем|прошедшем|минулому)\s+(?:году|році)|(?:за\s+|по\s+итогам\s+)?(?<last>прошлого|минувшего|минулого)\s+(?:года|року)|(?<last>прошлый|минувший|минулий)\s+(?:год|рік)))|(?<by>(?i:к|до)\s+)?(?<![\d.,$])(?<y>(?:19|20)\d{2})(?![\d%]|\s*(?i:млрд|млн)))(?![\p{L}])");

    private static Regex? s_rankingPattern;

    private static Regex RankingPattern() => s_rankingPattern ??= InterpretedRegex.Create(@"(?:(?<owner>" + C + @")\s+)?(?i:крупнейш\w+|главн\w+|основн\w+|ведущ\w+|найбільш\w+)\s+(?i:торгов\w+|торговельн\w+)\s+(?i:партн[её]р\w*)(?:\s+(?<owner>" + C + @"))?");

    private static Regex? s_percentPattern;

    private static Regex PercentPattern() => s_percentPattern ??= InterpretedRegex.Create(@"(?:(?<list>" + NumberText.NotYear + "(?:" + Num + @"))\s*%?\s*(?:и|та)\s*)?(?<num>" + Num + @")\s*(?:%|(?i:процент(?!н\w*\s+пункт)\w*|проц\.|відсот\w*|відс\.?))");

    private static Regex? s_risePattern;

    private static Regex RisePattern() => s_risePattern ??= InterpretedRegex.Create(@"(?i:(?<![\p{L}])(?:вырос\w*|выросл\w*|рос(?:л[аои])?(?![\p{L}])|увеличил\w*|увеличивал\w*|увеличивш\w*|увеличени\w*|возрастал\w*|рост\w*|подскочил\w*|подскочив|взлетел\w*|взлетев|прибавил\w*|прибавив|повысил\w*|повысивш\w*|возрос\w*|нарастил\w*|нарастив|наращива\w*|расти|увеличиваться|прирастать|зріс|зросл\w*|зросте|збільши\w*|приріс|прирост\w*|вырастет|выше))");

    private static Regex? s_fallPattern;

    private static Regex FallPattern() => s_fallPattern ??= InterpretedRegex.Create(@"(?i:(?<![\p{L}])(?:снизил\w*|снизивш\w*|снижал\w*|сузил\w*|сузивш\w*|снижени\w*|сократил\w*|сокращал\w*|сокративш\w*|сокращени\w*|упал\w*|упав|падал\w*|уменьшал\w*|падени\w*|уменьшил\w*|уменьшивш\w*|потеряв|потерял\w*|зменш\w*|знизи\w*|скороти\w*|впал\w*|впав|падіння|спад\w*|ниже|опустил\w*|обвалил\w*|просел\w*|просев|рухнул\w*))");

    private static Regex? s_riseAfterPattern;

    private static Regex RiseAfterPattern() => s_riseAfterPattern ??= InterpretedRegex.Create(@"^\s*(?i:больше|выше|более|рост\w*|більше)(?![\p{L}])");

    private static Regex? s_fallAfterPattern;

    private static Regex FallAfterPattern() => s_fallAfterPattern ??= InterpretedRegex.Create(@"^\s*(?i:меньше|ниже|менше)(?![\p{L}])");

    private static Regex? s_yearOnYearPattern;

    private static Regex YearOnYearPattern() => s_yearOnYearPattern ??= InterpretedRegex.Create(@"(?i:в\s+годовом\s+(?:исчислении|выражении)|год\s+к\s+году|по\s+сравнению\s+с\s+(?:аналогичным\s+периодом|прошлым\s+годом|(?:19|20)\d{2})|порівняно\s+з\s+(?:роком\s+раніше|минулим\s+роком)|в\s+річному|рік\s+до\s+року)");

    private static Regex? s_previousPeriodPattern;
    private static Regex? s_volumeMeasurePattern;
    private static Regex? s_otherBasePattern;

    // "снизился на 9,5% от пика", "с пиковых значений", "по сравнению с довоенным уровнем"; "достиг исторического
    // максимума" has no preposition before it and stays a record, and "приблизившись к максимуму" is a goal, not a base.
    private static Regex OtherBasePattern() => s_otherBasePattern ??= InterpretedRegex.Create(
        @"(?i:(?:\bот|\bс|по\s+сравнению\s+с)\s+(?:(?:своего|своих|исторического|исторических|рекордного|рекордных|прошлогоднего)\s+)?(?:пик\w*|максимум\w*|минимум\w*)"
        + @"|(?:\bот|\bс|\bк|по\s+сравнению\s+с)\s+(?:довоенн|допандемийн|доковидн|досанкционн|докризисн)\w*\s+(?:уровн|показател|значени|период)\w*)");

    // "в натуральном выражении", "физический объём"; "по объёму товарооборота" is a value.
    private static Regex VolumeMeasurePattern() => s_volumeMeasurePattern ??= InterpretedRegex.Create(@"(?i:в\s+(?:натуральном|физическом)\s+(?:выражении|исчислении)|физическ\w+\s+объ[её]м\w*)");

    private static Regex PreviousPeriodPattern() => s_previousPeriodPattern ??= InterpretedRegex.Create(@"(?i:в\s+(?:месячном|квартальном)\s+(?:исчислении|выражении)|месяц\s+к\s+месяцу|квартал\s+к\s+кварталу|(?:по\s+сравнению\s+с|против|относительно|по\s+отношению\s+к|к)\s+(?:предыдущ|прошл)\w+\s+(?:месяц|квартал)\w*|(?:месяцем|кварталом)\s+ранее|(?:по\s+сравнению\s+с|чем\s+в|относительно)\s+" + Months.CyrillicPattern + @"(?![\p{L}])(?!\s+(?:19|20)\d{2})|в\s+місячному)");

    private static Regex? s_fractionPattern;

    private static Regex FractionPattern() => s_fractionPattern ??= InterpretedRegex.Create(@"(?i:(?:вырос\w*|возрос\w*|увеличил\w*|увеличивш\w*|сократил\w*|сокративш\w*|снизил\w*|снизивш\w*|уменьшил\w*|уменьшивш\w*|упал\w*|упав)\s+(?:(?<b>почти|более\s+чем|примерно|около)\s+)?(?<w>на\s+четверть|на\s+треть|на\s+две\s+трети|на\s+три\s+четверти|на\s+пятую\s+часть|вдвое|втрое|вчетверо|впятеро|вшестеро|вдесятеро|в\s+(?:\d+(?:,\d+)?|полтора|два|три|четыре|пять|шесть|семь|восемь|девять|десять)\s+раза?(?![\p{L}])|наполовину)"
        + @"|(?<![\p{L}])" + BoundedMultiple + @"\s+(?:больше|выше),?\s+чем\s+(?:в\s+)?(?=(?:19|20)\d{2})"
        + @"|(?<![\p{L}])" + BoundedMultiple + @"\s+(?:больше|выше)\s+(?:уровня|показателя|объ[её]ма)\s+(?=(?:19|20)\d{2})"
        + @"|(?<![\p{L}])" + BoundedMultiple + @"\s+превысил\w*\s+" + YearLevel + @"(?=(?:19|20)\d{2})"
        + @"|(?<=(?<![\p{L}])превысил\w*\s+" + YearLevel + @"(?:19|20)\d{2}\s+года\s+)" + BoundedMultiple + @"(?![\p{L}])"
        + @"|(?<![\p{L}])(?:увеличи(?:ть|тся|ваться)|увеличат(?:ся)?|нарасти(?:ть|т|м)|нарастят|вырасти|вырастет|возраст[её]т)(?:\s+" + GoalObject + @")?\s+" + BoundedMultiple + @"(?![\p{L}])"
        + @"|(?<![\p{L}])(?:(?<b>почти|более\s+чем|примерно|около)\s+)?(?<w>удво(?:ить|иться|ение|ения|ению|ится|ятся|ился|илась|илось|ились)|утро(?:ить|иться|ение|ения|ению|ится|ятся|ился|илась|илось|ились))(?![\p{L}]))");

    // What a goal verb raises, between it and the multiple ("увеличить товарооборот вдвое", "нарастить объём торговли в 1,5 раза").
    private const string GoalObject = @"(?:(?:двусторонн\w+|взаимн\w+)\s+)?(?:товарооборот\w*|торгов\w*|объ[её]м\w*(?:\s+(?:двусторонней\s+|взаимной\s+)?торговли)?)";

    // A multiple ("вдвое", "в 2,2 раза") and its bound ("более чем"): groups w and b of the fraction pattern.
    private const string BoundedMultiple = @"(?:(?<b>почти|более\s+чем|примерно|около)\s+)?(?<w>вдвое|втрое|вчетверо|впятеро|вшестеро|вдесятеро|в\s+(?:\d+(?:,\d+)?|полтора|два|три|четыре|пять|шесть|семь|восемь|девять|десять)\s+раза?)";

    // The level of a year named next ("уровень 2019 года", "показатель 2019 года"): what a multiple is of.
    private const string YearLevel = @"(?:уровень|показатель|объ[её]м)\s+";

    private static Regex? s_boundPattern;

    private static Regex BoundPattern() => s_boundPattern ??= InterpretedRegex.Create(@"(?<b>(?i:не\s+(?:более|больше|превыси\w*|превыша\w*)|около|почти|(?:более|больше|свыше|менее|меньше)(?:\s+чем)?|не\s+менее|порядка|примерно|приблизительно|майже|понад|близько|превыси\w*|превыша\w*|(?:преодол\w*|превыс\w*|вышл?\w*\s+на)\s+(?:отметк\w*|рубеж\w*|планк\w*|порог\w*)(?:\s+в)?|перевали\w*\s+за(?:\s+(?:отметк\w*|рубеж\w*)(?:\s+в)?)?))\s*(?:\\?\$)?\s*$");

    private static Regex? s_targetPattern;

    private static Regex TargetPattern() => s_targetPattern ??= InterpretedRegex.Create(@"(?i:(?<![\p{L}])(?:цел[ьиюе]\w*|планир\w*|план\w*|намерен\w*|задач[аиуеё]\w*|ориентир\w*|мет[аиу]\b|договорил\w*|довести))");

    private static Regex? s_projectionPattern;

    private static Regex ProjectionPattern() => s_projectionPattern ??= InterpretedRegex.Create(@"(?i:(?<![\p{L}])(?:ожида\w*|прогноз\w*|достигнет|составит|вырастет|превысит|увеличится|снизится|сократится|упад[её]т|уменьшится|снизятся|сократятся|упадут|уменьшатся|будет|мо(?:жет|гут)\s+(?:превысить|достичь|достигнуть|составить|вырасти|увеличиться|сократиться|снизиться|выйти)|должн\w*\s+(?:превысить|достичь|достигнуть|составить|вырасти|выйти)|выйдет\s+на|достигнут|превысят|составят|вырастут|рассчитыва\w*|предполага\w*|сможем|сможет))");

    private static Regex? s_aheadPattern;

    private static Regex AheadPattern() => s_aheadPattern ??= InterpretedRegex.Create(@"(?i:досрочно|раньше\s+(?:срока|намеченного|запланированного|плана)|с\s+опережением\s+(?:графика|плана|срока)|достроково)");

    private static Regex? s_respectivelyPattern;

    private static Regex RespectivelyPattern() => s_respectivelyPattern ??= InterpretedRegex.Create(@"(?i:соответственно|відповідно)");

    private static Regex? s_recordPattern;
    private static Regex? s_sinceSuperlativePattern;
    private static Regex? s_goalSetYearPattern;

    private static Regex? s_streakPattern;

    // "растёт пятый год подряд", "пятый год подряд снижается", "вырос … третий год подряд", "третий год подряд превышает 100 млрд".
    // Not across another verb or a contrast ("снизился на 2,9%, но третий год подряд превысил 100 млрд": the run is the level's).
    private static Regex StreakPattern() => s_streakPattern ??= InterpretedRegex.Create(
        @"(?i:(?<![\p{L}])(?:(?<up>раст[её]т|рос(?:л[аои])?(?![\p{L}])|вырос\w*|увеличива\w*|увеличил\w*|прирост\w*|рост\w*)|(?<down>снижа\w*|снизил\w*|сокраща\w*|сократил\w*|сокращени\w*|упал\w*|пада\w*|уменьша\w*|уменьшил\w*|снижени\w*|падени\w*)|(?<above>превысил\w*|превыша\w*|превысив))(?![\p{L}])(?:(?!(?<![\p{L}])(?:раст[её]т|рос(?:л[аои])?(?![\p{L}])|вырос\w*|увеличива\w*|увеличил\w*|прирост\w*|рост\w*|снижа\w*|снизил\w*|сокраща\w*|сократил\w*|сокращени\w*|упал\w*|пада\w*|уменьша\w*|уменьшил\w*|снижени\w*|падени\w*|превы\w*|остал\w*|остава\w*|удерживал\w*|сохран\w*|достиг\w*|составил\w*|но|однако|хотя)(?![\p{L}]))(?:[^.;:]|\.(?=\d))){0,50}?(?<![\p{L}])(?:(?<n>втор\w+|трет\w+|четв[её]рт\w+|пят\w+|шест\w+|седьм\w+|восьм\w+|девят\w+|десят\w+|\d{1,2}-?[йи]\w*)\s+(?<unit>год|месяц)\s+подряд|(?<n>два|три|четыре|пять|шесть|семь|восемь|девять|десять|\d{1,2})\s+(?<unit>года|лет|месяца|месяцев)\s+подряд)"
        + @"|(?<![\p{L}])(?:(?<n>втор\w+|трет\w+|четв[её]рт\w+|пят\w+|шест\w+|седьм\w+|восьм\w+|девят\w+|десят\w+|\d{1,2}-?[йи]\w*)\s+(?<unit>год|месяц)\s+подряд|(?<n>два|три|четыре|пять|шесть|семь|восемь|девять|десять|\d{1,2})\s+(?<unit>года|лет|месяца|месяцев)\s+подряд)\s+(?:(?<up>раст[её]т|рос(?:л[аои])?(?![\p{L}])|вырос\w*|увеличива\w*|увеличил\w*|прирост\w*|рост\w*)|(?<down>снижа\w*|снизил\w*|сокраща\w*|сократил\w*|сокращени\w*|упал\w*|пада\w*|уменьша\w*|уменьшил\w*|снижени\w*|падени\w*)|(?<above>превысил\w*|превыша\w*|превысив)))");

    // "цель, поставленную в 2019 году", "объявленная ещё в 2019 году"; "В 2019 году лидеры поставили цель".
    private static Regex GoalSetYearPattern() => s_goalSetYearPattern ??= InterpretedRegex.Create(
        @"(?i:(?<![\p{L}])(?:поставлен\w*|поставил\w*|объявлен\w*|объявил\w*|согласован\w*|согласовал\w*|принят\w*|принял\w*|намечен\w*|наметил\w*|озвучен\w*|озвучил\w*|утвержд[её]н\w*|утвердил\w*|заявлен\w*)\s+(?:ещ[её]\s+)?в\s+(?<y>(?:19|20)\d{2})(?!\d)"
        + @"|(?<![\p{L}])в\s+(?<y>(?:19|20)\d{2})\s*(?:году|г\.)?,?\s+(?:[\p{L}-]+\s+){0,5}?(?:поставил\w*|объявил\w*|согласовал\w*|наметил\w*|утвердил\w*|озвучил\w*)\s+(?:[\p{L}-]+\s+){0,2}?(?:цел[ьи]|задач\w*|ориентир\w*))");

    // "минимальный с 2004 года", "до минимума с 2010 года", "самый высокий рост за 12 лет", "снизился впервые с 2020 года", "впервые с 2020 года сократился",
    // "вырос впервые за 14 месяцев", "минимальный за 17 месяцев".
    private static Regex SinceSuperlativePattern() => s_sinceSuperlativePattern ??= InterpretedRegex.Create(
        @"(?i:(?<![\p{L}])(?:(?<hi>максимальн\w*|максимум\w*|наибольш\w*|самы\w*\s+высок\w*|самы\w*\s+больш\w*|рекордн\w*)|(?<lo>минимальн\w*|минимум\w*|наименьш\w*|самы\w*\s+низк\w*|самы\w*\s+мал\w*)|(?<fast>самы\w*\s+быстр\w*)|(?<slow>самы\w*\s+медленн\w*))"
        + @"(?:\s+(?:(?<up>рост\w*|темп\w*|прирост\w*|увеличени\w*)|(?<down>снижени\w*|падени\w*|спад\w*|сокращени\w*)|(?<other>партн[её]р\w*|рын\w*|поставщик\w*|покупател\w*|импорт[её]р\w*|экспорт[её]р\w*|дол[яию]\w*)|(?!(?:с|со|за)\s)\p{L}+)){0,4}?"
        + @"\s+(?:с\s+(?<year>(?:19|20)\d{2})(?!\d)|за\s+(?:последние\s+)?(?:(?<n>\d{1,2}|два|три|четыре|пять|шесть|семь|восемь|девять|десять|одиннадцать|двенадцать|пятнадцать|двадцать)\s+(?:лет|года|(?<months>месяц\w*))|(?<decade>десятилетие)))"
        + @"|(?<![\p{L}])(?:(?<down>снизил\w*|сократил\w*|упал\w*|уменьшил\w*)|(?<up>вырос\w*|увеличил\w*))\s+(?:(?:[^\s,;.]|[.,](?=\d))+,?\s+){0,6}?(?<first>впервые)\s+(?:с\s+(?<year>(?:19|20)\d{2})(?!\d)|за\s+(?:последние\s+)?(?<n>\d{1,2}|два|три|четыре|пять|шесть|семь|восемь|девять|десять|одиннадцать|двенадцать|пятнадцать|двадцать)\s+(?:лет|года|(?<months>месяц\w*)))"
        + @"|(?<![\p{L}])(?<first>впервые)\s+(?:с\s+(?<year>(?:19|20)\d{2})(?:\s*(?:года|г\.))?|за\s+(?:последние\s+)?(?<n>\d{1,2}|два|три|четыре|пять|шесть|семь|восемь|девять|десять|одиннадцать|двенадцать|пятнадцать|двадцать)\s+(?:лет|года|(?<months>месяц\w*)))\s+(?:\p{L}+\s+){0,2}(?:(?<down>снизил\w*|сократил\w*|упал\w*|уменьшил\w*)|(?<up>вырос\w*|увеличил\w*))"
        // "Это первое снижение (дефицита) с 2016 года", "первый рост за пять лет".
        + @"|(?<![\p{L}])(?<first>перв(?:ое|ый|ая|ого|ым))\s+(?:(?<down>снижени\w*|падени\w*|спад\w*|сокращени\w*)|(?<up>рост\w*|увеличени\w*|прирост\w*))(?:\s+(?!(?:с|со|за)\s)\p{L}+){0,2}?\s+(?:с\s+(?<year>(?:19|20)\d{2})(?!\d)|за\s+(?:последние\s+)?(?<n>\d{1,2}|два|три|четыре|пять|шесть|семь|восемь|девять|десять|одиннадцать|двенадцать|пятнадцать|двадцать)\s+(?:лет|года|(?<months>месяц\w*))))");

    private static Regex RecordPattern() => s_recordPattern ??= InterpretedRegex.Create(@"(?i:\b(?:(?>рекорд\w*)|историческ\w+\s+максимум\w*|максимум\w*\s+за\s+всю\s+историю)(?!\s+низк))");

    private static Regex? s_ownedBalance;

    // "профицит России в торговле с Китаем", "дефицит торгового баланса США с Китаем", "отрицательное сальдо России",
    // "положительное сальдо для России":
    // the owner in the genitive after it (or an adjective before it, found by the caller). A bare "сальдо" has no sign.
    private static Regex OwnedBalance() => s_ownedBalance ??= InterpretedRegex.Create(@"(?<![\p{L}])(?i:(?<kind>профицит\w*|дефицит\w*|(?:положительн|отрицательн)\w*\s+сальдо))(?:\s+(?i:торгов\w+|внешнеторгов\w+))?(?:\s+(?i:баланс\w*))?(?:\s+(?:(?i:для)\s+)?(?<a>" + C + @"))?(?:\s+(?:(?i:в\s+(?:торговле|товарообороте|торговых\s+отношениях))\s+)?(?i:со?)\s+(?<b>" + C + @"))?");

    private static Regex? s_neutralBalance;

    // "сальдо торговли России с Китаем", "сальдо торговли между Россией и Китаем" (no owner: only "в пользу" gives one);
    // "положительное/отрицательное сальдо" is OwnedBalance's.
    private static Regex NeutralBalance() => s_neutralBalance ??= InterpretedRegex.Create(
        @"(?<![\p{L}])(?<!(?i:положительн|отрицательн)\w*\s+)(?i:сальдо)(?:\s+(?i:торгов\w+|внешнеторгов\w+|взаимной\s+торговли|товарооборота|баланса))?"
        + @"(?:\s+(?<between>(?i:между))\s+(?<x>" + C + @")\s+(?i:и)\s+(?<y>" + C + @")|\s+(?<x>" + C + @")(?:\s+(?:(?i:в\s+(?:торговле|товарообороте))\s+)?(?i:со?)\s+(?<y>" + C + @"))?)?");

    private static Regex? s_inFavourOf;

    private static Regex InFavourOf() => s_inFavourOf ??= InterpretedRegex.Create(@"(?<![\p{L}])(?i:в\s+пользу)\s+(?<a>" + C + ")");

    private static Regex? s_balancePattern;

    private static Regex BalancePattern() => s_balancePattern ??= InterpretedRegex.Create(@"(?i:\b(?:сальдо|профицит\w*|дефицит\w*|разниц\w*|превышени\w*\s+экспорта)\b)");

    private static Regex? s_productPattern;

    private static Regex ProductPattern() => s_productPattern ??= InterpretedRegex.Create(@"(?i:(?<!(?<![\p{L}])цен\w*\s+на\s+))(?<p>(?i:(?<![\p{L}])(?:нефт\w*|нафт\w*|газ(?:а|ом|у)?(?![\p{L}])|газов\w*|СПГ|угл[яеюь]\w*|уголь|сельхоз\w*|сельскохозяйств\w*|продовольств\w*|зерн\w*|соев\w*|автомобил\w*|энергоносител\w*|электроэнерги\w*|морепродукт\w*|рыб\w*|древесин\w*|удобрен\w*)))(?i:(?!\s+цен(?![\p{L}])|\s+цен[аыуео]\w*))");

    private static Regex? s_speakerPattern;

    private static Regex? s_statisticsPattern;

    private static Regex StatisticsPattern() => s_statisticsPattern ??= InterpretedRegex.Create(
        @"(?i:(?<RUS>(?<![\p{L}])ФТС(?![\p{L}])(?:\s+(?:России|РФ))?|Федеральн\w*\s+таможенн\w*\s+служб\w*(?:\s+(?:России|РФ))?)"
        + @"|(?<CHN>(?<![\p{L}])ГТУ\s+КНР|(?:Главн|Генеральн)\w*\s+таможенн\w*\s+управлени\w*(?:\s+(?:КНР|Китая))?)"
        + @"|(?<who>(?<![\p{L}])(?:российск|китайск|американск|южнокорейск|корейск)\w*)\s+(?:таможн\w*|таможенн\w*\s+(?:статистик|служб|ведомств)\w*|статистик\w*)"
        + @"|(?<![\p{L}])(?:таможн\w*|таможенн\w*\s+(?:статистик|служб|ведомств)\w*)\s+(?<who>России|РФ|Китая|КНР|США|Кореи|Республики\s+Корея)(?![\p{L}])"
        + @"|по\s+данным\s+(?<who>(?:российск|китайск)\w*)\s+сторон\w*)");

    // "сообщило в понедельник Главное таможенное управление КНР": the day it was said is no part of the speaker.
    private const string WhenSaid = @"(?:(?:во?\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|сегодня|вчера|ранее|накануне|в\s+среду)\s+)?";

    private static Regex SpeakerPattern() => s_speakerPattern ??= InterpretedRegex.Create(@"(?:заявил\w*|сообщил\w*|отметил\w*|сказал\w*|подчеркнул\w*|рассказал\w*|заявив)\s+" + WhenSaid + @"(?<who>(?:[\p{Ll}-]+\s+){0,3}?(?:\p{Lu}\p{Ll}+(?:ое|ая|ый|ий|ой)(?:\s+\p{Ll}[\p{L}-]*){1,3}(?:\s+\p{Lu}{2,}\p{L}*)?|\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){0,2}))|(?<who>\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){0,2})\s+(?:заявил\w*|сообщил\w*|отметил\w*|сказал\w*|подчеркнул\w*)");

    private static Regex? s_basePattern;
    private static Regex? s_changePattern;

    // "Вырос на $49,9 млрд", "прирост на $5 млрд": the amount is the change ("вырос до" is a level).
    private static Regex ChangePattern() => s_changePattern ??= InterpretedRegex.Create(@"(?i:(?:вырос\w*|увеличил\w*|увеличивш\w*|сократил\w*|сокративш\w*|снизил\w*|снизивш\w*|уменьшил\w*|уменьшивш\w*|упал\w*|упав|прибавил\w*|прибавив|подскочил\w*|подскочив|расширил\w*|расширивш\w*|сузил\w*|сузивш\w*|рост|прирост|увеличение|снижение|сокращение)\s+(?:(?:почти|более\s+чем|примерно|около)\s+)?(?:на|в)\s+)$");

    private static Regex? s_changeSubjectPattern;

    // "Прирост товарооборота составил $49,8 млрд": a change noun in the nominative, with the verb agreeing with it
    // (прирост/рост … составил, увеличение/снижение … составило), is the clause's subject; "после снижения цен
    // товарооборот составил" (genitive) stays a level.
    private static Regex ChangeSubjectPattern() => s_changeSubjectPattern ??= InterpretedRegex.Create(@"(?i:(?:(?<!\w)(?:прирост|рост|спад)\s[^%$]*?(?<!\w)(?:составил|достиг)|(?<!\w)(?:увеличение|снижение|сокращение|падение|уменьшение)\s[^%$]*?(?<!\w)(?:составило|достигло))\s+(?:(?:почти|более|свыше|около|примерно|порядка)\s+)?)$");

    // "по сравнению с ноябрем 2023 года", "чем в ноябре 2023 года": a month the period rules do not read (any case) may stand
    // between the opener and the year (November 2023 was read as the claim's period, the year 2023).
    private static Regex BasePattern() => s_basePattern ??= InterpretedRegex.Create(
        @"(?i:(?:^|[\s(])(?:с|со|между|по\s+сравнению\s+с|чем|против|относительно|від|порівняно\s+з|(?:больше|выше)\s+(?:уровня|показателя|объ[её]ма))\s+(?:в\s+)?(?:аналогичн\w+\s+период\w*\s+|" + Months.CyrillicPattern + @"\s+)?)$");

    private static Regex? s_earlierValuePattern;
    private static Regex? s_yearsSpanPattern;
    private static Regex? s_spanSuperlativePattern;

    // "за последние десять лет", "за пять лет", "за десятилетие"; not "на ближайшие пять лет" (ahead).
    private static Regex YearsSpanPattern() => s_yearsSpanPattern ??= InterpretedRegex.Create(
        @"(?i:(?<![\p{L}])за\s+(?:(?:последние|прошедшие|минувшие)\s+)?(?:(?<n>\d{1,2}|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|пятнадцать|двадцать)\s+(?:года|лет)|(?:последнее\s+|прошедшее\s+)?(?<decade>десятилетие))(?![\p{L}]))");

    private static Regex SpanSuperlativePattern() => s_spanSuperlativePattern ??= InterpretedRegex.Create(
        @"(?i:(?<![\p{L}])(?:самы\w+|впервые|максимальн\w+|минимальн\w+|максимум\w*|минимум\w*|рекордн\w+|наибольш\w+|наименьш\w+|перв\w+|лучш\w+|худш\w+))");

    // "по сравнению с предыдущим годом, когда он составил", "годом ранее, когда он составлял": only after a comparison,
    // so that "в 2024 году, когда товарооборот достиг 244,8 млрд" stays 2024's level.
    private static Regex EarlierValuePattern() => s_earlierValuePattern ??= InterpretedRegex.Create(@"(?i:(?:(?<!\w)(?:по\s+сравнению\s+с|(?:начиная\s+)?со?|чем|против|относительно|к)\s+(?<p>(?:(?:предыдущ|прошл|аналогичн)\w+\s+)?(?:(?:19|20)\d{2}\s+)?(?:год\w*|период\w*)(?:\s+прошлого\s+года)?)|(?<p>годом\s+ранее))\s*,?\s*когда\s+(?:(?:он|она|оно|они|товарооборот|объ[её]м\s+торговли)\s+)?(?:составлял\w*|составил\w*|был\w*|достиг(?:ал\w*|л[аои]|(?![\p{L}]))|равнял\w*)\s+(?:(?:почти|более|свыше|около|примерно|порядка|лишь|всего)\s+)?)$");

    private static Regex? s_yuanTermsPattern;

    private static Regex YuanTermsPattern() => s_yuanTermsPattern ??= InterpretedRegex.Create(@"(?i:в\s+юанях|в\s+юаневом\s+выражении|в\s+юанном\s+выражении)");

    private static Regex? s_dollarTermsPattern;

    private static Regex DollarTermsPattern() => s_dollarTermsPattern ??= InterpretedRegex.Create(@"(?i:в\s+долларах|в\s+долларовом\s+выражении|в\s+доларах)");

    private static Regex? s_sharePattern;

    private static Regex SharePattern() => s_sharePattern ??= InterpretedRegex.Create(@"(?i:(?<![\p{L}])(?:дол(?:я|и|ю|е|ей|ям|ями|ях)|удельн\w*\s+вес\w*|частк\w*)(?![\p{L}]))");
}
