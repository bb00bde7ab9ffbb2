using Turnover.Core;

namespace Turnover.Claims.Tests;

/// <summary>One test per Russian rule, on sentences written for the purpose.</summary>
public sealed class RussianRulesTests
{
    [Theory]
    [InlineData("В 2023 году сальдо торговли России с Китаем составило $18 млрд.")]
    [InlineData("В 2023 году разница между экспортом и импортом составила $18,2 млрд.")]
    public void When_a_figure_is_a_balance_whose_owner_or_sign_is_not_named_then_no_claim_is_read(string sentence)
    {
        Assert.Empty(Read.Claims(sentence));
    }

    [Fact]
    public void When_a_balance_names_its_partner_but_no_owner_then_the_assumed_pair_gives_the_owner_or_no_claim_is_read()
    {
        const string sentence = "Профицит в торговле с Китаем в 2023 году вырос на 20% и достиг $18,2 млрд.";

        // The text is known to be about China and Russia: Russia's surplus (no claim before 6 December 2026).
        var claim = Read.Single(sentence);
        Assert.Equal((Read.Russia, Read.China, StatedFlow.Surplus, 18.2m), (claim.Reporter, claim.Partner, claim.Flow, claim.UsdBillions()));
        Assert.Empty(Read.Claims(sentence, assumePair: false));
    }

    [Fact]
    public void When_a_balance_has_its_own_clause_then_the_turnover_beside_it_is_still_read()
    {
        var claim = Read.Single("В 2023 году товарооборот России и Китая составил $240,1 млрд, а сальдо — $18,2 млрд.");
        var both = Read.Claims("В 2023 году товарооборот России и Китая составил $240,1 млрд, а положительное сальдо России в торговле с Китаем — $18,2 млрд.");

        Assert.Equal(240.1m, claim.UsdBillions());
        Assert.Equal([(StatedFlow.Turnover, 240.1m), (StatedFlow.Surplus, 18.2m)], both.Select(c => (c.Flow, c.UsdBillions() ?? 0m)));
    }

    [Theory]
    [InlineData("В 2023 году товарооборот России и Китая вырос более чем на 20%.", Bound.MoreThan)]
    [InlineData("В 2023 году товарооборот России и Китая вырос почти на 30%.", Bound.Nearly)]
    [InlineData("В 2023 году товарооборот России и Китая увеличился больше чем на 20%.", Bound.MoreThan)]
    [InlineData("В 2023 году товарооборот России и Китая сократился меньше чем на 5%.", Bound.LessThan)]
    [InlineData("В 2023 году товарооборот России и Китая вырос на почти 30%.", Bound.Nearly)]
    [InlineData("В 2023 году товарооборот России и Китая вырос на 26,3%.", Bound.Exact)]
    public void When_a_bound_stands_before_the_preposition_of_a_growth_rate_then_it_bounds_the_rate(string sentence, Bound bound)
    {
        Assert.Equal(bound, Read.Single(sentence).Growth?.Bound);
    }

    [Fact]
    public void When_a_goal_with_no_flow_follows_a_direction_then_it_is_the_pairs_trade()
    {
        var goal = Read.Claims("Экспорт России в Китай в 2020 году составил $49,06 млрд, а импорт из КНР — $58,71 млрд. "
            + "Стороны рассчитывают выйти на уровень $200 млрд к 2024 году.")[^1];

        Assert.Equal((ClaimKind.Projection, StatedFlow.Turnover, 200m), (goal.Kind, goal.Flow, goal.UsdBillions()));
        Assert.Contains("context.previous-pair", goal.Rules);
    }

    [Fact]
    public void When_a_figure_is_called_a_record_then_the_claim_says_so()
    {
        Assert.Equal("рекордных", Read.Single("В 2023 году товарооборот России и Китая достиг рекордных $240,1 млрд.").RecordText);
        Assert.Null(Read.Single("В 1999 году товарооборот России и Китая упал до рекордно низких $5,7 млрд.").RecordText);
    }

    [Fact]
    public void When_the_next_sentence_gives_a_fact_on_the_same_pair_with_no_period_then_it_takes_the_previous_facts_period()
    {
        var next = Read.Claims("В 2024 году товарооборот России и Китая составил $244,8 млрд. Экспорт России в Китай составил $129,3 млрд.");
        var earlier = Read.Claims("В 2024 году товарооборот России и Китая составил $244,8 млрд. Ранее экспорт России в Китай составлял $50 млрд.");

        Assert.Equal((2024, PeriodResolution.FromPreviousSentence), (next[1].Period?.Period?.Year, next[1].Period?.Resolution));
        Assert.Null(earlier[1].Period);
    }

    [Fact]
    public void When_a_sentence_names_this_period_then_it_is_the_previous_facts_period_even_after_a_sentence_without_figures()
    {
        var claims = Read.Claims("Товарооборот России и Китая по итогам 2024 года вырос на 1,9%. Об этом свидетельствуют данные таможни КНР. "
            + "Экспорт Китая в Россию за этот период снизился на 4,1%. Импорт из РФ увеличился на 4,6%.");
        var base_ = Read.Claims("Товарооборот России и Китая по итогам 2024 года вырос на 1,9%. Об этом сообщила таможня. "
            + "Экспорт Китая в Россию составил $115,5 млрд против $110 млрд за тот же период прошлого года.");

        Assert.Equal([2024, 2024, 2024], claims.Select(c => c.Period?.Period?.Year));
        Assert.Null(base_[1].Period?.Period); // the same period last year is the base, not the claim's period
    }

    [Theory]
    [InlineData("В 2024 году товарооборот составил 244,8 млрд долларов, увеличившись на 1,9% по сравнению с предыдущим годом, когда он составил 240,1 млрд.")]
    [InlineData("В 2024 году товарооборот вырос на 1,9% до 244,8 млрд долларов против 2023 года, когда он составлял 240,1 млрд.")]
    public void When_the_base_year_is_restated_with_its_amount_then_that_amount_is_the_base(string sentence)
    {
        var claim = Read.SingleFigure(sentence);

        Assert.Equal((244.8m, 2024, 1.9m), (claim.UsdBillions(), claim.Period?.Period?.Year, claim.Growth?.Percent));
    }

    [Theory]
    [InlineData("За последние десять лет товарооборот России и Китая вырос почти втрое и в 2024 году составил 244,8 млрд долларов.", 2014)]
    [InlineData("Товарооборот России и Китая за пять лет вырос на 121% и в 2024 году составил 244,8 млрд долларов.", 2019)]
    [InlineData("В 2024 году товарооборот вырос на 1,9%, впервые за пять лет замедлившись.", null)]
    public void When_a_rate_spans_years_by_its_words_then_it_runs_from_that_many_years_before(string sentence, int? since)
    {
        var claim = Read.Claims(sentence).First(c => c.Growth is not null);

        Assert.Equal(since, claim.Growth!.Since?.Year);
    }

    [Fact]
    public void When_a_when_clause_looks_ahead_then_its_amount_is_no_base()
    {
        // "достигнет" (will reach) after "к 2030 году" is a goal's year, not a comparison's base restated.
        var claims = Read.Claims("Товарооборот в 2024 году составил 244,8 млрд долларов, и стороны нацелены на рост к 2030 году, когда он достигнет 300 млрд долларов.");

        Assert.Equal([(244.8m, 2024), (300m, 2030)], claims.Select(c => (c.UsdBillions()!.Value, c.Period!.Period!.Value.Year)));
    }

