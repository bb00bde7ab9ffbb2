namespace Turnover.Claims.Tests;

/// <summary>
/// A sentence that states rates for several periods gives one claim per rate, each with its own period, as a reader
/// takes it (sentences written for these tests).
/// </summary>
public sealed class RatePeriodTests
{
    [Theory]
    [InlineData("Bilateral trade grew 29% in 2022 and 26% in 2023.")]
    [InlineData("Bilateral trade grew 29% in 2022, 26% in 2023.")]
    [InlineData("In 2022 bilateral trade grew 29%, in 2023 it grew 26%.")]
    [InlineData("Товарооборот вырос на 29% в 2022 году и на 26% в 2023 году.")]
    [InlineData("Товарооборот в 2022 году вырос на 29%, в 2023 году - на 26%.")]
    [InlineData("双边贸易额2022年增长29%,2023年增长26%。")]
    public void When_a_sentence_states_a_rate_for_each_of_two_years_then_each_rate_is_a_claim_for_its_own_year(string sentence)
    {
        var claims = Read.Claims(sentence);
        Assert.Equal(2, claims.Count);
        Assert.Equal((29m, 2022), (claims[0].Growth?.Percent, claims[0].Period?.Period?.Year));
        Assert.Equal((26m, 2023), (claims[1].Growth?.Percent, claims[1].Period?.Period?.Year));
    }

    [Theory]
    [InlineData("China-Russia trade slowed in 2024 after a 26.3% rise in 2023.", ClaimKind.Fact)] // was 2024's 26.3%
    [InlineData("China-Russia trade slowed in 2024, following a 26.3% rise in 2023.", ClaimKind.Fact)]
    [InlineData("China-Russia trade slowed in 2024 with a 26.3% increase in 2023.", ClaimKind.Fact)]
    [InlineData("Analysts expect China-Russia trade to slow in 2024 after a 26.3% rise in 2023.", ClaimKind.Fact)] // was a projection of 2024
    [InlineData("Analysts expect China-Russia trade to slow in 2024 after growing 26.3% in 2023.", ClaimKind.Fact)] // was a projection
    [InlineData("Аналитики ожидают замедления товарооборота России и Китая в 2024 году после роста на 26,3% в 2023 году.", ClaimKind.Fact)]
    [InlineData("预计继2023年增长26.3%之后，2024年中俄贸易增速将放缓。", ClaimKind.Fact)]
    [InlineData("Analysts expect China-Russia trade to rise 26.3% in 2024.", ClaimKind.Projection)]
    public void When_a_rate_follows_its_sign_word_or_a_word_turning_back_then_its_period_and_kind_are_its_own(string sentence, ClaimKind kind)
    {
        // Until 6 December 2026 "a 26.3% rise in 2023" took the year before the rate (the word "rise" put 2023 further
        // away), and a rate after "after", "following", "после", "继" took the forecast's words before it.
        var claim = Read.Single(sentence, new DateOnly(2024, 2, 1));

        Assert.Equal((26.3m, kind == ClaimKind.Fact ? 2023 : 2024, kind), (claim.Growth!.Percent, claim.Period?.Period?.Year, claim.Kind));
    }

    [Theory]
    [InlineData("Bilateral trade rose 26.3% in 2023, the fastest pace since 2010.")] // was judged as the rise from 2010
    [InlineData("Bilateral trade fell 28% in 2015, the steepest drop since 2009.")]
    [InlineData("Bilateral trade has fallen 6.9%, its first decline since 2020.")]
    [InlineData("Bilateral trade slipped 6.9%, the weakest showing since 2016.")]
    [InlineData("Товарооборот России и Китая снизился на 6,9% впервые с 2020 года.")]
    [InlineData("Товарооборот России и Китая в 2024 году вырос на 1,9%, это самый низкий рост с 2020 года.")]
    [InlineData("中俄贸易额下降6.9%，为2020年以来首次下降。")]
    public void When_since_a_year_bounds_a_superlative_then_the_rate_does_not_run_from_it(string sentence)
    {
        var claim = Read.Single(sentence, new DateOnly(2025, 1, 20));

        Assert.Null(claim.Growth!.Since);
        Assert.False(claim.Period?.ToLatest ?? false);
    }

    [Fact]
    public void When_rates_for_three_years_are_listed_after_one_verb_then_each_takes_the_verb_and_its_year()
    {
        var claims = Read.Claims("Bilateral trade grew 29% in 2022, 26% in 2023 and 2% in 2024.");
        Assert.Equal([(29m, 2022), (26m, 2023), (2m, 2024)], claims.Select(c => (c.Growth!.Percent, c.Period!.Period!.Value.Year)));
        Assert.Contains("en.growth.list-of-periods", claims[2].Rules);
    }

