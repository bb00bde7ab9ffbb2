using Turnover.Application;
using Turnover.Claims;
using Turnover.Core;
using Turnover.Presentation.Wording;

namespace Turnover.Cli.Tests;

public sealed class ClaimNoteWordingTests
{
    private static readonly Country s_china = CountryCatalog.Default.FromCode(156);
    private static readonly Country s_russia = CountryCatalog.Default.FromCode(643);

    [Fact]
    public void When_a_year_comes_from_another_sentence_then_the_note_quotes_it_trimmed() =>
        Assert.Equal(
            "the year (2024) is from another sentence of the text with the same figure: \"Trade will reach $200 billion in 2024.\"",
            ClaimNoteWording.Text(new YearFromAnotherSentence(Period.OfYear(2024), " Trade will reach $200 billion in 2024. ")));

    [Theory]
    [InlineData(Measure.Imports, "only China's statistics of this pair are stored: the figure is read from the other side, as China's imports from Russian Federation, which Russian Federation's own statistics would give differently")]
    [InlineData(Measure.Exports, "only China's statistics of this pair are stored: the figure is read from the other side, as China's exports to Russian Federation, which Russian Federation's own statistics would give differently")]
    public void When_the_figure_is_read_from_the_other_side_then_the_note_names_the_mirror_flow(Measure measure, string expected) =>
        Assert.Equal(expected, ClaimNoteWording.Text(new ReadFromOtherSide(s_russia, s_china, s_russia, measure)));

    [Fact]
    public void When_both_sides_are_stored_then_the_note_says_whose_judged() =>
        Assert.Equal(
            "Russian Federation's statistics of the pair are also stored and differ; judged on China's",
            ClaimNoteWording.Text(new OtherSideStored(s_china, s_russia)));

    /// <summary>China's customs' 2015 China–Russia turnover with the two failing checks SuspectLevels finds on the bundled file.</summary>
    internal static Analytics.SuspectLevel SuspectLevel2015 => new(Measure.Turnover, Period.OfYear(2015), 64_200_000_000m,
    [
        new(Period.OfYear(2015), -27.8m, -32.62m, 0.71m, 95_280_000_000m, 64_200_000_000m, 88_920_000_000m, 68_792_000_000m),
        new(Period.OfYear(2016), 2.2m, 8.29m, 0.77m, 64_200_000_000m, 69_525_000_000m, 68_028_000_000m, 65_612_000_000m),
    ]);

