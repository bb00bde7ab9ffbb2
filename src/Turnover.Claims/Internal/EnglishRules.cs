using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Turnover.Core;

namespace Turnover.Claims.Internal;

/// <summary>
/// English rules, which also read the German, Italian, Portuguese, French and Indonesian words news quotes carry
/// ("Milliarden", "miliardi", "bilhões", "Handel", "esportazioni"), with a decimal comma after those words.
/// </summary>
internal sealed partial class EnglishRules : LanguageRules
{
    private const string C = CountryWords.EnglishPattern;
    private const string Num = NumberText.Pattern;

    public static readonly EnglishRules Instance = new();

    public override ClaimLanguage Language => ClaimLanguage.English;

    public override string Code => "en";

    public override bool DecimalComma => false;

    public override List<AmountMention> Amounts(string sentence)
    {
        var found = new List<AmountMention>();
        foreach (Match m in AmountPattern().Matches(sentence))
        {
            var prefix = m.Groups["num"].Success;
            var number = prefix ? m.Groups["num"] : m.Groups["num2"];
            var scaleWord = prefix ? m.Groups["scale"].Value : m.Groups["scale2"].Value;
            var currencyWord = prefix ? m.Groups["cur1"].Value : m.Groups["cur3"].Value;
            var (scale, foreign) = Scale(scaleWord);
            var currency = CurrencyOf(currencyWord);
            var rule = prefix ? "en.amount.currency-sign-scale" : "en.amount.scale-currency-word";
            if (MakeAmount(m, number, scale, currency, rule, sentence, decimalComma: foreign) is { } amount)
            {
                // "$230-245 billion": the upper end stands alone here; MergeRanges joins the lower end to it.
                var alone = m.Groups["list"].Success || m.Groups["rlow"].Success;
                found.Add(alone ? amount with { Start = number.Index, Text = sentence[number.Index..(m.Index + m.Length)].Trim() } : amount);
                if (m.Groups["list"].Success && MakeAmount(m, m.Groups["list"], scale, currency, rule + "-list", sentence, foreign) is { } first)
                {
                    found.Add(first with { Start = m.Groups["list"].Index });
                }
            }
        }

        // The unit guard spares most sentences the volume pattern, which is tried at every number.
        foreach (Match m in Guarded(VolumePattern(), sentence, s_volumeUnits))
        {
            if (NumberText.TryParse(m.Groups["num"].Value, false, out var value, out var decimals))
            {
                var unit = m.Groups["unit"].Value.ToLowerInvariant();
                var scale = m.Groups["scale"].Value.ToLowerInvariant() switch
                {
                    "thousand" => 1_000m,
                    "billion" => 1_000_000_000m,
                    "" => unit == "bcm" ? 1_000_000_000m : 1m,
                    _ => 1_000_000m,
                };
                found.Add(new AmountMention(m.Index, m.Index + m.Length, "en.volume.tonnes", value * scale, new Currency("XXX"),
                    NumberText.HalfUnit(decimals, scale), BoundBeforeAt(sentence, m.Index), m.Value, IsVolume: true)
                {
                    Unit = unit.StartsWith("ton", StringComparison.Ordinal) ? VolumeUnit.Tonnes : unit.StartsWith("barrel", StringComparison.Ordinal) ? VolumeUnit.Barrels : VolumeUnit.CubicMetres,
                });
            }
        }

        var sorted = found.OrderBy(a => a.Start).ToList();
        MergeRanges(sentence, sorted);
        return sorted;
    }

    protected override Regex RangeOpener => RangePattern();

    protected override decimal? ScaleIn(string text) => ScaleWordPattern().Match(text) is { Success: true } m ? Scale(m.Value).Scale : null;

    private static Regex? s_rangePattern;

    // "between $230 and $245 billion", "$230-245 billion", "$230 billion-$245 billion"; never "to" ("grew $35 billion
    // to $111 billion" is a change and a level).
    private static Regex RangePattern() => s_rangePattern ??= InterpretedRegex.Create(
        @"(?i:(?:\bbetween\s+(?:US\s?\$|\$)?\s?(?<low>" + Num + @")\s*(?<scale>" + RangeScale + @")?\s*and|" + NumberText.NotYear
        + @"(?:US\s?\$|\$)?\s?(?<low>" + Num + @")\s*(?<scale>" + RangeScale + @")?\s*[-–—])\s*(?:US\s?\$|\$)?\s*)$");

    private static Regex? s_scaleWordPattern;

    private static Regex ScaleWordPattern() => s_scaleWordPattern ??= InterpretedRegex.Create(@"(?<![\p{L}])(?i:trillion|trln|tn|billion|bln|bn|b|million|mln|mn|m)(?![\p{L}])");

    private const string RangeScale = @"(?:trillion|trln|tn|billion|bln|bn|million|mln|mn)(?![\p{L}])";

    private static (decimal Scale, bool Foreign) Scale(string word)
    {
        var w = word.ToLowerInvariant().TrimEnd('.');
        return w switch
        {
            "trillion" or "trln" or "tn" or "billionen" => (1_000_000_000_000m, w == "billionen"),
            "million" or "mln" or "mn" or "m" => (1_000_000m, false),
            "milliarden" or "mrd" or "miliardi" or "bilhões" or "bilhão" or "milliards" or "milliard" or "mil millones" => (1_000_000_000m, true),
            _ => (1_000_000_000m, false),
        };
    }

    private static Currency CurrencyOf(string word)
    {
        var w = word.ToLowerInvariant();
        return w.Contains("yuan", StringComparison.Ordinal) || w.Contains("renminbi", StringComparison.Ordinal)
                || w.Contains("rmb", StringComparison.Ordinal) || w.Contains("cny", StringComparison.Ordinal) ? new Currency("CNY")
            : w.Contains("rub", StringComparison.Ordinal) || w.Contains("roub", StringComparison.Ordinal) ? new Currency("RUB")
            : w.Contains("euro", StringComparison.Ordinal) || w.Contains('€', StringComparison.Ordinal) || w == "eur" ? new Currency("EUR")
            : w.Contains("yen", StringComparison.Ordinal) ? new Currency("JPY")
            : Currency.Usd;
    }

    public override List<FlowMention> Flows(string sentence, List<CountryMention> countries)
    {
        // Each pattern runs only when its key word is there: a cheap scan spares most sentences most patterns.
        var found = new List<FlowMention>();
        var trade = Has(sentence, "trade", "turnover", "commerc", "two-way", "handel", "scambi", "comércio", "perdagangan");
        if (Has(sentence, "xports and", "mports and", "xport and", "mport and"))
        {
            Add(found, TurnoverBoth(), sentence, m => Turnover(m, "en.flow.exports-and-imports"));
        }

        if (trade)
        {
            AddPairs(found, sentence, countries);
            Add(found, TurnoverBetween(), sentence, m => Turnover(m, "en.flow.trade-between"));
            Add(found, TurnoverWith(), sentence, m => Turnover(m, "en.flow.trade-with") with { First = Owner(sentence, m.Index, countries)?.Country }, countries);
        }

        if (Has(sentence, "xported", "sold", "supplied", "shipped", "delivered", "exportou", "exportiert"))
        {
            AddAtCountries(found, ExportVerb(), sentence, countries, m => Directed(m, StatedFlow.Exports, "en.flow.country-exported-to"));
        }

        if (Has(sentence, "imported", "bought", "purchased"))
        {
            AddAtCountries(found, ImportVerb(), sentence, countries, m => Directed(m, StatedFlow.Imports, "en.flow.country-imported-from"));
        }

        if (Has(sentence, "xport", "shipment", "suppl", "deliver", "sales", "esportazion", "entrega"))
        {
            Add(found, ExportNoun(), sentence, m => Directed(m, StatedFlow.Exports, "en.flow.exports-from-to", Owner(sentence, m.Index, countries)?.Country), countries);
        }

        if (Has(sentence, "import", "purchase"))
        {
            Add(found, ImportNoun(), sentence, m => Directed(m, StatedFlow.Imports, "en.flow.imports-of-from", Owner(sentence, m.Index, countries)?.Country), countries);
        }

        if (trade || Has(sentence, "xports and", "mports and"))
        {
            Add(found, TurnoverWord(), sentence, m => Turnover(m, "en.flow.trade-word"));
        }

        return found.OrderBy(f => f.Start).ToList();
    }

    public override List<FlowMention> Balances(string sentence, List<CountryMention> countries)
    {
        var found = new List<FlowMention>();
        foreach (Match m in OwnedBalance().Matches(sentence))
        {
            // "China's trade surplus with the U.S.", "the United States' deficit", or the subject of "China ran a surplus".
            var owner = countries.LastOrDefault(c => c.End <= m.Index && m.Index - c.End <= 28
                && (BalanceOwnerGap().IsMatch(sentence.AsSpan(c.End, m.Index - c.End)) || BalanceSubjectGap().IsMatch(sentence.AsSpan(c.End, m.Index - c.End))));
            // "China ran a trade surplus of $38 billion with Russia": the partner after the figure, in the same clause.
            var partner = Country(m.Groups["b"]) ?? Country(LaterPartner().Match(sentence, m.Index + m.Length).Groups["b"]);
            // "China's trade surplus hit a record $823 billion", "the U.S. deficit": with no partner it is the balance with
            // the world, the budget's or the current account's.
            // "with the United States and the European Union": a balance with several partners is no pair's.
            var kind = m.Groups["kind"].Value.StartsWith("surplus", StringComparison.OrdinalIgnoreCase) ? StatedFlow.Surplus : StatedFlow.Deficit;
            if (owner is null && partner is null && SwitchedFrom().IsMatch(sentence.AsSpan(0, m.Index)))
            {
                // "China's trade surplus with Russia widened to $19.2 billion from a deficit of $38.1 billion", "China's
                // trade balance with Russia swung to a deficit of …": the balance named before, with this sign.
                var (side, other) = found.Count > 0 ? (found[^1].First, found[^1].Second) : NeutralOwnerBefore(sentence, countries, m.Index);
                if (other is not null && (found.Count == 0 || found[^1].Flow != kind))
                {
                    found.Add(new FlowMention(m.Index, m.Index + m.Length, "en.flow.balance-switched", kind, null, null, m.Value) { First = side, Second = other });
                }

                continue;
            }

            if (owner is null && partner is null && LeftBalance().Match(sentence, 0, m.Index) is { Success: true } left)
            {
                // "…, leaving Russia with a surplus of $18.1 billion", "…, leaving a trade surplus of $29 billion": the
                // balance the sentence's flows leave, owned by the side named, else by the side whose flows they are.
                // Its figures were dropped as a balance with no owner.
                var (side, other) = Country(left.Groups["o"]) is { } named ? (named, null) : SidesOfFlowBefore(sentence, countries, left.Index);
                if (side is not null || other is not null)
                {
                    found.Add(new FlowMention(m.Index, m.Index + m.Length, "en.flow.balance-left", kind, null, null, m.Value) { First = side, Second = other });
                }

                continue;
            }

            if (partner is null && owner is not null && !AndAnother().IsMatch(sentence.AsSpan(m.Index + m.Length)))
            {
                // "Russia's surplus came to $13.8 billion": the world's, unless it is the difference of the flows just read
                // (SentenceReader.OwnBalanceOfFlowsBefore).
                found.Add(new FlowMention(owner.Start, m.Index + m.Length, OwnBalanceRule(Code), kind, null, null, sentence[owner.Start..(m.Index + m.Length)]) { First = owner.Country });
                continue;
            }

            if (partner is null || partner == owner?.Country || AndAnother().IsMatch(sentence.AsSpan(m.Index + m.Length)))
            {
                continue;
            }

            var end = m.Index + m.Length;
            // "the deficit with China" names no owner: the text's other country of the pair with China, if it has one.
            found.Add(owner is null
                ? new FlowMention(m.Index, end, "en.flow.balance-with", kind, null, null, m.Value) { Second = partner }
                : new FlowMention(owner.Start, end, "en.flow.balance-of", kind, null, null, sentence[owner.Start..end]) { First = owner.Country, Second = partner });
        }

        foreach (Match m in NeutralBalance().Matches(sentence))
        {
            // "China's trade balance with Russia was -$13.8 billion": China's deficit; "the balance of China-Russia trade
            // was $13.8 billion in Russia's favour": Russia's surplus.
            var favour = InFavourOf().Match(sentence, m.Index + m.Length);
            var inFavour = favour.Success && favour.Index - (m.Index + m.Length) <= 100 ? Country(favour.Groups["a"]) : null;
            var (owner, partner) = NeutralOwner(m, sentence, countries);
            if (inFavour is { } favoured)
            {
                var other = owner is { } o && o != favoured ? o : partner != favoured ? partner : null;
                found.Add(new FlowMention(m.Index, m.Index + m.Length, "en.flow.balance-in-favour", StatedFlow.Surplus, null, null, m.Value) { First = favoured, Second = other });
            }
            else if (owner is { } side && partner != side)
            {
                found.Add(new FlowMention(m.Index, m.Index + m.Length, "en.flow.balance-signed", StatedFlow.Surplus, null, null, m.Value) { First = side, Second = partner, SignedBalance = true });
            }
        }

        return found;
    }

