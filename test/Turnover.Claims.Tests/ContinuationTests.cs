using Turnover.Core;
namespace Turnover.Claims.Tests;

/// <summary>
/// A sentence with figures and no flow of its own that points back ("It", "This", "其中", "Это"): which flow it takes,
/// and when it takes none.
/// </summary>
public sealed class ContinuationTests
{
    private static readonly DateOnly March2025 = new(2025, 3, 1);

    [Fact]
    public void When_the_sentence_before_names_a_flow_without_a_figure_then_a_continuation_takes_that_topic()
    {
        var claims = Read.Claims("近年来，中俄双边贸易额稳步增长。其中，2022年、2023年增速分别达29.3%和26.3%，2024年仍实现1.9%的增长。", March2025, assumePair: false);

        Assert.Equal([(2022, 29.3m), (2023, 26.3m), (2024, 1.9m)], claims.Select(c => (c.Period!.Period!.Value.Year, c.Growth!.Percent)));
        Assert.All(claims, c => Assert.Equal((StatedFlow.Turnover, "context.topic-flow"), (c.Flow, c.Rules[0])));
        Assert.All(claims, c => Assert.Equal(new[] { "CHN", "RUS" }, new[] { c.Reporter?.Iso3, c.Partner?.Iso3 }.Order()));
    }

    [Fact]
    public void When_the_topic_sentence_names_no_flow_or_two_then_a_continuation_takes_none_from_it()
    {
        Assert.Empty(Read.Claims("近年来，两国经济稳步发展。其中，2023年增速达5.2%。", March2025, assumePair: false));
        Assert.Empty(Read.Claims("Russia's exports to China and its imports from China both grew. It was 26.3% in 2023.", March2025, assumePair: false));
    }

    [Theory]
    [InlineData("Trade between Russia and China reached $244.8 billion in 2024. This year, the economy grew 5%.")]
    [InlineData("Trade between Russia and China reached $244.8 billion in 2024. That month, the economy grew 5%.")]
    [InlineData("2024年中俄贸易额为2448亿美元。此外，2024年经济增长5%。")]
    public void When_a_sentence_opens_with_a_time_or_moreover_then_it_does_not_continue_the_flow_before(string text)
    {
        Assert.Single(Read.Claims(text, March2025));
    }

    [Fact]
    public void When_a_pronoun_is_two_sentences_after_the_last_claim_then_it_takes_no_flow_from_it()
    {
        var adjacent = Read.Claims("Trade between Russia and China reached $244.8 billion in 2024. It grew 1.9% on the year.", March2025);
        var later = Read.Claims("Trade between Russia and China reached $244.8 billion in 2024. The ruble weakened sharply. It grew 1.9% on the year.", March2025);

        Assert.Equal((StatedFlow.Turnover, 1.9m), (adjacent[^1].Flow, adjacent[^1].Growth!.Percent));
        Assert.Single(later);
    }

    [Theory]
    [InlineData("U.S. imports from China fell 16.2% to $452.2 billion in 2019. The U.S. deficit with China dropped 17.6% to $345.6 billion, the lowest since 2016.", 345.6)]
    [InlineData("2019年美国对华出口1066.3亿美元，下降11.3%。美方逆差3456.2亿美元，下降17.6%，为2016年以来最低。", 345.62)]
    public void When_the_next_sentence_names_only_a_superlatives_year_then_it_still_takes_the_previous_facts_year(string text, double billions)
    {
        // The superlative's "since 2016" / "2016年以来" stopped the year from being carried (not verifiable) until 6 December 2026.
        var claim = Read.Claims(text, new DateOnly(2020, 2, 10))[^1];

        Assert.Equal(((decimal)billions, 2019, PeriodResolution.FromPreviousSentence), (claim.UsdBillions(), claim.Period?.Period?.Year, claim.Period?.Resolution));
        Assert.Equal((SuperlativeKind.Lowest, 2016), (claim.Superlative?.Kind, claim.Superlative?.SinceYear));
    }