    [Theory]
    [InlineData("In 2018, Korea's exports to China rose 14.1%, while 2019 shipments fell 16%.", "2018", "2019")]
    [InlineData("In 2018, Korea's exports to China rose 14.1%, while shipments in 2019 fell 16%.", "2018", "2019")]
    [InlineData("In the first quarter of 2019, Korea's exports to China fell 17.3%, while second-quarter shipments fell 16.9%.", "2019-Q1", "2019-Q2")]
    public void When_a_period_opens_the_sentence_then_a_later_clause_s_period_is_not_taken_from_it(string sentence, string first, string second)
    {
        var claims = Read.Claims(sentence, new DateOnly(2020, 1, 20));

        Assert.Equal([first, second], claims.Select(c => c.Period!.Period!.Value.ToString()));
    }

    [Theory]
    [InlineData("In 2018, China-Russia trade reached $107.06 billion, and in 2019 it grew 3.4%.")]
    [InlineData("In 2018, China-Russia trade topped $100 billion for the first time, reaching $107.06 billion, while in 2019 it grew 3.4%.")]
    [InlineData("В 2018 году товарооборот России и Китая достиг 107,06 млрд долларов, а в 2019 году вырос на 3,4%.")]
    [InlineData("2018年中俄贸易额首次突破1000亿美元，达1070.6亿美元，而2019年增长3.4%。")]
    [InlineData("2018年中俄贸易额达1070.6亿美元，2019年增长3.4%。")]
    public void When_a_later_clause_gives_a_rate_its_own_year_then_the_level_before_keeps_the_opening_year(string sentence)
    {
        var claims = Read.Claims(sentence, new DateOnly(2020, 2, 5));

        var level = Assert.Single(claims, c => c.UsdBillions() == 107.06m);
        Assert.Equal("2018", level.Period!.Period!.Value.ToString());
        Assert.Null(level.Growth);
        var rate = Assert.Single(claims, c => c.Growth is not null);
        Assert.Equal((3.4m, "2019"), (rate.Growth!.Percent, rate.Period!.Period!.Value.ToString()));
        Assert.Null(rate.Amount);
    }

    [Theory]
    [InlineData("Korea's exports to China had fallen for 13 straight months through November, when they declined 12.3%.", "2019-11")]
    [InlineData("Korea's exports to China fell for 13 consecutive months through November 2019, dropping 12.3% in the last.", "2019-11")]
    [InlineData("Korea's exports to China fell 17.5% in the year through November.", "2019-01..11")]
    [InlineData("Korea's exports to China fell 17.5% through November.", "2019-01..11")]
    public void When_through_a_month_ends_a_run_of_months_then_it_is_that_month(string sentence, string period)
    {
        var claim = Read.Single(sentence, new DateOnly(2020, 1, 1));

        Assert.Equal(period, claim.Period!.Period!.Value.ToString());
    }

    [Theory]
    [InlineData("В первом полугодии экспорт Южной Кореи в Китай сократился на 17,1%, а в третьем квартале — примерно на 20%.")]
    [InlineData("South Korea's exports to China fell 17.1% in the first half, and roughly 20% in the third quarter.")]
    public void When_the_next_period_s_rate_is_rounded_then_it_continues_the_list(string sentence)
    {
        var claims = Read.Claims(sentence, new DateOnly(2020, 1, 20));

        Assert.Equal([(-17.1m, "2019-01..06"), (-20m, "2019-Q3")], claims.Select(c => (c.Growth!.Percent, c.Period!.Period!.Value.ToString())));
    }

    [Theory]
    [InlineData("Bilateral trade grew 35.8% in 2021, and in 2022 it was 29.3%.")]
    [InlineData("Bilateral trade grew 35.8% in 2021; in 2022 it stood at 29.3%.")]
    public void When_the_next_year_s_rate_is_told_by_its_pronoun_then_it_takes_the_verb_and_its_year(string sentence)
    {
        var claims = Read.Claims(sentence);
        Assert.Equal([(35.8m, 2021), (29.3m, 2022)], claims.Select(c => (c.Growth!.Percent, c.Period!.Period!.Value.Year)));
        Assert.Contains("en.growth.list-of-periods", claims[1].Rules);
    }

    [Fact]
    public void When_a_rate_in_words_and_a_percent_stand_for_different_years_then_each_keeps_its_year()
    {
        var claims = Read.Claims("2021年中俄贸易额增长近三成,2022年增长29%,2023年增速放缓至5%。");
        Assert.Equal([(30m, 2021), (29m, 2022), (5m, 2023)], claims.Select(c => (c.Growth!.Percent, c.Period!.Period!.Value.Year)));
    }

    [Fact]
    public void When_a_year_stands_before_and_then_it_is_not_read_as_a_rate_of_a_list()
    {
        var claims = Read.Claims("Exports to Russia rose 12% in 2023 and 5% in the first half of 2024.");
        Assert.DoesNotContain(claims, c => c.Growth?.Percent == 2023m);
        Assert.Equal([12m, 5m], claims.Select(c => c.Growth!.Percent));
    }

