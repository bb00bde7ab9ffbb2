using Turnover.Core;

namespace Turnover.Claims.Tests;

/// <summary>One test per English rule, on sentences written for the purpose in the style of trade news.</summary>
public sealed class EnglishRulesTests
{
    [Theory]
    [InlineData("China's exports to Russia rose to $200 billion in 2023.", 200)]
    [InlineData("Bilateral trade reached US$190.27bn in 2022, customs data showed.", 190.27)]
    [InlineData("Trade between the two countries hit 200 bln dollars in 2021.", 200)]
    [InlineData("Two-way trade stood at $1,280 billion, a figure the ministry later corrected.", 1280)]
    [InlineData("Exports from China to Russia amounted to $76,12 billion in 2022.", 76.12)]
    [InlineData("Russia-China trade turnover came to 146.9 billion U.S. dollars in 2021.", 146.9)]
    [InlineData("Der Handel zwischen China und Russland erreichte 88,5 Milliarden US-Dollar.", 88.5)]
    public void When_an_amount_is_written_in_a_news_form_then_it_is_read_in_us_dollars(string sentence, double billions)
    {
        var claim = Read.Single(sentence);
        Assert.Equal((decimal)billions, claim.UsdBillions());
    }

    [Theory]
    [InlineData("Trade between China and Russia for January-September 2024 was $180.3 billion, up 2.2%.")]
    [InlineData("Trade between China and Russia for the January-September period of 2024 was $180.3 billion.")]
    [InlineData("Trade between China and Russia over January-September 2024 was $180.3 billion.")]
    [InlineData("Between January and September 2024, trade between China and Russia was $180.3 billion.")]
    public void When_a_month_range_follows_for_or_over_then_it_is_the_months_not_the_year(string sentence)
    {
        // "for January-September 2024" was read as the year 2024 and judged against its $244.8 bn: "inaccurate by 26%".
        Assert.Equal(Period.YearToDate(2024, 9), Read.Single(sentence).Period!.Period);
        Assert.Equal(Period.Month(2024, 9), Read.Single("Trade between China and Russia for September 2024 was $21.8 billion.").Period!.Period);
    }

    [Theory]
    [InlineData("Last month, trade between China and Russia reached $21.8 billion.", 9)]
    [InlineData("Trade between China and Russia this month will reach $22 billion.", 10)]
    public void When_the_month_is_last_or_this_then_it_is_from_the_article_date(string sentence, int month) =>
        Assert.Equal(Period.Month(2024, month), Read.Single(sentence, new DateOnly(2024, 10, 20)).Period!.Period); // "this month" was September

    [Theory]
    [InlineData("Trade between China and Russia so far this year has reached $180.3 billion.")]
    [InlineData("Trade between China and Russia this year has reached $180.3 billion so far.")]
    [InlineData("Trade between China and Russia has reached $180.3 billion so far in 2024.")]
    public void When_the_year_is_so_far_then_it_is_no_whole_year(string sentence)
    {
        // Read as the whole of 2024 and judged against its $244.8 bn: "inaccurate by 26%". The month is not named: no period.
        var claim = Read.Single(sentence, new DateOnly(2024, 10, 20));

        Assert.Null(claim.Period?.Period);
        Assert.Equal((2024, PeriodKind.YearToDate), (claim.Period!.YearSoFar, claim.Period.Kind)); // judged on the latest cumulative by the date
        Assert.Equal(Period.OfYear(2024), Read.Single("Trade between China and Russia this year will exceed $240 billion.", new DateOnly(2024, 10, 20)).Period!.Period);
    }

    [Theory]
    [InlineData("Trade between China and Russia this year has reached $180.3 billion.", "en.period.year-not-over")]
    [InlineData("In 2024, trade between China and Russia rose 2.9%.", "en.period.year-not-over")]
    [InlineData("В этом году товарооборот России и Китая вырос на 2,9%.", "ru.period.year-not-over")]
    [InlineData("今年中俄贸易额同比增长2.9%。", "zh.period.year-not-over")]
    public void When_a_fact_is_of_the_articles_own_year_then_it_is_the_year_so_far(string sentence, string rule)
    {
        // Written in October 2024, 2024 was not over: judged on its whole $244.8 bn (published in January 2025) until 8
        // December 2026, now on the latest cumulative published by the article's date.
        var claim = Read.Single(sentence, new DateOnly(2024, 10, 20));

        Assert.Equal((null, 2024, PeriodKind.YearToDate), (claim.Period!.Period, claim.Period.YearSoFar, claim.Period.Kind));
        Assert.Contains(rule, claim.Rules);
    }

    [Fact]
    public void When_the_year_was_over_by_the_article_then_a_fact_of_it_is_the_whole_year() =>
        Assert.Equal(Period.OfYear(2024), Read.Single("In 2024, trade between China and Russia rose 1.9%.", new DateOnly(2025, 1, 20)).Period!.Period);

    [Fact]
    public void When_a_year_so_far_is_not_the_articles_year_or_has_no_date_then_it_is_not_placed()
    {
        Assert.Null(Read.Single("Trade between China and Russia has reached $180.3 billion so far in 2023.", new DateOnly(2024, 10, 20)).Period!.YearSoFar);
        Assert.Null(Read.Single("Trade between China and Russia so far this year has reached $180.3 billion.").Period!.YearSoFar);
    }

    [Fact]
    public void When_a_share_is_the_subject_of_a_percent_then_it_is_not_the_flows_growth()
    {
        // "China's share in Russia's trade rose by 5.1%" was read as China-Russia turnover growth of +5.1%.
        Assert.Empty(Read.Claims("China's share in Russia's trade rose by 5.1% in 2023."));
        var both = Read.Single("Trade between China and Russia rose 26.3% in 2023, and China's share of Russia's trade reached 34%.");
        Assert.Equal(26.3m, both.Growth!.Percent);
        // "share" as a verb is no share.
        Assert.Equal(29.3m, Read.Single("China and Russia share a long border; trade between them rose 29.3% in 2022.").Growth!.Percent);
    }

    [Theory]
    [InlineData("China made up a third of Russia's foreign trade in 2023, up from 18% in 2021.")] // +33.3% in 2023 and +18% in 2021
    [InlineData("China's share of Russia's trade rose to 34% in 2023, up from 18% in 2021.")] // +18% in 2021
    [InlineData("China accounted for about a third of Russia's trade in 2023.")]
    [InlineData("Russia now accounts for about 4% of China's foreign trade, up from 2% in 2021.")] // +2% in 2021, "inaccurate"
    [InlineData("В 2023 году на Россию пришлось около 4% внешней торговли Китая, по сравнению с 2% в 2021 году.")]
    [InlineData("As a share of Russia's total trade, China's trade rose to 34% in 2023.")]
    public void When_a_share_is_said_with_a_verb_or_its_earlier_level_then_no_growth_is_read(string sentence) =>
        Assert.DoesNotContain(Read.Claims(sentence), c => c.Growth is not null);

    [Theory]
    [InlineData("China-Russia trade rose 26.3% in 2023, up from 25% a year earlier.")]
    [InlineData("China-Russia trade rose 26.3% in 2023, up from 25% in 2022.")]
    [InlineData("China-Russia trade rose 26.3% in 2023 after a 25% rise the year before.")]
    [InlineData("China-Russia trade rose 26.3% in 2023, up from 25% the previous year.")]
    public void When_a_rate_is_compared_with_the_year_befores_then_that_one_is_the_year_befores(string sentence)
    {
        // The 25% was read as 2023's growth beside the 26.3% (and judged "inaccurate" against it).
        var claims = Read.Claims(sentence);

        Assert.Equal([(Period.OfYear(2023), 26.3m), (Period.OfYear(2022), 25m)], claims.Select(c => (c.Period!.Period!.Value, c.Growth!.Percent)));
    }

    [Theory]
    [InlineData("China-Russia trade grew 1.9% in 2024, compared with 26.3% in 2023.")]
    [InlineData("Growth in China-Russia trade slowed to 1.9% in 2024 from 26.3% a year earlier.")]
    [InlineData("China-Russia trade grew 1.9% year on year in 2024, compared with 26.3% in 2023.")]
    [InlineData("China-Russia trade rose 1.9% year on year in 2024 against a 26.3% rise in 2023.")]
    [InlineData("China-Russia trade grew 1.9% in 2024, slowing sharply from 26.3% in 2023.")]
    public void When_a_bare_rate_is_set_against_the_one_before_then_it_is_a_claim_of_its_own_period(string sentence)
    {
        // The 26.3% was not read (no growth word before it) or, with "a 26.3% rise", read as 2024's and "inaccurate".
        var claims = Read.Claims(sentence);

        Assert.Equal([(Period.OfYear(2024), 1.9m), (Period.OfYear(2023), 26.3m)], claims.Select(c => (c.Period!.Period!.Value, c.Growth!.Percent)));
    }

    [Fact]
    public void When_a_sentence_states_two_periods_then_the_next_sentence_carries_the_latest()
    {
        // The 26.3% of 2023, written last, was the period carried: the exports were judged against 2023's.
        var claims = Read.Claims("China-Russia trade rose 1.9% to $244.8 billion in 2024, slowing from 26.3% in 2023. China's exports to Russia increased 4.1% to $115.5 billion.");

        Assert.Equal([Period.OfYear(2024), Period.OfYear(2023), Period.OfYear(2024)], claims.Select(c => c.Period!.Period!.Value));
        Assert.Equal(PeriodResolution.FromPreviousSentence, claims[2].Period!.Resolution);
    }

    [Fact]
    public void When_a_compared_rate_follows_an_amount_then_the_amount_stays_with_the_first_rate()
    {
        var claims = Read.Claims("China-Russia trade rose 1.9% in 2024 to $244.8 billion, after 26.3% in 2023.");

        Assert.Equal(
            [(Period.OfYear(2024), 1.9m, (decimal?)244.8m), (Period.OfYear(2023), 26.3m, null)],
            claims.Select(c => (c.Period!.Period!.Value, c.Growth!.Percent, c.UsdBillions())));
    }

    [Fact]
    public void When_a_compared_rate_is_of_the_same_period_last_year_then_it_is_a_year_before_the_rate_it_is_compared_with()
    {
        // The 26.7% took the period of the sentence before's fact, a year back (2022), and was judged against 2022's +29.3%.
        var claims = Read.Claims(
            "China-Russia trade reached $240.1 billion in 2023. In January-November 2024, China-Russia trade rose 2.3% year on year, compared with 26.7% in the same period last year.",
            new DateOnly(2024, 12, 20));

        Assert.Equal([Period.OfYear(2023), Period.YearToDate(2024, 11), Period.YearToDate(2023, 11)], claims.Select(c => c.Period!.Period!.Value));
        Assert.Equal(26.7m, claims[2].Growth!.Percent);
    }

    [Theory]
    [InlineData("China-Russia trade reached $244.8 billion in 2024. A year earlier, trade stood at $240.1 billion.", 2023, 1, 12)]
    [InlineData("China-Russia trade reached $244.8 billion in 2024. A year earlier, it stood at $240.1 billion.", 2023, 1, 12)]
    [InlineData("China-Russia trade reached $244.8 billion in 2024. The previous year, it was $240.1 billion.", 2023, 1, 12)]
    [InlineData("In January-November 2024, China-Russia trade was $224.8 billion. A year earlier, trade was $218.2 billion.", 2023, 1, 11)]
    public void When_a_sentence_opens_with_the_year_before_then_its_fact_is_the_previous_facts_period_a_year_back(string text, int year, int startMonth, int months)
    {
        // It read no period (not verifiable), "the previous year" was the article's year before (2024), and "it stood at"
        // was no claim at all.
        var claims = Read.Claims(text, new DateOnly(2025, 1, 20));

        Assert.Equal(2, claims.Count);
        Assert.Equal(Period.Span(year, startMonth, months), claims[1].Period!.Period);
        Assert.Equal(PeriodResolution.FromPreviousSentence, claims[1].Period!.Resolution);
    }

    [Fact]
    public void When_a_sentence_opens_with_the_year_before_and_no_fact_precedes_then_it_has_no_period()
    {
        Assert.Null(Read.Single("A year earlier, China's exports to Russia rose 10%.").Period?.Period);
        Assert.Null(Read.Single("China's exports to Russia rose 10% from a year earlier.").Period?.Period); // a base, wherever it stands
    }

    [Theory]
    [InlineData("India-Russia bilateral trade reached a record $65.7 billion in FY2023-24.")]
    [InlineData("India-Russia trade touched $65.7 billion in the 2023-24 fiscal year.")]
    [InlineData("Trade between India and Russia rose to $65.7 billion in fiscal 2024.")]
    [InlineData("India's imports from Russia were $61.4 billion in FY24.")]
    [InlineData("Japan's exports to China fell 6.2% in fiscal 2023, which ended in March 2024.")]
    [InlineData("India's exports to Russia were $4.3 billion in the fiscal year ending March 2024.")]
    public void When_a_figure_is_of_a_fiscal_year_then_no_calendar_period_is_read(string sentence)
    {
        // India's April–March year was read as the calendar year 2023 (or 2024, or March 2024), to be judged against it.
        var claim = Read.Single(sentence);
        Assert.Null(claim.Period?.Period);
        Assert.Equal(UnreadPeriodKind.FiscalYear, claim.UnreadPeriod?.Kind); // named, for the verdict's reason
    }

    [Fact]
    public void When_a_fiscal_year_follows_a_calendar_fact_then_no_period_is_carried_to_it()
    {
        var claims = Read.Claims("India-Russia trade reached $65.7 billion in 2024. India's imports from Russia were $61.4 billion in FY24.");

        Assert.Equal([Period.OfYear(2024), (Period?)null], claims.Select(c => c.Period?.Period));
    }

    [Theory]
    [InlineData("China's exports to Russia fell 3% in 2024, compared with 46.9% in 2023.")] // a fall, or a rise, in 2023? The words do not say.
    [InlineData("China's exports to Russia rose 3% in November 2024, compared with 5% a year earlier.")] // a year before November: no period read
    [InlineData("China's exports to Russia rose 5% to $10 billion, up from 4% a year earlier.")] // no year named: no period for the 4%
    public void When_a_compared_rate_has_no_sign_or_period_of_its_own_then_it_is_not_read(string sentence) =>
        Assert.Single(Read.Claims(sentence));