    [Theory]
    [InlineData("Товарооборот России и Китая по итогам 2023 года достиг 240,11 млрд долларов. Страны достигли цели, поставленной на 2024 год. Экспорт Китая в Россию за год увеличился на 46,9%, до 110,97 млрд долларов.")]
    [InlineData("Trade between Russia and China reached $240.1 billion in 2023. The ruble weakened. For the full year, China's exports to Russia rose 46.9% to $110.97 billion.")]
    [InlineData("2023年中俄贸易额为2401.1亿美元。卢布汇率走弱。全年中国对俄出口1109.7亿美元，增长46.9%。")]
    public void When_a_later_sentence_names_the_year_as_such_then_it_is_the_previous_facts_year(string text)
    {
        // "за год", "for the full year", "全年" two sentences on gave no period: the exports were not verifiable.
        var exports = Read.Claims(text, new DateOnly(2024, 1, 12)).Single(c => c.Flow == StatedFlow.Exports);

        Assert.Equal((2023, PeriodResolution.FromPreviousSentence), (exports.Period?.Period?.Year, exports.Period?.Resolution));
        Assert.Equal(PeriodKind.Year, exports.Period?.Kind);
    }

    [Fact]
    public void When_the_previous_fact_is_part_of_a_year_then_the_year_named_as_such_is_not_it()
    {
        var claims = Read.Claims("Trade between Russia and China reached $218.2 billion in the first 11 months of 2024. The ruble weakened. For the full year, China's exports to Russia rose 4% to $115 billion.", new DateOnly(2024, 12, 20));

        Assert.Null(claims.Single(c => c.Flow == StatedFlow.Exports).Period);
    }

    [Theory]
    [InlineData("The U.S. goods trade deficit with China narrowed to $25.2 billion in December 2019. For the full year, the deficit with China fell 17.6% to $345.6 billion.")]
    [InlineData("The U.S. goods trade deficit with China narrowed to $25.2 billion in the fourth quarter of 2019.\nFor the whole year, the deficit with China fell 17.6% to $345.6 billion.")]
    [InlineData("В декабре 2019 года дефицит США в торговле с Китаем сократился до 25,2 млрд долларов. За весь год дефицит США в торговле с Китаем сократился на 17,6%, до 345,6 млрд долларов.")]
    [InlineData("2019年12月美国对华贸易逆差为252亿美元。全年美国对华贸易逆差为3456亿美元，下降17.6%。")]
    public void When_the_previous_fact_is_part_of_a_year_ending_in_december_then_the_year_named_as_such_is_that_year(string text)
    {
        // Since 7 December 2026: "for the full year" after December's figure gave no period, and was not verifiable.
        var year = Read.Claims(text, new DateOnly(2020, 2, 5), assumePair: false)[^1];

        Assert.Equal((Period.OfYear(2019), PeriodKind.Year, PeriodResolution.FromPreviousSentence), (year.Period?.Period, year.Period?.Kind, year.Period?.Resolution));
    }

    [Theory]
    [InlineData("Trade between Russia and China rose 32% to $172.4 billion in the first 11 months of 2022. Trade is expected to exceed $190 billion for the full year.")]
    [InlineData("За январь-ноябрь 2022 года товарооборот России и Китая вырос на 32% и составил 172,4 млрд долларов. По итогам года товарооборот может превысить 190 млрд долларов.")]
    [InlineData("2022年1-11月中俄贸易额为1724亿美元，同比增长32%。预计全年中俄贸易额将突破1900亿美元。")]
    public void When_a_forecast_names_the_full_year_after_part_of_a_year_then_it_is_that_year_as_a_whole(string text)
    {
        // The forecast had no period and was not verifiable; a fact so named is left alone (the test above).
        var forecast = Read.Claims(text, new DateOnly(2022, 12, 7)).Single(c => c.Kind == ClaimKind.Projection);

        Assert.Equal((PeriodKind.Year, "2022", PeriodResolution.FromPreviousSentence), (forecast.Period?.Kind, forecast.Period?.Period?.ToString(), forecast.Period?.Resolution));
        Assert.Equal((190m, Bound.MoreThan), (forecast.UsdBillions(), forecast.Amount?.Bound));
    }