    [Theory]
    [InlineData("По итогам 2019 года российско-китайский товарооборот достиг $110,75 млрд.", 110.75)]
    [InlineData("В 2015 году объем торговли между двумя странами сократился до 68,06 миллиарда долларов.", 68.06)]
    [InlineData("Товарооборот России и Китая в 2023 году составил 240,1 млрд долларов.", 240.1)]
    [InlineData("Товарооборот России и Китая в 2023 году составил 0,24 трлн долларов.", 240)]
    public void When_an_amount_has_a_decimal_comma_and_a_russian_scale_word_then_it_is_read_in_dollars(string sentence, double billions)
    {
        Assert.Equal((decimal)billions, Read.Single(sentence).UsdBillions());
    }

    [Theory]
    [InlineData("Товарооборот России и Китая в 2023 году составил почти $240 млрд.", Bound.Nearly)]
    [InlineData("Товарооборот России и Китая в 2023 году составил более $240 млрд.", Bound.MoreThan)]
    [InlineData("Товарооборот России и Китая в 2023 году составил около $240 млрд.", Bound.About)]
    [InlineData("Товарооборот России и Китая в 2023 году превысил 240 млрд долларов.", Bound.MoreThan)]
    [InlineData("Товарооборот России и Китая за 2023 год превысил $240 млрд.", Bound.MoreThan)]
    [InlineData("Товарооборот России и Китая в 2023 году превышает 240 млрд долларов.", Bound.MoreThan)]
    public void When_a_bound_word_precedes_an_amount_then_the_bound_is_kept(string sentence, Bound bound)
    {
        Assert.Equal(bound, Read.Single(sentence).Amount!.Bound);
    }

    [Theory]
    [InlineData("В 2018 году товарооборот вырос на 24,5 процента до 107,06 миллиарда долларов.", 24.5)]
    [InlineData("Импорт из РФ в КНР снизился на 0,3% до $14,2 млрд.", -0.3)]
    [InlineData("Экспорт Китая в Россию составил $9,1 млрд, что на 12,6 процента меньше.", -12.6)]
    [InlineData("Товарооборот составил $20,1 млрд, это на 18% больше, чем годом ранее.", 18)]
    public void When_a_growth_rate_is_written_then_its_sign_is_read(string sentence, double percent)
    {
        Assert.Equal((decimal)percent, Read.Single(sentence).Growth?.Percent);
    }

    [Theory]
    [InlineData("В декабре 2023 года экспорт Китая в Россию снизился на 9,5% от пика.", -9.5, "от пика")]
    [InlineData("В 2023 году товарооборот вырос на 30% по сравнению с довоенным уровнем.", 30, "по сравнению с довоенным уровнем")]
    [InlineData("В мае экспорт России в Китай был на 12% ниже, чем с пиковых значений марта.", -12, "с пиковых")]
    public void When_a_rate_is_against_a_base_named_without_a_period_then_it_says_so(string sentence, double percent, string baseText)
    {
        var growth = Read.Single(sentence).Growth!;
        Assert.Equal(((decimal)percent, GrowthComparison.OtherBase, baseText), (growth.Percent, growth.Comparison, growth.BaseText));
    }

    [Theory]
    [InlineData("В 2023 году товарооборот вырос на 26,3% и достиг исторического максимума в $240,1 млрд.")]
    [InlineData("В 2023 году товарооборот вырос на 26,3%, приблизившись к максимуму.")]
    public void When_a_record_is_named_then_the_rate_stays_year_on_year(string sentence) =>
        Assert.NotEqual(GrowthComparison.OtherBase, Read.Claims(sentence).First(c => c.Growth is not null).Growth!.Comparison);

    [Theory]
    [InlineData("В январе-ноябре 2022 года импорт нефти из России в Китай в натуральном выражении вырос на 10%.", "в натуральном выражении")]
    [InlineData("За январь-ноябрь 2022 года Китай импортировал из России 79,8 млн тонн нефти.", "79,8 млн тонн")] // "79,8 млн" was also $0.08 bn
    public void When_a_figure_is_of_quantity_then_it_is_a_volume_and_no_value(string sentence, string text) =>
        Assert.Equal((SubsetKind.Volume, text), Read.Single(sentence) is var c ? (c.Subset, c.SubsetText) : default);

    [Fact]
    public void When_the_rate_is_year_on_year_then_the_comparison_says_so()
    {
        var growth = Read.Single("Товарооборот в январе-июле 2022 года вырос на 29% в годовом исчислении, до $97,7 млрд.").Growth!;
        Assert.Equal(GrowthComparison.YearOnYear, growth.Comparison);
    }

    [Theory]
    [InlineData("Товарооборот за январь-май 2023 года достиг $93,8 млрд.", "2023-01..05", PeriodKind.YearToDate)]
    [InlineData("С января по октябрь 2023 года экспорт Китая в Россию вырос на 56,9%.", "2023-01..10", PeriodKind.YearToDate)] // since 7 December 2026: the whole year, "inaccurate" against +46.9%
    [InlineData("За период с января по май 2023 г. товарооборот достиг $93,8 млрд.", "2023-01..05", PeriodKind.YearToDate)]
    [InlineData("С начала 2023 года по май товарооборот достиг $93,8 млрд.", "2023-01..05", PeriodKind.YearToDate)]
    [InlineData("В первом полугодии 2022 года товарооборот составил $80,7 млрд.", "2022-01..06", PeriodKind.Half)]
    [InlineData("Только в июне 2021 года товарооборот составил $12,3 млрд.", "2021-06", PeriodKind.Month)]
    [InlineData("За первые два месяца 2023 года товарооборот составил $33,7 млрд.", "2023-01..02", PeriodKind.YearToDate)]
    [InlineData("За три квартала 2023 года товарооборот составил $176,4 млрд.", "2023-01..09", PeriodKind.YearToDate)]
    [InlineData("За первые три квартала 2023 года товарооборот составил $176,4 млрд.", "2023-01..09", PeriodKind.YearToDate)]
    [InlineData("В третьем квартале 2023 года товарооборот составил $61,5 млрд.", "2023-Q3", PeriodKind.Quarter)]
    [InlineData("В четвёртом квартале 2023 года товарооборот составил $63,2 млрд.", "2023-Q4", PeriodKind.Quarter)]
    [InlineData("В четвертом квартале 2023 года товарооборот составил $63,2 млрд.", "2023-Q4", PeriodKind.Quarter)]
    [InlineData("Во 2 квартале 2023 года товарооборот составил $60,6 млрд.", "2023-Q2", PeriodKind.Quarter)]
    [InlineData("В последнем квартале 2023 года товарооборот составил $63,2 млрд.", "2023-Q4", PeriodKind.Quarter)]
    [InlineData("Во 2-м квартале 2023 года товарооборот составил $60,6 млрд.", "2023-Q2", PeriodKind.Quarter)]
    [InlineData("За 1 полугодие 2023 года товарооборот составил $114,5 млрд.", "2023-01..06", PeriodKind.Half)]
    [InlineData("Во II полугодии 2023 года товарооборот составил $125,6 млрд.", "2023-07..12", PeriodKind.Half)]
    public void When_a_period_is_written_then_it_is_read(string sentence, string period, PeriodKind kind)
    {
        var stated = Read.Single(sentence).Period!;
        Assert.Equal(period, stated.Period.ToString());
        Assert.Equal(kind, stated.Kind);
    }