    [Fact]
    public void When_a_month_without_a_year_follows_a_figure_as_part_of_it_then_it_is_that_figures_year()
    {
        // "Of this, … in November" in an article of January 2025 was November 2024.
        var claims = Read.Claims("In January-November 2023, China-Russia trade reached $218.2 billion. Of this, trade in November was $21.5 billion.", new DateOnly(2025, 1, 20));

        Assert.Equal([Period.YearToDate(2023, 11), Period.Month(2023, 11)], claims.Select(c => c.Period!.Period!.Value));
    }

    [Fact]
    public void When_last_year_is_the_named_years_own_then_it_is_the_year_before_it()
    {
        // Of 20 October 2024, "last year" is 2023, the year the sentence names: both rates were read as 2023's.
        var claims = Read.Claims("China-Russia trade rose 26.3% in 2023, after rising 29.3% last year.", new DateOnly(2024, 10, 20));

        Assert.Equal([(Period.OfYear(2023), 26.3m), (Period.OfYear(2022), 29.3m)], claims.Select(c => (c.Period!.Period!.Value, c.Growth!.Percent)));
        Assert.Equal(Period.OfYear(2023), Read.Single("China-Russia trade rose 26.3% last year.", new DateOnly(2024, 10, 20)).Period!.Period);
    }

    [Fact]
    public void When_a_rate_is_compared_with_the_rate_before_and_no_period_is_given_then_that_one_is_not_read()
    {
        var claim = Read.Single("China-Russia trade rose 26.3% in 2023, up from 25% before the sanctions.");

        Assert.Equal((Period.OfYear(2023), 26.3m), (claim.Period!.Period!.Value, claim.Growth!.Percent));
    }

    [Fact]
    public void When_a_year_earlier_follows_a_month_or_no_year_then_it_is_no_period()
    {
        // A year-on-year base, not the claim's period.
        Assert.Equal(Period.Month(2024, 5), Read.Single("China's exports to Russia rose 10% in May 2024 from a year earlier.").Period!.Period);
        Assert.Null(Read.Single("China's exports to Russia rose 10% from a year earlier.").Period?.Period);
    }

    [Theory]
    [InlineData("Trade between China and Russia rebounded 35.8% in 2021.", 35.8)]
    [InlineData("Trade between China and Russia recovered by 35.8% in 2021.", 35.8)]
    [InlineData("Trade between China and Russia retreated 2.9% in 2020.", -2.9)]
    [InlineData("Trade between China and Russia tumbled 27.8% in 2015.", -27.8)]
    [InlineData("Trade between China and Russia plummeted 27.8% in 2015.", -27.8)] // since 7 December 2026: no growth word
    [InlineData("Trade between China and Russia nosedived 27.8% in 2015.", -27.8)]
    [InlineData("Trade between China and Russia crashed 27.8% in 2015.", -27.8)]
    [InlineData("Trade between China and Russia shed 27.8% in 2015.", -27.8)]
    [InlineData("Trade between China and Russia skyrocketed 35.8% in 2021.", 35.8)]
    public void When_the_change_is_a_verb_of_recovery_or_retreat_then_it_is_read_with_its_sign(string sentence, double percent) =>
        Assert.Equal((decimal)percent, Read.Single(sentence).Growth!.Percent); // "rebounded", "recovered", "retreated" were no growth words

    [Theory]
    [InlineData("Trade between China and Russia reached $244.8 billion in 2024 (+1.9%).", 1.9)]
    [InlineData("Trade between China and Russia came to $64.2 billion in 2015 (−27.8% y/y).", -27.8)]
    [InlineData("Trade between China and Russia came to $64.2 billion in 2015 (-27.8%).", -27.8)]
    public void When_a_signed_rate_stands_in_brackets_after_the_amount_then_it_is_the_growth(string sentence, double percent) =>
        Assert.Equal((decimal)percent, Read.Single(sentence).Growth!.Percent); // no growth word: the rate was dropped

    [Fact]
    public void When_an_amount_is_in_yuan_then_it_stays_in_yuan_and_has_no_dollar_figure()
    {
        var claim = Read.Single("Trade between China and Russia amounted to 1.28 trillion yuan in the first nine months of 2024.");
        Assert.Equal("CNY", claim.Amount!.Value.Currency.Code);
        Assert.Equal(1_280_000_000_000m, claim.Amount.Value.Amount);
        Assert.Null(claim.AmountUsd);
    }

    [Fact]
    public void When_a_yuan_amount_has_a_dollar_figure_in_brackets_then_both_are_kept_and_the_growth_is_in_yuan()
    {
        var claim = Read.Single("Trade between China and Russia grew by 3.1%, amounting to 1.5 trillion yuan ($210.4 billion) in 2024.");
        Assert.Equal("CNY", claim.Amount!.Value.Currency.Code);
        Assert.Equal(210.4m, claim.UsdBillions());
        Assert.Equal("CNY", claim.Growth!.ComputedIn?.Code);
    }

    [Fact]
    public void When_the_text_gives_a_number_to_one_decimal_then_the_rounding_is_half_a_unit_of_that_decimal()
    {
        var claim = Read.Single("Bilateral trade reached $88.8 billion in 2013.");
        Assert.Equal(50_000_000m, claim.Amount!.Rounding);
        Assert.Equal("$88.8 billion", claim.Amount.Text);
    }

    [Theory]
    [InlineData("Bilateral trade reached about $120 billion in 2019.", Bound.About)]
    [InlineData("Bilateral trade reached more than $120 billion in 2019.", Bound.MoreThan)]
    [InlineData("Bilateral trade reached nearly $120 billion in 2019.", Bound.Nearly)]
    [InlineData("Bilateral trade reached at least $120 billion in 2019.", Bound.AtLeast)]
    [InlineData("Bilateral trade reached less than $120 billion in 2019.", Bound.LessThan)]
    [InlineData("Bilateral trade reached $120 billion in 2019.", Bound.Exact)]
    [InlineData("Bilateral trade exceeded $120 billion in 2019.", Bound.MoreThan)]
    [InlineData("Bilateral trade surpassed $120 billion in 2019.", Bound.MoreThan)]
    [InlineData("Bilateral trade topped $120 billion in 2019.", Bound.MoreThan)]
    [InlineData("In 2018, bilateral trade rose 27%, topping $100 billion.", Bound.MoreThan)] // since 6 December 2026: the participles were an exact $100 bn, "inaccurate"
    [InlineData("In 2018, bilateral trade rose 27%, surpassing $100 billion.", Bound.MoreThan)]
    [InlineData("In 2018, bilateral trade rose 27%, crossing $100 billion.", Bound.MoreThan)]
    [InlineData("Bilateral trade passed $100 billion in 2018.", Bound.MoreThan)]
    [InlineData("Bilateral trade broke through $100 billion in 2018.", Bound.MoreThan)]
    [InlineData("Bilateral trade crossed the $100 billion mark in 2018.", Bound.MoreThan)] // was an exact $100 bn
    [InlineData("Bilateral trade reached the $100 billion mark in 2018.", Bound.AtLeast)]
    [InlineData("Bilateral trade is expected to exceed $190 billion in 2022.", Bound.MoreThan)] // since 7 December 2026: a forecast's base verb was an exact amount
    [InlineData("Bilateral trade could top $190 billion in 2022.", Bound.MoreThan)]
    [InlineData("Bilateral trade will surpass $190 billion in 2022.", Bound.MoreThan)]
    [InlineData("Bilateral trade is set to break through the $200 billion mark in 2023.", Bound.MoreThan)]
    [InlineData("Bilateral trade will not exceed $190 billion in 2022.", Bound.UpTo)]
    [InlineData("Bilateral trade hit the $100 billion mark in 2018.", Bound.AtLeast)]
    [InlineData("Товарооборот в 2018 году преодолел отметку в 100 млрд долларов.", Bound.MoreThan)]
    [InlineData("Товарооборот в 2023 году перевалил за 200 млрд долларов.", Bound.MoreThan)]
    [InlineData("Товарооборот в 2023 году превысил отметку 200 млрд долларов.", Bound.MoreThan)]
    [InlineData("2023年中俄贸易额跨越2000亿美元大关。", Bound.MoreThan)]
    [InlineData("2023年中俄贸易额站上2000亿美元新台阶。", Bound.MoreThan)]
    public void When_a_bound_word_precedes_an_amount_then_the_bound_is_kept(string sentence, Bound bound)
    {
        Assert.Equal(bound, Read.Single(sentence).Amount!.Bound);
    }

    [Theory]
    [InlineData("Bilateral trade was up 29.3% year on year at $190 billion.", 29.3, GrowthComparison.YearOnYear)]
    [InlineData("Chinese exports to Russia fell 3.1 percent to $60 billion.", -3.1, GrowthComparison.Unstated)]
    [InlineData("Chinese exports to Russia decreased by 4.2% month-on-month to $9.1 billion.", -4.2, GrowthComparison.PreviousPeriod)]
    [InlineData("Bilateral trade rose 1.5% quarter on quarter in the third quarter.", 1.5, GrowthComparison.PreviousPeriod)]
    [InlineData("Bilateral trade rose 1.5% q/q in the third quarter.", 1.5, GrowthComparison.PreviousPeriod)]
    [InlineData("Bilateral trade in November rose 3% from October to $21.8 billion.", 3, GrowthComparison.PreviousPeriod)] // was judged year on year
    [InlineData("Bilateral trade from January to November rose 2% to $222.8 billion.", 2, GrowthComparison.Unstated)]
    [InlineData("Bilateral trade in November rose 1.5% from a month earlier to $21.5 billion.", 1.5, GrowthComparison.PreviousPeriod)] // these four since 7 December 2026: judged year on year
    [InlineData("Bilateral trade in November was 1.5% higher than the previous month, at $21.5 billion.", 1.5, GrowthComparison.PreviousPeriod)]
    [InlineData("В ноябре товарооборот составил $21,5 млрд, что на 1,5% больше, чем месяцем ранее.", 1.5, GrowthComparison.PreviousPeriod)]
    [InlineData("В ноябре товарооборот вырос на 1,5% к предыдущему месяцу, до $21,5 млрд.", 1.5, GrowthComparison.PreviousPeriod)]
    [InlineData("Bilateral trade in November rose 1.5 percent on-month to $21.5 billion.", 1.5, GrowthComparison.PreviousPeriod)] // Yonhap's word, since 7 December 2026
    [InlineData("Russia's exports to China reached $11.0 billion, 41% higher than in March 2021.", 41, GrowthComparison.YearOnYear)]
    [InlineData("Bilateral trade grew by a quarter in 2022.", 25, GrowthComparison.Unstated)]
    [InlineData("Bilateral trade doubled in ten years.", 100, GrowthComparison.Unstated)]
    [InlineData("The trade turnover showed a 12.5 percent growth in 2019.", 12.5, GrowthComparison.Unstated)]
    public void When_a_growth_rate_is_written_then_its_sign_and_comparison_are_read(string sentence, double percent, GrowthComparison comparison)
    {
        var growth = Assert.Single(Read.Claims(sentence), c => c.Growth is not null).Growth!;
        Assert.Equal((decimal)percent, growth.Percent);
        Assert.Equal(comparison, growth.Comparison);
    }

    [Theory]
    [InlineData("China's exports to Russia fell 9.5% from their peak in December 2023.", -9.5, "from their peak")]
    [InlineData("Trade between the two countries was up 30% on pre-war levels in 2023.", 30, "on pre-war levels")]
    [InlineData("Bilateral trade grew 25% over its 2021 high in 2023.", 25, "over its 2021 high")]
    [InlineData("Russian exports to China dropped 12% from the record high of March 2023 in May 2023.", -12, "from the record high")]
    public void When_a_rate_is_against_a_base_named_without_a_period_then_it_says_so(string sentence, double percent, string baseText)
    {
        var growth = Read.Single(sentence).Growth!;
        Assert.Equal(((decimal)percent, GrowthComparison.OtherBase, baseText), (growth.Percent, growth.Comparison, growth.BaseText));
    }

    [Theory]
    [InlineData("Bilateral trade rose 26.3% to a record high of $240.1 billion in 2023.")]
    [InlineData("Bilateral trade rose 36% from a low base in 2021.")]
    [InlineData("Bilateral trade rose only 1.9% in 2024, on a high base.")]
    public void When_a_record_or_a_low_base_is_named_then_the_rate_stays_year_on_year(string sentence) =>
        Assert.Equal((GrowthComparison.Unstated, (string?)null), Read.Single(sentence).Growth is { } g ? (g.Comparison, g.BaseText) : default);

    [Theory]
    [InlineData("China's imports of Russian crude oil rose 10% in volume in January-November 2022.", "in volume")]
    [InlineData("China's crude oil imports from Russia rose 10% by volume in 2022.", "by volume")]
    public void When_a_rate_is_of_quantity_then_it_is_a_volume_not_a_value(string sentence, string text) =>
        Assert.Equal((SubsetKind.Volume, text), Read.Single(sentence) is var c ? (c.Subset, c.SubsetText) : default);

    [Fact]
    public void When_a_sentence_gives_a_rate_in_value_and_one_in_volume_then_the_value_stays_a_value() =>
        Assert.Equal(
            (51m, SubsetKind.ProductGroup),
            Read.Claims("China's crude oil imports from Russia rose 51% in value and 10% in volume in January-November 2022.").Select(c => (c.Growth!.Percent, c.Subset)).First());

    [Theory]
    [InlineData("Bilateral trade grew by 100000000000000% to $240 billion in 2023.")]
    [InlineData("Bilateral trade fell by 120% to $240 billion in 2023.")]
    public void When_a_growth_rate_is_impossible_for_a_trade_value_then_the_amount_is_read_without_it(string sentence)
    {
        var claim = Read.Single(sentence);
        Assert.Null(claim.Growth);
        Assert.Equal(240m, claim.UsdBillions());
    }

    [Theory]
    [InlineData("Bilateral trade reached $900,000 trillion in 2023, up 26%.")]
    [InlineData("Bilateral trade reached $1,000,000,000,000,001 in 2023, up 26%.")]
    public void When_a_dollar_amount_is_beyond_forty_years_of_world_trade_then_only_the_growth_is_read(string sentence)
    {
        var claim = Read.Single(sentence);
        Assert.Null(claim.Amount);
        Assert.Equal(26m, claim.Growth?.Percent);
    }

    [Fact]
    public void When_a_dollar_amount_is_at_the_ceiling_then_it_is_read()
    {
        Assert.Equal(1_000_000m, Read.Single("Bilateral trade reached $1,000 trillion in 2023.").UsdBillions());
    }

