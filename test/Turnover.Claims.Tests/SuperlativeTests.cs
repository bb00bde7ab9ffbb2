using Turnover.Core;
namespace Turnover.Claims.Tests;

/// <summary>A superlative since a year goes with the fact whose figure it describes.</summary>
public sealed class SuperlativeTests
{
    private static readonly DateOnly s_date = new(2026, 3, 1);

    [Theory]
    [InlineData("South Korea's trade surplus with China shrank to $29 billion in 2019, the smallest since 2004.", SuperlativeKind.Lowest, 2004)]
    [InlineData("Trade between China and Russia hit $240.1 billion in 2023, the highest level since 2013.", SuperlativeKind.Highest, 2013)]
    [InlineData("U.S. imports from China fell 16.2% in 2019 to $452 billion, the biggest drop since 2009.", SuperlativeKind.SlowestGrowth, 2009)]
    [InlineData("China-Russia trade grew 35.9% in 2021, the fastest pace in a decade.", SuperlativeKind.FastestGrowth, 2011)]
    [InlineData("China-Russia trade grew 35.9% in 2021, its strongest growth in twelve years.", SuperlativeKind.FastestGrowth, 2009)]
    [InlineData("Korea-China trade fell to $243.4 billion in 2019, its first decline since 2016.", SuperlativeKind.FirstFall, 2016)]
    [InlineData("Korea-China trade in 2019 fell for the first time since 2016, to $243.4 billion.", SuperlativeKind.FirstFall, 2016)]
    [InlineData("Товарооборот России и Китая в 2021 году вырос на 35,9%, до $146,9 млрд — максимальный рост за 10 лет.", SuperlativeKind.FastestGrowth, 2011)]
    [InlineData("Товарооборот России и Китая в 2016 году составил 69,5 млрд долларов, минимальный с 2010 года.", SuperlativeKind.Lowest, 2010)]
    [InlineData("Товарооборот России и Китая в 2015 году снизился впервые с 2009 года, до 64,2 млрд долларов.", SuperlativeKind.FirstFall, 2009)]
    [InlineData("Экспорт США в Китай в 2019 году снизился на 11,5%, до 106,5 млрд долларов — минимума с 2010 года.", SuperlativeKind.Lowest, 2010)] // since 7 December 2026: the noun was a span from 2010
    [InlineData("Товарооборот России и Китая в 2013 году достиг 88,8 млрд долларов, максимума за пять лет.", SuperlativeKind.Highest, 2008)]
    [InlineData("Товарооборот России и Китая в 2020 году снизился на 2,9%, впервые за пять лет.", SuperlativeKind.FirstFall, 2015)] // since 7 December 2026
    [InlineData("2019年中韩贸易额为2434亿美元，为2016年以来首次下降。", SuperlativeKind.FirstFall, 2016)]
    [InlineData("2016年中俄贸易额为695亿美元，创2010年以来新低。", SuperlativeKind.Lowest, 2010)]
    [InlineData("2019年美国对华贸易逆差为3456亿美元，为2016年以来最低。", SuperlativeKind.Lowest, 2016)] // the period was "2016年 to date"
    [InlineData("2021年中俄贸易额增长35.9%，创10年来最大增幅。", SuperlativeKind.FastestGrowth, 2011)]
    [InlineData("2021年中俄贸易额增长35.8%，增速为近十年来最高。", SuperlativeKind.FastestGrowth, 2011)] // since 7 December 2026: a level's superlative, dropped
    [InlineData("2015年中俄贸易额下降27.8%，降幅为2009年以来最大。", SuperlativeKind.SlowestGrowth, 2009)]
    [InlineData("In 2024, China-Russia trade grew for the fifth year in a row, reaching $244.8 billion.", SuperlativeKind.RiseStreak, 2019)]
    [InlineData("China-Russia trade rose 1.9% to $244.8 billion in 2024, its fourth consecutive year of growth.", SuperlativeKind.RiseStreak, 2020)]
    [InlineData("U.S. exports to China dropped 11.3% in 2019 for the second year in a row.", SuperlativeKind.FallStreak, 2017)]
    [InlineData("U.S. exports to China fell for two straight years to $106.5 billion in 2019.", SuperlativeKind.FallStreak, 2017)]
    [InlineData("U.S. exports to China fell for the 2nd year in a row in 2019, dropping 11.3%.", SuperlativeKind.FallStreak, 2017)]
    [InlineData("Экспорт США в Китай в 2019 году снизился на 11,3% и сокращается 2-й год подряд.", SuperlativeKind.FallStreak, 2017)]
    [InlineData("В 2024 году товарооборот России и Китая вырос на 1,9%, до 244,8 млрд долларов, и растёт четвёртый год подряд.", SuperlativeKind.RiseStreak, 2020)]
    [InlineData("2024年中俄贸易额为2448亿美元，连续四年增长。", SuperlativeKind.RiseStreak, 2020)]
    [InlineData("US exports to China totalled about $106.4 billion in 2019, down 11.3% for the second year in a row.", SuperlativeKind.FallStreak, 2017)] // since 6 December 2026: "down"/"up" and participles opened no run,
    [InlineData("Trade between China and Russia has grown for the fourth consecutive year, reaching $146.9 billion in 2021.", SuperlativeKind.RiseStreak, 2017)]
    [InlineData("US imports from China were $452.2 billion in 2019, down 16.2%, falling for the first time in three years.", SuperlativeKind.FirstFall, 2016)] // and "for the first time", "впервые" had to follow the verb with nothing between
    [InlineData("For the first time since 2009, trade between China and Russia fell in 2015, by 27.8% to $68 billion.", SuperlativeKind.FirstFall, 2009)] // or open no sentence
    [InlineData("China-Russia trade fell 2.9% in 2020 for the first time since 2015.", SuperlativeKind.FirstFall, 2015)]
    [InlineData("China-Russia trade fell 2.9%, for the first time since 2015, to $107.8 billion in 2020.", SuperlativeKind.FirstFall, 2015)]
    [InlineData("Товарооборот в 2020 году сократился на 2,9% — впервые с 2015 года.", SuperlativeKind.FirstFall, 2015)]
    [InlineData("Товарооборот России и Китая в 2020 году снизился на 2,9%, впервые с 2015 года.", SuperlativeKind.FirstFall, 2015)]
    [InlineData("China-Russia trade fell 2.9% in 2020 but still exceeded $100 billion for the third year running.", SuperlativeKind.AboveStreak, 2017)] // since 6 December 2026: was a run of falls, "inaccurate"
    [InlineData("China-Russia trade topped $200 billion for the second straight year in 2024.", SuperlativeKind.AboveStreak, 2022)]
    [InlineData("Товарооборот России и Китая в 2020 году третий год подряд превысил 100 млрд долларов.", SuperlativeKind.AboveStreak, 2017)] // "России" was a rise ("рос…")
    [InlineData("Товарооборот России и Китая в 2020 году снизился на 2,9%, но третий год подряд превысил 100 млрд долларов.", SuperlativeKind.AboveStreak, 2017)]
    [InlineData("2024年中俄贸易额连续第二年突破2000亿美元。", SuperlativeKind.AboveStreak, 2022)]
    public void When_a_fact_is_called_a_superlative_since_a_year_then_it_is_read_with_the_year(string sentence, SuperlativeKind kind, int since)
    {
        // Not read before 6 December 2026.
        var claim = Read.SingleFigure(sentence, s_date);

        Assert.Equal((kind, since), (claim.Superlative!.Kind, claim.Superlative.SinceYear));
        Assert.Equal(PeriodResolution.Explicit, claim.Period!.Resolution);
        Assert.Null(claim.Growth?.Since); // the year a superlative runs from is no base of the rate
    }