    [Theory]
    [InlineData("Trade between Russia and China reached $240.1 billion in 2023. Trade is expected to exceed $250 billion for the full year.", 2024, 1, 12, 2024)]
    [InlineData("Товарооборот России и Китая в январе-ноябре 2023 года составил $218,18 млрд. За весь 2022 год товарооборот достиг $190,27 млрд. Ожидается, что по итогам года товарооборот превысит $230 млрд.", 2023, 12, 7, 2023)]
    [InlineData("Ожидается, что по итогам года товарооборот России и Китая превысит $230 млрд.", 2023, 12, 7, 2023)]
    public void When_a_forecast_names_the_full_year_after_a_whole_year_or_no_fact_then_it_is_the_articles_year(string text, int year, int month, int day, int expected)
    {
        // It took no period from a whole year before it, and was not verifiable (since 7 December 2026: the article's year).
        var forecast = Read.Claims(text, new DateOnly(year, month, day)).Single(c => c.Kind == ClaimKind.Projection);

        Assert.Equal((expected, PeriodResolution.FromArticleDate), (forecast.Period?.Period?.Year, forecast.Period?.Resolution));
    }

    [Theory]
    [InlineData("China-Russia trade rose 26.3% to $240.1 billion in 2023. In 2022 it reached $190.3 billion.")]
    [InlineData("Товарооборот России и Китая в 2023 году вырос на 26,3% до $240,1 млрд. За весь 2022 год он достиг $190,3 млрд.")]
    [InlineData("2023年中俄贸易额增长26.3%，达2401亿美元。2022年则为1903亿美元。")]
    public void When_a_year_opens_a_sentence_whose_pronoun_stands_for_the_figure_before_then_it_is_that_flows_figure_of_the_year(string text)
    {
        // Until 7 December 2026 the pronoun named no flow and the 2022 figure was no claim.
        var claims = Read.Claims(text, new DateOnly(2024, 1, 20));

        Assert.Equal([(StatedFlow.Turnover, 2023), (StatedFlow.Turnover, 2022)], claims.Select(c => (c.Flow, c.Period?.Period?.Year ?? 0)));
        Assert.Equal(190.3m, claims[1].UsdBillions());
    }

    [Theory]
    [InlineData("China's exports to Russia rose 46.9% in 2023, while imports from Russia grew 12.7%. In 2022 it reached $190.3 billion.")] // which flow is a guess
    [InlineData("China-Russia trade rose 26.3% in 2023. The economy grew 5%. In 2022 it reached $190.3 billion.")] // not the sentence just before
    public void When_the_pronouns_figure_may_be_another_then_no_claim_is_read(string text) =>
        Assert.DoesNotContain(Read.Claims(text, new DateOnly(2024, 1, 20)), c => c.UsdBillions() == 190.3m);