    [Theory]
    [InlineData("China-Russia trade rose by $49.9 billion in 2023.")]
    [InlineData("China-Russia trade in 2023 increased by about $49.9 billion from a year earlier.")]
    [InlineData("China-Russia trade was up $49.9 billion in 2023.")]
    [InlineData("2023 saw an increase of $49.9 billion in China-Russia trade.")]
    [InlineData("The increase in China-Russia trade in 2023 was $49.9 billion.")]
    [InlineData("In 2023 the rise in trade between China and Russia amounted to about $50 billion.")]
    public void When_an_amount_is_a_change_then_it_is_not_read_as_the_level(string sentence)
    {
        // Read as the level, $49.9 bn against 2023's $240.1 bn was "inaccurate, -79%".
        Assert.DoesNotContain(Read.Claims(sentence), c => c.Amount is not null && !c.AmountIsChange); // a change verb's amount is read as a change (ChangeTests)
    }

    [Theory]
    [InlineData("China-Russia trade was $230-245 billion in 2023.", "$230-245 billion")]
    [InlineData("China-Russia trade was between $230 and $245 billion in 2023.", "between $230 and $245 billion")]
    [InlineData("China-Russia trade was between $230 billion and $245 billion in 2023.", "between $230 billion and $245 billion")]
    public void When_an_amount_is_a_range_then_it_is_one_claim_of_its_middle_with_half_the_range_as_rounding(string sentence, string text)
    {
        var claim = Read.Single(sentence);

        Assert.Equal((Bound.Range, text, 237.5m), (claim.Amount!.Bound, claim.Amount.Text, claim.UsdBillions()!.Value));
        Assert.Equal(230e9m, claim.Amount.RangeLow!.Value.Amount);
        Assert.Equal(8e9m, claim.Amount.Rounding); // 7.5 bn, and half a unit of the ends' last digit
    }

    [Theory]
    [InlineData("China-Russia trade grew 25-30% in 2023.", 27.5, 25)]
    [InlineData("China-Russia trade grew between 25 and 30% in 2023.", 27.5, 25)]
    [InlineData("China-Russia trade fell 25-35% in 2015.", -30, -25)]
    public void When_a_growth_rate_is_a_range_then_it_is_one_rate_of_its_middle(string sentence, decimal middle, decimal low)
    {
        var growth = Read.Single(sentence).Growth!;

        Assert.Equal((Bound.Range, middle, low), (growth.Bound, growth.Percent, growth.RangeLow!.Value));
    }

    [Fact]
    public void When_two_rates_are_listed_then_they_are_no_range() =>
        Assert.Equal(Bound.Exact, Read.Claims("China's exports to Russia rose 25% and imports 30% in 2023.")[0].Growth!.Bound);

    [Theory]
    [InlineData("China-Russia trade in 2022 was 2.7 times that of 2016.")]
    [InlineData("China-Russia trade grew 2.7-fold between 2016 and 2022.")]
    public void When_a_level_is_a_multiple_of_an_earlier_years_then_it_is_growth_since_that_year(string sentence)
    {
        var growth = Read.Single(sentence).Growth!;

        Assert.Equal((170m, 5m, Bound.Exact, "2016"), (growth.Percent, growth.Rounding, growth.Bound, growth.Since?.ToString()));
    }

    [Theory]
    [InlineData("China-Russia trade in 2024 was more than double its 2019 level.", 100, Bound.MoreThan, "2019")]
    [InlineData("China-Russia trade reached $244.8 billion in 2024, more than twice that of 2019.", 100, Bound.MoreThan, "2019")] // 2019 was the claim's period
    [InlineData("China-Russia trade in 2024 was nearly triple the 2014 level.", 200, Bound.Nearly, "2014")]
    [InlineData("China-Russia trade reached $244.8 billion in 2024, more than double the level in 2016.", 100, Bound.MoreThan, "2016")] // these three were no rate
    [InlineData("China-Russia trade reached $244.8 billion in 2024, about twice as much as in 2016.", 100, Bound.About, "2016")]
    [InlineData("China-Russia trade reached $244.8 billion in 2024, 3.5 times the 2016 figure.", 250, Bound.Exact, "2016")]
    [InlineData("In 2024, China-Russia trade amounted to $244.8 billion, which is 1.7 times more than in 2021.", 70, Bound.Exact, "2021")] // 2021 was the amount's year
    [InlineData("China-Russia trade reached $244.8 billion in 2024, 1.7 times higher than in 2021.", 70, Bound.Exact, "2021")]
    public void When_a_level_is_double_or_triple_an_earlier_years_then_it_is_growth_since_that_year(string sentence, int percent, Bound bound, string since)
    {
        // Not read before 6 December 2026.
        var claim = Read.Single(sentence);

        Assert.Equal((2024, (decimal)percent, bound, since), (claim.Period!.Period!.Value.Year, claim.Growth!.Percent, claim.Growth.Bound, claim.Growth.Since?.ToString()));
    }

    [Theory]
    [InlineData("Trade between China and Russia rose 1.9% to $244.8 billion in 2024, more than double the $107.8 billion of 2020.", 100, Bound.MoreThan)]
    [InlineData("Trade between China and Russia rose 1.9% to $244.8 billion in 2024. That is more than double the $107.8 billion recorded in 2020.", 100, Bound.MoreThan)]
    [InlineData("Trade between China and Russia rose 1.9% to $244.8 billion in 2024, 2.3 times the $107.8 billion of 2020.", 130, Bound.Exact)]
    public void When_a_level_is_a_multiple_of_an_earlier_years_stated_amount_then_it_is_growth_since_that_year_and_the_amount_its_base(string text, int percent, Bound bound)
    {
        // Until 7 December 2026 the multiple was not read and the 1.9% ran from 2020 ("inaccurate" against +127%); with
        // "recorded in 2020" the multiple, once read, was 2020's and the base amount lost.
        var claims = Read.Claims(text, new DateOnly(2025, 1, 20));

        Assert.Equal(
            [(2024, 1.9m, Bound.Exact, null, false), (2024, percent, bound, (int?)2020, false), (2020, (decimal?)null, Bound.Exact, null, true)],
            claims.Where(c => c.Growth is not null || c.IsBaseLevel())
                .Select(c => (c.Period!.Period!.Value.Year, c.Growth?.Percent, c.Growth?.Bound ?? Bound.Exact, c.Growth?.Since?.Year, c.IsBaseLevel())));
        Assert.Equal(107.8m, claims.Single(c => c.IsBaseLevel()).UsdBillions());
    }

    [Fact]
    public void When_a_fraction_follows_a_perfect_tense_then_it_is_a_growth_rate()
    {
        // "has grown by two-thirds" was not read before 7 December 2026 (only "grew", "rose"…).
        var claim = Read.Single("Since 2021, trade between China and Russia has grown by two-thirds.", new DateOnly(2025, 1, 20));

        Assert.Equal((66.7m, 2021, true), (claim.Growth!.Percent, claim.Growth.Since!.Value.Year, claim.Period!.ToLatest));
    }

    [Fact]
    public void When_a_span_opens_the_sentence_then_a_rate_far_after_it_runs_over_it()
    {
        // Until 7 December 2026 the span was more than 60 characters before the rate and not read: "no period".
        var claim = Read.Single("Over the past five years, trade between China and Russia has grown at an average annual rate of about 17%.", new DateOnly(2025, 1, 20));

        Assert.Equal((5, true, true), (claim.Growth!.YearsSpanned, claim.Growth.AverageAnnual, claim.Period!.ToLatest));
    }

    [Fact]
    public void When_an_amount_is_so_much_more_than_a_years_then_it_is_a_difference_not_a_level()
    {
        var claim = Read.Single("China-Russia trade was $244.8 billion in 2024, $4.7 billion more than in 2023.");

        Assert.Equal((2024, 244.8m), (claim.Period!.Period!.Value.Year, claim.UsdBillions()!.Value));
        // "more than a year ahead of schedule" is about the time, and the amount stays the claim's.
        Assert.Equal(200m, Read.Claims("Bilateral trade hit $200 billion more than a year ahead of schedule.")[0].UsdBillions());
    }

    [Theory]
    [InlineData("China's exports to Russia were twice its imports in 2024.")] // no earlier year: a ratio of flows, no growth
    [InlineData("China's trade with Russia in 2023 was 2.7 times that with India.")]
    [InlineData("China-Russia trade grew 5 times faster than trade with India in 2023.")]
    public void When_a_multiple_has_no_earlier_year_then_it_is_no_growth_rate(string sentence) =>
        Assert.All(Read.Claims(sentence), c => Assert.Null(c.Growth));

    [Theory]
    [InlineData("Bilateral trade grew 2.5 times over the past decade to $244.8 billion in 2024.", 150, 2014)]
    [InlineData("Over the past decade, trade between China and Russia has grown 2.5-fold to $244.8 billion in 2024.", 150, 2014)]
    [InlineData("Trade between China and Russia grew 1.3 times in 2023.", 30, null)] // year on year
    [InlineData("Trade between China and Russia has risen about threefold in five years to $244.8 billion in 2024.", 200, 2019)]
    public void When_a_rise_verb_is_followed_by_a_multiple_then_it_is_a_growth_rate(string sentence, int percent, int? since)
    {
        // Not read before 6 December 2026: a multiple was growth only before an earlier year or its level.
        var growth = Read.Single(sentence).Growth!;

        Assert.Equal(((decimal)percent, since), (growth.Percent, growth.Since?.Year));
    }

    [Theory]
    [InlineData("Trade between China and Russia grew 2.5 times faster than trade with India in 2023.")]
    [InlineData("Trade between China and Russia grew five times as fast as trade with India in 2023.")]
    [InlineData("China's exports to Russia rose 2.5 times more than its imports in 2023.")]
    public void When_a_multiple_after_a_rise_verb_compares_with_something_else_then_it_is_no_growth_rate(string sentence) =>
        Assert.All(Read.Claims(sentence), c => Assert.Null(c.Growth));

    [Theory]
    [InlineData("Bilateral trade has nearly tripled over the past decade to $244.8 billion in 2024.", 2014)] // was judged on 2023 (+1.9%)
    [InlineData("Over the last 10 years, bilateral trade has grown by 170% to $244.8 billion in 2024.", 2014)]
    [InlineData("Bilateral trade has doubled in five years to $244.8 billion in 2024.", 2019)]
    [InlineData("Bilateral trade grew 1.9% in 2024, its slowest pace in five years.", null)] // a superlative's span
    [InlineData("Bilateral trade fell 6.9% in 2025, the first annual decline in five years.", null)]
    [InlineData("Bilateral trade grew 1.9% in 2024 and is expected to double in the next five years.", null)]
    public void When_a_rate_spans_years_by_its_words_then_it_runs_from_that_many_years_before(string sentence, int? since)
    {
        var claim = Read.Claims(sentence).First(c => c.Growth is not null);

        Assert.Equal(since, claim.Growth!.Since?.Year);
    }

    [Fact]
    public void When_two_rates_have_their_own_bases_then_each_runs_from_its_own()
    {
        // Since 7 December 2026: the 1.9% ran from 2015, the multiple's base, and was inaccurate; the multiple was lost.
        var rates = Read.Claims("Bilateral trade hit $244.8 billion in 2024, up 1.9% from 2023 and 2.7 times its 2015 level.", new DateOnly(2025, 1, 20))
            .Where(c => c.Growth is not null).ToList();

        Assert.Equal([(1.9m, null), (170m, (int?)2015)], rates.Select(c => (c.Growth!.Percent, c.Growth.Since?.Year)));
    }

    [Fact]
    public void When_the_year_is_named_relatively_then_a_multiple_of_an_earlier_year_runs_from_it()
    {
        // "Last year" had no year when the base was sought: the multiple was judged on a year earlier.
        var claim = Read.Claims("Bilateral trade hit $244.8 billion last year, about 2.7 times its 2015 level.", new DateOnly(2025, 1, 20)).Single(c => c.Growth is not null);

        Assert.Equal((2024, 2015), (claim.Period?.Period?.Year, claim.Growth!.Since?.Year));
    }

    [Theory]
    [InlineData("Trade between Russia and China has more than doubled since 2016.", 2016, "since 2016")]
    [InlineData("Since 2019, bilateral trade has risen 121%.", 2019, "Since 2019")]
    [InlineData("Bilateral trade has grown by 60% since 2019 to $244.8 billion.", 2019, "since 2019")]
    public void When_a_rate_runs_since_a_year_with_no_end_then_it_runs_to_the_latest_year(string sentence, int since, string words)
    {
        var claim = Read.Claims(sentence, new DateOnly(2025, 1, 20)).Single(c => c.Growth is not null);

        // Was "no period": the end is the latest year published by the article's date, found when the claim is judged.
        Assert.Equal(new StatedPeriod { Kind = PeriodKind.Year, Resolution = PeriodResolution.None, Text = words, ToLatest = true }, claim.Period);
        Assert.Equal(Period.OfYear(since), claim.Growth!.Since);
    }

    [Theory]
    [InlineData("China-Russia trade grew at an average annual rate of 17% between 2016 and 2024.", "2016")]
    [InlineData("Between 2016 and 2024, bilateral trade expanded by an average of 17% a year.", "2016")]
    [InlineData("Bilateral trade has grown at a compound annual rate of 17% since 2016.", "2016")]
    [InlineData("Bilateral trade grew 17 percent a year on average, reaching $244.8 billion in 2024.", null)]
    public void When_a_rate_is_a_yearly_average_then_it_says_so(string sentence, string? since)
    {
        // Each was judged as the change over the whole span: +17% against +252%, "inaccurate".
        var growth = Read.Claims(sentence, new DateOnly(2025, 1, 20)).Single(c => c.Growth is not null).Growth!;

        Assert.True(growth.AverageAnnual);
        Assert.Equal(since, growth.Since?.ToString());
    }

    [Theory]
    [InlineData("Bilateral trade rose 26.3% in 2023, from 35.8% a year earlier.")]
    [InlineData("Bilateral trade rose 26.3% year on year in 2023.")]
    [InlineData("Bilateral trade grew 1.9% in 2024, and China's prices on average fell.")]
    public void When_a_rate_names_no_yearly_average_then_it_is_none(string sentence) =>
        Assert.All(Read.Claims(sentence, new DateOnly(2025, 1, 20)).Where(c => c.Growth is not null), c => Assert.False(c.Growth!.AverageAnnual));