    [Theory]
    [InlineData("South Korea's exports to China fell 14.9 percent in November 2019, declining for the 13th straight month.", SuperlativeKind.FallStreak)]
    [InlineData("South Korea's exports to China fell 14.9 percent in November 2019, the 13th consecutive monthly decline.", SuperlativeKind.FallStreak)]
    [InlineData("South Korea's exports to China fell for 13 consecutive months to November 2019, dropping 14.9 percent.", SuperlativeKind.FallStreak)]
    [InlineData("В ноябре 2019 года экспорт Южной Кореи в Китай снизился на 14,9%, сокращаясь 13-й месяц подряд.", SuperlativeKind.FallStreak)]
    [InlineData("2019年11月韩国对华出口下降14.9%，连续13个月下降。", SuperlativeKind.FallStreak)]
    [InlineData("China-Russia trade rose 35% in November 2022, growing for the twelfth month in a row.", SuperlativeKind.RiseStreak)]
    public void When_a_months_fact_is_called_a_run_of_months_then_the_month_before_the_run_is_read(string sentence, SuperlativeKind kind)
    {
        // "For the 13th straight month" was not read: a month's fact took no superlative.
        var claim = Read.SingleFigure(sentence, s_date);

        var before = kind == SuperlativeKind.FallStreak ? Period.Month(2018, 10) : Period.Month(2021, 11);
        Assert.Equal((kind, before, before.Year), (claim.Superlative!.Kind, claim.Superlative.SinceMonth, claim.Superlative.SinceYear));
    }