    [Theory]
    [InlineData("В четвертом квартале прошлого года товарооборот составил 64,5 млрд долларов.", "2024-Q4", PeriodKind.Quarter)] // was the whole of 2024
    [InlineData("В декабре прошлого года товарооборот составил 22 млрд долларов.", "2024-12", PeriodKind.Month)]
    [InlineData("За январь-сентябрь прошлого года товарооборот составил 180,3 млрд долларов.", "2024-01..09", PeriodKind.YearToDate)]
    [InlineData("За три квартала прошлого года товарооборот составил 180,3 млрд долларов.", "2024-01..09", PeriodKind.YearToDate)]
    [InlineData("В январе этого года товарооборот составил 18 млрд долларов.", "2025-01", PeriodKind.Month)]
    public void When_a_part_of_last_or_this_year_is_written_then_it_is_that_part_not_the_year(string sentence, string period, PeriodKind kind)
    {
        var stated = Read.Single(sentence, new DateOnly(2025, 2, 20)).Period!;

        Assert.Equal((period, kind, PeriodResolution.FromArticleDate), (stated.Period.ToString(), stated.Kind, stated.Resolution));
    }

    [Theory]
    [InlineData("В 2024 году товарооборот вырос на 1,9%, что на 24,4 процентного пункта меньше, чем годом ранее.")]
    [InlineData("В 2024 году товарооборот вырос на 1,9%, а темп роста снизился на 24,4 п.п.")] // "п.п." was a percent
    public void When_a_change_is_in_percentage_points_then_it_is_no_growth_rate(string sentence) =>
        Assert.Equal([1.9m], Read.Claims(sentence).Select(c => c.Growth!.Percent));

    [Fact]
    public void When_the_rate_and_the_amount_each_name_their_own_period_then_they_are_two_claims()
    {
        var claims = Read.Claims("В ноябре 2024 года товарооборот вырос на 3%, а за 11 месяцев составил 222,8 млрд долларов.", new DateOnly(2024, 12, 20));

        Assert.Equal(
            [("2024-11", (decimal?)null, (decimal?)3m), ("2024-01..11", 222.8m, null)],
            claims.Select(c => (c.Period!.Period!.Value.ToString(), c.UsdBillions(), c.Growth?.Percent)));
    }

    [Theory]
    [InlineData("За последние шесть месяцев товарооборот России и Китая составил 120 млрд долларов.")] // was January–June
    [InlineData("За последние 12 месяцев товарооборот России и Китая составил 240 млрд долларов.")]
    public void When_the_months_are_the_latest_ones_then_no_period_is_read(string sentence) =>
        Assert.Null(Read.Single(sentence, new DateOnly(2023, 12, 20)).Period);

    [Theory]
    [InlineData("Товарооборот России и Китая в 2023 году вырос на $49,9 млрд.")]
    [InlineData("Товарооборот России и Китая в 2023 году увеличился почти на $50 млрд.")]
    [InlineData("Прирост товарооборота России и Китая в 2023 году составил 49,8 млрд долларов.")]
    [InlineData("В 2023 году увеличение товарооборота России и Китая составило почти 50 млрд долларов.")]
    public void When_an_amount_is_a_change_then_it_is_not_read_as_the_level(string sentence) =>
        Assert.DoesNotContain(Read.Claims(sentence), c => c.Amount is not null && !c.AmountIsChange); // a change verb's amount is read as a change (ChangeTests)

    [Fact]
    public void When_a_change_word_is_in_another_case_then_it_is_no_subject_and_the_level_is_read()
    {
        var claim = Read.Single("После снижения цен на нефть товарооборот России и Китая в 2023 году составил 240,1 млрд долларов.");

        Assert.Equal(240.1m, claim.AmountUsd / 1e9m);
        Assert.Equal(SubsetKind.None, claim.Subset); // "цен на нефть" is a price, not the goods traded
    }

    [Fact]
    public void When_oil_is_the_goods_then_it_is_still_a_product_group() =>
        Assert.Equal("нефти", Read.Single("Экспорт российской нефти в Китай в 2023 году составил 60,6 млрд долларов.").SubsetText);

    [Theory]
    [InlineData("Товарооборот России и Китая в 2023 году составил от 230 до 245 млрд долларов.")]
    [InlineData("Товарооборот России и Китая в 2023 году составил 230–245 млрд долларов.")]
    public void When_an_amount_is_a_range_then_it_is_one_claim_of_its_middle(string sentence)
    {
        var claim = Read.Single(sentence);

        Assert.Equal((Bound.Range, 237.5m, 230e9m), (claim.Amount!.Bound, claim.UsdBillions()!.Value, claim.Amount.RangeLow!.Value.Amount));
    }

    [Theory]
    [InlineData("Товарооборот России и Китая в 2023 году вырос на 25–30%.")]
    [InlineData("Товарооборот России и Китая в 2023 году вырос на от 25 до 30%.")]
    public void When_a_growth_rate_is_a_range_then_it_is_one_rate_of_its_middle(string sentence)
    {
        var growth = Read.Single(sentence).Growth!;

        Assert.Equal((Bound.Range, 27.5m, 25m), (growth.Bound, growth.Percent, growth.RangeLow!.Value));
    }

    [Theory]
    [InlineData("Товарооборот России и Китая в 2023 году вырос в 1,26 раза.", 26, 0.5, Bound.Exact)]
    [InlineData("Экспорт Китая в Россию в 2023 году вырос почти в полтора раза.", 50, 8.33, Bound.Nearly)]
    [InlineData("Товарооборот России и Китая в 2022 году вырос более чем в два раза по сравнению с 2016 годом.", 100, 0.5, Bound.MoreThan)]
    [InlineData("В 2015 году товарооборот России и Китая сократился в 1,5 раза.", -33.33, 2.222, Bound.Exact)]
    [InlineData("В 2015 году товарооборот России и Китая сократился вдвое.", -50, 8.33, Bound.About)]
    [InlineData("Товарооборот России и Китая в 2024 году вырос впятеро по сравнению с 2005 годом.", 400, 50, Bound.About)] // no rate was read
    [InlineData("Товарооборот России и Китая в 2024 году вырос в восемь раз по сравнению с 2005 годом.", 700, 50, Bound.About)]
    public void When_growth_is_a_multiple_then_it_is_the_change_it_gives(string sentence, double percent, double rounding, Bound bound)
    {
        // "сократился вдвое" was −100% (to nothing), and "в 1,26 раза" was not read.
        var growth = Read.Single(sentence).Growth!;

        Assert.Equal(((decimal)percent, (decimal)rounding, bound), (growth.Percent, growth.Rounding, growth.Bound));
    }

    [Theory]
    [InlineData("Товарооборот России и Китая вырос более чем вдвое с 2016 года.", 2016, "с 2016")]
    [InlineData("Начиная с 2019 года товарооборот России и Китая увеличился на 121%.", 2019, "Начиная с 2019")]
    public void When_a_rate_runs_since_a_year_with_no_end_then_it_runs_to_the_latest_year(string sentence, int since, string words)
    {
        var claim = Read.Single(sentence, new DateOnly(2025, 1, 20));

        Assert.Equal((true, words, (Period?)null), (claim.Period!.ToLatest, claim.Period.Text, claim.Period.Period));
        Assert.Equal(Period.OfYear(since), claim.Growth!.Since);
    }

    [Theory]
    [InlineData("В 2016–2024 годах товарооборот России и Китая рос в среднем на 17% в год.")] // no claim: "рос" was no verb of a rise
    [InlineData("С 2016 по 2024 год товарооборот России и Китая увеличивался в среднем на 17% в год.")]
    [InlineData("Среднегодовой рост товарооборота России и Китая в 2016–2024 годах составил 17%.")]
    public void When_a_rate_is_a_yearly_average_over_years_then_it_runs_from_the_first(string sentence)
    {
        var claim = Read.Single(sentence, new DateOnly(2025, 1, 20));

        Assert.Equal((2024, 17m, true, "2016"), (claim.Period!.Period!.Value.Year, claim.Growth!.Percent, claim.Growth.AverageAnnual, claim.Growth.Since?.ToString()));
    }