    [Theory]
    [InlineData("China-Russia trade rose 1.8% in 1H24 to $116.8 billion.", "2024-01..06")] // no period, and "24 to $116.8 billion" was a second amount, $24 bn
    [InlineData("China-Russia trade in 3Q24 was $63.5 billion.", "2024-Q3")] // no period
    [InlineData("China-Russia trade in Q3'24 was $63.5 billion.", "2024-Q3")]
    [InlineData("China-Russia trade rose 1.8% in first-half 2024 to $116.8 billion.", "2024-01..06")] // 2024
    [InlineData("China-Russia first-half trade rose 1.8% to $116.8 billion in 2024.", "2024-01..06")] // 2024, judged against the year's $244.8 bn
    [InlineData("China-Russia trade in the July-September quarter was $63.5 billion in 2024.", "2024-Q3")] // 2024
    [InlineData("In the third quarter, China-Russia trade was $63.5 billion in 2024.", "2024-Q3")] // 2024
    [InlineData("In January, customs said China-Russia trade in 2024 reached $244.8 billion.", "2024")] // a month says when it was said
    [InlineData("China-Russia trade reached $244.8 billion in 2024, with the fourth quarter the strongest.", "2024")] // a part after the figure
    public void When_a_part_of_a_year_is_written_short_or_apart_from_its_year_then_the_claim_is_of_the_part(string sentence, string period)
    {
        var claim = Read.Single(sentence, new DateOnly(2025, 1, 20));

        Assert.Equal(period, claim.Period?.Period?.ToString());
    }

    [Theory]
    [InlineData("Bilateral trade has grown more than fivefold since 2005.", 400, 0.5, Bound.MoreThan)] // these three were no claim
    [InlineData("Bilateral trade has quadrupled since 2010.", 300, 50, Bound.About)]
    [InlineData("Bilateral trade rose five-fold since 2005.", 400, 50, Bound.About)]
    [InlineData("Bilateral trade has risen 10-fold since 2000.", 900, 50, Bound.Exact)]
    public void When_a_rise_is_a_whole_multiple_in_words_then_it_is_read_to_half_the_gap_to_the_next(string sentence, int percent, double rounding, Bound bound)
    {
        var growth = Read.Single(sentence, new DateOnly(2025, 1, 20)).Growth!;

        Assert.Equal(((decimal)percent, (decimal)rounding, bound), (growth.Percent, growth.Rounding, growth.Bound));
    }

    [Theory]
    [InlineData("Bilateral trade is now roughly 2.5 times what it was in 2017, when it totalled $84 billion.", "2017")] // $84 billion was the claim's, with no period
    [InlineData("Bilateral trade is now more than double the 2016 level.", "2016")]
    public void When_a_multiple_of_a_year_names_no_year_of_its_own_then_it_runs_to_the_latest_year(string sentence, string since)
    {
        var claim = Read.SingleFigure(sentence, new DateOnly(2025, 1, 20));

        Assert.Equal((true, since, since, (StatedAmount?)null), (claim.Period!.ToLatest, claim.Period.Text, claim.Growth!.Since?.ToString(), claim.Amount));
    }

    [Theory]
    [InlineData("Russian exports to China, mostly oil and gas, were worth $129.3 billion in 2024.")] // was a product group, oil
    [InlineData("Russian exports to China, mainly crude oil, coal and gas, rose 10% in 2024.")]
    public void When_products_say_what_a_flow_is_made_of_then_the_figure_is_still_the_whole_flows(string sentence) =>
        Assert.Equal(SubsetKind.None, Read.Single(sentence).Subset);

    [Fact]
    public void When_a_rate_spans_a_decade_with_no_end_then_it_counts_back_from_the_latest_year()
    {
        var claim = Read.Single("China-Russia trade has nearly tripled over the past decade.", new DateOnly(2025, 1, 20));

        Assert.True(claim.Period!.ToLatest);
        Assert.Equal("over the past decade", claim.Period.Text);
        Assert.Null(claim.Growth!.Since);
        Assert.Equal(10, claim.Growth.YearsSpanned);
    }

    [Fact]
    public void When_the_start_of_a_rate_is_restated_with_its_level_then_that_level_is_the_base()
    {
        var claim = Read.SingleFigure("Trade between Russia and China has more than doubled since 2016, when it stood at about $69.6 billion.", new DateOnly(2025, 1, 20));

        // The $69.6 billion was read as the claim's own level (it is 2016's: BaseLevelTests).
        Assert.Null(claim.Amount);
        Assert.Equal(Period.OfYear(2016), claim.Growth!.Since);
        Assert.True(claim.Period!.ToLatest);
    }

    [Fact]
    public void When_the_year_before_a_rate_since_a_year_gave_the_end_then_the_rate_runs_to_it()
    {
        var claims = Read.Claims("China-Russia trade reached $244.8 billion in 2024. For the full year, trade was up 121% since 2019.", new DateOnly(2025, 1, 20));

        var growth = claims.Single(c => c.Growth is not null);
        Assert.Equal(Period.OfYear(2024), growth.Period!.Period);
        Assert.Equal(Period.OfYear(2019), growth.Growth!.Since);
    }

    [Fact]
    public void When_a_second_rate_follows_the_firsts_comparison_then_it_takes_the_firsts_sign_and_its_own_comparison()
    {
        var claims = Read.Claims("Bilateral trade fell 6.3% year on year and 8.1% month on month in November 2024.");

        Assert.Equal([(-6.3m, GrowthComparison.YearOnYear), (-8.1m, GrowthComparison.PreviousPeriod)], claims.Select(c => (c.Growth!.Percent, c.Growth.Comparison)));
    }

    [Theory]
    [InlineData("China's exports to Russia rose 46.9% and imports 12.7% in 2023.")]
    [InlineData("China's exports to Russia rose 46.9% and imports from Russia 12.7% in 2023.")]
    [InlineData("China's exports to Russia rose 46.9% to $111 billion and imports 12.7% in 2023.")]
    [InlineData("China's exports to Russia rose 46.9% year on year, to $111 billion, and imports 12.7% in 2023.")]
    public void When_the_other_flows_verb_is_not_repeated_then_its_rate_takes_the_first_ones_sign(string sentence)
    {
        // The second rate had no growth word of its own: it was not read (nor with its partner, or the first rate's level, between).
        var claims = Read.Claims(sentence);

        Assert.Equal([(StatedFlow.Exports, 46.9m), (StatedFlow.Imports, 12.7m)], claims.Select(c => (c.Flow, c.Growth!.Percent)));
    }

    [Theory]
    [InlineData("China's exports to Russia grew $35 billion to $111 billion in 2023.", 111)]
    [InlineData("China's exports to Russia and imports from Russia were $111 and $129 billion in 2023.", 111)]
    [InlineData("In 2022-2023 trade between China and Russia reached $240 billion.", 240)]
    public void When_two_numbers_are_no_range_then_they_are_not_joined(string sentence, decimal first)
    {
        var claim = Read.Claims(sentence).First(c => !c.AmountIsChange);

        Assert.Equal((first, Bound.Exact), (claim.UsdBillions()!.Value, claim.Amount!.Bound));
    }

    [Fact]
    public void When_a_change_is_followed_by_the_level_then_the_level_is_the_claim() =>
        Assert.Equal(
            [("$35 billion", true), ("$111 billion", false)],
            Read.Claims("China's exports to Russia grew $35 billion to $111 billion in 2023.").Select(c => (c.Amount!.Text, c.AmountIsChange)));

    [Theory]
    [InlineData("South Korea's exports to China rose 3.3 percent on-year to $12.3 billion in December 2019, while exports rose 4.2 percent on-month.")]
    [InlineData("South Korea's exports to China rose 3.3 percent on-year to $12.3 billion in December 2019, while shipments rose 4.2 percent on-month.")]
    public void When_the_same_flow_is_named_again_without_its_sides_then_its_rate_is_that_flows(string sentence)
    {
        // Until 7 December 2026 the second rate was dropped, and "on-month" was no comparison (judged year on year).
        var claims = Read.Claims(sentence, new DateOnly(2020, 1, 5), assumePair: false);

        Assert.Equal(
            [(3.3m, GrowthComparison.YearOnYear), (4.2m, GrowthComparison.PreviousPeriod)],
            claims.Select(c => (c.Growth!.Percent, c.Growth.Comparison)));
        Assert.All(claims, c => Assert.Equal(("KOR", "CHN", StatedFlow.Exports), (c.Exporter?.Iso3, c.Importer?.Iso3, c.Flow)));
    }

    [Fact]
    public void When_the_flow_named_again_has_its_own_partner_then_it_is_not_the_first_ones()
    {
        var claims = Read.Claims("China's exports to Russia rose 46.9% in 2023, while exports to the world fell 4.6%.", new DateOnly(2024, 1, 20), assumePair: false);

        Assert.Equal([46.9m], claims.Select(c => c.Growth!.Percent));
    }

    [Theory]
    [InlineData("Moscow has relied on Beijing since Western sanctions were imposed in 2022, with bilateral trade rising 64% from $146.9 billion in 2021.")]
    [InlineData("Bilateral trade has risen 64% since the war began in 2022.")]
    public void When_a_year_dates_an_event_in_a_since_clause_then_it_is_not_the_rates_period(string sentence)
    {
        // Until 7 December 2026 the 64% was 2022's rate, "inaccurate" against +29.3%.
        var claim = Read.Claims(sentence, new DateOnly(2025, 1, 14)).Single(c => c.Growth is not null);

        Assert.NotEqual(2022, claim.Period?.Period?.Year);
        Assert.NotEqual(2022, claim.Growth!.Since?.Year);
    }

    [Fact]
    public void When_months_to_a_month_cross_the_turn_of_a_year_then_no_period_is_read()
    {
        // "The three months to February 2024" are December to February: no stored period, and not February alone.
        Assert.Null(Read.Single("Bilateral trade grew 5% in the three months to February 2024.").Period?.Period);
    }

    [Fact]
    public void When_a_percent_has_no_growth_word_then_it_is_not_a_growth_rate()
    {
        Assert.Empty(Read.Claims("Russia accounts for 4% of China's trade, the report said."));
    }

    [Theory]
    [InlineData("Bilateral trade reached $65 billion in January-May 2022.", "2022-01..05", PeriodKind.YearToDate)]
    [InlineData("Bilateral trade reached $218 billion in the first 11 months of 2023.", "2023-01..11", PeriodKind.YearToDate)]
    [InlineData("Bilateral trade reached $218 billion for the 11-month period of 2023.", "2023-01..11", PeriodKind.YearToDate)] // since 7 December 2026: no period
    [InlineData("Bilateral trade reached $53.8 billion in the first quarter of 2023.", "2023-Q1", PeriodKind.Quarter)]
    [InlineData("Bilateral trade reached $60.6 billion in the second quarter of 2023.", "2023-Q2", PeriodKind.Quarter)]
    [InlineData("Bilateral trade reached $61.5 billion in the third quarter of 2023.", "2023-Q3", PeriodKind.Quarter)]
    [InlineData("Bilateral trade reached $63.2 billion in the fourth quarter of 2023.", "2023-Q4", PeriodKind.Quarter)]
    [InlineData("Bilateral trade reached $63.2 billion in the 4th quarter of 2023.", "2023-Q4", PeriodKind.Quarter)]
    [InlineData("Bilateral trade reached $63.2 billion in Q4 2023.", "2023-Q4", PeriodKind.Quarter)]
    [InlineData("Bilateral trade reached $176.4 billion in the first three quarters of 2023.", "2023-01..09", PeriodKind.YearToDate)]
    [InlineData("Bilateral trade reached $114.5 billion in the first two quarters of 2023.", "2023-01..06", PeriodKind.YearToDate)]
    [InlineData("Bilateral trade reached $176.4 billion in Q1-Q3 2023.", "2023-01..09", PeriodKind.YearToDate)]
    [InlineData("Bilateral trade reached $114.5 billion in 1H 2023.", "2023-01..06", PeriodKind.Half)]
    [InlineData("Bilateral trade reached $125.6 billion in 2H 2023.", "2023-07..12", PeriodKind.Half)]
    [InlineData("Bilateral trade reached $63.2 billion in 4Q 2023.", "2023-Q4", PeriodKind.Quarter)]
    [InlineData("Bilateral trade reached $63.2 billion in the last quarter of 2023.", "2023-Q4", PeriodKind.Quarter)]
    [InlineData("Bilateral trade reached $63.2 billion in the final quarter of 2023.", "2023-Q4", PeriodKind.Quarter)]
    [InlineData("Bilateral trade reached $176.4 billion in 9M 2023.", "2023-01..09", PeriodKind.YearToDate)]
    [InlineData("Bilateral trade reached $114.5 billion in the first half of 2023.", "2023-01..06", PeriodKind.Half)]
    [InlineData("Bilateral trade reached $21.97 billion in December 2024.", "2024-12", PeriodKind.Month)]
    [InlineData("Bilateral trade reached $190 billion in 2022.", "2022", PeriodKind.Year)]
    [InlineData("In the year through November 2023, bilateral trade reached $218 billion.", "2023-01..11", PeriodKind.YearToDate)]
    [InlineData("Bilateral trade reached $218 billion through November 2023.", "2023-01..11", PeriodKind.YearToDate)]
    [InlineData("Bilateral trade grew 11.4% in the three months to September 2023.", "2023-Q3", PeriodKind.Quarter)] // these four since 7 December 2026: September alone
    [InlineData("Bilateral trade grew 11.4% in the three months ended September 2023.", "2023-Q3", PeriodKind.Quarter)]
    [InlineData("Bilateral trade was $125.6 billion in the six months to December 2023.", "2023-07..12", PeriodKind.Half)]
    [InlineData("Bilateral trade was $176.4 billion in the nine months through September 2023.", "2023-01..09", PeriodKind.YearToDate)]
    public void When_a_period_is_written_with_its_year_then_it_is_explicit(string sentence, string period, PeriodKind kind)
    {
        var stated = Read.Single(sentence).Period!;
        Assert.Equal(period, stated.Period.ToString());
        Assert.Equal(kind, stated.Kind);
        Assert.Equal(PeriodResolution.Explicit, stated.Resolution);
    }