    [Theory]
    [InlineData("South Korea's exports to China rose 3.3 percent in December 2019, the first increase in 14 months.", SuperlativeKind.FirstRise, 2018, 10)]
    [InlineData("South Korea's exports to China rose 3.3 percent in December 2019 for the first time in 14 months.", SuperlativeKind.FirstRise, 2018, 10)]
    [InlineData("South Korea's exports to China fell to $9.5 billion in February 2019, a 40-month low.", SuperlativeKind.Lowest, 2015, 10)]
    [InlineData("South Korea's trade with China reached $24.7 billion in October 2018, the highest in 14 months.", SuperlativeKind.Highest, 2017, 8)]
    [InlineData("South Korea's exports to China dropped 24.5% in June 2019, the biggest drop in 12 months.", SuperlativeKind.SlowestGrowth, 2018, 6)]
    [InlineData("В декабре 2019 года экспорт Южной Кореи в Китай вырос на 3,3% впервые за 14 месяцев.", SuperlativeKind.FirstRise, 2018, 10)]
    [InlineData("В декабре 2019 года экспорт Южной Кореи в Китай впервые за 14 месяцев вырос на 3,3%.", SuperlativeKind.FirstRise, 2018, 10)]
    [InlineData("Экспорт Южной Кореи в Китай вырос на 3,3% в декабре 2019 года впервые за 14 месяцев.", SuperlativeKind.FirstRise, 2018, 10)]
    [InlineData("В феврале 2019 года экспорт Южной Кореи в Китай составил 9,5 млрд долларов, минимальный за 40 месяцев.", SuperlativeKind.Lowest, 2015, 10)]
    [InlineData("2019年12月，韩国对中国出口同比增长3.3%，为14个月来首次增长。", SuperlativeKind.FirstRise, 2018, 10)]
    [InlineData("2019年2月，韩国对中国出口95亿美元，创40个月以来新低。", SuperlativeKind.Lowest, 2015, 10)]
    public void When_a_months_fact_is_called_a_superlative_in_months_then_the_month_it_counts_from_is_read(string sentence, SuperlativeKind kind, int year, int month)
    {
        // Not read before 7 December 2026: "the first increase in 14 months" passed with the rate alone.
        var claim = Read.SingleFigure(sentence, s_date);

        Assert.Equal((kind, Period.Month(year, month), year), (claim.Superlative!.Kind, claim.Superlative.SinceMonth, claim.Superlative.SinceYear));
        Assert.Equal(Granularity.Month, claim.Period!.Period!.Value.Granularity);
    }