    [Fact]
    public void When_products_say_what_a_flow_is_made_of_then_the_figure_is_still_the_whole_flows() =>
        Assert.Equal(SubsetKind.None, Read.Single("Экспорт России в Китай, в основном нефть и газ, составил 129,3 млрд долларов в 2024 году.").Subset);

    [Theory]
    [InlineData("В 2024 году товарооборот России и Китая рос на 2%.", 2)]
    [InlineData("В 2015 году товарооборот России и Китая сокращался на 28%.", -28)]
    public void When_the_verb_is_imperfective_then_it_still_gives_the_sign(string sentence, int percent) =>
        Assert.Equal((decimal)percent, Read.Single(sentence).Growth!.Percent);

    [Fact]
    public void When_the_start_of_a_rate_is_restated_with_its_level_then_that_level_is_the_base()
    {
        var claim = Read.SingleFigure("Товарооборот России и Китая вырос более чем вдвое с 2016 года, когда он составлял около $69,6 млрд.", new DateOnly(2025, 1, 20));

        Assert.Null(claim.Amount);
        Assert.Equal(Period.OfYear(2016), claim.Growth!.Since);
    }

    [Theory]
    [InlineData("Морской экспорт России в Китай в 2023 году составил 80 млрд долларов.", "Морской")]
    [InlineData("Приграничная торговля России и Китая в 2023 году составила 30 млрд долларов.", "Приграничная")]
    public void When_a_word_makes_the_flow_a_part_then_it_is_no_total(string sentence, string part)
    {
        var claim = Read.Single(sentence);

        Assert.Equal((SubsetKind.Qualified, part), (claim.Subset, claim.SubsetText));
    }

    [Theory]
    [InlineData("Таким образом, страны досрочно достигли цели в 200 млрд долларов, поставленной на 2024 год.")] // "поставленной" was read as supplies
    [InlineData("Таким образом, страны досрочно достигли поставленной цели в 200 млрд долларов к 2024 году.")]
    public void When_a_goal_is_set_then_the_verb_is_no_flow_of_goods(string sentence)
    {
        var claims = Read.Claims("Товарооборот России и Китая по итогам 2023 года достиг 240,11 млрд долларов. " + sentence, new DateOnly(2024, 1, 12));

        var target = Assert.Single(claims, c => c.Kind == ClaimKind.Target);
        Assert.Equal((StatedFlow.Turnover, 200m, 2024), (target.Flow, target.UsdBillions(), target.Period?.Period?.Year));
    }

    [Fact]
    public void When_a_second_rate_follows_the_firsts_comparison_then_it_takes_the_firsts_sign_and_its_own_comparison()
    {
        var claims = Read.Claims("В ноябре 2024 года товарооборот снизился на 6,3% в годовом выражении и на 8,1% в месячном выражении.");

        Assert.Equal([(-6.3m, GrowthComparison.YearOnYear), (-8.1m, GrowthComparison.PreviousPeriod)], claims.Select(c => (c.Growth!.Percent, c.Growth.Comparison)));
    }

    [Theory]
    [InlineData("Товарооборот России и Китая в 2024 году был более чем вдвое больше, чем в 2019 году.", 100, Bound.MoreThan)]
    [InlineData("В 2024 году товарооборот России и Китая превысил уровень 2019 года более чем в два раза.", 100, Bound.MoreThan)]
    [InlineData("Товарооборот России и Китая в 2024 году в 2,2 раза превысил показатель 2019 года.", 120, Bound.Exact)]
    [InlineData("Товарооборот России и Китая в 2024 году примерно в 2,2 раза больше уровня 2019 года.", 120, Bound.About)] // since 7 December 2026: no claim
    public void When_a_level_is_a_multiple_of_an_earlier_years_then_it_is_growth_since_that_year(string sentence, int percent, Bound bound)
    {
        // Not read before 6 December 2026.
        var claim = Read.Single(sentence);

        Assert.Equal((2024, (decimal)percent, bound, 2019), (claim.Period!.Period!.Value.Year, claim.Growth!.Percent, claim.Growth.Bound, claim.Growth.Since!.Value.Year));
    }

    [Fact]
    public void When_a_sentence_opens_with_pri_etom_then_it_continues_the_previous_facts_period()
    {
        // Since 7 December 2026: "При этом" ("meanwhile") opened a breakdown with no period, not verifiable.
        var claims = Read.Claims("По итогам 2024 года товарооборот между Россией и Китаем достиг почти 245 млрд долларов.\nПри этом российский экспорт в КНР составил 129,3 млрд долларов, а импорт из Китая — 115,5 млрд.");

        Assert.Equal([(StatedFlow.Turnover, 2024), (StatedFlow.Exports, 2024), (StatedFlow.Imports, 2024)], claims.Select(c => (c.Flow, c.Period?.Period?.Year ?? 0)));
    }

    [Fact]
    public void When_an_amount_is_so_much_more_than_a_years_then_it_is_a_difference_not_a_level()
    {
        // "на 4,7 млрд больше, чем в 2023 году" was a level of 2023 (or of 2024), "inaccurate" by 98%.
        var claim = Read.Single("Товарооборот России и Китая в 2024 году составил 244,8 млрд долларов, что на 4,7 млрд больше, чем в 2023 году.");

        Assert.Equal((2024, 244.8m), (claim.Period!.Period!.Value.Year, claim.UsdBillions()!.Value));
    }

    [Fact]
    public void When_a_multiple_has_no_earlier_year_then_it_is_no_growth_rate() =>
        Assert.Empty(Read.Claims("Экспорт Китая в Россию вдвое больше, чем импорт."));

    [Fact]
    public void When_a_figure_is_of_a_fiscal_year_then_no_calendar_period_is_read() =>
        Assert.Null(Read.Single("В 2023/24 финансовом году товарооборот Индии и России составил 65,7 млрд долларов.").Period?.Period);

    [Theory]
    [InlineData("В декабре 2024 года товарооборот России и Китая составил $21,97 млрд, что на 9,1% больше, чем в ноябре.", 12, GrowthComparison.PreviousPeriod)]
    [InlineData("В декабре 2024 года товарооборот России и Китая вырос на 9,1% относительно ноября.", 12, GrowthComparison.PreviousPeriod)]
    [InlineData("В ноябре 2024 года товарооборот России и Китая снизился на 6,3% по сравнению с ноябрем 2023 года.", 11, GrowthComparison.Unstated)]
    public void When_a_month_is_the_base_then_without_a_year_it_is_the_month_before_and_with_one_a_base_not_the_period(string sentence, int month, GrowthComparison comparison)
    {
        // "чем в ноябре" was judged year on year; "по сравнению с ноябрем 2023 года" was month on month, of the year 2023.
        var claim = Read.Single(sentence);

        Assert.Equal((Period.Month(2024, month), comparison), (claim.Period!.Period!.Value, claim.Growth!.Comparison));
    }

    [Theory]
    [InlineData("В 2023 году экспорт Китая в Россию вырос на 46,9%, а импорт — на 12,7%.")]
    [InlineData("В 2023 году экспорт Китая в Россию вырос на 46,9% — до 110,97 млрд долларов, а импорт из России — на 12,7%.")]
    [InlineData("В 2023 году экспорт Китая в Россию вырос на 46,9% в годовом выражении, до $110,97 млрд, импорт из России — на 12,7%, до $129,1 млрд.")]
    [InlineData("В 2023 году экспорт Китая в Россию увеличился на 46,9%, а импорт Китая из России — на 12,7%.")] // since 7 December 2026, with the flow's owner
    public void When_the_other_flows_verb_is_not_repeated_then_its_rate_takes_the_first_ones_sign(string sentence)
    {
        // The second rate had no growth word of its own: it was not read (nor with its partner, or the first rate's level, between).
        var claims = Read.Claims(sentence);

        Assert.Equal([(StatedFlow.Exports, 46.9m), (StatedFlow.Imports, 12.7m)], claims.Select(c => (c.Flow, c.Growth!.Percent)));
    }