    [Theory]
    [InlineData("Bilateral trade reached $22 billion in December last year.", "2024-12", PeriodKind.Month)] // was the whole of 2024
    [InlineData("Bilateral trade reached $22 billion in December of last year.", "2024-12", PeriodKind.Month)]
    [InlineData("Bilateral trade reached $180.3 billion in January-September last year.", "2024-01..09", PeriodKind.YearToDate)]
    [InlineData("Bilateral trade reached $180.3 billion through September last year.", "2024-01..09", PeriodKind.YearToDate)]
    [InlineData("Bilateral trade reached $64.5 billion in the fourth quarter of last year.", "2024-Q4", PeriodKind.Quarter)]
    public void When_a_part_of_last_year_is_written_then_it_is_that_part_not_the_year(string sentence, string period, PeriodKind kind)
    {
        var stated = Read.Single(sentence, new DateOnly(2025, 1, 20)).Period!;

        Assert.Equal((period, kind, PeriodResolution.FromArticleDate), (stated.Period.ToString(), stated.Kind, stated.Resolution));
    }

    [Theory]
    [InlineData("Bilateral trade in November 2024 rose 3%, bringing the total for the first 11 months to $218 billion.")]
    [InlineData("Bilateral trade rose 3% in November 2024, taking the year-to-date total to $218 billion.")]
    public void When_the_rate_and_the_amount_each_name_their_own_period_then_they_are_two_claims(string sentence)
    {
        // The total was read as November's level ("inaccurate" by 982 %), or November's rate as the eleven months'.
        var claims = Read.Claims(sentence, new DateOnly(2024, 12, 20));

        Assert.Equal(
            [("2024-11", (decimal?)null, (decimal?)3m), ("2024-01..11", 218m, null)],
            claims.Select(c => (c.Period!.Period!.Value.ToString(), c.UsdBillions(), c.Growth?.Percent)));
    }

    [Theory]
    [InlineData("Year-to-date, bilateral trade reached $218 billion.")]
    [InlineData("Bilateral trade in the year to date reached $218 billion.")]
    public void When_the_year_to_date_names_no_year_then_it_is_the_articles_year_so_far(string sentence) =>
        Assert.Equal(2024, Read.Single(sentence, new DateOnly(2024, 12, 20)).Period!.YearSoFar);

    [Theory]
    [InlineData("Bilateral trade grew 1.9% in 2024, 24.4 percentage points slower than in 2023.")] // the 24.4 was 2024's growth
    [InlineData("Bilateral trade grew 1.9% in 2024, its growth down 24.4% points from 2023.")]
    public void When_a_change_is_in_percentage_points_then_it_is_no_growth_rate(string sentence) =>
        Assert.Equal([1.9m], Read.Claims(sentence).Select(c => c.Growth!.Percent));

    [Theory]
    [InlineData("Bilateral trade over the past 12 months reached $240 billion.", "the past 12 months", 12)] // was January–December of the last complete year
    [InlineData("Bilateral trade over the last twelve months reached $240 billion.", "the last twelve months", 12)]
    [InlineData("Bilateral trade in the last six months reached $120 billion.", "the last six months", 6)]
    public void When_the_months_are_the_latest_ones_then_no_period_is_read_and_they_are_counted(string sentence, string words, int months)
    {
        var claim = Read.Single(sentence, new DateOnly(2023, 12, 20));

        Assert.Null(claim.Period);
        Assert.Equal(new UnreadPeriod(UnreadPeriodKind.LatestMonths, words) { Months = months }, claim.UnreadPeriod);
    }

    [Fact]
    public void When_a_base_years_own_clause_states_a_rate_then_the_rate_is_that_years()
    {
        // "That marked a sharp slowdown from 2023, when trade jumped 26.3%" took the previous sentence's 2024: inaccurate.
        var claims = Read.Claims("China's trade with Russia rose 1.9% in 2024. That marked a sharp slowdown from 2023, when trade jumped 26.3%.", new DateOnly(2025, 1, 13));
        var within = Read.Claims("China-Russia trade rose 1.9% in 2024, slowing from 2023, when it jumped 26.3%.");

        Assert.Equal([(2024, 1.9m), (2023, 26.3m)], claims.Select(c => (c.Period!.Period!.Value.Year, c.Growth!.Percent)));
        Assert.Equal([(2024, 1.9m), (2023, 26.3m)], within.Select(c => (c.Period!.Period!.Value.Year, c.Growth!.Percent)));
    }

    [Fact]
    public void When_the_only_amount_is_the_base_years_own_then_it_is_no_level_of_the_claim()
    {
        // $240.1 bn was read as 2024's level ("roughly accurate" against $244.8 bn).
        var claim = Read.SingleFigure("Trade between China and Russia rose 1.9% in 2024 from the previous year, when it was $240.1 billion.");

        Assert.Equal((2024, (decimal?)null, 1.9m), (claim.Period!.Period!.Value.Year, claim.UsdBillions(), claim.Growth!.Percent));
    }

    [Theory]
    [InlineData("Putin said trade could reach $200 billion as early as next year.", 2023)] // was no period, judged by the registered 2024 target
    [InlineData("Trade between China and Russia will reach $200 billion next year.", 2023)]
    public void When_a_goal_or_forecast_is_for_next_year_then_it_is_the_year_after_the_articles(string sentence, int year) =>
        Assert.Equal(year, Read.Single(sentence, new DateOnly(2022, 12, 30)).Period?.Period?.Year);

    [Theory]
    [InlineData("China-Russia trade fell 28% in 2015 and rose 2.2% the next year.")] // both were 2015's
    [InlineData("China-Russia trade fell 28% in 2015 and rose 2.2% a year later.")]
    public void When_a_rate_is_of_the_year_after_a_named_one_then_it_is_that_year(string sentence) =>
        Assert.Equal([(2015, -28m), (2016, 2.2m)], Read.Claims(sentence, new DateOnly(2024, 1, 1)).Select(c => (c.Period!.Period!.Value.Year, c.Growth!.Percent)));

    [Fact]
    public void When_a_goal_is_set_as_a_rate_and_an_amount_then_they_stay_one_goal()
    {
        var claim = Read.Single("China and Russia aim to increase trade by 20%, to $300 billion by 2030.");

        Assert.Equal((ClaimKind.Target, 300m, 20m), (claim.Kind, claim.UsdBillions(), claim.Growth?.Percent));
    }

    [Theory]
    [InlineData("China-Russia trade rose 5% in the 12 months to November 2024.", UnreadPeriodKind.TwelveMonths, "in the 12 months to November 2024")]
    [InlineData("China-Russia trade rose 5% in the year to September 2024.", UnreadPeriodKind.YearToMonth, "in the year to September 2024")]
    public void When_twelve_months_to_a_month_are_named_then_they_are_kept_as_an_unread_period(string sentence, UnreadPeriodKind kind, string words)
    {
        var claim = Read.Single(sentence);

        Assert.Null(claim.Period);
        Assert.Equal((kind, words), (claim.UnreadPeriod!.Kind, claim.UnreadPeriod.Text));
        Assert.Equal(kind == UnreadPeriodKind.TwelveMonths ? Turnover.Core.Period.Month(2024, 11) : null, claim.UnreadPeriod.Through);
        Assert.Null(Read.Single("China-Russia trade rose 5% to $240 billion.").UnreadPeriod); // no period at all: nothing to name
    }

    [Theory]
    [InlineData("China-Russia trade in 2022 has more than doubled since 2016.", 100, Bound.MoreThan)]
    [InlineData("China-Russia trade more than doubled from 2016 to 2022.", 100, Bound.MoreThan)]
    [InlineData("China-Russia trade rose 174% between 2016 and 2022.", 174, Bound.Exact)]
    public void When_a_rate_runs_over_several_years_then_its_first_year_is_kept_and_the_claim_is_the_last(string sentence, double percent, Bound bound)
    {
        var claim = Read.Single(sentence);
        Assert.Equal(("2022", (decimal)percent, bound, Turnover.Core.Period.OfYear(2016)), (claim.Period!.Period.ToString(), claim.Growth!.Percent, claim.Growth.Bound, claim.Growth.Since));
    }

    [Fact]
    public void When_the_base_is_the_year_before_then_the_rate_is_year_on_year_as_usual() =>
        Assert.Null(Read.Single("China-Russia trade rose 26.3% in 2023 from 2022.").Growth!.Since);

    [Theory]
    [InlineData("Bilateral trade reached $176.4 billion in the year to September 2023.")]
    [InlineData("Bilateral trade reached $230 billion in the 12 months to September.")]
    public void When_the_year_to_a_month_is_written_then_no_period_is_read_rather_than_that_month(string sentence)
    {
        // The twelve months to September (British usage) or January to September: either way not September alone.
        Assert.Null(Read.Single(sentence).Period);
    }

    [Theory]
    [InlineData("In June alone, bilateral trade reached $20.5 billion.", "2023-06")]
    [InlineData("Bilateral trade reached $93.8 billion in January-May.", "2023-01..05")]
    [InlineData("Bilateral trade will rise to $200 billion this year.", "2023")] // a fact of this year is the year so far (When_a_fact_is_of_the_articles_own_year_then_it_is_the_year_so_far)
    [InlineData("Bilateral trade rose to $190 billion last year.", "2022")]
    [InlineData("Through June, China's exports to Russia were $52.2 billion.", "2023-01..06")]
    public void When_a_period_is_relative_then_the_article_date_anchors_it(string sentence, string period)
    {
        var stated = Read.Single(sentence, new DateOnly(2023, 7, 13)).Period!;
        Assert.Equal(period, stated.Period.ToString());
        Assert.Equal(PeriodResolution.FromArticleDate, stated.Resolution);
    }

    [Fact]
    public void When_a_period_is_relative_and_there_is_no_article_date_then_it_stays_unresolved()
    {
        var stated = Read.Single("Bilateral trade rose to $190 billion last year.").Period!;
        Assert.Null(stated.Period);
        Assert.Equal(PeriodResolution.Unresolved, stated.Resolution);
        Assert.Equal(PeriodKind.Year, stated.Kind);
    }

    [Fact]
    public void When_russia_imports_from_china_then_the_text_side_is_kept_and_the_figure_is_china_exports()
    {
        var claim = Read.Single("Russia's imports from China rose to $110 billion in 2023.");
        Assert.Equal("RUS", claim.Reporter?.Iso3);
        Assert.Equal(StatedFlow.Imports, claim.Flow);
        Assert.Equal("china_exports", claim.ChinaFlow());
        Assert.Equal(CountrySource.Sentence, claim.CountrySource);
    }

    [Theory]
    [InlineData("Chinese exports to Russia rose to $110 billion.", "china_exports")]
    [InlineData("Exports of Russian goods to China reached $129 billion.", "china_imports")]
    [InlineData("China sold goods worth $9.6 billion to Russia in April.", "china_exports")]
    [InlineData("Russia bought $6.7 billion worth of goods from China in July.", "china_exports")]
    [InlineData("Deliveries from Russia to China climbed to $11.5 billion.", "china_imports")]
    [InlineData("Imports from Russia rose 4.9% to $41.6 billion.", "china_imports")]
    public void When_a_direction_is_named_then_the_exporter_is_read(string sentence, string flow)
    {
        Assert.Equal(flow, Read.Single(sentence).ChinaFlow());
    }

    [Theory]
    [InlineData("Sino-Russian trade reached $95 billion in 2014.")]
    [InlineData("Trade between Moscow and Beijing reached $95 billion in 2014.")]
    [InlineData("Russian-Chinese trade turnover reached $95 billion in 2014.")]
    public void When_turnover_names_the_pair_by_adjective_or_capital_then_both_countries_are_read(string sentence)
    {
        var claim = Read.Single(sentence, assumePair: false);
        Assert.Equal(["CHN", "RUS"], new[] { claim.Reporter?.Iso3, claim.Partner?.Iso3 }.Order());
        Assert.Equal(CountrySource.Sentence, claim.CountrySource);
    }

    [Fact]
    public void When_washington_is_the_us_government_then_it_is_the_us_and_the_post_is_not()
    {
        // "Trade between Washington and Beijing" had China and no partner.
        var claim = Read.Single("Trade between Washington and Beijing fell 15% in 2019.", assumePair: false);
        var post = Read.Single("Trade between Japan and China fell 15% in 2019, the Washington Post reported.", assumePair: false);

        Assert.Equal(["CHN", "USA"], new[] { claim.Reporter?.Iso3, claim.Partner?.Iso3 }.Order());
        Assert.Equal(["CHN", "JPN"], new[] { post.Reporter?.Iso3, post.Partner?.Iso3 }.Order());
    }

    [Fact]
    public void When_the_sentence_names_one_country_then_the_assumed_pair_completes_it_and_says_so()
    {
        var claim = Read.Single("Imports from Russia rose to $129 billion.");
        Assert.Equal("CHN", claim.Reporter?.Iso3);
        Assert.Equal(CountrySource.Assumed, claim.CountrySource);
    }

    [Fact]
    public void When_no_direction_can_be_told_then_no_claim_is_made()
    {
        Assert.Empty(Read.Claims("Exports rose to $129 billion.", assumePair: false));
    }

    [Theory]
    [InlineData("Bilateral trade will reach $300 billion by 2030, the minister said.", ClaimKind.Projection)]
    [InlineData("The two leaders set a target of $300 billion in bilateral trade by 2030.", ClaimKind.Target)]
    [InlineData("The two leaders agreed to raise bilateral trade to $300 billion by 2030.", ClaimKind.Target)]
    [InlineData("Moscow and Beijing want to lift bilateral trade to $300 billion by 2030.", ClaimKind.Target)] // since 7 December 2026: a forecast
    [InlineData("The two sides hope to boost bilateral trade to $300 billion by 2030.", ClaimKind.Target)]
    [InlineData("Russia seeks to double bilateral trade to $300 billion by 2030.", ClaimKind.Target)]
    [InlineData("Bilateral trade reached $240 billion in 2023.", ClaimKind.Fact)]
    [InlineData("Bilateral trade may reach $300 billion by 2030, the minister said.", ClaimKind.Projection)]
    [InlineData("Bilateral trade should exceed $250 billion by 2030, the minister said.", ClaimKind.Projection)]
    [InlineData("In May bilateral trade reached $20 billion.", ClaimKind.Fact)]
    public void When_a_sentence_forecasts_or_sets_a_goal_then_the_kind_says_so(string sentence, ClaimKind kind)
    {
        var claim = Read.Single(sentence);
        Assert.Equal(kind, claim.Kind);
        Assert.Equal(2030, kind == ClaimKind.Fact ? 2030 : claim.Period?.Period?.Year);
    }