    [Theory]
    [InlineData("In December 2019, U.S. imports from China fell to $35.3 billion, the lowest since September 2016.", SuperlativeKind.Lowest, 2016, 9)]
    [InlineData("U.S. imports from China fell to $35.3 billion in December 2019, the lowest since September 2016.", SuperlativeKind.Lowest, 2016, 9)]
    [InlineData("South Korea's exports to China rose 3.3 percent in December 2019 for the first time since October 2018.", SuperlativeKind.FirstRise, 2018, 10)]
    public void When_a_months_superlative_names_the_month_it_runs_from_then_that_month_is_read_not_the_facts_period(string sentence, SuperlativeKind kind, int year, int month)
    {
        // Until 7 December 2026 "since September 2016" was the figure's period: judged against September 2016's.
        var claim = Read.SingleFigure(sentence, s_date);

        Assert.Equal(Period.Month(2019, 12), claim.Period!.Period);
        Assert.Equal((kind, Period.Month(year, month)), (claim.Superlative!.Kind, claim.Superlative.SinceMonth));
    }

    [Theory]
    [InlineData("South Korea's exports to China fell to $9.5 billion in February 2019, the lowest in three years.", 2016, 2)]
    [InlineData("South Korea's exports to China fell to $9.5 billion in February 2019, the lowest in a decade.", 2009, 2)]
    [InlineData("2019年2月韩国对华出口95亿美元，为近一年来最低。", 2018, 2)] // "一年来" was not read until 7 December 2026 (less than, double the amount)
    public void When_a_months_fact_is_called_a_superlative_in_years_then_the_month_as_many_years_back_is_read(string sentence, int year, int month)
    {
        // Lost until 7 December 2026: a superlative counted in years went to a year's fact only.
        var claim = Read.SingleFigure(sentence, s_date);

        Assert.Equal((SuperlativeKind.Lowest, Period.Month(year, month)), (claim.Superlative!.Kind, claim.Superlative.SinceMonth));
    }

    [Fact]
    public void When_a_months_fact_is_called_a_superlative_since_a_year_then_the_year_is_read()
    {
        // Lost until 7 December 2026: a superlative since a year went to a year's fact only.
        var claim = Read.SingleFigure("U.S. imports from China fell to $35.3 billion in December 2019, the lowest since 2016.", s_date);

        Assert.Equal((SuperlativeKind.Lowest, 2016, (Period?)null), (claim.Superlative!.Kind, claim.Superlative.SinceYear, claim.Superlative.SinceMonth));
    }

    [Theory]
    [InlineData("South Korea's exports to China grew in April 2019 for the first time in 5 months, by 2.1%.", 4)]
    [InlineData("В октябре 2019 года импорт Южной Кореи из Китая снизился на 7,5%, впервые за 11 месяцев.", 10)]
    public void When_a_superlative_counts_months_then_its_count_is_not_read_as_the_months_of_the_year(string sentence, int month)
    {
        // "In 5 months" was January–May, "за 11 месяцев" January–November, and the named month was lost.
        var claim = Read.SingleFigure(sentence, s_date);

        Assert.Equal(Period.Month(2019, month), claim.Period!.Period);
    }

    [Fact]
    public void When_a_years_fact_is_called_a_superlative_in_months_then_none_is_read()
    {
        Assert.Null(Read.SingleFigure("South Korea's exports to China fell 16 percent in 2019, the biggest drop in 14 months.", s_date).Superlative);
        Assert.Equal(2007, Read.SingleFigure("South Korea's exports to China fell to $136.2 billion in 2019, a 12-year low.", s_date).Superlative?.SinceYear);
    }