    [Theory]
    [InlineData("В 2023 году поставки из Китая в Россию увеличились на 46,9%, а экспорт России в КНР — на 12,7%.")]
    [InlineData("В 2023 году экспорт Китая в Россию увеличился на 46,9%, а российский экспорт в Китай — на 12,7%.")]
    public void When_the_other_direction_is_named_with_its_countries_and_no_verb_then_its_rate_takes_the_first_ones_sign(string sentence)
    {
        // Until 7 December 2026 the 12.7% was lost when the second flow named its owner.
        var claims = Read.Claims(sentence);

        Assert.Equal([("CHN", 46.9m), ("RUS", 12.7m)], claims.Select(c => (c.Exporter?.Iso3, c.Growth!.Percent)));
    }

    [Fact]
    public void When_a_level_grew_from_one_figure_to_another_then_it_is_no_range()
    {
        var claim = Read.Single("Товарооборот России и Китая в 2023 году вырос с 190 до 240 млрд долларов.");

        Assert.Equal((240m, Bound.Exact), (claim.UsdBillions()!.Value, claim.Amount!.Bound));
    }

    [Fact]
    public void When_the_amount_follows_do_then_it_is_the_level() =>
        Assert.Equal(240.1m, Read.Single("Товарооборот России и Китая в 2023 году вырос до $240,1 млрд.").AmountUsd / 1e9m);

    [Fact]
    public void When_a_rate_runs_from_an_earlier_year_then_that_year_is_kept()
    {
        var claim = Read.Single("Товарооборот России и Китая в 2022 году вырос на 174% по сравнению с 2016 годом.");
        Assert.Equal(("2022", Turnover.Core.Period.OfYear(2016)), (claim.Period!.Period.ToString(), claim.Growth!.Since));
    }

    [Fact]
    public void When_a_digit_and_kvartala_could_be_the_third_quarter_or_three_quarters_then_no_period_is_read()
    {
        Assert.Null(Read.Single("За 3 квартала 2023 года товарооборот составил $176,4 млрд.").Period);
    }

    [Fact]
    public void When_the_year_is_relative_then_the_article_date_anchors_it()
    {
        var stated = Read.Single("В прошлом году товарооборот вырос до $240 млрд.", new DateOnly(2024, 1, 12)).Period!;
        Assert.Equal("2023", stated.Period.ToString());
        Assert.Equal(PeriodResolution.FromArticleDate, stated.Resolution);
    }

    [Theory]
    [InlineData("Экспорт из России в Китай увеличился до $129 млрд.", "china_imports")]
    [InlineData("Китайский экспорт в Россию достиг $111 млрд.", "china_exports")]
    [InlineData("Россия импортировала из Китая товаров на $9,5 млрд.", "china_exports")]
    [InlineData("Китай закупил у России товаров на $11,2 млрд.", "china_imports")]
    [InlineData("Поставки из КНР в РФ выросли до $10,1 млрд.", "china_exports")]
    [InlineData("В Россию экспортировано товаров на 48,6 миллиарда долларов.", "china_exports")]
    public void When_a_direction_is_named_then_the_exporter_is_read(string sentence, string flow)
    {
        Assert.Equal(flow, Read.Single(sentence).ChinaFlow());
    }

    [Fact]
    public void When_a_reverse_direction_and_respectively_are_used_then_each_figure_goes_to_its_flow()
    {
        var claims = Read.Claims("Поставки из Китая и в обратном направлении выросли на 5,1 и 7,3 процента, до 50,2 и 60,4 миллиарда долларов соответственно.");
        Assert.Equal([("china_exports", 50.2m, 5.1m), ("china_imports", 60.4m, 7.3m)],
            claims.Select(c => (c.ChinaFlow(), c.UsdBillions()!.Value, c.Growth!.Percent)));
    }

    [Fact]
    public void When_turnover_is_named_by_a_compound_adjective_then_both_countries_are_read()
    {
        var claim = Read.Single("Российско-китайский товарооборот в 2021 году достиг $146,9 млрд.", assumePair: false);
        Assert.Equal(["CHN", "RUS"], new[] { claim.Reporter?.Iso3, claim.Partner?.Iso3 }.Order());
    }

    [Theory]
    [InlineData("В 2019 году экспорт Южной Кореи в Китай сократился на 16% до 136,2 млрд долларов.", "KOR", StatedFlow.Exports)] // Korea was no country: no claim
    [InlineData("Экспорт Кореи в Китай в 2019 году сократился на 16%.", "KOR", StatedFlow.Exports)]
    [InlineData("Южнокорейский экспорт в Китай в 2019 году сократился на 16%.", "KOR", StatedFlow.Exports)]
    [InlineData("Экспорт Северной Кореи в Китай в 2019 году сократился на 16%.", "PRK", StatedFlow.Exports)] // not South Korea's
    [InlineData("Экспорт КНДР в Китай в 2019 году сократился на 16%.", "PRK", StatedFlow.Exports)]
    public void When_a_korea_is_named_then_it_is_read_and_the_two_are_told_apart(string sentence, string reporter, StatedFlow flow)
    {
        var claim = Read.Single(sentence, assumePair: false);

        Assert.Equal((reporter, "CHN", flow), (claim.Reporter?.Iso3, claim.Partner?.Iso3, claim.Flow));
    }

    [Fact]
    public void When_a_figure_is_about_oil_then_it_is_a_product_group()
    {
        var claim = Read.Single("Экспорт российской нефти в Китай вырос до $60 млрд.");
        Assert.Equal(SubsetKind.ProductGroup, claim.Subset);
    }

    [Theory]
    [InlineData("Стороны договорились довести товарооборот России и Китая до $300 млрд к 2030 году.")]
    [InlineData("Россия и Китай планируют довести товарооборот до $300 млрд к 2030 году.")]
    public void When_the_sides_agree_to_bring_trade_to_a_figure_then_it_is_a_target(string sentence)
    {
        var claim = Read.Single(sentence);
        Assert.Equal((ClaimKind.Target, 2030), (claim.Kind, claim.Period?.Period?.Year));
    }

    [Theory]
    [InlineData("В этом году товарооборот может достичь $200 млрд, заявил вице-премьер Александр Новак.")]
    [InlineData("По итогам года товарооборот должен превысить $200 млрд.")]
    [InlineData("В 2024 году товарооборот выйдет на $250 млрд.")]
    public void When_trade_may_or_should_reach_a_figure_then_it_is_a_forecast_not_a_fact(string sentence)
    {
        Assert.Equal(ClaimKind.Projection, Read.Single(sentence, new DateOnly(2023, 3, 1)).Kind);
    }

    [Fact]
    public void When_a_forecast_is_made_then_the_kind_and_the_speaker_are_read()
    {
        var claim = Read.Single("Товарооборот в этом году превысит $200 млрд, заявил Путин.");
        Assert.Equal(ClaimKind.Projection, claim.Kind);
        Assert.Equal("Путин", claim.Speaker);
    }

    [Fact]
    public void When_china_is_the_largest_trading_partner_then_a_ranking_is_read()
    {
        var claim = Read.Single("Китай остается крупнейшим торговым партнером России.", assumePair: false);
        Assert.Equal(ClaimKind.Ranking, claim.Kind);
        Assert.Equal("RUS", claim.Reporter?.Iso3);
        Assert.Equal("CHN", claim.Partner?.Iso3);
    }