    [Fact]
    public void When_a_goal_stands_beside_a_fact_of_another_year_then_it_does_not_take_the_facts_year_as_its_deadline()
    {
        var claims = Read.Claims("Trade between China and Russia reached $240.1 billion in 2023, meeting the $200 billion target ahead of schedule.");

        Assert.Equal(2023, Assert.Single(claims, c => c.Kind == ClaimKind.Fact).Period?.Period?.Year);
        Assert.Null(Assert.Single(claims, c => c.Kind == ClaimKind.Target).Period);
        Assert.Equal(2030, Read.Single("In 2030, bilateral trade is expected to reach $300 billion.").Period?.Period?.Year); // its own figure's year
    }

    [Theory]
    [InlineData("Trade in the first half of the year grew 40.6% to $114.5 billion, data for June showed.", 1, 6)] // was June's, "inaccurate" against $20.8 bn
    [InlineData("Trade grew 40.6% to $114.5 billion in the first half, June customs data showed.", 1, 6)]
    [InlineData("Товарооборот в первом полугодии вырос на 40,6% до 114,5 млрд долларов, свидетельствуют данные таможни за июнь.", 1, 6)]
    [InlineData("上半年中俄贸易额增长40.6%，达1145亿美元，6月份数据显示。", 1, 6)]
    [InlineData("Customs data for June showed exports to Russia rose 90.9% to $11.0 billion.", 6, 1)] // alone, it is the figures' month
    public void When_the_month_of_the_data_cited_stands_beside_the_figures_period_then_it_is_not_the_claims(string sentence, int startMonth, int months)
    {
        var period = Read.Single(sentence, new DateOnly(2023, 7, 13)).Period!.Period!.Value;

        Assert.Equal((2023, startMonth, months), (period.Year, period.StartMonth, period.Months));
    }

    [Theory]
    [InlineData("Moscow and Beijing have set a goal of $100 billion in trade by 2015 and $200 billion by 2020.")] // the $200 bn took "by 2015", nearer to it
    [InlineData("China and Russia aim to raise trade to $100 billion by 2015 and to $200 billion by 2020.")]
    [InlineData("中俄两国确定到2015年贸易额达到1000亿美元，到2020年达到2000亿美元。")]
    [InlineData("Россия и Китай намерены довести товарооборот до 100 млрд долларов к 2015 году и до 200 млрд долларов к 2020 году.")]
    public void When_goals_each_name_a_deadline_then_each_takes_its_own_in_order(string sentence)
    {
        var claims = Read.Claims(sentence, new DateOnly(2012, 1, 30));

        Assert.Equal([(100m, 2015), (200m, 2020)], claims.Select(c => (c.UsdBillions()!.Value, c.Period!.Period!.Value.Year)));
        Assert.All(claims, c => Assert.True(c.Period!.IsDeadline));
    }

    [Fact]
    public void When_a_sentence_goes_on_about_the_previous_fact_with_no_period_then_it_takes_the_facts_period()
    {
        var claims = Read.Claims("In 2023, trade between China and Russia reached $240.1 billion. Of this, China's exports to Russia were $111 billion.");

        Assert.Equal([2023, 2023], claims.Select(c => c.Period?.Period?.Year));
    }

    [Fact]
    public void When_the_next_sentence_gives_a_fact_on_the_same_pair_with_no_period_then_it_takes_the_previous_facts_period()
    {
        var claims = Read.Claims("China-Russia trade hit $244.8 billion in 2024. The figure represents an increase of 1.9 percent year on year. "
            + "China's exports to Russia totaled $115.5 billion, while its imports from Russia were $129.3 billion.");

        Assert.Equal(4, claims.Count);
        Assert.All(claims, c => Assert.Equal(Core.Period.OfYear(2024), c.Period?.Period));
        Assert.Equal((1.9m, PeriodResolution.FromPreviousSentence), (claims[1].Growth?.Percent, claims[1].Period?.Resolution));
        Assert.All(claims.Skip(1), c => Assert.Contains("context.previous-period", c.Rules));
        Assert.Equal(PeriodResolution.Explicit, claims[0].Period?.Resolution);
    }

    [Theory]
    [InlineData("In 2019, trade between China and Russia rose 3.4% to $110.8 billion and the leaders set a goal of $200 billion by 2024.", ClaimKind.Fact, 2019, ClaimKind.Target, 2024)]
    [InlineData("Trade between China and Russia of $240.1 billion in 2023 is expected to grow to $300 billion by 2030.", ClaimKind.Fact, 2023, ClaimKind.Projection, 2030)]
    [InlineData("Russia and China had aimed for $200 billion in trade, and trade between them reached $240.1 billion in 2023.", ClaimKind.Target, null, ClaimKind.Fact, 2023)]
    public void When_a_goals_words_stand_between_two_amounts_then_they_are_the_amount_after_them(string sentence, ClaimKind first, int? firstYear, ClaimKind second, int? secondYear)
    {
        // The fact was a goal of 2024 ("met") and the level of 2023 a forecast; "aimed for" was no goal's word.
        var claims = Read.Claims(sentence);

        Assert.Equal([(first, firstYear), (second, secondYear)], claims.Select(c => (c.Kind, c.Period?.Period?.Year)));
    }

    [Theory]
    [InlineData("China and Russia plan to raise bilateral trade by 50% by 2030.")] // no claim: "raise" was no rise
    [InlineData("China and Russia plan to lift trade by 50% by 2030.")]
    public void When_a_goal_raises_or_lifts_trade_by_a_rate_then_it_is_a_growth_goal(string sentence)
    {
        var claim = Read.Single(sentence);

        Assert.Equal((ClaimKind.Target, 50m, 2030), (claim.Kind, claim.Growth!.Percent, claim.Period!.Period!.Value.Year));
    }

    [Theory]
    [InlineData("China and Russia trade a lot. The United States raised tariffs on imports from China by 25% in 2019.")] // was Russia's imports, +25%
    [InlineData("In 2019 the U.S. raised tariffs on $200 billion of imports from China to 25%.")] // was the imports' level, $200 bn
    [InlineData("The EU imposed duties on $3 billion worth of Chinese exports in 2024.")]
    public void When_the_figure_is_a_tariffs_then_no_trade_claim_is_read(string sentence) =>
        Assert.Empty(Read.Claims(sentence));

    [Fact]
    public void When_a_sentence_points_back_to_one_with_two_flows_then_its_figure_is_no_guess_of_either()
    {
        // "The figure" was the imports' (the last claim's), and $190.3 billion "inaccurate" against imports of $114.1 bn.
        var claims = Read.Claims("China's exports to Russia rose 46.9% in 2023 while imports from Russia grew 12.7%. The figure for 2022 was $190.3 billion.");

        Assert.Equal([StatedFlow.Exports, StatedFlow.Imports], claims.Select(c => c.Flow));
        // One flow before it still goes on.
        Assert.Equal(StatedFlow.Exports, Read.Claims("China's exports to Russia rose 46.9% in 2023. The figure for 2022 was $76.1 billion.")[1].Flow);
        // A goal pointing back is the pair's trade.
        var goal = Read.Claims("China's exports to Russia rose 46.9% in 2023 while imports from Russia grew 12.7%. It is expected to reach $250 billion in 2024.")[^1];
        Assert.Equal((ClaimKind.Projection, StatedFlow.Turnover), (goal.Kind, goal.Flow));
    }

    [Theory]
    [InlineData("The trade gap with China narrowed to $345.6 billion in 2019.")]
    [InlineData("In 2019, U.S. trade with China showed a deficit of $345,600 million.")]
    [InlineData("The deficit with China shrank 17.6% to $345.6 billion in 2019.")]
    public void When_a_figure_is_a_balance_whose_owner_or_sign_is_not_named_then_no_claim_is_read(string sentence)
    {
        Assert.Empty(Read.Claims(sentence, new DateOnly(2024, 3, 1), assumePair: false));
    }

    [Fact]
    public void When_a_balance_has_its_own_clause_then_the_flows_figures_beside_it_are_still_read()
    {
        var claim = Read.Single("In 2019, U.S. trade with China fell 14.6%, leaving a deficit of $345.6 billion.", assumePair: false);

        Assert.Equal((StatedFlow.Turnover, -14.6m, (long?)null), (claim.Flow, claim.Growth?.Percent, claim.AmountUsd));
    }

    [Theory]
    [InlineData("The Commerce Department said bilateral trade with China was $558.9 billion in 2019.", "bilateral trade with China")]
    [InlineData("The U.S. Chamber of Commerce said trade with China was $558.9 billion in 2019.", "trade with China")]
    [InlineData("China's Ministry of Commerce said trade with Russia reached $240.1 billion in 2023.", "trade with Russia")]
    public void When_commerce_names_a_ministry_or_chamber_then_it_is_not_a_trade_flow(string sentence, string flowText)
    {
        Assert.Equal(flowText, Read.Single(sentence, assumePair: false).FlowText);
    }

    [Fact]
    public void When_a_forecast_points_back_with_a_pronoun_then_it_keeps_the_previous_direction()
    {
        var forecast = Read.Claims("China's exports to Russia rose to $110 billion in 2023. That figure is expected to reach $150 billion in 2025.")[^1];

        Assert.Equal((ClaimKind.Projection, StatedFlow.Exports, "CHN"), (forecast.Kind, forecast.Flow, forecast.Exporter?.Iso3));
    }

    [Fact]
    public void When_a_figure_is_called_a_record_then_that_claim_says_so_and_not_its_neighbour()
    {
        var claims = Read.Claims("Trade was $190.3 billion in 2022, and in 2023 it hit a record $240.1 billion.");

        Assert.Equal([null, "record"], claims.Select(c => c.RecordText));
        Assert.Null(Read.Single("Bilateral trade fell to a record low of $10 billion in 1999.").RecordText);
        Assert.Equal("all-time high", Read.Single("Bilateral trade reached an all-time high of $240.1 billion in 2023.").RecordText);
        Assert.Null(Read.Single("Bilateral trade fell 6.9% to $228.1 billion in 2025 from a record in 2024.").RecordText);
        var belowRecord = Read.Single("In 2025 bilateral trade was $228.1 billion, below the previous record of $244.8 billion."); // the record is a base, not a claim
        Assert.Equal((228.1m, (string?)null), (belowRecord.UsdBillions(), belowRecord.RecordText));
    }

    [Fact]
    public void When_a_sentence_names_the_same_period_then_it_is_the_previous_facts_period()
    {
        var claims = Read.Claims("China-Russia trade hit $244.8 billion in 2024, customs data showed on Monday. Officials welcomed the figures. "
            + "In the same period, China's exports to Russia fell 4.1%.");

        Assert.Equal([2024, 2024], claims.Select(c => c.Period?.Period?.Year));
        Assert.Equal(PeriodResolution.FromPreviousSentence, claims[1].Period?.Resolution);
    }

    [Theory]
    [InlineData("China-Russia trade hit $244.8 billion in 2024. Bilateral trade will reach $300 billion.")] // a forecast
    [InlineData("China-Russia trade hit $244.8 billion in 2024. Trade between China and India was $118 billion.")] // another pair
    [InlineData("China-Russia trade hit $244.8 billion in 2024. Both sides praised the talks. China's exports to Russia were $115.5 billion.")] // not the next sentence
    [InlineData("China-Russia trade hit $244.8 billion in 2024.\nChina's exports to Russia were $115.5 billion.")] // another paragraph
    [InlineData("China-Russia trade hit $244.8 billion in 2024. China's exports to Russia were $50 billion when the sanctions began.")] // a time of its own
    [InlineData("China-Russia trade hit $244.8 billion in 2024. A decade ago, China's exports to Russia were $50 billion.")]
    public void When_the_next_sentence_is_not_about_the_previous_facts_period_then_no_period_is_carried(string text)
    {
        var second = Read.Claims(text, assumePair: false)[^1];

        Assert.Null(second.Period?.Period);
    }

    [Fact]
    public void When_a_target_is_to_be_met_ahead_of_schedule_then_the_claim_says_so()
    {
        Assert.True(Read.Single("Bilateral trade will hit $200 billion ahead of schedule, officials said.").AheadOfSchedule);
    }

    [Theory]
    [InlineData("Russia became China's fourth-largest trading partner.", "China's fourth-largest trading partner")]
    [InlineData("Russia is China's 6th largest trading partner.", "China's 6th largest trading partner")]
    public void When_a_rank_below_first_is_named_then_the_ranking_keeps_its_words_and_owner(string sentence, string text)
    {
        var claim = Read.Single(sentence, assumePair: false);

        Assert.Equal((ClaimKind.Ranking, text, "CHN", "RUS"), (claim.Kind, claim.FlowText, claim.Reporter?.Iso3, claim.Partner?.Iso3));
    }

    [Fact]
    public void When_a_country_is_the_largest_trading_partner_then_a_ranking_claim_without_figure_is_made()
    {
        var claim = Read.Single("China remains Russia's largest trading partner.", assumePair: false);
        Assert.Equal(ClaimKind.Ranking, claim.Kind);
        Assert.Equal("RUS", claim.Reporter?.Iso3);
        Assert.Equal("CHN", claim.Partner?.Iso3);
    }

    [Theory]
    [InlineData("Energy trade between China and Russia reached $100 billion in 2023.", "Energy trade")] // since 7 December 2026: the pair's turnover, "inaccurate"
    [InlineData("China-Russia energy trade reached $100 billion in 2023.", "energy trade")]
    public void When_the_trade_is_energy_trade_then_it_is_a_product_group(string sentence, string words)
    {
        var claim = Read.Single(sentence);

        Assert.Equal((SubsetKind.ProductGroup, words), (claim.Subset, claim.SubsetText));
    }

    [Theory]
    [InlineData("China-Russia trade reached 110 750 million dollars in 2019.", 110.75)] // until 7 December 2026 $750 million
    [InlineData("China-Russia trade reached 110 750.4 million US dollars in 2019.", 110.7504)]
    [InlineData("China-Russia trade reached 1 107 bln dollars in 2019.", 1107)]
    public void When_a_space_groups_thousands_before_an_english_unit_then_the_number_is_whole(string sentence, double billions)
    {
        Assert.Equal((decimal)billions, Read.Single(sentence).UsdBillions());
    }