    [Fact]
    public void When_a_years_fact_is_called_a_run_of_months_or_a_months_a_run_of_years_then_no_run_is_read()
    {
        Assert.Null(Read.SingleFigure("South Korea's exports to China fell 16 percent in 2019, declining for the 13th straight month.", s_date).Superlative);
        Assert.Null(Read.SingleFigure("South Korea's exports to China fell 14.9 percent in November 2019, the second year in a row.", s_date).Superlative);
        Assert.Equal(2020, Read.SingleFigure("China-Russia trade rose 1.9% in 2024, its fourth consecutive annual increase.", s_date).Superlative?.SinceYear);
    }

    [Theory]
    [InlineData("Trade between China and Russia exceeded $200 billion for the first time in 2023.", "for the first time")]
    [InlineData("China-Russia trade topped $100 billion for the first time ever in 2018.", "for the first time ever")]
    [InlineData("Товарооборот России и Китая в 2023 году впервые превысил 200 млрд долларов.", "впервые")]
    [InlineData("2018年中俄贸易额首次突破1000亿美元。", "首次")]
    public void When_an_amount_is_said_to_be_crossed_for_the_first_time_then_the_fact_carries_the_words(string sentence, string words)
    {
        // Not read before 6 December 2026: "topped $100 billion for the first time in 2019" passed though 2018 was $107 bn.
        var claim = Read.Single(sentence, s_date);

        Assert.Equal((words, Bound.MoreThan), (claim.FirstTimeText, claim.Amount!.Bound));
    }

    [Theory]
    [InlineData("China-Russia trade exceeded $100 billion in 2018 for the first time since 2014.")] // a superlative's span
    [InlineData("China-Russia trade rose 27% for the first time in five years, to $107 billion in 2018.")] // no amount crossed
    [InlineData("Товарооборот России и Китая впервые за пять лет превысил 100 млрд долларов.")]
    [InlineData("2018年中俄贸易额五年来首次突破1000亿美元。")]
    [InlineData("For the first time, China-Russia trade reached $107 billion in 2018.")] // an exact figure, not a bound crossed
    public void When_the_first_time_has_a_span_or_no_bound_crossed_then_it_is_not_read(string sentence) =>
        Assert.All(Read.Claims(sentence, s_date), c => Assert.Null(c.FirstTimeText));

    [Fact]
    public void When_the_year_a_superlative_runs_from_has_a_when_clause_then_its_rate_keeps_that_year()
    {
        // "when it fell 2.9%" is 2020's; dropping the year from the periods made it 2024's, "inaccurate".
        var claims = Read.Claims("China-Russia trade rose 1.9% to $244.8 billion in 2024, the slowest growth since 2020, when it fell 2.9%.", s_date);

        Assert.Equal([2024, 2020], claims.Select(c => c.Period?.Period?.Year));
        Assert.Equal(SuperlativeKind.SlowestGrowth, claims[0].Superlative?.Kind);
    }

    [Theory]
    [InlineData("China has been South Korea's largest trading partner since 2004, and trade fell to $243.4 billion in 2019.")] // a rank
    [InlineData("China's share of Russia's trade reached 34% in 2023, the highest since 1992, with trade of $240.1 billion.")] // the share's
    [InlineData("Trade reached $240.1 billion in 2023, and China's share rose to 34%, the highest since 1992.")] // a number between
    [InlineData("For the first time since 2014, trade between China and Russia reached $64.2 billion in 2015.")] // no direction
    [InlineData("Trade between China and Russia reached $240.1 billion in 2023, up from $190.3 billion in 2022, the lowest since 2021.")] // not a base's
    [InlineData("2010年以来中国一直是俄罗斯最大贸易伙伴，2023年中俄贸易额达2401亿美元。")]
    [InlineData("China's crude oil imports from Russia rose 24% in 2023 to $60.6 billion, the highest since 2013.")] // a product's: not checked, so not read
    [InlineData("U.S. imports from China fell 16.2% in 2019, while exports to China rose for the second year in a row.")] // the exports', which state no figure
    [InlineData("China-Russia trade reached $107.8 billion in 2020, and Russia remained above other partners for the third year running.")] // no amount said exceeded
    [InlineData("Товарооборот России и Китая в 2020 году составил 107,8 млрд долларов и третий год подряд остаётся высоким.")] // "России" was a rise
    public void When_the_superlative_is_about_something_else_then_no_fact_takes_it(string sentence) =>
        Assert.All(Read.Claims(sentence, s_date), c => Assert.Null(c.Superlative));