    [Theory]
    [InlineData("По данным ФТС России, товарооборот России и Китая в 2023 году составил 227,8 млрд долларов.", "RUS", "ФТС России")]
    [InlineData("По данным Главного таможенного управления КНР, товарооборот России и Китая в 2023 году составил $240,1 млрд.", "CHN", "Главного таможенного управления КНР")]
    [InlineData("Как сообщила китайская таможня, товарооборот России и Китая в 2023 году составил $240,1 млрд.", "CHN", "китайская таможня")]
    [InlineData("По данным таможни КНР, товарооборот России и Китая в 2023 году составил $240,1 млрд.", "CHN", "таможни КНР")]
    [InlineData("По данным российской стороны, товарооборот России и Китая в 2023 году составил $227,8 млрд.", "RUS", "По данным российской стороны")]
    public void When_a_sentence_cites_a_sides_statistics_then_the_claim_says_whose(string sentence, string iso3, string words)
    {
        var claim = Read.Single(sentence);

        Assert.Equal((iso3, words), (claim.StatisticsOf?.Iso3, claim.StatisticsText));
        Assert.Contains("ru.statistics.named", claim.Rules);
    }

    [Fact]
    public void When_a_side_is_named_without_citing_its_statistics_then_none_is_read()
    {
        // "с российской стороны" is where goods come from, not whose statistics.
        Assert.All(Read.Claims("Поставки с российской стороны в Китай в 2023 году составили $129,1 млрд."), c => Assert.Null(c.StatisticsOf));
    }

    [Fact]
    public void When_growth_is_a_fraction_in_words_then_pochti_is_nearly()
    {
        var growth = Read.Single("Товарооборот России и Китая в 2022 году вырос почти на треть.").Growth!;

        Assert.Equal((33.3m, 4.17m, Bound.Nearly), (growth.Percent, growth.Rounding, growth.Bound));
    }

    [Fact]
    public void When_the_opposite_flow_follows_a_named_one_bare_then_it_is_the_same_reporters()
    {
        var claims = Read.Claims("Экспорт из России в Китай в 2023 году вырос на 12,7%, а импорт увеличился на 46,9%.");

        Assert.Equal(["china_imports", "china_exports"], claims.Select(c => c.ChinaFlow()));
    }

    [Theory]
    [InlineData("В 2022 году Китай импортировал из России товаров на 114,15 млрд долларов.", "china_imports")]
    [InlineData("В 2022 году Россия экспортировала в Китай товаров на 76,12 млрд долларов.", "china_imports")]
    [InlineData("Китай закупил в России товаров на 114,15 млрд долларов в 2022 году.", "china_imports")]
    [InlineData("В 2022 году Китай закупил в России нефти на 58,4 млрд долларов.", "china_imports")]
    [InlineData("Импорт в Россию из Китая в 2022 году составил 76,12 млрд долларов.", "china_exports")]
    public void When_a_verb_names_the_flow_then_its_subject_and_where_it_bought_are_read(string sentence, string flow)
    {
        // "году" ended with the preposition "у", so "В 2022 году Китай" read Китай as after a preposition and not the
        // subject; "закупил в России" (in Russia: from it) was read as a flow into Russia.
        var claim = Read.Single(sentence, assumePair: false);

        Assert.Equal((flow, CountrySource.Sentence), (claim.ChinaFlow(), claim.CountrySource));
    }

    [Theory]
    [InlineData("В январе-ноябре 2022 года Китай импортировал из России 79,8 млн тонн нефти, что на 10% больше.", 79_800_000, 50_000, VolumeUnit.Tonnes, "нефти")]
    [InlineData("Поставки российского газа в Китай в 2022 году составили 15,5 млрд кубометров.", 15_500_000_000, 50_000_000, VolumeUnit.CubicMetres, "газа")]
    public void When_a_volume_is_stated_then_its_scale_unit_and_product_are_read(string sentence, long amount, long rounding, VolumeUnit unit, string product)
    {
        var claim = Read.Single(sentence);

        Assert.Equal(((decimal)amount, (decimal)rounding, unit, product), (claim.Volume!.Amount, claim.Volume.Rounding, claim.Volume.Unit, claim.VolumeOf));
    }

    [Theory]
    [InlineData("Поставки китайских товаров в Россию в 2023 году выросли почти наполовину.", 50)]
    [InlineData("Товарооборот России и Китая в 2020 году сократился наполовину.", -50)]
    public void When_a_half_is_said_in_words_then_the_verb_gives_its_sign(string sentence, int percent) =>
        Assert.Equal((decimal)percent, Read.Single(sentence).Growth!.Percent); // "выросли наполовину" was −50%

    [Theory]
    [InlineData("Товарооборот России и Китая в 2023 году составил 240,1 млрд долларов, увеличившись на 26,3%.", 26.3)]
    [InlineData("Товарооборот России и Китая в 2024 году достиг 244,8 млрд долларов, прибавив 1,9% к прошлому году.", 1.9)]
    [InlineData("Товарооборот России и Китая в 2015 году составил 64,2 млрд долларов, снизившись на 27,8%.", -27.8)]
    [InlineData("Экспорт России в Китай в 2015 году составил 33,3 млрд долларов, сократившись на 19,1%.", -19.1)]
    [InlineData("Товарооборот России и Китая в 2024 году составил 244,8 млрд долларов (+1,9%).", 1.9)]
    [InlineData("Товарооборот России и Китая в 2015 году составил 64,2 млрд долларов (–27,8% г/г).", -27.8)]
    public void When_the_change_is_a_gerund_or_a_signed_rate_in_brackets_then_it_is_read_with_its_sign(string sentence, double percent)
    {
        // The gerunds ("увеличившись", "снизившись") and "(+1,9%)" had no growth word the rules knew: the rate was dropped.
        var claim = Read.Single(sentence);

        Assert.Equal((decimal)percent, claim.Growth!.Percent);
        Assert.NotNull(claim.AmountUsd);
    }

    [Theory]
    [InlineData("Товарооборот России и Китая в 2015 году просел на 27,8%.", -27.8)]
    [InlineData("Товарооборот России и Китая в 2015 году рухнул на 27,8%.", -27.8)]
    [InlineData("Товарооборот России и Китая в 2021 году взлетел на 35,8%.", 35.8)] // since 7 December 2026: no growth word
    public void When_a_change_is_said_as_sagging_collapsing_or_soaring_then_it_is_read_with_its_sign(string sentence, double percent) =>
        Assert.Equal((decimal)percent, Read.Single(sentence).Growth!.Percent); // "просел", "рухнул" were no growth words

    [Fact]
    public void When_a_share_is_the_subject_of_a_percent_then_it_is_not_the_flows_growth()
    {
        // "Доля Китая … выросла до 34%" was read as Russia-China turnover growth of +34% (and judged inaccurate).
        Assert.Empty(Read.Claims("Доля Китая во внешней торговле России в 2023 году выросла до 34%."));
        var both = Read.Single("Товарооборот России и Китая в 2023 году вырос на 26,3%, а доля Китая в торговле России достигла 34%.");
        Assert.Equal(26.3m, both.Growth!.Percent);
    }

    [Theory]
    [InlineData("Товарооборот России и Китая в 2023 году составил 240 110 млн долларов.", 240.11)]
    [InlineData("Товарооборот России и Китая в 2023 году составил 240 млрд долларов.", 240)]
    public void When_thousands_are_grouped_by_a_plain_space_then_the_number_is_whole(string sentence, double billions)
    {
        // "240 110 млн долларов" was read as 110 million dollars.
        Assert.Equal((decimal)billions, Read.Single(sentence).UsdBillions());
    }