    [Fact]
    public void When_space_grouped_thousands_make_an_amount_beyond_world_trade_then_it_is_no_figure()
    {
        // It was "000 trillion dollars", $0, "accurate within the text's rounding" against $110.750 bn.
        Assert.DoesNotContain(Read.Claims("China-Russia trade reached 100 000 trillion dollars in 2019."), c => c.Amount is not null);
    }

    [Theory]
    [InlineData("Chinese car exports to Russia surged 20% in 2023.", "car")] // until 7 December 2026 all China's exports, "inaccurate"
    [InlineData("China's vehicle exports to Russia rose to $20 billion in 2023.", "vehicle")]
    [InlineData("Russia's imports of Chinese automobiles rose 20% in 2023.", "automobiles")]
    public void When_the_exports_are_of_cars_then_they_are_a_product_group(string sentence, string words)
    {
        var claim = Read.Single(sentence);

        Assert.Equal((SubsetKind.ProductGroup, words), (claim.Subset, claim.SubsetText));
    }

    [Fact]
    public void When_a_figure_is_about_crude_oil_then_it_is_a_product_group_not_total_trade()
    {
        var claim = Read.Single("China's imports of Russian crude oil rose 20% to $58 billion in 2022.");
        Assert.Equal(SubsetKind.ProductGroup, claim.Subset);
        Assert.Equal("crude oil", claim.SubsetText);
    }

    [Theory]
    [InlineData("After the fall in oil prices China-Russia trade reached $240.1 billion in 2023.")]
    [InlineData("Despite lower prices of oil, China-Russia trade reached $240.1 billion in 2023.")]
    [InlineData("Crude oil prices fell, yet China-Russia trade reached $240.1 billion in 2023.")]
    public void When_a_product_is_named_for_its_price_then_the_figure_is_still_total_trade(string sentence)
    {
        var claim = Read.Single(sentence);

        Assert.Equal((240.1m, SubsetKind.None), (claim.AmountUsd / 1e9m, claim.Subset));
    }

    [Theory]
    [InlineData("China's crude oil imports from Russia rose 47.7% to $40.3 billion in 2021.", "crude oil")]
    [InlineData("China's coal imports from Russia reached $7 billion in 2021.", "coal")]
    public void When_a_product_stands_between_the_owner_and_the_flow_then_it_is_a_product_group_of_that_flow(string sentence, string product)
    {
        // Between "China's" and "imports" a product word left the flow without its owner: no claim was read.
        var claim = Read.Single(sentence);

        Assert.Equal(("CHN", "RUS", SubsetKind.ProductGroup, product), (claim.Importer?.Iso3, claim.Exporter?.Iso3, claim.Subset, claim.SubsetText));
    }

    [Theory]
    [InlineData("China's seaborne imports from Russia reached $80 billion in 2023.", "seaborne")]
    [InlineData("China's non-oil imports from Russia rose 10% in 2023.", "non-oil")]
    [InlineData("Seaborne imports from Russia reached $80 billion in 2023.", "Seaborne")]
    [InlineData("China-Russia e-commerce trade grew 30% in 2023.", "e-commerce")] // since 7 December 2026: the pair's whole trade
    public void When_a_word_before_the_flow_makes_it_a_part_then_it_is_no_total(string sentence, string qualifier)
    {
        var claim = Read.Single(sentence);

        Assert.Equal((SubsetKind.Qualified, qualifier), (claim.Subset, claim.SubsetText));
    }

    [Theory]
    [InlineData("U.S. exports of goods and services to China totaled $163 billion in 2019.", "USA", "goods and services")] // since 7 December 2026: judged on goods alone, "inaccurate"
    [InlineData("U.S. goods and services exports to China totaled $163 billion in 2019.", "USA", "goods and services")]
    [InlineData("Trade in goods and services between the U.S. and China was $634.8 billion in 2019.", "USA", "goods and services")]
    [InlineData("Экспорт товаров и услуг из США в Китай в 2019 году составил 163 млрд долларов.", "USA", "товаров и услуг")]
    [InlineData("2019年美国对华货物和服务出口1630亿美元。", "USA", "货物和服务")]
    public void When_the_figure_is_of_goods_and_services_then_it_says_so_and_is_no_goods_total(string sentence, string reporter, string words)
    {
        var claim = Read.Single(sentence, assumePair: false);

        Assert.Equal((reporter, SubsetKind.GoodsAndServices, words), (claim.Reporter?.Iso3, claim.Subset, claim.SubsetText));
    }

    [Theory]
    [InlineData("China-Russia trade in services reached $10 billion in 2023.", "trade in services")] // since 7 December 2026: goods turnover, "inaccurate"
    [InlineData("Services trade between China and Russia was $10 billion in 2023.", "Services trade")]
    [InlineData("Торговля услугами между Россией и Китаем в 2023 году составила 10 млрд долларов.", "Торговля услугами")]
    [InlineData("2023年中俄服务贸易额为100亿美元。", "服务贸易")]
    public void When_the_figure_is_of_trade_in_services_then_it_says_so(string sentence, string words)
    {
        var claim = Read.Single(sentence);

        Assert.Equal((SubsetKind.Services, words), (claim.Subset, claim.SubsetText));
    }

    [Fact]
    public void When_a_sentence_gives_goods_and_then_services_then_only_the_services_figure_is_marked()
    {
        var claims = Read.Claims("China-Russia trade grew 26.3% in 2023, while services trade rose 10%.");

        Assert.Equal([(26.3m, SubsetKind.None), (10m, SubsetKind.Services)], claims.Select(c => (c.Growth!.Percent, c.Subset)));
    }

    [Theory]
    [InlineData("China's total imports from Russia reached $129.1 billion in 2023.")]
    [InlineData("Russia's record exports to China reached $129.1 billion in 2023.")]
    [InlineData("Annual imports from Russia reached $129.1 billion in 2023.")]
    [InlineData("Putin announced plans to grow bilateral trade with China to $250 billion by 2024.")]
    public void When_a_word_before_the_flow_leaves_it_whole_then_it_is_total_trade(string sentence) =>
        Assert.Equal(SubsetKind.None, Read.Single(sentence).Subset);

    [Fact]
    public void When_a_figure_is_in_tonnes_then_it_is_a_volume_with_no_amount()
    {
        var claim = Read.Single("China's imports from Russia reached 107 million tonnes in 2023, up 24%.");
        Assert.Equal(SubsetKind.Volume, claim.Subset);
        Assert.Null(claim.Amount);
        Assert.Equal(24m, claim.Growth?.Percent);
    }

    [Fact]
    public void When_figures_are_given_respectively_then_each_goes_to_its_flow()
    {
        var claims = Read.Claims("Chinese exports to Russia and Russian exports to China reached $8.1 billion and $10.2 billion respectively.");
        Assert.Equal([("china_exports", 8.1m), ("china_imports", 10.2m)], claims.Select(c => (c.ChinaFlow(), c.UsdBillions()!.Value)));
    }

    [Theory]
    [InlineData("Bilateral trade rose to $244.8 billion in 2024, up from $240.1 billion in 2023.")]
    [InlineData("Bilateral trade hit $244.8 billion in 2024, nearly triple the $89 billion of a decade earlier.")] // was also a claim of $89 bn in 2024
    [InlineData("Bilateral trade hit $244.8 billion in 2024, twice the $107 billion of 2018.")]
    public void When_a_comparison_base_is_given_then_it_is_not_read_as_the_claims_level(string sentence)
    {
        var claim = Read.SingleFigure(sentence);
        Assert.Equal(244.8m, claim.UsdBillions());
        Assert.Equal(2024, claim.Period?.Period?.Year);
    }

    [Theory]
    [InlineData("Trade between Russia and China amounted to $240 bln in 2023, 26.3% more than in 2022.", 26.3, 2023)] // was 2022's rate, "inaccurate" against +29.3%
    [InlineData("Trade between Russia and China amounted to $240 bln in 2023, 26.3% more than a year earlier.", 26.3, 2023)]
    [InlineData("In 2023 trade between Russia and China was 26.3% more than in 2022.", 26.3, 2023)]
    [InlineData("U.S. exports to China in 2019 were 11.3% less than in 2018.", -11.3, 2019)]
    public void When_a_rate_is_more_or_less_than_in_a_year_then_that_year_is_its_base(string sentence, double percent, int year)
    {
        // "More than" opens no base before an amount (it is a bound there), so it opened none before a year either.
        var claim = Assert.Single(Read.Claims(sentence), c => c.Growth is not null);

        Assert.Equal(((decimal)percent, year), (claim.Growth!.Percent, claim.Period?.Period?.Year));
    }

    [Theory]
    [InlineData("Bilateral trade reached $244.8 billion in 2024, up 1.9% from the previous year, when it was $240.1 billion.")] // was also $240.1 bn in 2024
    [InlineData("Bilateral trade reached $244.8 billion in 2024, 1.9% more than in 2023, when it stood at $240.1 billion.")]
    public void When_the_base_year_is_restated_with_its_amount_then_that_amount_is_the_base(string sentence)
    {
        var claim = Read.SingleFigure(sentence);

        Assert.Equal((244.8m, 2024), (claim.UsdBillions(), claim.Period?.Period?.Year));
        Assert.Equal(1.9m, claim.Growth?.Percent);
    }

    [Fact]
    public void When_a_year_is_not_a_comparisons_base_then_the_amount_of_its_when_clause_is_its_level()
    {
        var claims = Read.Claims("Trade reached $107 billion in 2018 and kept growing until 2024, when it reached $244.8 billion.");

        Assert.Equal([(107m, 2018), (244.8m, 2024)], claims.Select(c => (c.UsdBillions()!.Value, c.Period!.Period!.Value.Year)));
    }

    [Fact]
    public void When_a_flows_from_stands_before_a_record_then_the_record_is_still_the_figures()
    {
        var claim = Read.Single("In 2018, U.S. goods imports from China hit a record $539.5 billion.", assumePair: false);

        Assert.Equal(("record", 539.5m), (claim.RecordText, claim.UsdBillions()));
        Assert.Null(Read.Single("U.S. imports from China fell 12% in 2019 from a record $539.5 billion.", assumePair: false).RecordText);
    }

    [Theory]
    [InlineData("China's imports from the U.S. slipped 2.1% to $163.6 billion in 2024.", -2.1)]
    [InlineData("China's imports from the U.S. eased 2.1% to $163.6 billion in 2024.", -2.1)]
    public void When_a_rate_follows_slipped_or_eased_then_it_is_a_fall(string sentence, double percent)
    {
        Assert.Equal((decimal)percent, Read.Single(sentence, assumePair: false).Growth?.Percent);
    }

    [Theory]
    [InlineData("Since 2013, trade between China and Russia has grown to $240.1 billion.")]
    [InlineData("It was the first time since 1992 that trade between China and Russia topped $240 billion.")]
    public void When_a_year_follows_since_then_it_is_the_start_of_a_comparison_not_the_claims_period(string sentence)
    {
        Assert.Null(Read.Single(sentence, new DateOnly(2024, 3, 1)).Period?.Period);
    }

    [Fact]
    public void When_a_speaker_is_named_then_the_claim_carries_the_name()
    {
        Assert.Equal("Deputy Prime Minister Alexei Overchuk", Read.Single("Bilateral trade will exceed $250 billion, Deputy Prime Minister Alexei Overchuk said.").Speaker);
    }

    [Theory]
    [InlineData("South Korea's exports to China fell 16 percent in 2019 to $136.2 billion, the trade ministry said Wednesday.")]
    [InlineData("South Korea's exports to China fell 16 percent in 2019 to $136.2 billion, the ministry on Wednesday said.")]
    [InlineData("A ministry official said December exports from South Korea to China fell 3.3 percent to $12.6 billion in 2019.")]
    public void When_a_day_or_month_follows_said_then_it_is_no_speaker(string sentence)
    {
        // Until 7 December 2026 the speaker was "Wednesday", or "December".
        Assert.Null(Read.Single(sentence, new DateOnly(2020, 1, 1), assumePair: false).Speaker);
    }

    [Theory]
    [InlineData("The two armies held exercises in 2023 with 10,000 troops.")]
    [InlineData("Trade tensions with the West cost the economy $300 billion.")]
    [InlineData("China's foreign exchange reserves stood at $3.2 trillion.")]
    public void When_a_sentence_is_not_about_trade_between_countries_then_no_claim_is_made(string sentence)
    {
        Assert.Empty(Read.Claims(sentence));
    }

    [Fact]
    public void When_each_claim_is_read_then_it_names_the_rules_that_read_it()
    {
        var claim = Read.Single("Chinese exports to Russia rose 12% to $110 billion in 2023.");
        Assert.Equal(["en.flow.exports-from-to", "en.amount.currency-sign-scale", "en.growth.rise-word-then-percent", "en.period.year"], claim.Rules);
    }

    [Theory]
    [InlineData("According to Russian customs, trade between Russia and China reached $227.8 billion in 2023.", "RUS", "Russian customs")]
    [InlineData("Russia-China trade was $88.8 billion in 2013, according to Russia's Federal Customs Service.", "RUS", "Russia's Federal Customs Service")]
    [InlineData("Chinese customs data showed trade with Russia rose 26.3% to $240.1 billion in 2023.", "CHN", "Chinese customs")]
    [InlineData("Trade between China and Russia hit $240.1 billion in 2023, China's General Administration of Customs said.", "CHN", "General Administration of Customs")]
    [InlineData("U.S. exports to China fell to $106.4 billion in 2019, the Census Bureau said.", "USA", "Census Bureau")]
    public void When_a_sentence_cites_a_sides_statistics_then_the_claim_says_whose(string sentence, string iso3, string words)
    {
        var claim = Read.Single(sentence);

        Assert.Equal((iso3, words), (claim.StatisticsOf?.Iso3, claim.StatisticsText));
        Assert.Contains("en.statistics.named", claim.Rules);
    }