    [Theory]
    [InlineData("China-Russia trade rose 1.9% to $244.8 billion in 2024.\nThat was the slowest growth in four years.", SuperlativeKind.SlowestGrowth, 2020)]
    [InlineData("China-Russia trade rose 1.9% to $244.8 billion in 2024.\nThat was the slowest growth since 2020, when trade fell 2.9%.", SuperlativeKind.SlowestGrowth, 2020)]
    [InlineData("The U.S. trade deficit with China fell to $345.6 billion in 2019.\nIt was the lowest level since 2013.", SuperlativeKind.Lowest, 2013)]
    [InlineData("Дефицит торговли США с Китаем в 2019 году сократился на 17,6%, до $345,6 млрд.\nИмпорт из Китая упал на 16,2%, до $452,2 млрд, а экспорт США в КНР снизился на 11,3%, до $106,6 млрд.\nЭто первое снижение дефицита с 2016 года.", SuperlativeKind.FirstFall, 2016)]
    [InlineData("2019年美国对华贸易逆差为3456亿美元。\n这是2016年以来首次下降。", SuperlativeKind.FirstFall, 2016)]
    [InlineData("The U.S. deficit with China narrowed 17.6% to $345.6 billion in 2019.\nThe deficit has shrunk for the first time since 2016.", SuperlativeKind.FirstFall, 2016)]
    [InlineData("The U.S. deficit with China narrowed 17.6% to $345.6 billion in 2019.\nThe U.S. trade gap with China has narrowed for the first time since 2013.", SuperlativeKind.FirstFall, 2013)]
    [InlineData("The U.S. deficit with China widened 11.6% to $418.2 billion in 2018.\nIt has widened for the second year in a row.", SuperlativeKind.RiseStreak, 2016)]
    [InlineData("China-Russia trade fell 6.9% to $228.1 billion in 2025.\nThey have fallen for the first time since 2020.", SuperlativeKind.FirstFall, 2020)]
    [InlineData("Товарооборот России и Китая в 2025 году сократился на 6,9%, до $228,1 млрд.\nТоварооборот снизился впервые с 2020 года.", SuperlativeKind.FirstFall, 2020)]
    public void When_a_sentence_without_a_figure_points_back_then_its_superlative_is_the_facts(string text, SuperlativeKind kind, int since)
    {
        // Until 7 December 2026 it was not read, and a false one passed unseen.
        var claims = Read.Claims(text, new DateOnly(2026, 1, 20), assumePair: false);

        var marked = Assert.Single(claims, c => c.Superlative is not null);
        Assert.Equal((kind, since), (marked.Superlative!.Kind, marked.Superlative.SinceYear));
        Assert.True(marked.Flow is StatedFlow.Turnover or StatedFlow.Deficit);
        Assert.Contains(marked.Rules, r => r.EndsWith(".superlative.pointed", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("China's exports to Russia rose 4.1% in 2024, while imports from Russia edged up 0.2%.\nThat was the slowest growth in four years.")] // which of the two is not said
    [InlineData("China-Russia trade rose 1.9% to $244.8 billion in 2024.\n\nThe ministry said on Monday that trade with Kazakhstan was the slowest in four years.")] // points to nothing
    [InlineData("U.S. imports from China rose 6.6% to $539.5 billion in 2018.\nImports from Mexico have risen for the third year in a row.")] // another partner's
    public void When_a_sentence_without_a_figure_does_not_point_to_one_fact_then_no_superlative_is_given(string text) =>
        Assert.DoesNotContain(Read.Claims(text, new DateOnly(2025, 1, 20)), c => c.Superlative is not null);
}