    [Theory]
    [InlineData("China-Russia trade hit a record $244.8 billion in 2024, up 1.9%. That was the slowest growth since 2020, when trade fell 2.9%. Chinese exports to Russia rose 4.1% to $115.5 billion.")]
    [InlineData("Товарооборот России и Китая в 2024 году вырос на 1,9% до $244,8 млрд. Это самый низкий рост с 2020 года, когда товарооборот сократился на 2,9%. Экспорт Китая в Россию вырос на 4,1% до $115,5 млрд.")]
    public void When_a_when_clause_tells_a_past_years_rate_then_the_next_sentence_keeps_the_texts_year(string text)
    {
        // Until 7 December 2026 the exports took 2020 from the "when" clause and were "inaccurate".
        var claims = Read.Claims(text, new DateOnly(2025, 1, 13));

        Assert.Equal([2024, 2020, 2024], claims.Select(c => c.Period?.Period?.Year ?? 0));
        Assert.Contains(claims[1].Rules, r => r.EndsWith(".period.when-clause", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("China-Russia trade was $20.1 billion in November 2025. In the same period last year, China-Russia trade was $21.8 billion.")]
    [InlineData("В ноябре 2025 года товарооборот России и Китая составил 20,1 млрд долларов. За аналогичный период прошлого года товарооборот составил 21,8 млрд долларов.")]
    [InlineData("2025年11月中俄贸易额为201亿美元。去年同期中俄贸易额为218亿美元。")]
    public void When_a_fact_is_of_the_same_period_last_year_then_it_is_the_previous_facts_period_a_year_before(string text)
    {
        // It was the whole of last year (2024), and "inaccurate" against $244.8 bn.
        var claims = Read.Claims(text, new DateOnly(2025, 12, 20));

        Assert.Equal((21.8m, "2024-11", PeriodResolution.FromPreviousSentence), (claims[1].UsdBillions(), claims[1].Period?.Period?.ToString(), claims[1].Period?.Resolution));
    }

    [Fact]
    public void When_the_same_period_last_year_has_no_fact_before_it_then_it_gives_no_period()
    {
        var claim = Read.Single("去年同期中俄贸易额为218亿美元。", new DateOnly(2025, 12, 20));

        Assert.Null(claim.Period);
    }

    [Fact]
    public void When_a_fact_in_the_past_perfect_stands_between_then_a_month_said_on_its_own_is_of_the_texts_year()
    {
        // Until 7 December 2026 "In December alone" after "had hit … in 2018" was December 2018.
        var claims = Read.Claims(
            "The U.S. trade deficit with China fell to $345.6 billion in 2019.\nThe deficit with China had hit a record $418 billion in 2018.\nIn December alone, the deficit with China narrowed to $25.2 billion.",
            new DateOnly(2020, 2, 5), assumePair: false);

        Assert.Equal([Period.OfYear(2019), Period.OfYear(2018), Period.Month(2019, 12)], claims.Select(c => c.Period!.Period!.Value));
        Assert.Contains("en.period.past-perfect", claims[1].Rules);
    }

    [Fact]
    public void When_a_past_perfects_period_opens_its_sentence_then_it_is_told_in_passing_too()
    {
        var claims = Read.Claims(
            "China-Russia trade rose 1.8% to $116.8 billion in the first half of 2024.\nIn the first half of 2023, bilateral trade had surged 40.6% to $114.5 billion.\nIn June alone, trade fell 4.7% from a year earlier.",
            new DateOnly(2024, 7, 12));

        Assert.Equal([Period.Span(2024, 1, 6), Period.Span(2023, 1, 6), Period.Month(2024, 6)], claims.Select(c => c.Period!.Period!.Value));
    }

    [Theory]
    [InlineData("China-Russia trade hit a record high of 1.69 trillion yuan in 2023, up 32.7 percent year on year.\nIn U.S. dollar terms, bilateral trade grew 26.3 percent to 240.11 billion dollars.")]
    [InlineData("2023年中俄贸易额为16900亿元人民币，同比增长32.7%。\n以美元计，中俄贸易额为2401.1亿美元，增长26.3%。")]
    [InlineData("Товарооборот России и Китая в 2023 году составил 1,69 трлн юаней.\nВ долларовом выражении товарооборот вырос на 26,3%, до $240,1 млрд.")]
    public void When_a_paragraph_restates_the_figure_in_dollars_then_it_takes_its_period(string text)
    {
        // Until 7 December 2026 the dollar figure had no period (a period is not carried across a paragraph on the pair alone).
        var dollars = Assert.Single(Read.Claims(text, new DateOnly(2024, 1, 13)), c => c.Amount?.Value.Currency == Currency.Usd);

        Assert.Equal((Period.OfYear(2023), PeriodResolution.FromPreviousSentence), (dollars.Period?.Period, dollars.Period?.Resolution));
    }

    [Theory]
    [InlineData("Товарооборот России и Китая в октябре 2023 года составил $19,8 млрд.\nЗа десять месяцев показатель увеличился на 27,7%, до $196,5 млрд.")]
    [InlineData("Товарооборот России и Китая в октябре 2023 года составил $19,8 млрд.\nЗа 10 месяцев этот показатель увеличился на 27,7%, до $196,5 млрд.")]
    [InlineData("China-Russia trade was $19.8 billion in October 2023.\nIn the first ten months, the figure was up 27.7% at $196.5 billion.")]
    public void When_the_figure_is_the_subject_after_a_time_then_it_is_the_previous_flows(string text)
    {
        // Until 7 December 2026 the Russian sentence gave no claim ("показатель" names no flow).
        var claims = Read.Claims(text, new DateOnly(2023, 11, 7));

        Assert.Equal([(StatedFlow.Turnover, Period.Month(2023, 10)), (StatedFlow.Turnover, Period.YearToDate(2023, 10))], claims.Select(c => (c.Flow, c.Period!.Period!.Value)));
    }

    [Theory]
    [InlineData("Товарооборот России и Китая в первом полугодии 2024 года вырос на 1,8% и составил $116,8 млрд. Годом ранее рост составлял 40,6%.", 40.6, 2023, 1, 6)]
    [InlineData("Trade between China and Russia rose 29.3% in 2022 to $190.3 billion. A year earlier, growth was 35.8%.", 35.8, 2021, 1, 12)]
    [InlineData("Экспорт России в Китай в 2022 году вырос на 43,4%. Годом ранее рост составлял 33,8%.", 33.8, 2021, 1, 12)]
    [InlineData("2022年中俄贸易额1902.7亿美元，同比增长29.3%。一年前，增速为35.8%。", 35.8, 2021, 1, 12)]
    [InlineData("U.S. exports to China rose 13.9% in 2013. A year earlier, the decline was 5%.", -5, 2012, 1, 12)]
    public void When_a_sentence_gives_the_year_befores_growth_with_no_flow_then_it_is_the_previous_flows_a_year_back(string text, double percent, int year, int startMonth, int months)
    {
        // Until 7 December 2026 "Годом ранее рост составлял 40,6%" gave no claim (it names no flow).
        var claims = Read.Claims(text, new DateOnly(2024, 7, 15));

        Assert.Equal(2, claims.Count);
        var before = claims[1];
        Assert.Equal((claims[0].Flow, claims[0].Exporter, (decimal)percent, Period.Span(year, startMonth, months)), (before.Flow, before.Exporter, before.Growth!.Percent, before.Period!.Period!.Value));
    }

    [Theory]
    [InlineData("Товарооборот России и Китая в 2024 году вырос на 1,9%. В 2023 году рост составил 26,3%, а в 2022 году — 29,3%.", new[] { 26.3, 29.3 }, new[] { 2023, 2022 })]
    [InlineData("Trade between China and Russia rose 1.9% in 2024. In 2023, growth was 26.3%.", new[] { 26.3 }, new[] { 2023 })]
    [InlineData("2024年中俄贸易额增长1.9%。2023年增速为26.3%。", new[] { 26.3 }, new[] { 2023 })]
    [InlineData("Trade between China and Russia rose 1.9% in 2024. In 2015, the decline was 27.8%.", new[] { -27.8 }, new[] { 2015 })]
    public void When_a_sentence_opening_with_a_year_gives_that_years_growth_with_no_flow_then_it_is_the_previous_flows(string text, double[] percents, int[] years)
    {
        // Until 7 December 2026 these gave no claim (they name no flow).
        var claims = Read.Claims(text, new DateOnly(2025, 1, 14));

        Assert.Equal(
            percents.Zip(years, (p, y) => (claims[0].Flow, (decimal)p, y)),
            claims.Skip(1).Select(c => (c.Flow, c.Growth!.Percent, c.Period!.Period!.Value.Year)));
    }

    [Theory]
    [InlineData("Trade between China and Russia rose 29.3% in 2022 to $190.3 billion. Growth was strong.")]
    [InlineData("Trade between China and Russia rose 29.3% in 2022 to $190.3 billion. A year earlier, growth in Asia was 5%.")]
    public void When_a_growth_sentence_does_not_open_with_the_year_before_or_names_another_subject_then_no_year_befores_rate_is_read(string text)
    {
        var claims = Read.Claims(text, new DateOnly(2023, 2, 1));

        Assert.DoesNotContain(claims, c => c.Period?.Period == Period.OfYear(2021));
    }
}
