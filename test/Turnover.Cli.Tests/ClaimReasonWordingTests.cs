using Turnover.Application;
using Turnover.Claims;
using Turnover.Core;
using Turnover.Presentation.Wording;

namespace Turnover.Cli.Tests;

/// <summary>Each reason a claim is not verifiable, worded as every format shows it (the README and JSON goldens hold some of them too).</summary>
public sealed class ClaimReasonWordingTests
{
    private static readonly Country s_china = CountryCatalog.Default.FromCode(156);
    private static readonly Country s_russia = CountryCatalog.Default.FromCode(643);
    private static readonly Country s_usa = CountryCatalog.Default.FromCode(842);
    private static readonly Currency s_yuan = new("CNY");

    public static TheoryData<UnverifiableReason, string> Reasons => new()
    {
        { new PairNotNamed(), "the text does not say which two countries trade" },
        { new NoFigureStated(), "the claim states no figure" },
        {
            new FigurelessCheckNotMade(new SuperlativeNotChecked(SuperlativeKind.FirstFall, 2020, Period.OfYear(2021))),
            "the claim states no figure, and what it does say cannot be checked: the text calls it the first fall since 2020, and 2021 is not stored: it is not checked"
        },
        { new NoPeriodStated(), "the text gives no period for the figure" },
        { new PeriodNotAnchored("last year"), "the period (\"last year\") is relative and no article date anchors it: give the article's date" },
        { new NoComparableAmount(), "the claim states no amount in a currency the store can compare" },
        {
            new FigureIsSubset(SubsetKind.Volume, "million tonnes"),
            "the figure is a volume (million tonnes), not a value: a volume is judged only in tonnes, on the weights of stored HS lines, for a year, a year to date, or a month, quarter or half "
                + "of a product group whose words name headings for certain (crude oil, coal, LNG, pipeline or natural gas) and whose lines of the pair are stored"
        },
        {
            new VolumeUnitNotStored(VolumeUnit.CubicMetres, "15.5 bcm"),
            "the volume is in cubic metres (15.5 bcm): the stored lines carry weights in tonnes, and converting needs the density of what was shipped, which the statistics do not give"
        },
        {
            new ProductQuantityNotStored([new HsHeading(271121, 6)], Period.YearToDate(2022, 11), s_china, SourceKind.Gacc),
            "China's stored HS 271121 lines (China's customs, GACC) for Jan–Nov 2022 do not all carry a weight in tonnes, so their quantity cannot be summed"
        },
        {
            new FigureIsSubset(SubsetKind.ProductGroup, "农产品"),
            "the figure is for a product group (农产品), not total trade: it is judged on stored HS lines (Comtrade, BACI, a customs export by product) only for a year, a year to date, or a month, quarter or half, whose level or growth on the same months of the year before it states, when its words name headings for certain (crude oil, coal, LNG, pipeline or natural gas) and the pair's lines of them are stored"
        },
        {
            new ProductYearNotCovered([new HsHeading(271111, 6), new HsHeading(271121, 6)], Period.OfYear(2022), s_china, SourceKind.Gacc),
            "China's stored HS 271111 and HS 271121 lines (China's customs, GACC) do not cover every month of 2022"
        },
        {
            new ProductYearNotCovered([new HsHeading(2709, 4)], Period.YearToDate(2023, 2), s_china, SourceKind.Gacc),
            "China's stored HS 2709 lines (China's customs, GACC) do not cover every month of Jan–Feb 2023"
        },
        { new FigureIsSubset(SubsetKind.Qualified, "seaborne"), "the figure is for part of the flow (\"seaborne\"), not all of it: the store's figures are total trade" },
        { new FigureIsSubset(SubsetKind.Services, "服务贸易"), "the figure is of trade in services (\"服务贸易\"): the store holds goods (merchandise) trade only" },
        {
            new FigureIsSubset(SubsetKind.GoodsAndServices, "goods and services"),
            "the figure is of goods and services together (\"goods and services\"): the store holds goods (merchandise) trade only; its goods figure differs, which a count with services may rightly do"
        },
        { new PairNotStored(s_usa, s_russia), "the pair USA–Russian Federation is not in the store" },
        { new FigureNotStored(s_china, Measure.Exports, Period.OfYear(2031), new DateOnly(2026, 11, 28)), "China's exports for 2031 is not in the store (published by 2026-11-28)" },
        {
            new FigureNotStored(s_china, Measure.Imports, Period.YearToDate(2031, 5), new DateOnly(2026, 11, 28), new StoredSpan(Period.Month(2016, 12), Period.Month(2024, 12), 97)),
            "China's imports for 2031-01..05 is not in the store (published by 2026-11-28); its monthly figures stored run from 2016-12 to 2024-12"
        },
        {
            new FigureNotStored(s_russia, Measure.Turnover, Period.OfYear(2023), new DateOnly(2026, 11, 28), new StoredSpan(Period.OfYear(2010), Period.OfYear(2020), 4)),
            "Russian Federation's turnover for 2023 is not in the store (published by 2026-11-28); 4 of its annual figures are stored, from 2010 to 2020 with gaps"
        },
        {
            new MonthInCombinedFigure(s_china, Measure.Turnover, Period.Month(2024, 2), Period.Span(2024, 1, 2), 37_010_000_000m),
            "China's statistics give January and February 2024 as one figure (turnover 2024-01..02: $37.010 bn), not 2024-02 alone"
        },
        { new NoGrowthRate(Period.Month(2016, 12), Period.Month(2015, 12)), "no growth rate for 2016-12: the store has no figure for 2015-12 to compute it from and no printed rate" },
        { new NoExchangeRates(s_yuan), "the amount is in CNY and no exchange rates are loaded to convert it" },
        {
            new AmountBeyondDollars(new Money(79_228_162_514_264_000_000_000_000m, s_yuan), Period.OfYear(2019), "imf_exchange_rates_daily.csv"),
            "the amount, 79,228,162,514,264,000,000,000,000 CNY, converted at the stored CNY rates for 2019 (imf_exchange_rates_daily.csv) is more US dollars than a stated figure can be (9,223,372,036,854,775,807 at most): an absurd number is not judged"
        },
        {
            new OtherSideDisagrees(s_russia, s_china),
            "Russian Federation's own statistics for it are not stored, and China's count of the same trade (the evidence) differs beyond the thresholds; "
                + "the two sides value and date the same trade differently (exports free on board, imports with freight and insurance, goods in transit, re-exports), "
                + "so that count cannot show the claim wrong: Russian Federation's own figure would"
        },
        {
            new AdjustedFigureNotStored(SourceKind.UsCensus, Period.Month(2019, 12)),
            "the stored figure for 2019-12 (US Census Bureau, its country table) is not seasonally adjusted and differs beyond the thresholds; "
                + "the publisher's monthly release headlines seasonally adjusted figures, which news reports mostly quote and the store lacks, so the unadjusted figure cannot show the claim wrong"
        },
        {
            new StoredLevelSuspect(s_china, SourceKind.Gacc, ClaimNoteWordingTests.SuspectLevel2015),
            "China's stored turnover for 2015, $64.200 bn, is contradicted beyond rounding by the rates its publisher (China's customs, GACC) printed on both sides of it — "
                + "2015's published -27.8% on 2014's 95.280 implies ≈68.792 (the levels give -32.6%, rounding allows ±0.71 points); "
                + "2016's published +2.2% with 2016 at 69.525 implies ≈68.028 (the levels give +8.3%, rounding allows ±0.77 points) — so it cannot show the claim wrong: the stored figure may be the error"
        },
        {
            new PeriodNotComparable(new UnreadPeriod(UnreadPeriodKind.TwelveMonths, "in the 12 months to November 2024")),
            "the period (\"in the 12 months to November 2024\") is twelve months across two calendar years, judged on the store's twelve-month figure only for a fact of exports, imports or turnover "
                + "whose last month the text names with its year, with any amount in US dollars"
        },
        {
            new YearSoFarNotPublished(s_china, Measure.Turnover, 2025, new DateOnly(2025, 1, 20), "全年"),
            "the text speaks of 2025 (\"全年\"), a year not over on the article's date (2025-01-20), and China's statistics had published no turnover of 2025 by then: no figure of it could have been known"
        },
        {
            new LatestNotStored(s_china, Measure.Turnover, Period.Month(2024, 12), new DateOnly(2025, 3, 15), "the past 12 months"),
            "the text names no end (\"the past 12 months\"), and China's stored turnover stops at 2024-12: by the article's date (2025-03-15) a later figure had most likely been published, "
                + "which the store lacks, so the latest the text could have had is not known"
        },
        {
            new TwelveMonthsNotStored(s_china, Measure.Turnover, Period.Month(2024, 11), new DateOnly(2026, 12, 6), new StoredSpan(Period.Month(2016, 12), Period.Month(2024, 12), 43)),
            "China's turnover for the twelve months to 2024-11 is not in the store (published by 2026-12-06): it needs January to 2024-11 and the year 2023 less its January to 2023-11, and not all are there; "
                + "43 of its monthly figures are stored, from 2016-12 to 2024-12 with gaps"
        },
        {
            new PeriodNotComparable(new UnreadPeriod(UnreadPeriodKind.LatestMonths, "the past 12 months")),
            "the period (\"the past 12 months\") is the latest months, which the text does not date and which may cross the turn of a year: no stored period is it"
        },
        {
            new PeriodNotComparable(new UnreadPeriod(UnreadPeriodKind.YearToMonth, "in the year to September 2024")),
            "the period (\"in the year to September 2024\") is the twelve months to that month in British usage and January to it in others: it is not guessed"
        },
        {
            new PeriodNotComparable(new UnreadPeriod(UnreadPeriodKind.FiscalYear, "FY2023-24")),
            "the period (\"FY2023-24\") is a fiscal year, which may run across two calendar years (India's April–March, the US government's October–September), and the stored periods are calendar ones"
        },
        {
            new PeriodNotComparable(new UnreadPeriod(UnreadPeriodKind.SeveralYears, "2019-2023")),
            "the period (\"2019-2023\") is several calendar years together, and the amount their sum: a sum of years is judged only for an amount of exports, imports or turnover stated in US dollars, without a rate"
        },
        {
            new PeriodNotComparable(new UnreadPeriod(UnreadPeriodKind.AmbiguousQuarters, "3 квартала 2023")),
            "the period (\"3 квартала 2023\") reads two ways (the third quarter, or three quarters): it is not guessed"
        },
        {
            new GoalBaseNotStored(s_russia, Measure.Exports, Period.OfYear(2016), null, 2030, new DateOnly(2024, 5, 16)),
            "the goal is growth on 2016, as the text says, and Russian Federation's exports for 2016 is not in the store"
        },
        {
            new GoalBaseNotStored(s_usa, Measure.Turnover, null, Period.OfYear(2019), 2030, new DateOnly(2024, 5, 16)),
            "the goal is growth on the latest full year published by the article's date (2024-05-16), and USA's stored turnover stops at 2019: a later year had most likely been published by then, which the store lacks"
        },
        {
            new GoalBaseNotStored(s_russia, Measure.Exports, null, null, 2024, new DateOnly(2019, 6, 5)),
            "the goal is growth on the latest full year published by the article's date (2019-06-05), and no full year of Russian Federation's stored exports before 2024 had been published by then: the text names no year it grows from"
        },
        { new FallingGoal("20%"), "a fall by a year (\"20%\") is not judged: goals and projections by a year are judged as amounts to reach, and a fall to a level is not one" },
        {
            new AverageWithoutSpan("17%"),
            "the growth rate (\"17%\") is a yearly average, and the text names no years it runs over"
        },
        {
            new GrowthAgainstOtherBase("from their peak"),
            "the growth rate is against another base (\"from their peak\"), not the same period a year earlier, and the text gives no period for it: the rate is not judged"
        },
        {
            new ChangeAgainstOtherBase("from their peak"),
            "the change is against another base (\"from their peak\"), not the same period a year earlier, and no stored figure is known to be it: the change is not judged"
        },
        {
            new GrowthInOtherCurrency(s_yuan),
            "the growth rate is computed in CNY and the stored figures and printed rates are in US dollars (a rate in CNY differs from it by the exchange rate's own change): the rate is not judged"
        },
        {
            new NoExchangeRate(s_yuan, Period.Month(2022, 1), "imf_exchange_rates_daily.csv", Period.Month(2001, 1), Period.Month(2019, 12)),
            "the amount is in CNY and there is no CNY rate for 2022-01 in the stored rates (imf_exchange_rates_daily.csv), whose CNY rates run from 2001-01 to 2019-12; it is never guessed"
        },
        {
            new NoExchangeRate(new Currency("RUB"), Period.Month(2019, 1), "imf_exchange_rates_daily.csv") { Held = [s_yuan, new Currency("JPY")] },
            "the amount is in RUB and the stored rates (imf_exchange_rates_daily.csv) hold no RUB rate at all (only CNY, JPY); it is never guessed"
        },
        { new NoExchangeRate(s_yuan, Period.Month(2022, 3), null), "the amount is in CNY and the stored rates (rates table) hold no CNY rate at all; it is never guessed" },
        { new RankingNeedsEveryPartner(null, []), "a ranking among partners needs a country's trade with every partner, and the text does not say whose partners" },
        {
            new RankingNeedsEveryPartner(s_russia, []),
            "a ranking among Russian Federation's trading partners needs Russian Federation's trade with every partner, for each year claimed (e.g. Comtrade or BACI with all partners, or Russian Federation's customs totals by country); the store holds none of its partners"
        },
        {
            new RankingNeedsEveryPartner(s_russia, [s_usa, s_china]),
            "a ranking among Russian Federation's trading partners needs Russian Federation's trade with every partner, for each year claimed (e.g. Comtrade or BACI with all partners, or Russian Federation's customs totals by country); the store holds only China, USA"
        },
    };

    [Theory]
    [MemberData(nameof(Reasons))]
    public void When_a_claim_is_not_verifiable_then_each_reason_is_worded_with_its_facts(UnverifiableReason reason, string expected) =>
        Assert.Equal(expected, ClaimReasonWording.Text(reason));

    [Fact]
    public void When_every_reason_kind_is_worded_then_none_is_left_out()
    {
        var kinds = typeof(UnverifiableReason).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(UnverifiableReason))).ToHashSet();

        Assert.Equal(kinds, Reasons.Select(row => row[0].GetType()).ToHashSet());
    }
}