    public static TheoryData<ClaimNote, string> LaterNotes => new()
    {
        { new CitedSide(s_russia, "Russian customs"), "judged on Russian Federation's statistics, as the text cites them (\"Russian customs\")" },
        {
            new ServicesNotStored("goods and services"),
            "the text says \"goods and services\", and the store holds goods trade only: judged on goods, which confirm a goods count so worded but cannot show a count with services wrong"
        },
        {
            new NotSeasonallyAdjusted(SourceKind.UsCensus),
            "the stored monthly figures (US Census Bureau, its country table) are not seasonally adjusted, while its monthly release headlines seasonally adjusted ones: the text may quote those"
        },
        {
            new PresumedSideNotStored(CountryCatalog.Default.FromCode(156)),
            "the text, in Chinese, cites no statistics and is taken to quote China's customs, as Chinese reports do; they are not stored for the pair: judged on the other side's, which count the same trade differently"
        },
        {
            new CitedSideNotStored(s_russia, "ФТС России"),
            "the text cites Russian Federation's statistics (\"ФТС России\"), which are not stored for the pair: judged on the other side's, which count the same trade differently"
        },
        {
            new AmountNotJudged(new NoExchangeRate(new Currency("CNY"), Period.Month(2022, 1), "imf_exchange_rates_daily.csv", Period.Month(2001, 1), Period.Month(2019, 12))),
            "the amount is not judged: the amount is in CNY and there is no CNY rate for 2022-01 in the stored rates (imf_exchange_rates_daily.csv), whose CNY rates run from 2001-01 to 2019-12; it is never guessed"
        },
        {
            new JudgedOnSuspectLevel(SourceKind.Gacc, SuspectLevel2015),
            "judged on a suspect level: the stored turnover for 2015, $64.200 bn, is contradicted beyond rounding by the rates its publisher (China's customs, GACC) printed on both sides of it — "
                + "2015's published -27.8% on 2014's 95.280 implies ≈68.792 (the levels give -32.6%, rounding allows ±0.71 points); "
                + "2016's published +2.2% with 2016 at 69.525 implies ≈68.028 (the levels give +8.3%, rounding allows ±0.77 points)"
        },
        {
            new GrowthNotJudged(new StoredLevelSuspect(s_china, SourceKind.Gacc, SuspectLevel2015)),
            "the growth rate is not judged: China's stored turnover for 2015, $64.200 bn, is contradicted beyond rounding by the rates its publisher (China's customs, GACC) printed on both sides of it — "
                + "2015's published -27.8% on 2014's 95.280 implies ≈68.792 (the levels give -32.6%, rounding allows ±0.71 points); "
                + "2016's published +2.2% with 2016 at 69.525 implies ≈68.028 (the levels give +8.3%, rounding allows ±0.77 points) — so it cannot show the claim wrong: the stored figure may be the error"
        },
        {
            new AverageAnnualSince(Period.OfYear(2016), 8),
            "the rate is a yearly average from 2016, as the text says: the compound rate over 8 years, (end / start)^(1/8) − 1, computed from the two years' stored figures; not the change over the whole span"
        },
        { new GrowthSinceYear(Period.OfYear(2016)), "the rate runs from 2016, as the text says, computed from the two years' stored figures; not a year-on-year rate" },
        { new GrowthOnPreviousPeriod(Period.Month(2023, 8)), "the rate is on the period before (2023-08), as the text says, computed from the two stored figures; not the year-on-year rate" },
        { new ChangeOnPreviousPeriod(Period.Month(2019, 11)), "the change is on the period before (2019-11), as the text says: the two stored figures' difference; not the change on a year earlier" },
        {
            new UnnamedBaseOtherReading(Period.Month(2019, 11), -2_755_000_000m, null),
            "the text names no base: judged on a year earlier, as trade news mostly means; on the period before (2019-11) the change is -2.755 bn, from the two stored figures"
        },
        {
            new NeighbourPeriodReading(Period.Month(2019, 12), ClaimVerdict.AccurateWithinRounding, 9_024_000_000m, -5.0904m),
            "the paragraph before is of 2019-12, a period not carried across a paragraph on the pair alone (a wire story's next paragraph may be about another time): "
                + "on it the figure would be accurate within the text's rounding ($9.024 bn stored, growth -5.09%)"
        },
        {
            new AverageScaled(Turnover.Claims.AveragePer.Month, 12, Period.OfYear(2019), 8_900_000_000m, 8_873_416_666.67m),
            "the text gives an average per month, $8.900 bn: judged as 12 times it, $106.800 bn, against the total of 2019 ($8.873 bn a month stored)"
        },
        {
            new UnnamedBaseOtherReading(Period.Month(2019, 11), null, -7.61554m),
            "the text names no base: judged on a year earlier, as trade news mostly means; on the period before (2019-11) the rate is -7.616%, from the two stored figures"
        },
        {
            new SumOfMonths(Period.Quarter(2023, 2), 60_559_000_000m, 60_702_000_000m),
            "the stored 2023-Q2 is the sum of its months as published, $60.559 bn; the publisher's own year-to-date cumulatives give $60.702 bn for it"
        },
        {
            new YearSoFarThrough("this year", Period.YearToDate(2024, 9), new DateOnly(2024, 10, 20)),
            "the text gives the year so far (\"this year\") and names no month: judged on 2024-01..09, the latest cumulative published by the article's date (2024-10-20)"
        },
        {
            new YearSoFarThrough("this year", Period.YearToDate(2024, 5), new DateOnly(2024, 6, 15)) { YearNotOver = true },
            "2024 (\"this year\") was not over on the article's date (2024-06-15): judged on 2024-01..05, the latest cumulative published by then"
        },
        {
            new WholeYearPublishedLater(Period.OfYear(2024), ClaimVerdict.Inaccurate, 244_819_000_000m, 1.9m),
            "the whole of 2024, published after the text: $244.819 bn, +1.9%; on it the claim would be inaccurate"
        },
        {
            new WholeYearPublishedLater(Period.OfYear(2022), ClaimVerdict.AccurateWithinRounding, 190_271_000_000m, null),
            "the whole of 2022, published after the text: $190.271 bn; on it the claim would be accurate within the text's rounding"
        },
        {
            new LatestYearAsEnd("since 2016", Period.OfYear(2016), Period.OfYear(2024), new DateOnly(2025, 1, 20)),
            "the text names no end (\"since 2016\"): judged on 2024, the latest year published by the article's date (2025-01-20), its rate from 2016"
        },
        {
            new LatestTwelveMonths("the past 12 months", Period.Month(2023, 11), new DateOnly(2023, 12, 20)),
            "the text names no month (\"the past 12 months\"): judged on the twelve months to 2023-11, the latest month published by the article's date (2023-12-20)"
        },
        {
            new QuarterFromCumulatives(Period.Quarter(2024, 4)),
            "the stored 2024-Q4 is no figure the publisher printed, nor a sum of its months (not all are stored): it is the publisher's cumulative to December less its cumulative to September"
        },
        {
            new QuarterFromCumulatives(Period.Quarter(2021, 1)),
            "the stored 2021-Q1 is no figure the publisher printed, nor a sum of its months (not all are stored): it is the publisher's cumulative to March"
        },
        { new PeriodOnlyOnOtherSide(s_russia, s_china), "Russian Federation's statistics of the pair hold no figure for this period: judged on China's, which count the same trade differently" },
        {
            new DeadlineOfRegisteredTarget("cn-ru-200bn-2024", 2024, 2023),
            "the text gives no year: the deadline (2024) is the registered target cn-ru-200bn-2024's, the one target of the pair with this amount announced by the article's date and still open in 2023"
        },
        {
            new GoalReachedIn("in November", Period.Month(2023, 11), Period.Month(2023, 11)),
            "judged as the goal, not as the figure of 2023-11: \"in November\" says when it was reached; by the stored figures it was first reached in 2023-11"
        },
        { new GoalReachedIn("in November", Period.Month(2024, 11), null), "judged as the goal, not as the figure of 2024-11: \"in November\" says when it was reached; the stored figures do not reach it" },
        { new RecordChangeNotChecked(), "the text calls the change a record: changes are not compared with earlier years' changes, so the record is not checked; the change is" },
        { new RecordNotChecked(Period.OfYear(2013)), "the text calls it a record, and no figure of the kind before 2013 is stored to compare it with: the record is not checked" },
        { new FirstTimeNotChecked(Period.OfYear(2013)), "the text says the amount was crossed for the first time, and no figure of the kind before 2013 is stored to compare it with: it is not checked" },
        { new SuperlativeNotChecked(SuperlativeKind.Lowest, 2010, Period.OfYear(2012)), "the text calls it the lowest level since 2010, and 2012 is not stored: it is not checked" },
        {
            new SuperlativeNotChecked(SuperlativeKind.FallStreak, 2023, Period.Month(2024, 2)) { SinceMonth = Period.Month(2023, 10) },
            "the text calls it a fall every month since 2023-10, and 2024-02 is not stored: it is not checked"
        },
        {
            new ProductLinesSummed("crude oil", [new HsHeading(2709, 4)], 12),
            "judged on the product lines, not all goods: \"crude oil\" is HS 2709, and the figure is the sum of its 12 stored line(s) of the period"
        },
        {
            new OtherBaseRateNotJudged("on pre-war levels"),
            "the growth rate is against another base (\"on pre-war levels\"), not the same period a year earlier, and the text gives no period for it: the rate is not judged"
        },
        {
            new AmountFromGrowth(Period.OfYear(2018), 107_060_000_000m, s_china, new DateOnly(2019, 6, 5), 100m, null, 214_120_000_000m, false),
            "the text states growth, not an amount: +100.0% on 2018's $107.060 bn (China's statistics as published by 2019-06-05; the latest full year published by the article's date) is $214.120 bn a year, the amount judged"
        },
        {
            new AmountFromGrowth(Period.OfYear(2016), 67_980_000_000m, s_china, new DateOnly(2019, 6, 5), 10m, 8, 145_719_000_000m, true) { Lacking = s_russia },
            "the text states growth, not an amount: +10.0% a year for 8 years (×2.144) on 2016's $67.980 bn (China's statistics as published by 2019-06-05; the year the text names; "
                + "Russian Federation's own statistics hold no such year, so the other side's count of the same trade is used) is $145.719 bn a year, the amount judged"
        },
        {
            new GoalOfNeededRate(300_000_000_000m, Period.OfYear(2030), " China and Russia aim to raise trade to $300 billion by 2030. "),
            "the rate names no goal of its own: the goal is the one just before it, $300.000 bn in 2030: \"China and Russia aim to raise trade to $300 billion by 2030.\""
        },
        {
            new GrowthRateNotJudged(new Currency("CNY")),
            "the growth rate is computed in CNY and the stored figures and printed rates are in US dollars (a rate in CNY differs from it by the exchange rate's own change): the rate is not judged"
        },
    };

    [Theory]
    [MemberData(nameof(LaterNotes))]
    public void When_a_note_says_whose_figure_judged_or_what_was_not_judged_then_it_is_worded_with_its_facts(ClaimNote note, string expected) =>
        Assert.Equal(expected, ClaimNoteWording.Text(note));

    [Fact]
    public void When_every_note_kind_is_worded_then_none_throws()
    {
        var kinds = typeof(ClaimNote).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(ClaimNote))).ToHashSet();
        var worded = LaterNotes.Select(row => row[0].GetType())
            .Concat([typeof(YearFromAnotherSentence), typeof(ReadFromOtherSide), typeof(OtherSideStored)]).ToHashSet();

        Assert.Equal(kinds, worded);
    }
}