    [Theory]
    [InlineData("According to Chinese customs, China's exports to Russia were $49.7 billion in 2019 and its imports from Russia $61.1 billion.")]
    [InlineData("China's exports to Russia were $49.7 billion in 2019 and its imports from Russia $61.1 billion, according to Chinese customs.")]
    public void When_the_citation_opens_or_closes_a_sentence_of_several_figures_then_each_is_cited(string sentence)
    {
        var claims = Read.Claims(sentence);

        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal("CHN", c.StatisticsOf?.Iso3));
    }

    [Theory]
    [InlineData("Trade between Russia and China reached $240.1 billion in 2023, customs data showed.")] // whose customs: not guessed
    [InlineData("Trade between Russia and China was $240.1 billion in 2023 by Chinese customs and $227.8 billion by Russian customs.")] // two sides
    [InlineData("Trade between China and Russia grew 1.1% in 2013 by one count and 1.6% according to Russian customs.")] // after one of two figures
    public void When_a_sentence_cites_no_single_sides_statistics_then_none_is_read(string sentence)
    {
        Assert.All(Read.Claims(sentence), c => Assert.Null(c.StatisticsOf));
    }

    [Theory]
    [InlineData("Bilateral trade rose by almost a third in 2022.", 33.3, 4.17, Bound.Nearly)]
    [InlineData("Bilateral trade grew by a quarter in 2022.", 25, 2.5, Bound.About)]
    [InlineData("Bilateral trade grew by two thirds in 2022.", 66.7, 4.17, Bound.About)] // since 7 December 2026: "two thirds" with a space was no claim
    [InlineData("Bilateral trade grew by three quarters in 2022.", 75, 4.17, Bound.About)]
    [InlineData("В 2022 году товарооборот России и Китая вырос на две трети.", 66.7, 4.17, Bound.About)]
    [InlineData("В 2022 году товарооборот России и Китая вырос на три четверти.", 75, 4.17, Bound.About)] // "три" made it ×3, +200%
    [InlineData("Bilateral trade plummeted by nearly a third in 2015.", -33.3, 4.17, Bound.Nearly)] // since 7 December 2026: no claim
    [InlineData("Bilateral trade surged by a quarter in 2022.", 25, 2.5, Bound.About)]
    [InlineData("Bilateral trade grew by more than a half in 2022.", 50, 0.5, Bound.MoreThan)] // one-sided: above 50%, not above 41.7%
    [InlineData("China-Russia trade has more than tripled since 2013.", 200, 0.5, Bound.MoreThan)]
    public void When_growth_is_a_fraction_in_words_then_its_qualifier_is_the_bound_and_the_fraction_sets_its_precision(string sentence, double percent, double rounding, Bound bound)
    {
        var growth = Read.Single(sentence).Growth!;

        Assert.Equal(((decimal)percent, (decimal)rounding, bound), (growth.Percent, growth.Rounding, growth.Bound));
    }

    [Theory]
    [InlineData("Chinese exports to Russia jumped 51.8% in 2023, while imports grew 11%.", "china_imports")]
    [InlineData("South Korea's exports to China fell 16 percent in 2019 to $136.2 billion, while imports from China rose 0.7 percent to $107.2 billion.", "KOR imports")]
    public void When_the_opposite_flow_follows_a_named_one_bare_then_it_is_the_same_reporters(string sentence, string expected)
    {
        var second = Read.Claims(sentence, assumePair: false)[1];

        var shown = second.Reporter?.Iso3 == "KOR" ? $"{second.Reporter?.Iso3} {second.Flow.ToString().ToLowerInvariant()}" : second.ChinaFlow();
        Assert.Equal(expected, shown);
    }

    [Theory]
    [InlineData("October trade alone came to $19.8 billion.", "2023-10")]
    [InlineData("October China-Russia trade came to $19.8 billion.", "2023-10")]
    [InlineData("September exports to Russia were $9.9 billion.", "2023-09")]
    [InlineData("September's exports to Russia were $9.9 billion.", "2023-09")]
    public void When_a_month_stands_before_the_flow_noun_then_it_is_the_figures_month(string sentence, string month)
    {
        // A month with no preposition or year before a flow ("October trade") was no period: not verifiable.
        var claim = Read.Single(sentence, new DateOnly(2023, 11, 7));

        Assert.Equal(month, claim.Period?.Period?.ToString());
    }

    [Theory]
    [InlineData("In December 2019, exports to China came to $12.4 billion, with imports at $9.9 billion.")]
    [InlineData("In December 2019, exports to China came to $12.4 billion, and imports were $9.9 billion.")]
    [InlineData("In December 2019, imports from China were $9.9 billion, and exports $12.4 billion.")]
    public void When_the_opposite_flow_follows_one_naming_only_the_partner_then_it_is_the_same_sides_with_that_partner(string sentence)
    {
        // The text's pair gives the side (South Korea, from the lead); the bare second flow was dropped as of no direction.
        var claims = Read.Claims("South Korea's exports to China fell 16 percent in 2019.\n\n" + sentence).Skip(1);

        Assert.Equal(
            [("KOR", "CHN", StatedFlow.Exports, 12.4m), ("KOR", "CHN", StatedFlow.Imports, 9.9m)],
            claims.Select(c => (c.Reporter?.Iso3, c.Partner?.Iso3, c.Flow, c.UsdBillions()!.Value)).OrderBy(c => c.Flow));
    }

    [Theory]
    [InlineData("China imported $114.15 billion from Russia in 2022.", "china_imports", 114.15)]
    [InlineData("Russia bought $6.7 billion worth of goods from China in July.", "china_exports", 6.7)]
    [InlineData("China exported $76.12 billion worth of goods to Russia in 2022, up 12.8%.", "china_exports", 76.12)]
    [InlineData("Russia sold $114.15 billion of goods to China in 2022.", "china_imports", 114.15)]
    public void When_a_verb_names_the_flow_and_a_decimal_amount_stands_before_the_partner_then_both_countries_are_read(string sentence, string flow, double billions)
    {
        // The verb's reach to "from"/"to" crossed no full stop, and so no decimal point: without an assumed pair no claim was read.
        var claim = Read.Single(sentence, assumePair: false);

        Assert.Equal((flow, (decimal)billions, CountrySource.Sentence), (claim.ChinaFlow(), claim.UsdBillions()!.Value, claim.CountrySource));
    }

    [Theory]
    [InlineData("China imported 86.25 million tonnes of crude oil from Russia in 2022, up 8.2%.", 86_250_000, VolumeUnit.Tonnes, "crude oil")]
    [InlineData("Russia's crude oil exports to China rose 8.2% to 86.25 million tonnes in 2022.", 86_250_000, VolumeUnit.Tonnes, "crude oil")]
    [InlineData("Russia supplied 15.5 bcm of pipeline gas to China in 2022.", 15_500_000_000, VolumeUnit.CubicMetres, "pipeline gas")]
    public void When_a_volume_is_stated_then_its_amount_unit_and_product_are_read(string sentence, long amount, VolumeUnit unit, string product)
    {
        var claim = Read.Single(sentence);

        Assert.Equal((SubsetKind.Volume, (decimal)amount, unit, product), (claim.Subset, claim.Volume!.Amount, claim.Volume.Unit, claim.VolumeOf));
    }

    [Theory]
    [InlineData("China's imports of Russian crude oil rose 44% to $58.4 billion in 2022.", "china_imports", SubsetKind.ProductGroup, "crude oil")]
    [InlineData("Exports of Russian coal to China rose 20% in 2021.", "china_imports", SubsetKind.ProductGroup, "coal")]
    [InlineData("China's imports of Russian LNG reached 6.5 million tons in 2022.", "china_imports", SubsetKind.Volume, "6.5 million tons")]
    public void When_a_product_follows_the_origins_adjective_then_the_flows_countries_are_read(string sentence, string flow, SubsetKind subset, string text)
    {
        // "imports of Russian goods" named the origin; "of Russian crude oil" did not, and without an assumed pair no claim was read.
        var claim = Read.Single(sentence, assumePair: false);

        Assert.Equal((flow, subset, text), (claim.ChinaFlow(), claim.Subset, claim.SubsetText));
    }

    [Fact]
    public void When_twelve_months_to_a_month_follow_a_fact_then_its_period_is_not_carried()
    {
        var claims = Read.Claims("Trade between China and Russia was $190.3 billion in 2022. Trade between China and Russia totalled $236 billion in the 12 months to November 2023.", new DateOnly(2024, 1, 12));

        Assert.Null(claims[1].Period);
    }

    [Theory]
    [InlineData("Russia and China plan to double trade by 2030.", 100, ClaimKind.Target)]
    [InlineData("Russia and China set a target of doubling bilateral trade by 2030.", 100, ClaimKind.Target)]
    [InlineData("Russia and China agreed on doubling trade by 2030.", 100, ClaimKind.Target)]
    [InlineData("Russia and China intend to triple trade by 2030.", 200, ClaimKind.Target)]
    [InlineData("Trade between Russia and China is set to double by 2030.", 100, ClaimKind.Projection)]
    [InlineData("Trade between Russia and China will more than double by 2030.", 100, ClaimKind.Projection)]
    public void When_a_goal_is_to_double_or_triple_by_a_year_then_the_growth_is_read_with_the_deadline(string sentence, int percent, ClaimKind kind)
    {
        // "Plan to double trade by 2030" was no claim: only "doubled" and "double the level of" were read.
        var claim = Read.Single(sentence, new DateOnly(2024, 5, 16));

        Assert.Equal((kind, (decimal)percent, true, Period.OfYear(2030)), (claim.Kind, claim.Growth!.Percent, claim.Period!.IsDeadline, claim.Period.Period));
        Assert.Null(claim.Amount);
    }

    [Theory]
    [InlineData("Exports to Russia grew at double-digit rates in 2023.")]
    [InlineData("Chinese banks will double down on trade finance for Russia in 2024.")]
    [InlineData("Russian firms need to double check payments from China in 2024.")]
    public void When_double_is_no_growth_of_trade_then_no_rate_is_read(string sentence)
    {
        Assert.DoesNotContain(Read.Claims(sentence, new DateOnly(2024, 5, 16)), c => c.Growth is { Percent: 100m });
    }

    [Fact]
    public void When_a_figure_is_dated_by_a_deadline_after_the_articles_year_then_it_is_a_projection_not_a_fact()
    {
        // Was a fact of 2024, judged "inaccurate" against 2024's $244.8 bn in an article of 2019.
        var claims = Read.Claims("China's trade with Russia is set to double by 2024, with trade totalling 200 billion US dollars.", new DateOnly(2019, 6, 5));

        var amount = Assert.Single(claims, c => c.Amount is not null);
        Assert.Equal((ClaimKind.Projection, Period.OfYear(2024), true), (amount.Kind, amount.Period!.Period, amount.Period.IsDeadline));
    }

    [Theory]
    [InlineData("China-Russia trade reached $250 billion in 2024.", ClaimKind.Projection)] // written in 2022: was 2024's fact, "roughly accurate"
    [InlineData("2024年中俄贸易额达到2500亿美元。", ClaimKind.Projection)]
    [InlineData("China-Russia trade reached $190.3 billion in 2022.", ClaimKind.Fact)] // the article's own year stays a fact
    public void When_a_figure_is_of_a_year_after_the_articles_then_it_is_a_projection(string sentence, ClaimKind kind) =>
        Assert.Equal(kind, Read.Single(sentence, new DateOnly(2022, 12, 30)).Kind);

    [Theory]
    [InlineData("Medvedev said Russia and China agreed to boost two-way trade to US$200 billion by 2024.")]
    [InlineData("Medvedev said Russia and China agreed to boost two-way trade to U.S.$200 billion by 2024.")]
    public void When_an_amount_is_in_US_dollars_then_the_US_is_not_one_of_the_countries(string sentence)
    {
        // "US$" was read as the United States: "USA–?" with no pair, or the USA in place of one side of the pair.
        var claim = Read.Single(sentence, new DateOnly(2019, 6, 5), assumePair: false);

        Assert.Equal(new[] { "CHN", "RUS" }, new[] { claim.Reporter!.Value.Iso3, claim.Partner!.Value.Iso3 }.Order());
    }

    [Theory]
    [InlineData("China's trade totalled 240 billion US dollars in 2023.")]
    [InlineData("China's trade totalled 240 billion U.S. dollars in 2023.")]
    [InlineData("China's trade totalled 240 billion American dollars in 2023.")]
    public void When_an_amount_is_in_US_dollars_in_words_then_the_US_is_not_the_partner(string sentence)
    {
        // Was China–USA: the currency's "US" read as the partner, in place of the pair the text is about.
        var claim = Read.Single(sentence, new DateOnly(2024, 2, 1));

        Assert.Equal(new[] { "CHN", "RUS" }, new[] { claim.Reporter!.Value.Iso3, claim.Partner!.Value.Iso3 }.Order());
    }

    [Theory]
    [InlineData("Russia's share of China's trade rose to 4.0%, double the level of 2018.")]
    [InlineData("Доля России во внешней торговле Китая выросла до 4%, вдвое больше, чем в 2018 году.")]
    public void When_a_multiple_follows_a_share_then_it_is_the_shares_not_trades_growth(string sentence) =>
        // Read as trade's growth since 2018, +100% against +128.7%: "inaccurate".
        Assert.DoesNotContain(Read.Claims(sentence, new DateOnly(2025, 1, 14)), c => c.Growth is not null);

    [Theory]
    [InlineData("China and Russia set a 200-billion-U.S.-dollar trade target for 2024.", 200)]
    [InlineData("China-Russia trade exceeded the 200-billion-dollar goal set for 2024.", 200)]
    [InlineData("China and Russia aim to raise trade to a 1.5-trillion-yuan target by 2030.", 1500)]
    public void When_an_amount_is_a_hyphenated_adjective_then_it_is_read(string sentence, int billions)
    {
        // Xinhua's way; until 7 December 2026 no amount was read, and the goal was lost.
        var target = Read.Single(sentence, new DateOnly(2024, 1, 13));

        Assert.Equal((ClaimKind.Target, (decimal)billions), (target.Kind, target.Amount!.Value.Amount / 1_000_000_000m));
        Assert.Equal(["CHN", "RUS"], new[] { target.Reporter?.Iso3, target.Partner?.Iso3 }.Order()); // "U.S.-dollar" names no country
    }

    [Theory]
    [InlineData("Russian shipments to China inched up to $129.3 billion in 2024.")]
    [InlineData("Russian shipments to China edged up to $129.3 billion in 2024.")]
    [InlineData("Russian shipments to China ticked up to $129.3 billion in 2024.")]
    public void When_up_to_follows_a_verb_of_rising_then_it_is_no_ceiling(string sentence)
    {
        // Until 7 December 2026 "inched up to $129.3 billion" was "at most $129.3 billion".
        var claim = Read.Single(sentence, new DateOnly(2025, 1, 14));

        Assert.Equal((Bound.Exact, 129.3m), (claim.Amount!.Bound, claim.UsdBillions()!.Value));
    }
}