    [Theory]
    [InlineData("составил 240 110 млн долларов", "составил 240\u202F110 млн долларов")]
    [InlineData("составил 1 234,5 млрд рублей", "составил 1\u202F234,5 млрд рублей")]
    [InlineData("в 2023 240 млн долларов", "в 2023 240 млн долларов")] // a year is no first group
    [InlineData("в 2023 году 240 компаний", "в 2023 году 240 компаний")] // no unit after the number
    [InlineData("на 15 1234 млн", "на 15 1234 млн")] // four digits are no group
    public void When_a_plain_space_stands_between_digits_then_only_a_thousands_group_before_a_unit_joins(string text, string normalised) =>
        Assert.Equal(normalised, Turnover.Claims.Internal.TextNormalizer.Normalize(text));

    [Theory]
    [InlineData("Товарооборот России и Китая в прошлом месяце составил 21,8 млрд долларов.", 9)]
    [InlineData("В этом месяце товарооборот России и Китая составит 22 млрд долларов.", 10)]
    public void When_the_month_is_last_or_this_then_it_is_from_the_article_date(string sentence, int month)
    {
        // "в прошлом месяце" read no period; "this month" was the month before the article's, as "last month".
        Assert.Equal(Period.Month(2024, month), Read.Single(sentence, new DateOnly(2024, 10, 20)).Period!.Period);
    }

    [Theory]
    [InlineData("Товарооборот России и Китая в 2023 году вырос на 26,3% после роста на 29,3% годом ранее.")]
    [InlineData("Товарооборот России и Китая в 2023 году вырос на 26,3%, а в предыдущем году — на 29,3%.")]
    [InlineData("Товарооборот России и Китая в 2023 году вырос на 26,3% против 29,3% годом ранее.")]
    [InlineData("Товарооборот России и Китая в 2023 году вырос на 26,3% после 29,3% в 2022 году.")]
    public void When_a_rate_is_of_the_year_before_the_named_one_then_it_is_that_years(string sentence)
    {
        // The 29.3% was read as 2023's ("годом ранее"), or not at all ("в предыдущем году", "против 29,3% годом ранее").
        var claims = Read.Claims(sentence, new DateOnly(2024, 10, 20));

        Assert.Equal([(Period.OfYear(2023), 26.3m), (Period.OfYear(2022), 29.3m)], claims.Select(c => (c.Period!.Period!.Value, c.Growth!.Percent)));
    }

    [Theory]
    [InlineData("В 2024 году товарооборот России и Китая составил 244,8 млрд долларов. Годом ранее товарооборот составлял 240,1 млрд долларов.")]
    [InlineData("В 2024 году товарооборот России и Китая составил 244,8 млрд долларов. Годом ранее он составлял 240,1 млрд долларов.")]
    [InlineData("В 2024 году товарооборот России и Китая составил 244,8 млрд долларов. Это новый рекорд: годом ранее показатель составлял 240,1 млрд долларов.")] // was 2024's, "roughly accurate"
    public void When_a_sentence_opens_with_godom_ranee_then_its_fact_is_the_year_before_the_previous_one(string text)
    {
        // No period was read (not verifiable); with "он" no claim at all.
        var claims = Read.Claims(text, new DateOnly(2025, 1, 20));

        Assert.Equal([(Period.OfYear(2024), 244.8m), (Period.OfYear(2023), 240.1m)], claims.Select(c => (c.Period!.Period!.Value, c.UsdBillions()!.Value)));
    }

    [Fact]
    public void When_a_month_without_a_year_follows_a_figure_as_part_of_it_then_it_is_that_figures_year()
    {
        var claims = Read.Claims("За январь-ноябрь 2023 года товарооборот России и Китая составил 218,2 млрд долларов. Из них в ноябре товарооборот составил 21,5 млрд долларов.", new DateOnly(2025, 1, 20));

        Assert.Equal([Period.YearToDate(2023, 11), Period.Month(2023, 11)], claims.Select(c => c.Period!.Period!.Value));
    }

    [Fact]
    public void When_an_amount_is_of_the_year_before_the_named_one_then_it_is_that_years()
    {
        var claims = Read.Claims("Товарооборот России и Китая в 2023 году составил 240,1 млрд долларов, годом ранее — 190,3 млрд долларов.", new DateOnly(2024, 10, 20));

        Assert.Equal([Period.OfYear(2023), Period.OfYear(2022)], claims.Select(c => c.Period!.Period!.Value));
    }

    [Theory]
    [InlineData("Доля Китая во внешней торговле России выросла до 34% с 18% в 2021 году.")]
    [InlineData("Доля Китая во внешней торговле России выросла с 18% до 34%.")]
    public void When_a_share_moves_between_two_levels_then_neither_is_growth(string sentence) =>
        Assert.DoesNotContain(Read.Claims(sentence), c => c.Growth is not null);

    [Theory]
    [InlineData("В этом году товарооборот России и Китая пока составил 180,3 млрд долларов.")]
    [InlineData("С начала 2024 года товарооборот России и Китая достиг 180,3 млрд долларов.")]
    [InlineData("Товарооборот России и Китая в 2024 году на данный момент составил 180,3 млрд долларов.")]
    public void When_the_year_is_so_far_or_since_its_start_then_it_is_no_whole_year(string sentence)
    {
        // Each was read as the whole of 2024 and judged against its $244.8 bn.
        var period = Read.Single(sentence, new DateOnly(2024, 10, 20)).Period!;
        Assert.Null(period.Period);
        Assert.Equal(2024, period.YearSoFar);
    }

    [Fact]
    public void When_the_year_so_far_has_no_year_of_its_own_then_it_is_the_articles()
    {
        Assert.Equal(2024, Read.Single("Товарооборот России и Китая с начала года достиг 180,3 млрд долларов.", new DateOnly(2024, 10, 20)).Period!.YearSoFar);
    }

    [Fact]
    public void When_a_deadline_year_is_so_far_planned_then_it_stays_the_deadline()
    {
        var claim = Read.Single("Товарооборот России и Китая к 2030 году пока планируется довести до 300 млрд долларов.", new DateOnly(2024, 10, 20));

        Assert.Equal(Period.OfYear(2030), claim.Period!.Period);
    }

    [Fact]
    public void When_a_figure_is_so_far_then_it_takes_no_period_from_the_sentence_before()
    {
        var claims = Read.Claims("Товарооборот России и Китая в 2023 году составил 240,1 млрд долларов. Пока товарооборот составил 180,3 млрд долларов.", new DateOnly(2024, 10, 20));

        Assert.Equal(2, claims.Count);
        Assert.Null(claims[1].Period?.Period);
    }

    [Fact]
    public void When_a_figure_is_since_the_start_of_the_year_then_it_takes_no_period_from_the_sentence_before()
    {
        var claims = Read.Claims("Товарооборот России и Китая в 2023 году составил 240,1 млрд долларов. С начала года товарооборот достиг 180,3 млрд долларов.", new DateOnly(2024, 10, 20));

        Assert.Equal(Period.OfYear(2023), claims[0].Period!.Period);
        Assert.Null(claims[1].Period?.Period); // not 2023 carried over
    }

    [Fact]
    public void When_a_change_in_points_stands_in_brackets_then_it_is_not_a_growth_rate()
    {
        var claim = Read.Single("Доля Китая во внешней торговле России в 2023 году составила 240,1 млрд долларов (+1,9 п.п.).");

        Assert.Null(claim.Growth);
    }