    // The reporter and partner of the last export or import flow before a position ("Imports from China edged up…":
    // the importer, unnamed, and China); none for turnover.
    private (Country? Reporter, Country? Partner) SidesOfFlowBefore(string sentence, List<CountryMention> countries, int position) =>
        Flows(sentence, countries).LastOrDefault(f => f.End <= position && f.Flow is StatedFlow.Exports or StatedFlow.Imports) is { } flow
            ? flow.Flow == StatedFlow.Exports ? (flow.Exporter, flow.Importer) : (flow.Importer, flow.Exporter)
            : (null, null);

    // "China's trade balance with Russia": its owner, named right before it, and its partner.
    private static (Country? Owner, Country? Partner) NeutralOwner(Match balance, string sentence, List<CountryMention> countries) =>
        (countries.LastOrDefault(c => c.End <= balance.Index && balance.Index - c.End <= 28 && BalanceOwnerGap().IsMatch(sentence.AsSpan(c.End, balance.Index - c.End)))?.Country,
         Country(balance.Groups["b"]));

    private static (Country? Owner, Country? Partner) NeutralOwnerBefore(string sentence, List<CountryMention> countries, int index) =>
        NeutralBalance().Matches(sentence).LastOrDefault(b => b.Index + b.Length <= index) is { } balance
            && NeutralOwner(balance, sentence, countries) is ({ } owner, { } partner) && owner != partner
            ? (owner, partner)
            : (null, null);