    [Fact]
    public void When_other_words_stand_between_two_rates_then_the_second_takes_no_sign_from_the_first()
    {
        var claim = Read.Single("Bilateral trade grew 29% in 2022, while inflation reached 12% in 2023.");
        Assert.Equal(29m, claim.Growth?.Percent);
    }

    [Fact]
    public void When_one_period_governs_several_rates_then_each_rate_takes_it()
    {
        var claims = Read.Claims("In 2023, Chinese exports to Russia rose 47% and imports from Russia rose 13%.");
        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal(2023, c.Period?.Period?.Year));
    }

    [Theory]
    [InlineData("Trade between China and Russia rose 26.3% year on year to $240.1 billion in 2023, and was up 245% from 2016.")]
    [InlineData("2023年中俄贸易额2401.1亿美元，同比增长26.3%，比2016年增长245%。")]
    [InlineData("2023年中俄贸易额2401.1亿美元，同比增长26.3%，创历史新高，比2016年增长了2.5倍。")] // the multiple in 倍 is not read
    [InlineData("Товарооборот России и Китая в 2023 году вырос на 26,3% в годовом выражении, до $240,1 млрд, и в 3,5 раза по сравнению с 2016 годом.")]
    [InlineData("Trade between China and Russia rose 26.3% to $240.1 billion in 2023, and 3.5 times its 2016 level.")]
    public void When_a_rate_is_year_on_year_or_another_rate_is_nearer_the_base_year_then_it_is_not_on_that_year(string sentence)
    {
        // Since 7 December 2026: the 26.3% took 2016 as its base and was judged inaccurate against +245%.
        var yearly = Assert.Single(Read.Claims(sentence, new DateOnly(2024, 1, 12)), c => c.Growth?.Percent == 26.3m);

        Assert.Null(yearly.Growth!.Since);
        Assert.All(Read.Claims(sentence, new DateOnly(2024, 1, 12)).Where(c => c.Growth is { Percent: > 200 }), c => Assert.Equal(2016, c.Growth!.Since?.Year));
    }

    [Theory]
    [InlineData("South Korea's exports to China fell 19.9 percent last year to $124.8 billion. Imports from China dropped 8.1 percent to $142.9 billion, leaving South Korea with its first trade deficit with China since 1992.")]
    [InlineData("Экспорт Южной Кореи в Китай в прошлом году сократился на 19,9%, до $124,8 млрд. Импорт из Китая снизился на 8,1%, до $142,9 млрд, и Южная Корея впервые с 1992 года получила дефицит в торговле с Китаем.")]
    public void When_a_year_is_another_things_first_since_then_it_is_no_base_of_the_rate(string text)
    {
        // Until 7 December 2026 the -8.1% ran "since 1992" to the latest year, with no period of its own.
        var imports = Assert.Single(Read.Claims(text, new DateOnly(2024, 1, 1)), c => c.Flow == StatedFlow.Imports);

        Assert.Equal(((int?)null, Core.Period.OfYear(2023)), (imports.Growth!.Since?.Year, imports.Period?.Period));
    }

    [Theory]
    [InlineData("Товарооборот России и Китая в 2023 году вырос на 26,3%, а по сравнению с 2016 годом — на 245%.")]
    [InlineData("Trade between China and Russia grew 26.3% in 2023 and, compared with 2016, by 245%.")]
    public void When_a_second_rate_on_a_base_year_leaves_its_verb_out_then_it_is_read_and_the_first_keeps_its_year(string sentence)
    {
        // Until 7 December 2026 the 245% was no rate (no verb of its own) and the 26.3% took 2016: "inaccurate" against +245%.
        var rates = Read.Claims(sentence, new DateOnly(2024, 1, 12)).Where(c => c.Growth is not null).ToList();

        Assert.Equal([(26.3m, (int?)null, 2023), (245m, 2016, 2023)], rates.Select(c => (c.Growth!.Percent, c.Growth.Since?.Year, c.Period!.Period!.Value.Year)));
    }

    [Theory]
    [InlineData("Russia's trade with China hit a record $244.8 billion last year, but growth slowed to 1.9% from 26.3% in 2023.")]
    [InlineData("China-Russia trade grew 1.9% in 2024, slowing from 26.3% in 2023.")]
    public void When_a_rate_is_set_against_an_earlier_one_then_the_earlier_ones_year_is_not_its(string sentence)
    {
        // Until 7 December 2026 the 1.9% took 2023, nearer to it, and was "inaccurate" against 2023's +26.3%.
        var rates = Read.Claims(sentence, new DateOnly(2025, 1, 14)).Where(c => c.Growth is not null).ToList();

        Assert.Equal([(1.9m, 2024), (26.3m, 2023)], rates.Select(c => (c.Growth!.Percent, c.Period!.Period!.Value.Year)));
    }
}