    [Fact]
    public void When_first_months_have_no_year_then_a_fact_is_of_the_latest_such_months_over()
    {
        // On 12 January 2024 "за 11 месяцев" is January–November 2023 (it was 2024's, which no figure could yet show).
        var claim = Read.Single("Экспорт России в Китай за 11 месяцев увеличился на 13,2%, до $117,4 млрд.", new DateOnly(2024, 1, 12));

        Assert.Equal(Period.YearToDate(2023, 11), claim.Period!.Period);
        Assert.Equal(Period.YearToDate(2024, 2), Read.Single("Товарооборот России и Китая за первые два месяца вырос на 9,3%.", new DateOnly(2024, 3, 7)).Period!.Period);
    }

    [Theory]
    [InlineData("Товарооборот России и Китая в 2023 году вырос на 26,3%, сообщило Главное таможенное управление КНР.", "Главное таможенное управление КНР")]
    [InlineData("Товарооборот России и Китая в 2023 году вырос на 26,3%, сообщила Федеральная таможенная служба России.", "Федеральная таможенная служба")]
    [InlineData("Товарооборот России и Китая в 2023 году вырос на 26,3%, заявил Путин в интервью ТАСС.", "Путин")]
    [InlineData("Товарооборот России и Китая в 2023 году вырос на 26,3%, сообщило в понедельник Главное таможенное управление КНР.", "Главное таможенное управление КНР")] // was "в понедельник Главное …"
    public void When_an_agency_is_the_speaker_then_its_whole_name_is_read(string sentence, string speaker) =>
        Assert.Equal(speaker, Read.Single(sentence).Speaker); // was "Главное"

    [Fact]
    public void When_twelve_months_to_a_month_are_named_then_no_period_is_read_rather_than_the_year()
    {
        // "за 12 месяцев по ноябрь 2023 года" was read as 2023 and set against the calendar year ($240.1 bn).
        var claims = Read.Claims("Товарооборот России и Китая в 2022 году составил 190,3 млрд долларов. Товарооборот России и Китая за 12 месяцев по ноябрь 2023 года составил 236 млрд долларов.", new DateOnly(2024, 1, 12));

        Assert.Null(claims[1].Period); // nor the sentence before's 2022
        Assert.Equal(new UnreadPeriod(UnreadPeriodKind.TwelveMonths, "за 12 месяцев по ноябрь 2023 года") { Through = Turnover.Core.Period.Month(2023, 11) }, claims[1].UnreadPeriod);
        Assert.Equal(UnreadPeriodKind.AmbiguousQuarters, Read.Single("Товарооборот России и Китая за 3 квартала 2023 года вырос на 29,5%.").UnreadPeriod?.Kind);
        var six = Read.Single("Товарооборот России и Китая за последние шесть месяцев вырос на 5%.").UnreadPeriod;
        var twelve = Read.Single("За последние 12 месяцев товарооборот России и Китая составил 246 млрд долларов.").UnreadPeriod;
        Assert.Equal((UnreadPeriodKind.LatestMonths, (int?)6), (six?.Kind, six?.Months));
        Assert.Equal((UnreadPeriodKind.LatestMonths, (int?)12), (twelve?.Kind, twelve?.Months));
    }

    [Fact]
    public void When_a_year_is_next_or_a_year_later_then_it_is_read_from_the_article_or_the_year_named()
    {
        Assert.Equal(2023, Read.Single("Товарооборот России и Китая в следующем году превысит 200 млрд долларов.", new DateOnly(2022, 12, 30)).Period?.Period?.Year);
        Assert.Equal([(2015, -28m), (2016, 2.2m)], Read.Claims("В 2015 году товарооборот России и Китая упал на 28%, а годом позже вырос на 2,2%.")
            .Select(c => (c.Period!.Period!.Value.Year, c.Growth!.Percent)));
    }

    [Fact]
    public void When_a_base_years_own_clause_states_a_rate_then_the_rate_is_that_years()
    {
        var claim = Read.Single("Рост замедлился по сравнению с 2023 годом, когда товарооборот России и Китая вырос на 26,3%.");

        Assert.Equal((2023, 26.3m), (claim.Period!.Period!.Value.Year, claim.Growth!.Percent)); // no period was read
    }

    [Theory]
    [InlineData("Товарооборот России и Китая в 2021 году составил 146,9 млрд долларов.", "146,9 млрд долларов")]
    [InlineData("Товарооборот России и Китая в 2021 году составил 146,9 млрд долл. и вырос на 35,8%.", "146,9 млрд долл.")]
    public void When_an_amount_ends_the_sentence_then_its_text_keeps_no_full_stop_but_an_abbreviations(string sentence, string text) =>
        Assert.Equal(text, Read.Single(sentence).Amount!.Text); // "долларов." took the sentence's full stop

    [Theory]
    [InlineData("Россия и Китай планируют удвоить товарооборот к 2030 году.", 100)]
    [InlineData("Россия и Китай намерены увеличить товарооборот вдвое к 2030 году.", 100)]
    [InlineData("Россия и Китай намерены нарастить объём торговли в 1,5 раза к 2030 году.", 50)]
    [InlineData("Товарооборот России и Китая к 2030 году должен утроиться.", 200)]
    [InlineData("Экспорт России в Китай вырастет вдвое к 2030 году.", 100)]
    public void When_a_goal_is_to_double_or_multiply_by_a_year_then_the_growth_is_read_with_the_deadline(string sentence, int percent)
    {
        // "Удвоить", "увеличить … вдвое": only past forms ("увеличился вдвое") were read, so the goal was no claim.
        var claim = Read.Single(sentence, new DateOnly(2024, 5, 16));

        Assert.Equal(((decimal)percent, true, Period.OfYear(2030)), (claim.Growth!.Percent, claim.Period!.IsDeadline, claim.Period.Period));
        Assert.NotEqual(ClaimKind.Fact, claim.Kind);
    }

    [Theory]
    [InlineData("Товарооборот Китая в 2023 году составил 240,1 млрд долларов США.")]
    [InlineData("Товарооборот Китая в 2023 году составил 240,1 млрд долл. США.")]
    public void When_an_amount_is_in_dollars_of_the_US_then_the_US_is_not_the_partner(string sentence)
    {
        // Was China–USA: "США" in "долларов США" read as the partner.
        var claim = Read.Single(sentence);

        Assert.Equal(new[] { "CHN", "RUS" }, new[] { claim.Reporter!.Value.Iso3, claim.Partner!.Value.Iso3 }.Order());
    }

    [Theory]
    [InlineData("Таким образом, стороны досрочно выполнили задачу по выводу товарооборота России и Китая на уровень $200 млрд к 2024 году.")]
    [InlineData("Задача довести товарооборот России и Китая до $200 млрд к 2024 году выполнена досрочно.")]
    public void When_the_sides_fulfil_a_task_of_bringing_trade_to_a_figure_then_it_is_a_target(string sentence)
    {
        // Since 7 December 2026: read as a fact of 2024 and judged "inaccurate" against 2024's $244.8 bn.
        var claim = Read.Single(sentence);
        Assert.Equal((ClaimKind.Target, 2024, true), (claim.Kind, claim.Period?.Period?.Year, claim.AheadOfSchedule));
    }

    [Fact]
    public void When_a_fact_of_the_year_before_is_told_in_passing_then_the_next_sentence_keeps_the_texts_year()
    {
        // Until 7 December 2026 "за год" after "годом ранее …" was the year before's, 2023, and "inaccurate".
        var claims = Read.Claims(
            "Товарооборот России и Китая в 2024 году составил $244,8 млрд.\nГодом ранее показатель составлял $240,1 млрд.\nЭкспорт Китая в Россию за год вырос на 4,1%, до $115,5 млрд.",
            new DateOnly(2025, 1, 13));

        Assert.Equal([2024, 2023, 2024], claims.Select(c => c.Period!.Period!.Value.Year));
        Assert.Contains("context.year-before", claims[1].Rules);
    }
}