    private static bool Has(string sentence, params ReadOnlySpan<string> words)
    {
        foreach (var word in words)
        {
            if (sentence.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // "China's exports", "Chinese shipments": the country word right before a flow word owns it. Found from the
    // country mentions rather than inside the patterns, which would otherwise try every country at every position.
    private static CountryMention? Owner(string sentence, int start, List<CountryMention> countries)
    {
        var owner = countries.LastOrDefault(c => c.End <= start && start - c.End <= 24); // " goods and services " is 20
        return owner is not null && OwnerGap().IsMatch(sentence[owner.End..start]) ? owner : null;
    }

    /// <summary>
    /// A word right before a flow noun that no owner took and that names a part of the flow: "seaborne imports",
    /// "non-oil exports" are not all of it.
    /// </summary>
    private static string? Qualifier(string sentence, int nounStart)
    {
        var m = QualifierBefore().Match(sentence, 0, nounStart);
        return m.Success ? m.Groups["q"].Value : null;
    }

    private static void Add(List<FlowMention> found, Regex regex, string sentence, Func<Match, FlowMention> make, List<CountryMention> countries)
    {
        foreach (Match m in regex.Matches(sentence))
        {
            var owner = Owner(sentence, m.Index, countries);
            var start = owner?.Start ?? m.Index;
            var end = m.Index + m.Length;
            // "raised tariffs on $200 billion of imports from China", "duties on Chinese exports": the figures are the
            // tariffs' (a subset taxed, a rate of duty), not the flow's ("tariffs … by 25%" was a rise of imports).
            if (TariffBefore().IsMatch(sentence.AsSpan(Math.Max(0, start - 80), Math.Min(80, start))))
            {
                continue;
            }

            if (m.Length > 0 && !found.Any(f => f.Start < end && start < f.End))
            {
                found.Add(make(m) with { Start = start, Text = sentence[start..end], Qualifier = owner is null ? Qualifier(sentence, m.Index) : null });
            }
        }
    }

    // "Sino-Russian trade", "China-Russia bilateral trade": two adjacent country words joined by a hyphen or slash.
    private static void AddPairs(List<FlowMention> found, string sentence, List<CountryMention> countries)
    {
        for (var i = 1; i < countries.Count; i++)
        {
            var (a, b) = (countries[i - 1], countries[i]);
            var tail = PairTail().Match(sentence, b.End);
            if (b.Start - a.End <= 3 && PairJoin().IsMatch(sentence[a.End..b.Start]) && tail.Success
                && !found.Any(f => f.Start < tail.Index + tail.Length && a.Start < f.End))
            {
                var end = tail.Index + tail.Length;
                found.Add(new FlowMention(a.Start, end, "en.flow.pair-adjective-trade", StatedFlow.Turnover, null, null, sentence[a.Start..end])
                {
                    First = a.Country,
                    Second = b.Country,
                });
            }
        }
    }

    private static void Add(List<FlowMention> found, Regex regex, string sentence, Func<Match, FlowMention> make)
    {
        foreach (Match m in regex.Matches(sentence))
        {
            var end = m.Index + m.Length;
            if (m.Length > 0 && !found.Any(f => f.Start < end && m.Index < f.End))
            {
                found.Add(make(m));
            }
        }
    }

    // "Russia exported…": a pattern that starts with a country word is tried only where one starts (\G), not at
    // every letter that could begin one of the country words.
    private static void AddAtCountries(List<FlowMention> found, Regex anchored, string sentence, List<CountryMention> countries, Func<Match, FlowMention> make)
    {
        var searchFrom = 0;
        foreach (var country in countries)
        {
            if (country.Start < searchFrom)
            {
                continue;
            }

            var m = anchored.Match(sentence, country.Start);
            if (!m.Success)
            {
                continue;
            }

            var end = m.Index + m.Length;
            searchFrom = end;
            if (m.Length > 0 && !found.Any(f => f.Start < end && m.Index < f.End))
            {
                found.Add(make(m));
            }
        }
    }

    private static Country? Country(Group group) => group.Success ? CountryWords.FromEnglish(group.Value) : null;

    private static FlowMention Turnover(Match m, string rule) =>
        new(m.Index, m.Index + m.Length, rule, StatedFlow.Turnover, null, null, m.Value) { First = Country(m.Groups["a"]), Second = Country(m.Groups["b"]) };

    private static FlowMention Directed(Match m, StatedFlow flow, string rule, Country? owner = null)
    {
        var pre = owner ?? Country(m.Groups["pre"]) ?? Country(m.Groups["post"]); // "esportazioni cinesi": the adjective follows
        var of = Country(m.Groups["of"]);
        var from = Country(m.Groups["from"]);
        var to = Country(m.Groups["to"]);
        Country? exporter, importer;
        if (flow == StatedFlow.Exports)
        {
            exporter = from ?? of ?? pre;
            importer = to ?? (from is not null && pre != from ? pre : null);
        }
        else
        {
            importer = to ?? pre;
            exporter = from ?? of;
        }

        return new FlowMention(m.Index, m.Index + m.Length, rule, flow, exporter, importer, m.Value);
    }

    public override List<CountryMention> Countries(string sentence)
    {
        var found = FindCountries(sentence, CountryPattern(), CountryWords.FromEnglish, "en.country");
        var others = CatalogCountryNames.Find(sentence, found, "en.country.catalogue").ToList();
        return others.Count == 0 ? found : [.. found.Concat(others).OrderBy(c => c.Start)];
    }

    public override UnreadPeriod? UnreadPeriodIn(string sentence) =>
        PeriodPattern().Matches(sentence).Select(m => m.Groups["twelve"].Success
                ? m.Value.Contains("year", StringComparison.OrdinalIgnoreCase) ? new UnreadPeriod(UnreadPeriodKind.YearToMonth, m.Value.Trim())
                    : new UnreadPeriod(UnreadPeriodKind.TwelveMonths, m.Value.Trim()) { Through = MonthOf(MonthYearPattern().Match(m.Value)) }
            : m.Groups["past"].Success ? new UnreadPeriod(UnreadPeriodKind.LatestMonths, m.Value.Trim()) { Months = NumberText.SmallCount(m.Groups["n"].Value) }
            : null).FirstOrDefault(u => u is not null);

    private static Regex? s_monthYearPattern;

    // "November 2024", "Nov, 2024": the month twelve months run to.
    private static Regex MonthYearPattern() => s_monthYearPattern ??= InterpretedRegex.Create(@"(?<mon>" + Months.LatinPattern + @")\s*,?\s+(?<y>(?:19|20)\d{2})", RegexOptions.IgnoreCase);

    public override List<PeriodMention> Periods(string sentence)
    {
        var found = new List<PeriodMention>();
        // The full pattern is costly; a sentence with no month, quarter, half or relative word has only bare years.
        var pattern = PeriodCue().IsMatch(sentence) ? PeriodPattern() : YearPattern();
        foreach (Match m in pattern.Matches(sentence))
        {
            var g = m.Groups;
            // "1H24", "3Q'24", "Q3'24": the year in two digits.
            int? year = g["y"].Success ? int.Parse(g["y"].Value, CultureInfo.InvariantCulture) : g["yy"].Success ? 2000 + int.Parse(g["yy"].Value, CultureInfo.InvariantCulture) : null;
            var relative = !g["rel"].Success ? RelativeYear.None
                : g["rel"].Value.StartsWith("this", StringComparison.OrdinalIgnoreCase) ? RelativeYear.ThisYear
                : g["rel"].Value.StartsWith("next", StringComparison.OrdinalIgnoreCase) ? RelativeYear.NextYear
                : RelativeYear.LastYear;
            PeriodMention? mention = null;
            if (g["twelve"].Success)
            {
                // "In the year to September": the twelve months to September in British usage, January to September in
                // others. No period is read rather than a guess (the month alone was read before: September's figure).
            }
            else if (g["nto"].Success)
            {
                // "In the three months to September 2023": July to September (it was read as September alone); a span
                // across the turn of a year ("the three months to February") is no stored period and reads none.
                if (NumberText.SmallCount(g["nn"].Value.ToLowerInvariant()) is { } count && Months.Number(g["tm"].Value) is { } last && last - count + 1 >= 1)
                {
                    var first = last - count + 1;
                    var kind = first == 1 ? PeriodKind.YearToDate
                        : count == 3 && last % 3 == 0 ? PeriodKind.Quarter
                        : count == 6 && last == 12 ? PeriodKind.Half
                        : PeriodKind.None;
                    mention = new(m.Index, m.Index + m.Length, "en.period.months-to-month", kind, year, relative, first, count, m.Value);
                }
            }
            else if (g["past"].Success)
            {
                // "Over the past 12 months": the months to the latest, across the turn of a year; it was read as January to
                // December of the last complete year (2022's $190.3 bn against "$240 billion", inaccurate). No period.
            }
            else if (g["m1"].Success && Months.Number(g["m1"].Value) is { } m1 && Months.Number(g["m2"].Value) is { } m2 && m2 >= m1)
            {
                mention = new(m.Index, m.Index + m.Length, "en.period.month-range", m1 == 1 ? PeriodKind.YearToDate : PeriodKind.None, year, relative, m1, m2 - m1 + 1, m.Value);
            }
            else if (g["n"].Success && NumberText.SmallCount(g["n"].Value) is { } n and >= 1 and <= 12)
            {
                mention = new(m.Index, m.Index + m.Length, "en.period.first-n-months", PeriodKind.YearToDate, year, relative, 1, n, m.Value);
            }
            else if (g["nq"].Success)
            {
                // "The first three quarters": January to September, as China's customs reports it.
                var quarters = g["nq"].Value.ToLowerInvariant() is "two" or "2" ? 2 : 3;
                mention = new(m.Index, m.Index + m.Length, "en.period.first-n-quarters", PeriodKind.YearToDate, year, relative, 1, quarters * 3, m.Value);
            }
            else if (g["q"].Success)
            {
                // By the whole word: "first" and "fourth" share their first letter.
                var q = g["q"].Value.ToLowerInvariant() switch
                {
                    "first" or "1st" or "1" => 1,
                    "second" or "2nd" or "2" => 2,
                    "third" or "3rd" or "3" => 3,
                    _ => 4, // fourth, 4th, 4, and the last or final quarter of a year
                };
                mention = new(m.Index, m.Index + m.Length, "en.period.quarter", PeriodKind.Quarter, year, relative, ((q - 1) * 3) + 1, 3, m.Value);
            }
            else if (g["h"].Success)
            {
                var first = g["h"].Value is "first" or "First" or "1";
                mention = new(m.Index, m.Index + m.Length, "en.period.half", PeriodKind.Half, year, relative, first ? 1 : 7, 6, m.Value);
            }
            else if (g["ytd"].Success && Months.Number(g["ytd"].Value) is { } through)
            {
                // "through November", "in the year through November 2023": January to that month. After a run of months
                // ("fallen for 13 straight months through November, when they declined 12.3%") it is the run's last month:
                // the 12.3% was judged as January–November's (−17.5%, "inaccurate").
                mention = StreakEnd().IsMatch(sentence.AsSpan(0, m.Index))
                    ? new(m.Index, m.Index + m.Length, "en.period.streak-end-month", PeriodKind.Month, year, relative, through, 1, m.Value)
                    : new(m.Index, m.Index + m.Length, "en.period.through-month", PeriodKind.YearToDate, year, relative, 1, through, m.Value);
            }
            else if (g["mon"].Success && Months.Number(g["mon"].Value) is { } month)
            {
                mention = new(m.Index, m.Index + m.Length, "en.period.month", PeriodKind.Month, year, relative, month, 1, m.Value);
            }
            else if (g["relm"].Success)
            {
                mention = RelativeMonth(m, thisMonth: g["relm"].Value.StartsWith("this", StringComparison.OrdinalIgnoreCase));
            }
            else if ((year is not null || relative != RelativeYear.None) && !g["by"].Success && SoFar().IsMatch(sentence))
            {
                mention = new(m.Index, m.Index + m.Length, "en.period.year-so-far", PeriodKind.YearToDate, year, relative, PeriodMention.SoFar, 0, m.Value);
            }
            else if (year is not null || relative != RelativeYear.None)
            {
                mention = new(m.Index, m.Index + m.Length, relative == RelativeYear.None ? "en.period.year" : "en.period.relative-year", PeriodKind.Year, year, relative, 1, 12, m.Value)
                {
                    IsDeadline = g["by"].Success,
                };
            }

            if (mention is not null)
            {
                found.Add(mention);
            }
        }

        // "After a 29.3% rise the year before", "a year earlier": the year before the sentence's year named last before
        // it (the rise was read as 2023's). With no year named before, it stays no period (often a year-on-year base).
        // "The previous year" was the year before the article's, as "last year".
        if (found.Count > 0 && sentence.Contains("year", StringComparison.OrdinalIgnoreCase))
        {
            AddYearsBefore(sentence, found, YearBeforePattern());
            AddYearsAfter(sentence, found, YearAfterPattern());
        }

        // "Year-to-date, trade reached $218 billion", "in the year to date": the article's year so far, naming no year;
        // beside a month ("rose 3% in November 2024, taking the year-to-date total to $218 billion"), January to it.
        if (YearToDateAlone().Match(sentence) is { Success: true } ytd && !found.Exists(f => f.Start < ytd.Index + ytd.Length && ytd.Index < f.End))
        {
            if (found.Count == 0)
            {
                found.Add(new(ytd.Index, ytd.Index + ytd.Length, "en.period.year-so-far", PeriodKind.YearToDate, null, RelativeYear.ThisYear, PeriodMention.SoFar, 0, ytd.Value));
            }
            else if (found is [{ Kind: PeriodKind.Month } month])
            {
                found.Add(new(ytd.Index, ytd.Index + ytd.Length, "en.period.year-to-month", PeriodKind.YearToDate, month.Year, month.Relative, 1, month.StartMonth, ytd.Value));
            }
        }

        return found;
    }

    private static Regex? s_yearBeforePattern;
    private static Regex? s_yearToDateAlone;
    private static Regex? s_streakEnd;

    private static Regex StreakEnd() => s_streakEnd ??= InterpretedRegex.Create(@"(?i:\b(?:straight|consecutive|successive)\s+months|\bmonths\s+in\s+a\s+row|\bmonth\s+in\s+a\s+row)\s*$");

    private static Regex YearToDateAlone() => s_yearToDateAlone ??= InterpretedRegex.Create(@"(?i:\b(?:(?:in|for|over)\s+the\s+)?year[- ]to[- ]date\b|\bYTD\b)");

    private static Regex? s_yearAfterPattern;

    private static Regex YearAfterPattern() => s_yearAfterPattern ??= InterpretedRegex.Create(
        @"(?i:\b(?:(?:a|one)\s+year\s+later|the\s+(?:next|following|subsequent)\s+year|the\s+year\s+after)\b)");

    private static Regex YearBeforePattern() => s_yearBeforePattern ??= InterpretedRegex.Create(
        @"(?i:\b(?:(?:a|one)\s+year\s+(?:earlier|before|prior)|the\s+(?:previous|prior|preceding)\s+year|the\s+year\s+(?:before|prior))\b)");

    public override List<RankingMention> Rankings(string sentence, List<CountryMention> countries)
    {
        var found = new List<RankingMention>();
        if (!Has(sentence, "largest", "biggest", "top ", "no.", "no 1", "number"))
        {
            return found;
        }

        Country? lastOwner = null;
        foreach (Match m in RankingPattern().Matches(sentence))
        {
            var owner = Country(m.Groups["owner"]) ?? Country(m.Groups["owner2"]) ?? lastOwner;
            lastOwner = owner;
            var kind = m.Groups["kind"].Value.ToLowerInvariant();
            var flow = kind.StartsWith("export", StringComparison.Ordinal) ? StatedFlow.Exports
                : kind.StartsWith("import", StringComparison.Ordinal) ? StatedFlow.Imports : StatedFlow.Turnover;
            found.Add(new RankingMention(m.Index, m.Index + m.Length, "en.ranking.largest-partner", flow, owner, m.Value));
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

    // Not "a year earlier", "a year ago", "a year on year": those are a comparison's.
    public override Regex AverageAnnual => s_averageAnnualPattern ??= InterpretedRegex.Create(
        @"(?i:\b(?:average|compound(?:ed)?|mean)\s+(?:annual|yearly)\b|\bannual\s+average\b|\bCAGR\b|\bannuali[sz]ed\b|\bon\s+average\b|\ban\s+average\s+(?:of\s+)?(?=\d)"
        + @"|(?:%|\bper\s*cent|\bpercent)\s*(?:a|per|each)\s+year\b(?!\s*(?:earlier|before|ago|on\b|-on))|(?:%|\bper\s*cent|\bpercent)\s*(?:annually|per\s+annum|yearly)\b)");

    private static Regex? s_requiredGrowthPattern;
    private static Regex? s_eachYearPattern;

    // The verbs, not the adjectives: "imports of much-needed equipment rose 20%", "required components" state facts.
    public override Regex RequiredGrowth => s_requiredGrowthPattern ??= InterpretedRegex.Create(
        @"(?i:\b(?:need(?:s|ed)?|have|has|had)\s+to\s+(?:\w+\s+){0,2}?(?:grow|rise|increase|expand|climb|gain|boost|lift|raise|double)\b|\b(?:would|will|could|to)\s+(?:\w+\s+)?require\b|\brequires\b"
        + @"|\b(?:is|are|be|was|were)\s+(?:\w+\s+)?(?:needed|required|necessary)\b)");

    public override Regex EachYear => s_eachYearPattern ??= InterpretedRegex.Create(
        @"(?i:\bannual(?:ly)?\b|\byearly\b|\b(?:a|per|each|every)\s+year\b(?!\s*(?:earlier|before|ago|on\b|-on)))");

    public override Regex OtherBase => OtherBasePattern();

    protected override Regex FractionGrowth => FractionPattern();

    protected override Regex ShareWords => SharePattern();

    protected override decimal? FractionValue(Match match, out bool falling)
    {
        var word = match.Groups["w"].Value.ToLowerInvariant();
        falling = FallPattern().IsMatch(match.Value) || word == "halved";
        if (Times(word) is { } times)
        {
            // "2.7 times that of 2016", "a 2.7-fold rise since 2016": +170% on that year; only rises are read so.
            falling = false;
            return times > 1m ? (times - 1m) * 100m : null;
        }

        return word switch
        {
            "a quarter" => 25m,
            "a third" => 33.3m,
            "a fifth" => 20m,
            "a tenth" => 10m,
            "a half" or "half" or "halved" => 50m,
            "two-thirds" or "two thirds" => 66.7m,
            "three-quarters" or "three quarters" => 75m,
            "doubled" or "double" or "doubling" or "twice" => 100m,
            "tripled" or "trebled" or "triple" or "treble" or "tripling" or "trebling" => 200m,
            "quadrupled" or "quadruple" or "quadrupling" => 300m,
            "quintupled" => 400m,
            _ when WordTimes(word) is { } multiple and > 1 => (multiple - 1) * 100m,
            _ => null,
        };
    }

    protected override Regex BoundBefore => BoundPattern();

    protected override decimal? FractionPrecision(Match match, decimal percent) =>
        TryTimes(match.Groups["w"].Value, out _, out var decimals) ? NumberText.HalfUnit(decimals, 100m) : null;

    protected override SearchValues<string> FractionWords { get; } = SearchValues.Create(
        ["quarter", "third", "fifth", "tenth", "half", "halved", "double", "doubling", "twice", "triple", "treble", "tripling", "trebling", "quadrupl", "quintupled", "times", "fold"], StringComparison.OrdinalIgnoreCase);

    /// <summary>"five times", "fivefold", "five-fold": 5; null otherwise.</summary>
    private static int? WordTimes(string word) =>
        NumberText.SmallCount(word.Replace(" times", string.Empty, StringComparison.Ordinal).Replace("-fold", string.Empty, StringComparison.Ordinal).Replace("fold", string.Empty, StringComparison.Ordinal));

    /// <summary>"2.7 times" or "2.7-fold": 2.7; null for a fraction in words.</summary>
    private static decimal? Times(string word) => TryTimes(word, out var times, out _) ? times : null;

    private static bool TryTimes(string word, out decimal times, out int decimals)
    {
        (times, decimals) = (0m, 0);
        return word.Length > 0 && char.IsAsciiDigit(word[0]) && NumberText.TryParse(word.Split(' ', '-')[0], false, out times, out decimals);
    }

    // "por" for "pork": the pattern, ignoring case, also reads a Kelvin sign as "k", which OrdinalIgnoreCase does not.
    public override SearchValues<string> ProductWords { get; } = SearchValues.Create(
        ["crude", "oil", "petroleum", "gas", "lng", "coal", "energy", "farm", "agri", "food", "soybean", "grain", "wheat", "fish", "timber", "car",
         "vehicle", "auto", "machinery", "electronics", "semiconductor", "chips", "por", "beef", "meat", "fertili", "steel", "aluminium", "copper", "gold",
         "weapons", "arms"], StringComparison.OrdinalIgnoreCase);

    protected override SearchValues<string> BoundWords => s_boundWords;

    // The first word of each bound of BoundPattern (see LanguageRules.BoundWords).
    private static readonly SearchValues<string> s_boundWords = SearchValues.Create(
        ["about", "around", "some", "approx", "roughly", "nearly", "almost", "close", "more", "over", "above", "exceed", "surpass", "top", "cross", "pass", "broke", "break", "hit", "reach", "excess",
         "less", "under", "below", "least", "up", "most", "not", "circa", "rund", "quasi", "oltre", "cerca", "mais", "quase"], StringComparison.OrdinalIgnoreCase);

    // The units of VolumePattern, cut to a part each spelling holds.
    private static readonly SearchValues<string> s_volumeUnits = SearchValues.Create(["ton", "barrel", "cubic", "bcm"], StringComparison.OrdinalIgnoreCase);

    public override Bound BoundOf(string word)
    {
        // "crossed the $200 billion mark": the crossing verb says the side.
        var w = word.ToLowerInvariant();
        w = w.EndsWith(" the", StringComparison.Ordinal) ? w[..^4].TrimEnd() : w;
        return w switch
        {
            "nearly" or "almost" or "close to" or "quasi" or "quase" => Bound.Nearly,
            "more than" or "over" or "above" or "exceeding" or "exceeded" or "exceeds" or "surpassed" or "surpassing" or "surpasses" or "topped" or "topping" or "tops"
                or "crossed" or "crossing" or "passed" or "passing" or "in excess of" or "oltre" or "mais de" => Bound.MoreThan,
            "exceed" or "surpass" or "top" or "cross" or "pass" => Bound.MoreThan, // "is expected to exceed $190 billion"
            _ when w.StartsWith("broke", StringComparison.Ordinal) || w.StartsWith("break", StringComparison.Ordinal) => Bound.MoreThan, // "broke through", "will break through"
            "less than" or "under" or "below" => Bound.LessThan,
            "at least" or "hit" or "hitting" or "reached" or "reaching" => Bound.AtLeast, // "reached the $200 billion mark"
            "up to" or "at most" or "no more than" => Bound.UpTo,
            _ when w.StartsWith("not ", StringComparison.Ordinal) => Bound.UpTo, // "will not exceed $250 billion"
            _ => Bound.About,
        };
    }

    public override Regex TargetCue => TargetPattern();

    public override Regex ProjectionCue => ProjectionPattern();

    private static Regex? s_shortOfPattern;

    public override Regex ShortOf => s_shortOfPattern ??= InterpretedRegex.Create(
        @"(?i:\b(?:missed|miss(?:es)?|missing|fell\s+short\s+of|falls?\s+short\s+of|falling\s+short\s+of|short\s+of\s+(?:the|its|their|a)\b|(?:failed|fails?|failing)\s+to\s+(?:reach|meet|hit|achieve|attain)|(?:did|does|do|has|have|had|will|would|could)\s*(?:not|n[’']t)\s+(?:reach|meet|hit|achieve|attain)|won[’']t\s+(?:reach|meet|hit|achieve)|never\s+(?:reached|met|hit|achieved))\b)");

    private static Regex? s_fallToPattern;

    public override Regex FallTo => s_fallToPattern ??= InterpretedRegex.Create(
        @"(?i:\b(?:fall|falls|fell|falling|drop|drops|dropped|dropping|decline|declines|declined|declining|shrink|shrinks|shrank|shrinking|decrease|decreases|decreased|slip|slips|slipped|sink|sinks|sank|slide|slides|slid|contract|contracts|contracted|plunge|plunges|plunged|dip|dips|dipped|retreat|retreats|retreated)\s+(?:back\s+)?(?:to|below|under|beneath)\s+(?:(?:about|around|roughly|some|just|only|approximately|less\s+than|under|below)\s+)?(?:US\s?\$|\$)?\s*$)");

    private static Regex? s_averageAfter;
    private static Regex? s_averageBefore;

    // "$28 billion a month (on average)", "$1.5 billion per day", "$28 billion monthly"; not "a month earlier" (a base),
    // nor "$28 billion, monthly data showed".
    public override Regex AverageAfter => s_averageAfter ??= InterpretedRegex.Create(
        @"\G(?:\s+(?:US\s+)?dollars)?(?:\s+(?:of\s+goods|worth\s+of\s+goods))?\s+(?:on\s+average\s+)?(?i:(?:a|per|each|every)\s+(?:(?<m>month)|(?<d>day))\b(?!\s+(?:earlier|ago|before|later|prior|after)\b)|(?:(?<m>monthly)|(?<d>daily))\b(?!\s+(?:basis|data|figures?|statistics|reports?|numbers|average|rise|fall|gain|drop|increase|decline|change)\b))");

    // "a monthly average of $28 billion", "daily trade of $1.5 billion", "averaging $28 billion a month" is AverageAfter's.
    public override Regex AverageBefore => s_averageBefore ??= InterpretedRegex.Create(
        @"(?i:\b(?:(?<m>monthly)|(?<d>daily))\s+(?:average|trade|turnover|exports|imports|shipments)(?:\s+(?:of|at|was|were|stood\s+at|reached|came\s+to))?\s+(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|close\s+to)\s+)?(?:US\s?\$|\$)?\s*$)");

    public override Regex AheadOfSchedule => AheadPattern();

    public override Regex Respectively => RespectivelyPattern();

    public override Regex RecordHigh => RecordPattern();

    public override Regex FirstTime => s_firstTimePattern ??= InterpretedRegex.Create(@"(?i:\bfor\s+the\s+first\s+time(?:\s+ever)?\b(?!\s+since\b)(?!\s+in\s+(?:(?:the\s+)?(?:past|last)\s+)?(?:[\p{L}\d]+\s+)?(?:years|decades?)\b)|\bfirst[- ]ever\b)");

    private static Regex? s_firstTimePattern;

    public override Regex SinceSuperlative => SinceSuperlativePattern();

    public override Regex GoalSetYear => GoalSetYearPattern();

    public override Regex Retrospective => s_retrospectivePattern ??= InterpretedRegex.Create(@"(?i:\b(?:after|following|having)\b)");

    public override Regex Streak => StreakPattern();

    // Parts of every match of RecordPattern.
    public override SearchValues<string> RecordWords { get; } = SearchValues.Create(
        ["record", "all-time", "all time", "highest"], StringComparison.OrdinalIgnoreCase);

    public override Regex Balance => BalancePattern();

    // Parts of every match of BalancePattern.
    public override SearchValues<string> BalanceWords { get; } = SearchValues.Create(
        ["deficit", "surplus", "gap", "balance"], StringComparison.OrdinalIgnoreCase);

    public override Regex ProductGroup => ProductPattern();

    public override Regex Speaker => SpeakerPattern();

    // The verbs of SpeakerPattern, which is case-sensitive.
    public override SearchValues<string> SpeakerVerbs { get; } = SearchValues.Create(
        ["said", "says", "noted", "told", "announced", "stated", "added", "declared", "stressed", "predicted", "expects", "estimated", "explained"], StringComparison.Ordinal);

    protected override Regex Statistics => StatisticsPattern();

    // Parts of every match of StatisticsPattern, which is case-sensitive.
    protected override SearchValues<string> StatisticsWords { get; } = SearchValues.Create(
        ["ustoms", "tatistic", "GACC", "FCS", "Census", "KITA", "Korea International"], StringComparison.Ordinal);

    protected override Country? CountryOfWord(string word) => CountryWords.FromEnglish(word);

    public override Regex BaseOpener => BasePattern();

    // "26.3% more than in 2022", "more than a year earlier": BasePattern leaves "more than" out, a bound before an amount.
    public override Regex? PeriodBaseOpener => s_periodBasePattern ??= InterpretedRegex.Create(@"(?i:\b(?:more|less|fewer)\s+than\s+(?:in\s+)?$)");

    private static Regex? s_periodBasePattern;

    public override Regex? DataBeforeMonth => s_dataBeforeMonth ??= InterpretedRegex.Create(@"(?i:\b(?:data|figures|statistics|numbers)\s+(?:(?:for|from|of)\s+)?$)");

    public override Regex? DataAfterMonth => s_dataAfterMonth ??= InterpretedRegex.Create(@"^(?i:\s+(?:(?:trade|customs)\s+)?(?:data|figures|statistics)\b)");

    private static Regex? s_dataBeforeMonth;
    private static Regex? s_dataAfterMonth;

    public override Regex ChangeOpener => ChangePattern();

    public override Regex EarlierValueOpener => EarlierValuePattern();

    private static Regex? s_whenClausePattern;

    private static Regex? s_pastPerfect;

    public override Regex PastPerfect => s_pastPerfect ??= InterpretedRegex.Create(
        @"\b(?i:had)\s+(?:(?i:already|previously|earlier|once)\s+)?(?i:hit|reached|risen|grown|been|fallen|totaled|totalled|climbed|surged|jumped|dropped|declined|stood|peaked|soared|slumped|amounted|shrunk|shrank|widened|narrowed)\b");

    public override Regex WhenClause => s_whenClausePattern ??= InterpretedRegex.Create(@"^\s*,?\s*when\b", RegexOptions.IgnoreCase);

    // What a multiple is of, a year following: "that of", "the level in", "as much as", "what it was in" (2016).
    // "1.6 times more than in 2021" is read as ×1.6, as "в 1,6 раза больше" is: the usage of trade news, not the pedant's ×2.6.
    private const string LevelOfYear = @"(?:that\s+of|(?:the|its|their)\s+(?:level|total|figure|value)\s+(?:of|in|for)|as\s+(?:much|large|high|big)\s+as|what\s+it\s+was\s+in|(?:more|higher|larger|greater|bigger)\s+than)";

    // "its 2019 level", "the 2016 figure".
    private const string YearsLevel = @"(?:its|the|their)\s+(?:19|20)\d{2}\s+(?:level|total|figure|value|volume)";

    // "the $107.8 billion of 2020", "the $110.8 billion recorded in 2019": a multiple of a year's stated amount.
    private const string AmountOfYear = @"(?:its|the|their)\s+(?:US)?\$\s?\d[\d.,]*(?:\s*(?:billion|bn|million|mln|trillion))?(?:\s+(?:recorded|posted|seen|registered|reported|logged))?\s+(?:of|in|for)\s+(?:19|20)\d{2}\b";

    private static Regex? s_sinceOpenerPattern;
    private static Regex? s_compositionPattern;

    public override Regex CompositionBefore => s_compositionPattern ??= InterpretedRegex.Create(
        @"(?i:\b(?:mostly|mainly|largely|chiefly|primarily|predominantly|principally|including|such\s+as|led\s+by|dominated\s+by|driven\s+by|notably|especially|in\s+particular)\b[^.;:()]{0,25}$)");

    // "since 2016"; a multiple of a year with no year of its own ("is now 2.5 times what it was in 2017") runs to now too.
    public override Regex SinceOpener => s_sinceOpenerPattern ??= InterpretedRegex.Create(
        @"(?<s>\bsince\s+(?:the\s+end\s+of\s+)?)$|\b(?:times|-fold|twice|double|triple|treble)\s+" + LevelOfYear + @"\s+(?:in\s+)?$|\b(?:times|twice|double|triple|treble)\s+(?:the|its|their)\s+$",
        RegexOptions.IgnoreCase);

    protected override Regex YearsSpan => YearsSpanPattern();

    protected override Regex SpanSuperlative => SpanSuperlativePattern();

    public override Regex ChangeSubject => ChangeSubjectPattern();

    // "$4.7 billion more than in 2023", "$4.7 billion higher than a year earlier": a difference ("more than $4.7 billion" is a
    // bound, before it). Not "hit $200 billion more than a year ahead of schedule": there the words are about the time.
    public override Regex? ComparisonChangeAfter => s_comparisonChangeAfter ??= InterpretedRegex.Create(
        @"^\s*(?:more|less|higher|lower|above|below)\s+(?:than|that\s+of|the)\b(?!\s+(?:a|an|one|two|three|six|\d+)\s+(?:years?|months?|weeks?)\s+(?:ahead|early|before|in\s+advance))", RegexOptions.IgnoreCase);

    private static Regex? s_comparisonChangeAfter;

    public override Regex YuanTerms => YuanTermsPattern();

    public override Regex DollarTerms => DollarTermsPattern();

    public override char[] ClauseBreaks => s_clauseBreaks;

    private static readonly char[] s_clauseBreaks = [',', ';', ':', '(', ')', '—'];

    private const string Scale1 = @"(?i:trillion|trln|tn|billion|bln|bn|b|million|mln|mn|m|Milliarden|Billionen|Mrd\.?|miliardi|bilhões|bilhão|milliards?|mil\s+millones)";
    private const string Scale2 = @"(?i:trillion|trln|tn|billion|bln|bn|million|mln|mn|Milliarden|Billionen|Mrd\.?|miliardi|bilhões|bilhão|milliards?|mil\s+millones)";
    private const string CurrencyWords = @"(?:(?:U\.?S\.?|US|American)\s+dollars?|US-Dollar|dollars?|Dollar|di\s+dollari|dollari|de\s+dólares|dólares|de\s+dollars|USD|yuan|Chinese\s+yuan|renminbi|RMB|CNY|rubles?|roubles?|euros?|EUR|yen)";

    // Interpreted, built on first use (InterpretedRegex).
    private static Regex? s_amountPattern;

    private static Regex AmountPattern() => s_amountPattern ??= InterpretedRegex.Create(@"(?:(?<list>(?<![\p{L}'])" + NumberText.NotYear + "(?:" + Num + @"))\s*(?:and|to|-)\s*)?(?<cur1>US\s?\$|U\.S\.\s?\$|(?<![A-Za-z])\\?\$|USD\s?|CNY\s?|RMB\s?|€)\s?(?:(?<rlow>" + Num + @")\s*[-–—]\s*)?(?<num>" + Num + @")\s*(?<scale>" + Scale1 + @")(?![\p{L}])(?:\s+(?:U\.?S\.?\s+)?(?i:dollars?))?|(?<num2>" + Num + @")\s*(?<scale2>" + Scale2 + @")(?![\p{L}])\s+(?:of\s+)?(?<cur3>" + CurrencyWords + @")(?![\p{L}])"
        // "the 200-billion-U.S.-dollar target", Xinhua's compound adjective.
        + @"|(?<num2>" + Num + @")-(?<scale2>(?i:trillion|billion|million))-(?<cur3>(?:U\.S\.-)?(?i:dollar|yuan))(?![\p{L}-])");

    private static Regex? s_volumePattern;

    private static Regex VolumePattern() => s_volumePattern ??= InterpretedRegex.Create(@"(?<num>" + Num + @")\s*(?<scale>(?i:million|mln|thousand|billion))?\s*(?i:metric\s+)?(?<unit>(?i:tonnes|tons|barrels|cubic\s+met(?:re|er)s|bcm))\b");

    private static Regex? s_countryPattern;

    private static Regex CountryPattern() => s_countryPattern ??= InterpretedRegex.Create(C);

    private static Regex? s_turnoverBoth;

    private static Regex TurnoverBoth() => s_turnoverBoth ??= InterpretedRegex.Create(@"(?<![\p{L}])(?i:exports\s+and\s+imports|imports\s+and\s+exports|import\s+and\s+export|export\s+and\s+import)(?![\p{L}])");

    private static Regex? s_pairTail;

    private static Regex PairTail() => s_pairTail ??= InterpretedRegex.Create(@"\G\s+(?i:(?:bilateral\s+|mutual\s+|two-way\s+)?(?:trade|commerce|turnover)(?:\s+turnover)?)(?![\p{L}])");

    private static Regex? s_pairJoin;

    private static Regex PairJoin() => s_pairJoin ??= InterpretedRegex.Create(@"^\s*[-/]\s*$");

    private static Regex? s_qualifierBefore;
    private static Regex? s_tariffBefore;

    private static Regex TariffBefore() => s_tariffBefore ??= InterpretedRegex.Create(
        @"(?i:\b(?:tariffs?|duties|duty|levies|levy|sanctions?|restrictions?|bans?|quotas?|curbs?|taxes|tax|embargo(?:es)?)\s+(?:[\p{L}-]+\s+){0,2}?(?:on|against)\s+"
        + @"(?:(?:about|some|nearly|almost|more\s+than|over|up\s+to)\s+)?(?:(?:\$|US\$)?\s*[\d.,]+\s*(?:billion|bn|million|trillion)?\s+(?:(?:worth|dollars?)\s+)?(?:of\s+)?)?(?:[\p{L}-]+\s+){0,2}$)");

    // A word right before "imports", "exports" or "trade" that makes it a part: by way of transport or route, or "non-"
    // anything. A list, not "any word": before a flow noun stand verbs too ("to grow bilateral trade", "boost imports").
    private static Regex QualifierBefore() => s_qualifierBefore ??= InterpretedRegex.Create(
        @"(?<![\p{L}'’-])(?<q>(?i:" + PartWords + @"))\s+$");

    // "China-Russia e-commerce trade grew 30%": a part named before a flow the pair gave (QualifierBefore sees only a
    // noun's own word); it was the pair's whole trade, "inaccurate" against +26.3%.
    public override Regex PartOfFlow => s_partOfFlow ??= InterpretedRegex.Create(
        @"(?<![\p{L}'’-])(?<q>(?i:" + PartWords + @"))\s+(?i:trade|exports?|imports?|turnover|shipments)\b");

    private static Regex? s_partOfFlow;

    // Words that make a flow a part of itself: by way of transport or route, a kind of trade, or "non-" anything.
    private const string PartWords = @"non-\p{L}+|\p{L}+-borne|seaborne|airborne|overland|maritime|rail|railway|road|border|cross-border|transit|processing|re-export|high-tech|hi-tech|e-commerce";

    private static Regex? s_ownerGap;

    // "China's ", "U.S. ", "China's goods ", "U.S. merchandise ", and a product the flow is of ("China's crude oil
    // imports from Russia": the product makes it a subset, read as such, instead of no claim at all).
    private static Regex OwnerGap() => s_ownerGap ??= InterpretedRegex.Create(@"^(?:'s|’s)?\s+(?:(?i:goods\s+and\s+services|goods|merchandise|total|overall)\s+|(?i:crude(?:\s+oil)?|oil|petroleum|natural\s+gas|gas|LNG|pipeline\s+gas|coal|energy|farm|agricultural|food|soybeans?|grain|wheat|seafood|fish|timber|car|vehicle|machinery|electronics|semiconductors?|chip|pork|beef|meat|fertili[sz]er|steel|aluminium|copper|gold|arms)\s+)?$");

    private static Regex? s_turnoverBetween;

    private static Regex TurnoverBetween() => s_turnoverBetween ??= InterpretedRegex.Create(@"(?<![\p{L}])(?i:(?:total\s+|bilateral\s+|mutual\s+|two-way\s+)?(?:trade\s+turnover|trade|turnover|commerce|the\s+volume\s+of\s+trade|perdagangan|commercio|Gesamthandel|Handel|comércio))(?:\s+[\p{L}-]+){0,2}?\s+(?i:between|tra|zwischen|entre|antara)\s+(?:the\s+)?(?<a>" + C + @")\s+(?i:and|e|und|y|dan)\s+(?:the\s+)?(?<b>" + C + @")");

    private static Regex? s_turnoverWith;

    private static Regex TurnoverWith() => s_turnoverWith ??= InterpretedRegex.Create(@"(?<![\p{L}])(?i:(?:bilateral\s+|two-way\s+|mutual\s+)?trade(?:\s+turnover)?|turnover)\s+(?i:with)\s+(?:the\s+)?(?<b>" + C + @")");

    private static Regex? s_turnoverWord;

    private static Regex TurnoverWord() => s_turnoverWord ??= InterpretedRegex.Create(@"(?<![\p{L}-])(?<!(?i:ministry|department|chamber|secretary|minister|board)\s+of\s+)(?i:trade\s+turnover|turnover|two-way(?:\s+trade)?|bilateral\s+trade|mutual\s+trade|trade\s+volume|volume\s+of\s+trade|trade|commerce|exports\s+and\s+imports|imports\s+and\s+exports|Gesamthandel|Handel|commercio|interscambio|scambi\s+commerciali|comércio|perdagangan)(?![\p{L}])(?!\s+(?i:surplus|deficit|balance|wars?|partners?|disputes?|talks|routes?|fairs?|agreements?|deals?|ministry|minister|department|secretary|chamber|policy|policies|barriers?|sanctions?|tensions?|representatives?|union|mission|office|zones?|relations|ties|center|centre|restrictions?|bloc|corridor)\b)");

    // "imports of Russian crude oil", "exports of Russian LNG to China": a product after the origin's adjective names
    // the flow's countries as "goods" does (the product group itself is read apart).
    private const string OfProducts = @"crude(?:\s+oil)?|oil|petroleum|LNG|(?:natural\s+|pipeline\s+)?gas|coal|energy|soybeans?|wheat|grain|pork|beef|seafood|fertili[sz]ers?";

    private static Regex? s_exportNoun;

    private static Regex ExportNoun() => s_exportNoun ??= InterpretedRegex.Create(@"(?<![\p{L}])(?i:exports?|shipments|supplies|deliveries|sales|Exporte|esportazioni|exportações|entregas)(?![\p{L}])(?:\s+(?<post>" + C + @"))?(?:\s+(?i:of)\s+(?:(?<of>" + C + @")\s+)?(?i:goods|products|commodities|produce|mercadorias|" + OfProducts + @")(?:\s+and\s+services)?)?(?:\s+(?i:from|out\s+of|von|da|dalla|della|da\s+Rússia|de)\s+(?:the\s+|a\s+)?(?<from>" + C + @"))?(?:\s+(?:(?i:delivered\s+)?(?i:to|into|nach|verso|verso\s+la|para\s+a|para\s+o|para|à)|(?i:to\s+the))\s+(?:the\s+|la\s+)?(?<to>" + C + @"))?");

    private static Regex? s_importNoun;

    private static Regex ImportNoun() => s_importNoun ??= InterpretedRegex.Create(@"(?<![\p{L}])(?i:imports?|purchases|Importe|importazioni|importações)(?![\p{L}])(?:\s+(?<post>" + C + @"))?(?:\s+(?i:of)\s+(?:(?<of>" + C + @")\s+)?(?i:goods|products|commodities|produce|" + OfProducts + @")(?:\s+and\s+services)?)?(?:\s+(?i:from|von|da|dalla)\s+(?:the\s+)?(?<from>" + C + @"))?(?:\s+(?i:to|into|in|by)\s+(?:the\s+)?(?<to>" + C + @"))?");

    private static Regex? s_exportVerb;

    private static Regex ExportVerb() => s_exportVerb ??= InterpretedRegex.Create(@"\G(?<pre>" + C + @")\s+(?:(?i:has|had|have)\s+)?(?:(?i:also|reportedly)\s+)?(?i:exported|sold|supplied|shipped|delivered|exportou|exportiert\w*)(?![\p{L}])(?:(?:[^.;]|(?<=\d)\.(?=\d)){0,70}?\b(?i:to|para\s+a|nach)\s+(?:the\s+|a\s+)?(?<to>" + C + @"))?");

    private static Regex? s_importVerb;

    private static Regex ImportVerb() => s_importVerb ??= InterpretedRegex.Create(@"\G(?<pre>" + C + @")\s+(?:(?i:has|had|have)\s+)?(?:(?i:also|reportedly)\s+)?(?i:imported|bought|purchased)(?![\p{L}])(?:\s+(?<of>" + C + @")\s+(?i:goods|products))?(?:(?:[^.;]|(?<=\d)\.(?=\d)){0,70}?\b(?i:from)\s+(?:the\s+)?(?<from>" + C + @"))?");

    private static Regex? s_periodPattern;

    private static Regex PeriodPattern() => s_periodPattern ??= InterpretedRegex.Create(@"(?<![\p{L}\d])(?:(?<twelve>(?i:(?:in|for|over|during)\s+the\s+(?:year|12\s+months|twelve\s+months)\s+to\s+)(?:" + Months.LatinPattern + @")(?:,?\s+(?:19|20)\d{2})?)|(?<nto>(?i:(?:in|for|over|during)\s+the\s+(?<nn>two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\s+months\s+(?:to|through|thru|ended|ending)\s+(?:the\s+end\s+of\s+)?)(?<tm>" + Months.LatinPattern + @")(?:,?\s+(?<y>(?:19|20)\d{2}))?)|(?i:(?:(?:from|in|for|over|during|between)\s+(?:the\s+)?)?(?<m1>" + Months.LatinPattern + @")\s*(?:-|to|through|till|until|and)\s*(?<m2>" + Months.LatinPattern + @")(?:\s+period)?(?:[\s,]+(?:of\s+)?(?<y>(?:19|20)\d{2})|[\s,]+(?:of\s+)?(?<rel>this|last)\s+year)?)|(?i:(?:the\s+)?(?:first|(?<past>past|last))\s+(?<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+months(?:\s+of\s+(?:(?<y>(?:19|20)\d{2})|(?<rel>this|last)\s+year|the\s+year))?)|(?i:(?:in|over|during)\s+(?:the\s+)?(?<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+months(?:\s+of\s+(?<y>(?:19|20)\d{2}))?)|(?i:(?:in|over|during|for)\s+the\s+(?<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)-month\s+period(?:\s+of\s+(?<y>(?:19|20)\d{2}))?)|(?<h>[12])H\s*(?:(?<y>(?:19|20)\d{2})|'?(?<yy>\d{2})(?!\d))|(?<q>[1-4])Q\s*(?:(?<y>(?:19|20)\d{2})|'?(?<yy>\d{2})(?!\d))|(?<n>\d{1,2})M\s*(?<y>(?:19|20)\d{2})|Q1\s*[-–]\s*Q(?<nq>[23])(?:\s+(?<y>(?:19|20)\d{2}))?|(?i:(?:the\s+)?first\s+(?<nq>two|three|2|3)\s+quarters(?:\s+of\s+(?:(?<y>(?:19|20)\d{2})|(?<rel>this|last)\s+year))?)|(?i:(?:the\s+)?(?<q>last|final)\s+quarter\s+of\s+(?:(?<y>(?:19|20)\d{2})|(?<rel>this|last)\s+year))|(?i:(?:the\s+)?(?<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter(?:\s+of\s+(?:(?<y>(?:19|20)\d{2})|(?<rel>this|last)\s+year)|\s+(?<y>(?:19|20)\d{2}))?)|Q(?<q>[1-4])(?:\s+(?<y>(?:19|20)\d{2})|\s*'(?<yy>\d{2})(?!\d))?|(?i:(?:the\s+)?(?<h>first|second)[\s-]+half(?:\s+of\s+(?:(?<y>(?:19|20)\d{2})|(?<rel>this|last)\s+year)|\s+(?<y>(?:19|20)\d{2}))?)|H(?<h>[12])(?:\s+(?<y>(?:19|20)\d{2})|\s*'(?<yy>\d{2})(?!\d))?|(?<![\p{L}])(?i:(?:(?:in|for)\s+the\s+(?:year|period)\s+)?(?:through|thru|up\s+to|until)\s+(?:the\s+end\s+of\s+)?)(?<ytd>" + Months.LatinPattern + @")(?:,?\s+(?<y>(?:19|20)\d{2})|,?\s+(?:of\s+)?(?<rel>this|last)\s+year)?|(?:(?<![\p{L}])(?i:in|of|for|during|since|last|this)\s+|(?<=^|[\s,(])(?=(?:" + Months.LatinPattern + @")\s+(?:19|20)\d{2})|(?<=^|[\s,(])(?=(?:" + Months.LatinPattern + @")(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}?(?i:trade|exports?|imports?|shipments|turnover|deficits?|surplus(?:es)?)(?![\p{L}]))|(?<=^|[\s,(])(?=(?:" + Months.LatinPattern + @")['’]s\s+(?:(?i:record|revised|upwardly\s+revised|downwardly\s+revised)\s+)?(?:US\s?\$|\$)\d))(?<mon>" + Months.LatinPattern + @")(?!\s+\d{1,2}(?:,|\s+(?:19|20)\d{2}))(?:\s+(?<y>(?:19|20)\d{2})|,?\s+(?:of\s+)?(?<rel>(?i:this|last))\s+(?i:year))?(?![\p{L}])|(?<relm>(?i:last\s+month|this\s+month))|(?<by>(?i:by|before|until)\s+(?:the\s+end\s+of\s+)?)?(?<![\d.,$])(?<y>(?:19|20)\d{2})(?![\d%]|\s*(?i:bn|billion|bln))|(?<rel>(?i:this\s+year|last\s+year|(?<!\bthe\s+)next\s+year|the\s+past\s+year|the\s+previous\s+year)))(?![\p{L}])");

    // Every word the full period pattern needs beyond a bare year: a month name, "months", a quarter or half, "this
    // year"/"last year", Q1-Q4, H1-H2. A sentence without one reads only years.
    private static Regex? s_periodCue;

    private static Regex PeriodCue() => s_periodCue ??= InterpretedRegex.Create(@"(?<![\p{L}])(?i:(?:months?|quarters?|half|(?:this|last|next|past|previous)\s+year)(?![\p{L}])|" + Months.LatinPattern + @")|(?<![\p{L}\d])[QH][1-4](?![\p{L}])|(?<![\p{L}\d])\d{1,2}[HQM]\s*(?:(?:19|20)\d{2}|'?\d{2}(?!\d))");

    private static Regex? s_yearPattern;

    private static Regex YearPattern() => s_yearPattern ??= InterpretedRegex.Create(@"(?<by>(?i:by|before|until)\s+(?:the\s+end\s+of\s+)?)?(?<![\d.,$])(?<y>(?:19|20)\d{2})(?![\d%]|\s*(?i:bn|billion|bln))(?![\p{L}])");

    private static Regex? s_rankingPattern;

    private static Regex RankingPattern() => s_rankingPattern ??= InterpretedRegex.Create(@"(?:(?<owner>" + C + @")(?:'s|’s)\s+|(?i:its|their)\s+)?(?<![\p{L}-])(?i:largest|biggest|top|No\.?\s?1|number[- ]one|(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))[- ](?:largest|biggest))\s+(?<kind>(?i:trading|trade|export|import|commercial))\s+(?i:partner|destination|market|supplier|source)s?(?:\s+(?i:of|for)\s+(?<owner2>" + C + @"))?");

    private static Regex? s_percentPattern;

    private static Regex PercentPattern() => s_percentPattern ??= InterpretedRegex.Create(@"(?:(?<list>" + NumberText.NotYear + "(?:" + Num + @"))\s*%?\s*and\s*)?(?<num>" + Num + @")\s*(?:%(?!\s*(?i:points?\b))|(?i:per\s?cent(?!age)|pct|Prozent|per\s+cento|por\s+cento))");

    private static Regex? s_risePattern;

    private static Regex RisePattern() => s_risePattern ??= InterpretedRegex.Create(@"(?i:\b(?:grew|grow(?:s|ing|n)?|growth|skyrocket(?:ed|s|ing)?|rose|ris(?:e|es|ing|en)|increas(?:e|ed|es|ing)|jump(?:ed|s|ing)?|surg(?:e|ed|es|ing)|soar(?:ed|s|ing)?|climb(?:ed|s|ing)?|expand(?:ed|s|ing)?|widen(?:ed|s|ing)|gain(?:ed|s)?|added|advanced|up|higher|spik(?:e|ed)|rall(?:ied|y)|boost(?:ed)?|rais(?:e|ed|es|ing)|lift(?:ed|s|ing)?|rebound(?:ed|s|ing)?|recover(?:ed|s|ing)|cresciut[oaie]|aumentat[oaie]|aument\w*|gestiegen|stiegen|stieg|wuchs|cresceram|cresceu|aumentou|tumbuh|naik)\b)");

    private static Regex? s_fallPattern;

    private static Regex FallPattern() => s_fallPattern ??= InterpretedRegex.Create(@"(?i:\b(?:fell|fall(?:s|ing|en)?|drop(?:ped|s|ping)?|declin(?:e|ed|es|ing)|decreas(?:e|ed|es|ing)|down|lower|slump(?:ed|s)?|sank|sink(?:s|ing)?|slipp(?:ed|ing)|slips?|eased|shrank|shrunk|shrink(?:s|ing)?|narrow(?:ed|s|ing)|contract(?:ed|ion|s)?|plung(?:e|ed|es)|plummet(?:ed|s|ing)?|nosediv(?:e|ed|es|ing)|dived|dove|crash(?:ed|es)?|shed|lost|slid|slide|tumbl(?:e|ed)|dipped|retreat(?:ed|s)?|calat[oaie]|diminuit[oaie]|gesunken|sanken|caíram|caiu|turun)\b)");

    private static Regex? s_riseAfterPattern;

    private static Regex RiseAfterPattern() => s_riseAfterPattern ??= InterpretedRegex.Create(@"^\s*(?i:higher|more|increase|growth|rise|jump|gain|up)\b(?:\s+(?i:in|during)\b)?");

    private static Regex? s_fallAfterPattern;

    private static Regex FallAfterPattern() => s_fallAfterPattern ??= InterpretedRegex.Create(@"^\s*(?i:lower|less|decrease|decline|drop|fall|down)\b(?:\s+(?i:in|during)\b)?");

    private static Regex? s_yearOnYearPattern;

    private static Regex YearOnYearPattern() => s_yearOnYearPattern ??= InterpretedRegex.Create(@"(?i:year[- ]on[- ]year|year[- ]over[- ]year|(?<![\p{L}-])on[- ]year(?![\p{L}-])|y/y|\byoy\b|from\s+a\s+year\s+(?:earlier|ago|before)|(?:than|from|over)\s+(?:in\s+)?(?:the\s+same\s+\w+\s+(?:of\s+|in\s+)?)?(?:last\s+year|a\s+year\s+(?:earlier|ago)|(?:19|20)\d{2}|" + Months.LatinPattern + @"\s+(?:19|20)\d{2})|on\s+the\s+year|annual\s+basis|same\s+period\s+(?:of\s+)?last\s+year)");

    private static Regex? s_previousPeriodPattern;
    private static Regex? s_volumeMeasurePattern;
    private static Regex? s_otherBasePattern;

    // "fell 9.5% from their peak", "up 30% on pre-war levels"; "from a low base", "on a high base" are no other base (a
    // year-on-year rate's excuse).
    private static Regex OtherBasePattern() => s_otherBasePattern ??= InterpretedRegex.Create(
        @"(?i:\b(?:from|off|below|above|on|over|compared\s+(?:to|with)|than)\s+(?:(?:its|their|the|a|this\s+year's|last\s+year's)\s+)?(?:(?:record|all-time|historic|previous|recent|(?:19|20)\d{2})\s+)?(?:peak|highs?|lows?|maximum)\b(?!\s+base)"
        + @"|\b(?:from|on|over|above|below|compared\s+(?:to|with)|than)\s+(?:the\s+)?pre-?(?:war|pandemic|covid|sanctions?|crisis|invasion)\s+(?:levels?|figures?|times|period)\b)");

    // "rose 10% in volume", "by volume", "import volumes".
    private static Regex VolumeMeasurePattern() => s_volumeMeasurePattern ??= InterpretedRegex.Create(@"(?i:\bin\s+volume(?:\s+terms)?\b|\bby\s+volume\b|\bin\s+(?:physical|tonnage)\s+terms\b|\bvolumes?\s+of\s+(?:imports|exports)\b|\b(?:import|export)\s+volumes?\b)");

    private static Regex PreviousPeriodPattern() => s_previousPeriodPattern ??= InterpretedRegex.Create(@"(?i:month[- ]on[- ]month|month[- ]over[- ]month|(?<![\p{L}-])on[- ](?:month|quarter)(?![\p{L}-])|\bm/m\b|\bmom\b|from\s+the\s+previous\s+month|\b(?:from|than|over|on|versus|vs\.?|against|compared\s+(?:to|with))\s+(?:(?:a|one)\s+(?:month|quarter)\s+(?:earlier|before|ago)|the\s+(?:previous|prior|preceding)\s+(?:month|quarter)|last\s+month)\b|quarter[- ]on[- ]quarter|quarter[- ]over[- ]quarter|\bq/q\b|\bqoq\b|from\s+the\s+previous\s+quarter|sequential(?:ly)?|(?:compared\s+(?:to|with)|than\s+in)\s+(?:" + Months.LatinPattern + @")(?!\s+(?:19|20)\d{2})|\bfrom\s+(?:" + Months.LatinPattern + @")(?!['’]|\s*(?:[-–]|(?:to|through|until|till|and)\s+(?:" + Months.LatinPattern + @"|mid|end|the\s+end)|\d|,?\s*(?:19|20)\d{2})))");

    private static Regex? s_fractionPattern;

    private static Regex FractionPattern() => s_fractionPattern ??= InterpretedRegex.Create(@"(?i:\b(?:grew|grown|rose|risen|increased|expanded|jumped|surged|soared|climbed|fell|fallen|dropped|declined|decreased|shrank|shrunk|contracted|plunged|plummeted|slumped|tumbled|sank|sunk|slid|up|down)\s+(?:by\s+)?(?:(?<b>almost|nearly|more\s+than|about)\s+)?(?<w>a\s+quarter|a\s+third|a\s+fifth|a\s+tenth|a\s+half|half|two[-\s]thirds|three[-\s]quarters)\b|\b(?:(?<b>almost|nearly|more\s+than)\s+)?(?<w>doubled|tripled|trebled|quadrupled|quintupled|halved)\b|(?<=(?:\b(?:to|will|would|could|can|should|must|may|might)|[’']ll)\s+(?:(?<b>more\s+than|almost|nearly|at\s+least)\s+)?)(?<w>double|triple|treble|quadruple)\b(?![-\u2011])(?!\s+(?:down|up|check|digits?|as|that|the\s+(?:amount|number|size)\s+of)\b)|\b(?<w>doubling|tripling|trebling|quadrupling)\b(?![-\u2011])(?!\s+(?:down|up)\b)|\b(?:(?<b>almost|nearly|more\s+than|about|roughly)\s+)?(?<w>double|twice|triple|treble)(?=\s+(?:" + YearsLevel + @"|" + AmountOfYear + @"|" + LevelOfYear + @"\s+(?:in\s+)?(?:19|20)\d{2}\b))|\b(?:(?<b>almost|nearly|more\s+than|about|roughly|some)\s+)?(?<w>(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)(?:\s+times|-?fold))(?=\s+(?:" + YearsLevel + @"\b|" + AmountOfYear + @"|(?:" + LevelOfYear + @"\s+(?:in\s+)?|(?:since|from|between|compared\s+(?:with|to))\s+(?:in\s+)?)(?:19|20)\d{2}\b))|\b(?:grew|rose|increased|expanded|jumped|surged|soared|climbed|(?:has|have|had)\s+(?:grown|risen|increased|expanded|jumped|surged|soared|climbed))\s+(?:by\s+)?(?:(?<b>almost|nearly|more\s+than|about|roughly|some)\s+)?(?<w>(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)(?:\s+times|-?fold))\b(?!\s+(?:faster|slower|quicker|more|less|as|than|higher|larger|bigger|greater|that|what|its|the|their)\b))");

    private static Regex? s_boundPattern;

    private static Regex BoundPattern() => s_boundPattern ??= InterpretedRegex.Create(@"(?<b>(?i:about|around|some|approximately|approx\.?|roughly|nearly|almost|close\s+to|more\s+than|over|above|(?:exceeding|exceeded|exceeds|surpass(?:ed|ing|es)|top(?:ped|ping|s)|cross(?:ed|ing)|pass(?:ed|ing)|(?:broke|breaking)(?:\s+through)?|(?<=\b(?:to|will|would|could|can|may|might|should|must)\s+|[’']ll\s+)(?:exceed|surpass|top|cross|pass|break\s+through))(?:\s+the)?|in\s+excess\s+of|less\s+than|under|below|at\s+least|(?:hit|hitting|reached|reaching)\s+the|(?<!\b(?:add(?:ed|s|ing)?|inch(?:ed|es|ing)?|edg(?:ed|es|ing)|crept|creep(?:s|ing)?|tick(?:ed|s|ing)?|mov(?:ed|es|ing)|went|go(?:es|ing)?|climb(?:ed|s|ing)?|shot|jump(?:ed|s|ing)?|pick(?:ed|s|ing)?|ramp(?:ed|s|ing)?)\s+)up\s+to|at\s+most|no\s+more\s+than|not\s+(?:exceed(?:ing)?|top|surpass|pass)|circa|rund|quasi|oltre|cerca\s+di|mais\s+de|quase))\s*(?:\\?\$|US\$|USD)?\s*$");

    private static Regex? s_targetPattern;

    private static Regex TargetPattern() => s_targetPattern ??= InterpretedRegex.Create(@"(?i:\btargets?\b|\btargeted\b|\bgoal\b|\baim(?:s|ed|ing)?\s+(?:to|at|for)\b|\bplans?\s+to\b|\bplanned\b|\bintends?\s+to\b|\bintended\s+to\b|\bpledged?\b|\bvow(?:ed|s)?\b|\bobjective\b|\bbenchmark\b|\bagreed\s+(?:to\s+(?:raise|bring|increase|boost|lift|expand|double|triple)|on\s+(?:raising|bringing|increasing|boosting|lifting|expanding|doubling|tripling))\b|\b(?:wants?|wanted|hopes?|hoped|seeks?|sought|strives?|strove|aspires?)\s+to\s+(?:raise|bring|increase|boost|lift|expand|double|triple|take)\b)");

    private static Regex? s_projectionPattern;

    private static Regex ProjectionPattern() => s_projectionPattern ??= InterpretedRegex.Create(@"(?i:\bwill\b|\bwould\b|[’']ll\b|\bexpect(?:s|ed)?\b|\bforecasts?\b|\bforecasted\b|\bprojected\b|\bis\s+set\s+to\b|\bon\s+track\s+to\b|\bcould\b|\bpredict\w*|\blikely\s+to\b|\banticipat\w*|\bset\s+to\s+(?:reach|exceed|hit|top|surpass|double|triple|treble|quadruple))|\b(?:may|might|should)\s+(?:reach|exceed|hit|top|surpass|rise|grow|fall|increase|decline)\b");

    private static Regex? s_aheadPattern;

    private static Regex AheadPattern() => s_aheadPattern ??= InterpretedRegex.Create(@"(?i:ahead\s+of\s+schedule|earlier\s+than\s+(?:planned|scheduled|expected)|ahead\s+of\s+time|(?:a|one|two)\s+years?\s+(?:early|earlier\s+than\s+(?:planned|scheduled)))");

    private static Regex? s_respectivelyPattern;

    private static Regex RespectivelyPattern() => s_respectivelyPattern ??= InterpretedRegex.Create(@"(?i:\brespectively\b|\brispettivamente\b|\brespectivamente\b|\bbzw\.)");

    private static Regex? s_recordPattern;
    private static Regex? s_sinceSuperlativePattern;
    private static Regex? s_goalSetYearPattern;

    private static Regex? s_streakPattern;

    private static Regex? s_retrospectivePattern;

    // "grew 1.9% in 2024, for the fifth year in a row", "fell for three straight years", "a fifth straight year of growth",
    // "exceeded $100 billion for the third year running".
    // Not across another verb or a contrast: in "fell 2.9%, but still exceeded $100 billion for the third year running" the run is the level's.
    private static Regex StreakPattern() => s_streakPattern ??= InterpretedRegex.Create(
        @"(?i:\b(?:(?<up>grew|grown|rose|risen|increased|expanded|gained|climbed|widened|growth|increase|rise|up)|(?<down>fell|fallen|declined|dropped|shrank|shrunk|decreased|contracted|slipped|narrowed|decline|drop|fall|down)|(?<above>exceed(?:ed|ing|s)?|top(?:ped|ping|s)|surpass(?:ed|es|ing)?|(?:remained|stayed|was|were|has\s+been|held)\s+(?:above|over)))\b(?:(?!\b(?:grew|grown|rose|risen|increased|expanded|gained|climbed|widened|growth|increase|rise|up|fell|fallen|declined|dropped|shrank|shrunk|decreased|contracted|slipped|narrowed|decline|drop|fall|down|exceed(?:ed|ing)|top(?:ped|ping)|surpass(?:ed|ing)|remain(?:ed|ing)|stay(?:ed|ing)|reached|hit|stood|total(?:l?ed)|amounted|crossed|passed|held|kept|but|while|whereas|(?:al)?though)\b)(?:[^.;:]|\.(?=\d))){0,60}?\b(?:for\s+)?(?:the\s+|a\s+)?(?:(?<n>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))\s+(?:(?:consecutive|straight|successive)\s+(?<unit>year|month)|(?<unit>year|month)\s+in\s+a\s+row|(?<unit>year|month)\s+running)|(?<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?:(?:consecutive|straight|successive)\s+(?<unit>years|months)|(?<unit>years|months)\s+in\s+a\s+row|(?<unit>years|months)\s+running))\b"
        + @"|\b(?:for\s+)?(?:the\s+|a\s+)?(?:(?<n>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))\s+(?:(?:consecutive|straight|successive)\s+(?<unit>year|month)|(?<unit>year|month)\s+in\s+a\s+row|(?<unit>year|month)\s+running)|(?<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?:(?:consecutive|straight|successive)\s+(?<unit>years|months)|(?<unit>years|months)\s+in\s+a\s+row|(?<unit>years|months)\s+running))\b\s+of\s+(?:(?<up>growth|increases?|rises?|gains?)|(?<down>declines?|drops?|falls?|contraction))\b"
        + @"|\b(?:the\s+|a\s+)?(?<n>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))\s+(?:consecutive|straight|successive)\s+(?<unit>monthly|annual|yearly)\s+(?:(?<up>increase|rise|gain|growth)|(?<down>decline|drop|fall|contraction))\b)");

    // "set in 2019", "announced back in 2019", "agreed upon in 2019"; "In 2019(,) the leaders set a target of": a year
    // opening a clause whose verb sets a goal, with only words between.
    private static Regex GoalSetYearPattern() => s_goalSetYearPattern ??= InterpretedRegex.Create(
        @"(?i:\b(?:set|announced|agreed(?:\s+(?:on|upon))?|adopted|proposed|declared|unveiled|established|approved|outlined|pledged|put\s+forward|laid\s+out)\s+(?:back\s+|first\s+)?in\s+(?<y>(?:19|20)\d{2})\b"
        + @"|\bin\s+(?<y>(?:19|20)\d{2}),?\s+(?:[\p{L}'’-]+\s+){0,8}?(?:set|announced|agreed\s+(?:on|upon)|adopted|proposed|declared|unveiled|established|approved|pledged)\s+(?:a|an|the|their|its)\s+(?:[\p{L}$\d.,-]+\s+){0,4}?(?:goal|target|aim|objective)\b)");

    // "the lowest since 2004", "the lowest since September 2016", "its fastest growth in twelve years", "the biggest
    // annual drop since 2009", "fell for the first time since 2020", "the first increase in 14 months", "a 17-month low";
    // up to four words between the superlative and the span.
    private static Regex SinceSuperlativePattern() => s_sinceSuperlativePattern ??= InterpretedRegex.Create(
        @"(?i:\b(?:(?<hi>highest|biggest|largest|greatest|strongest|sharpest|steepest)|(?<lo>lowest|smallest|weakest)|(?<fast>fastest|quickest)|(?<slow>slowest)|(?<first>first))"
        + @"(?:[\s-]+(?:(?<up>growth|pace|rate|increase|rise|gain|jump|expansion|surge)|(?<down>decline|drop|fall|contraction|decrease|slump|plunge|slide)|(?<other>partners?|markets?|suppliers?|buyers?|sources?|exporters?|importers?|economy|economies|destinations?|customers?|share)|(?!since\b|in\b|for\b)\p{L}+)){0,4}?"
        + @"\s+(?:since\s+(?:the\s+end\s+of\s+)?(?:(?<mon>" + Months.LatinPattern + @")\s+)?(?<year>(?:19|20)\d{2})\b|in\s+(?:(?:the\s+)?(?:past|last)\s+)?(?:(?<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(?:years|(?<months>months))\b|(?:a|over\s+a)\s+(?<decade>decade)\b))"
        + @"|\b(?<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)[\s-](?:(?<months>month)|year)\s+(?:(?<hi>high|peak)|(?<lo>low|trough))\b"
        + @"|\b(?:(?<down>fell|fallen|falling|declined|declining|dropped|dropping|shrank|shrunk|shrinking|contracted|contracting|decreased|decreasing|narrowed|narrowing)|(?<up>rose|risen|rising|grew|grown|growing|increased|increasing|expanded|expanding|widened|widening))\s+(?:(?:[^\s,;.]|[.,](?=\d))+,?\s+){0,6}?for\s+the\s+(?<first>first)\s+time\s+" + FirstTimeSpan + @"\b"
        + @"|\bfor\s+the\s+(?<first>first)\s+time\s+" + FirstTimeSpan + @",?\s+(?:[\p{L}'’-]+\s+){0,6}?(?:(?<down>fell|declined|dropped|shrank|contracted|decreased|narrowed)|(?<up>rose|grew|increased|expanded|widened))\b)");

    // "since 2014", "in three years", "in 14 months", "in a decade": the span of "for the first time …".
    private const string FirstTimeSpan = @"(?:since\s+(?:the\s+end\s+of\s+)?(?:(?<mon>" + Months.LatinPattern + @")\s+)?(?<year>(?:19|20)\d{2})|in\s+(?:(?:the\s+)?(?:past|last)\s+)?(?:(?<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(?:years|(?<months>months))|(?:a|over\s+a)\s+(?<decade>decade)))";

    private static Regex RecordPattern() => s_recordPattern ??= InterpretedRegex.Create(@"(?i:\b(?:record(?:[- ](?:high|breaking|level))?|all[- ]time\s+high|highest\s+(?:ever|on\s+record))\b(?![- ]+low)(?!\s+(?:low|lows)\b))");

    private static Regex? s_balancePattern;

    // Not "the balance of power", "on balance", "balance sheet": no trade balance, and their clause's figures were dropped.
    private static Regex BalancePattern() => s_balancePattern ??= InterpretedRegex.Create(@"(?i:\b(?:deficits?|surplus(?:es)?|(?:trade\s+)?gaps?|(?<!\bon\s+)(?:trade\s+)?balance(?!\s+(?:of\s+power|sheets?)\b)|imbalances?)\b)");

    private static Regex? s_ownedBalance;

    // "trade surplus with the United States", "goods deficit in its trade with China", "deficit in goods with China" (no
    // claim until 7 December 2026), "deficit": the owner is found before it.
    private static Regex OwnedBalance() => s_ownedBalance ??= InterpretedRegex.Create(@"(?<![\p{L}])(?i:(?:(?:goods|merchandise|trade|bilateral|annual|record)\s+)*(?<kind>surplus|deficit))(?![\p{L}])(?:\s+(?i:in\s+(?:(?:its|their|goods|merchandise|bilateral)\s+)*(?:trade|goods|merchandise)\s+)?(?i:with)\s+(?:the\s+)?(?<b>" + C + @"))?");

    private static Regex? s_neutralBalance;

    // "trade balance with Russia", "the balance of China-Russia trade": a balance named with no sign; a trade word is
    // needed ("the balance of power shifted in Russia's favour" is none).
    private static Regex NeutralBalance() => s_neutralBalance ??= InterpretedRegex.Create(
        @"(?<![\p{L}])(?i:(?:(?:goods|merchandise|bilateral)\s+)*trade\s+balance|(?:goods|merchandise)\s+balance|balance\s+of\s+(?:their\s+)?(?:bilateral\s+)?trade|balance\s+of\s+[\p{L}-]+\s+trade)(?![\p{L}])(?:\s+(?i:in\s+(?:(?:its|their|goods|merchandise|bilateral)\s+)*(?:trade|goods|merchandise)\s+)?(?i:with)\s+(?:the\s+)?(?<b>" + C + @"))?");

    private static Regex? s_inFavourOf;

    private static Regex InFavourOf() => s_inFavourOf ??= InterpretedRegex.Create(@"(?i:\bin\s+(?:the\s+)?(?<a>" + C + @")(?:['’]s)?\s+favou?r\b|\bin\s+favou?r\s+of\s+(?:the\s+)?(?<a>" + C + @"))");

    private static Regex? s_switchedFrom;

    private static Regex SwitchedFrom() => s_switchedFrom ??= InterpretedRegex.Create(@"(?i:\b(?:from|to|into)\s+(?:a\s+)?)$");

    private static Regex? s_andAnother;

    private static Regex AndAnother() => s_andAnother ??= InterpretedRegex.Create(@"^\s*(?:,|and\b|&)");

    private static Regex? s_laterPartner;

    // "a surplus of $38 billion with Russia": "of" the figure, then "with" the partner, within the clause.
    private static Regex LaterPartner() => s_laterPartner ??= InterpretedRegex.Create(@"\G\s+(?i:of)\s+[^;,:(—]{0,40}?\b(?i:with)\s+(?:the\s+)?(?<b>" + C + @")");

    private static Regex? s_leftBalance;

    // "leaving Russia with a ", "leaving a ": right before a balance the flows before it leave.
    private static Regex LeftBalance() => s_leftBalance ??= InterpretedRegex.Create(@"\b(?i:leaving|which\s+left|left)\s+(?:(?:the\s+)?(?<o>" + C + @")\s+(?i:with)\s+)?(?i:a|an)\s+$");

    private static Regex? s_balanceOwnerGap;

    // "China's ", "the United States' ", "U.S. ": a possessive or adjective right before the balance.
    private static Regex BalanceOwnerGap() => s_balanceOwnerGap ??= InterpretedRegex.Create(@"^(?:'s|’s|'|’)?\s+$");

    private static Regex? s_balanceSubjectGap;

    // "China ran a", "Russia posted its": the owner is the subject of the verb.
    private static Regex BalanceSubjectGap() => s_balanceSubjectGap ??= InterpretedRegex.Create(@"^\s+(?i:(?:thus|also|still|again|therefore|then|\w+ly)\s+)?(?i:ran|runs|posted|posts|recorded|records|had|has|logged|registered|reported)\s+(?i:a|an|its)\s+$");

    private static Regex? s_productPattern;

    private static Regex ProductPattern() => s_productPattern ??= InterpretedRegex.Create(@"(?i:(?<!\bprices?\s+(?:of|for)\s+))(?<p>(?<!\bnon-)(?i:\bcrude(?:\s+oil)?\b|\boil\b|\bpetroleum\b|\bnatural\s+gas\b|\bpipeline\s+gas\b|\bgas\b|\bLNG\b|\bcoal\b|\benergy\s+(?:products|exports|imports|resources|trade|supplies|shipments)\b|\bfarm\b|\bagricultural\b|\bagri-food\b|\bfood\b|\bsoybeans?\b|\bgrain\b|\bwheat\b|\bseafood\b|\bfish\b|\btimber\b|\bcars?\b|\bvehicles?\b|\bautomobiles?\b|\bauto\b|\bmachinery\b|\belectronics\b|\bsemiconductors?\b|\bchips\b|\bpork\b|\bbeef\b|\bmeat\b|\bfertili[sz]ers?\b|\bsteel\b|\baluminium\b|\bcopper\b|\bgold\b|\bweapons\b|\barms\b))(?i:(?!(?:\s+(?:oil|gas))?\s+prices?\b))");

    private static Regex? s_speakerPattern;

    private static Regex? s_statisticsPattern;

    private static Regex StatisticsPattern() => s_statisticsPattern ??= InterpretedRegex.Create(
        @"(?<CHN>General\s+Administration\s+of\s+Customs(?:\s+of\s+China)?|\bGACC\b)"
        + @"|(?<RUS>(?:Russia(?:'s|’s)?\s+)?Federal\s+Customs\s+Service|\bFCS\b)"
        + @"|(?<USA>(?:U\.S\.\s+|US\s+)?Census\s+Bureau)"
        + @"|(?<KOR>Korea\s+Customs\s+Service|Korea\s+International\s+Trade\s+Association|\bKITA\b)"
        + @"|\b(?<who>China|Chinese|Russia|Russian|the\s+United\s+States|U\.S\.|US|American|South\s+Korea|South\s+Korean|Korea|Korean)(?:'s|’s)?\s+(?:[Cc]ustoms|(?:official\s+|trade\s+)?[Ss]tatistics|[Ss]tatistical\s+(?:office|service|agency))\b");

    // "the trade ministry said Wednesday", "officials said December shipments": a day or month is no speaker.
    private const string NoSpeaker = @"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|Tonight|Earlier|Later|" + Months.LatinPattern + @")(?![\p{L}]))";

    private static Regex SpeakerPattern() => s_speakerPattern ??= InterpretedRegex.Create(@"(?<who>" + NoSpeaker + @"(?:(?:President|Prime\s+Minister|Premier|Deputy\s+Prime\s+Minister|Minister|Ambassador|Chairman|Governor|Spokesman|Spokeswoman|spokesman|spokeswoman)\s+)?\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})\s+(?:said|says|noted|told|announced|stated|added(?!\s+up\b)|declared|stressed|predicted|expects|estimated|explained)\b|\b(?:said|says|noted|added)\s+(?<who>" + NoSpeaker + @"(?:(?:President|Minister|Premier)\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})");

    private static Regex? s_basePattern;
    private static Regex? s_changePattern;

    // "Rose by $49.9 billion", "grew $5 billion to…", "an increase of $49.9 billion": the amount is the change ("rose to" is a level).
    private static Regex ChangePattern() => s_changePattern ??= InterpretedRegex.Create(@"(?i:(?:\b(?:rose|risen|grew|grown|increased|climbed|jumped|gained|added|fell|fallen|dropped|declined|decreased|shrank|shrunk|slipped|slid|narrowed|widened|expanded|contracted|surged|soared|plunged|tumbled|slumped|sank|eased|swelled|ballooned|(?:was|were)\s+up|(?:was|were)\s+down|up|down)\s+(?:by\s+)?|\ban?\s+(?:increase|rise|gain|jump|drop|fall|decline|decrease)\s+of\s+)(?:an?\s+(?:record|further|additional|whopping)\s+|another\s+)?(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|less\s+than|just\s+over|just\s+under)\s+)?)$");

    private static Regex? s_changeSubjectPattern;

    // "The increase in trade was $49.8 billion": a change noun opening the clause (after at most a year) is its subject.
    // Anchored at the clause's start so that "after the fall in oil prices trade reached $240 billion" stays a level.
    private static Regex ChangeSubjectPattern() => s_changeSubjectPattern ??= InterpretedRegex.Create(@"(?i:^\s*(?:(?:in|for)\s+(?:the\s+year\s+)?\d{4}\s+)?(?:the\s+|this\s+|that\s+|its\s+|last\s+year's\s+|(?:the\s+)?(?:year|annual|year-on-year)\s+)?(?:increase|rise|growth|gain|jump|drop|fall|decline|decrease)\s+(?:in|of)\s+[^%$]*?\b(?:was|were|amounted\s+to|came\s+to|totall?ed|stood\s+at|reached)\s+(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|less\s+than|just\s+over|just\s+under)\s+)?)$");

    // "Nearly triple the $89 billion of a decade earlier": the amount a multiple is of is a base, never the claim's.
    private static Regex BasePattern() => s_basePattern ??= InterpretedRegex.Create(@"(?i:(?:\b(?:times|-fold|twice|double|triple|treble)\s+" + LevelOfYear + @"\s+(?:in\s+)?)$|\b(?:from|since|between|(?<!\b(?:more|less|fewer|no)\s+)than(?:\s+in)?|than\s+in|than(?=\s+(?:the\s+)?same\s)|compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:(?:the\s+)?(?:same\s+(?:month|period|quarter|time)\s+(?:(?:of|in)\s+)?)?)?(?:an?\s+|the\s+)?(?:record\s+|all-time\s+)?(?:high\s+of\s+)?|(?:previous|prior|earlier|last\s+year's)\s+(?:record|high|peak|total|level)(?:\s+high)?\s+(?:of\s+)?)$|\b(?:double|triple|treble|quadruple|twice|thrice|half|(?:two|three|four|five|ten|\d+(?:\.\d+)?)\s+times)\s+(?:the|its|their)\s+$");

    private static Regex? s_earlierValuePattern;
    private static Regex? s_yearsSpanPattern;
    private static Regex? s_spanSuperlativePattern;

    // "over the past decade", "in five years", "over the last 10 years"; not "in the next five years" nor "in five years'
    // time" (ahead), and "in a row"/"running" follow no such span here.
    private static Regex YearsSpanPattern() => s_yearsSpanPattern ??= InterpretedRegex.Create(
        @"(?i:\b(?:over|in|during|across|within)\s+(?:the\s+|a\s+)?(?:(?:past|last|previous|preceding)\s+)?(?:(?<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+years\b(?!['’])|(?<decade>decade)\b))");

    private static Regex SpanSuperlativePattern() => s_spanSuperlativePattern ??= InterpretedRegex.Create(
        @"(?i:\b(?:\w+est|first|most|least|record|only|biggest|largest|best|worst)\b)");

    // Only after a comparison's preposition: "trade grew fast in 2024, when it reached $244.8 billion" is 2024's level.
    private static Regex EarlierValuePattern() => s_earlierValuePattern ??= InterpretedRegex.Create(@"(?i:\b(?:from|since|over|on|than(?:\s+in)?|compared\s+(?:with|to)|versus|against|what\s+it\s+was\s+in|that\s+of|(?:level|figure|total|value)\s+(?:of|in|for))\s+(?<p>the\s+(?:previous|prior|preceding)\s+year|a\s+year\s+(?:earlier|before|ago)|last\s+year|(?:19|20)\d{2}|(?:the\s+)?same\s+(?:period|month|quarter|time)\s+(?:of\s+|in\s+)?(?:last\s+year|(?:19|20)\d{2}))\s*,?\s*when\s+(?:it|they|trade|turnover|the\s+(?:figure|total|volume))\s+(?:was|were|stood\s+at|totall?ed|amounted\s+to|reached|came\s+to|had\s+been)\s+(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|just\s+over|just\s+under|only|just)\s+)?)$");

    private static Regex? s_yuanTermsPattern;

    private static Regex YuanTermsPattern() => s_yuanTermsPattern ??= InterpretedRegex.Create(@"(?i:in\s+(?:yuan|renminbi|RMB)\s+terms|in\s+terms\s+of\s+(?:yuan|renminbi|RMB)|(?:yuan|renminbi|RMB)-denominated)");

    private static Regex? s_dollarTermsPattern;

    private static Regex DollarTermsPattern() => s_dollarTermsPattern ??= InterpretedRegex.Create(@"(?i:in\s+(?:US\s+)?dollar\s+terms|in\s+terms\s+of\s+(?:US\s+)?dollars|dollar-denominated)");

    private static Regex? s_sharePattern;

    private static Regex SharePattern() => s_sharePattern ??= InterpretedRegex.Create(
        @"(?i:\bshares?\s+(?:of|in)\b|'s\s+share\b|\bthe\s+share\b|\b(?:proportion|portion|percentage)\s+of\b|\bas\s+a\s+(?:share|proportion|percentage)\b|\b(?:made|make|makes|making)\s+up\b|\baccount(?:ed|s|ing)?\s+for\b)");

    private static Regex? s_earlierLevelPattern;

    private static Regex EarlierLevelPattern() => s_earlierLevelPattern ??= InterpretedRegex.Create(
        @"^(?i:[\s,;()/]|\b(?:in|up|down|rising|falling|of|the|a|an|year|on|over|y|annual|basis|slow(?:ing|ed)|eas(?:ing|ed)|accelerat(?:ing|ed)|sharply|markedly|(?:19|20)\d{2})\b)*\b(?i:from|against|compared\s+(?:with|to)|versus|vs\.?|after|following|(?<to>to))(?:\s+(?:an?|the))?\s*$");

    protected override Regex EarlierLevelWords => EarlierLevelPattern();

    private static Regex? s_soFarPattern;

    // "So far this year", "this year to date", "so far in 2024": the year to a month the text does not name, not the
    // whole year (a year to date was judged against the year's total).
    private static Regex SoFar() => s_soFarPattern ??= InterpretedRegex.Create(@"(?i:\bso\s+far\b|\bto\s+date\b|\byear-to-date\b)");
}
