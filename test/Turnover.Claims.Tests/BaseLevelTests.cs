using Turnover.Core;

namespace Turnover.Claims.Tests;

/// <summary>
/// A base's own level ("up from $250 billion in 2023") is a fact of its period, read as a claim of its own beside the
/// figure it is the base of; it was read as no claim, so a wrong base passed unjudged.
/// </summary>
public sealed class BaseLevelTests
{
    private static readonly DateOnly s_date = new(2025, 1, 20);

    [Theory]
    [InlineData("Trade between China and Russia reached $244.8 billion in 2024, up from $240.1 billion in 2023.", 2023, 240.1)]
    [InlineData("Trade between China and Russia rose 1.9% in 2024 from the previous year, when it was $240.1 billion.", 2023, 240.1)]
    [InlineData("Trade between China and Russia rose 26.3% in 2023, compared with a year earlier, when it was $190.3 billion.", 2022, 190.3)]
    [InlineData("Trade between Russia and China has more than doubled since 2016, when it stood at about $69.6 billion.", 2016, 69.6)]
    [InlineData("Товарооборот России и Китая в 2024 году вырос на 1,9% по сравнению с предыдущим годом, когда он составлял 240,1 млрд долларов.", 2023, 240.1)]
    [InlineData("中俄贸易额从2013年的892亿美元增长至2024年的2448亿美元。", 2013, 89.2)]
    [InlineData("2024年中俄贸易额为2448亿美元，上年同期为2401亿美元。", 2023, 240.1)]
    [InlineData("China-Russia trade fell 2.9% to $107.8 billion in 2020 from 2019's record $110.8 billion.", 2019, 110.8)] // was a second level of 2020, "roughly accurate"
    [InlineData("China-Russia trade rose 1.9% to $244.8 billion in 2024 from 2023's record high of $240.1 billion.", 2023, 240.1)]
    public void When_a_base_states_its_level_then_it_is_a_fact_of_its_own_period(string sentence, int year, double billions)
    {
        var claims = Read.Claims(sentence, s_date);

        var level = Assert.Single(claims, c => c.IsBaseLevel());
        Assert.Equal((ClaimKind.Fact, Period.OfYear(year), (decimal)billions), (level.Kind, level.Period!.Period, level.UsdBillions()));
        Assert.Equal("turnover", level.ChinaFlow());
        Assert.Null(level.Growth);
        Assert.Contains(claims, c => c != level && c.Period?.Period != Period.OfYear(year)); // the figure it is the base of stays
    }

    [Theory]
    [InlineData("China-Russia trade was $21.97 billion in December 2024, up from November's $21.7 billion.", 2024, 11)] // took December's period
    [InlineData("China-Russia trade was $21.97 billion in December 2024, compared with $21.7 billion in November.", 2024, 11)] // was dropped
    [InlineData("China-Russia trade was $21.97 billion in January 2024, up from $21.7 billion in December.", 2023, 12)]
    [InlineData("Объем торговли России и Китая упал с $20,83 млрд в июне до $19,49 млрд в июле 2024 года.", 2024, 6)]
    public void When_a_months_base_names_a_month_with_no_year_then_it_is_the_latest_such_month_before(string sentence, int year, int month)
    {
        // Since 7 December 2026.
        var level = Assert.Single(Read.Claims(sentence, s_date), c => c.IsBaseLevel());

        Assert.Equal(Period.Month(year, month), level.Period!.Period);
    }

    [Fact]
    public void When_a_month_with_no_year_stands_before_an_amount_then_it_is_the_amounts_period()
    {
        // "slightly above November's $21.7 billion" was read as a second figure of December.
        var claims = Read.Claims("China-Russia trade was $21.97 billion in December 2024, slightly above November's $21.7 billion.", s_date);

        Assert.Equal([Period.Month(2024, 12), Period.Month(2024, 11)], claims.Select(c => c.Period!.Period!.Value));
    }

    [Fact]
    public void When_the_base_is_of_one_flow_then_its_level_is_of_that_flow()
    {
        var claims = Read.Claims("China's exports to Russia grew 46.9% to $111 billion in 2023, up from $76 billion in 2022.", s_date);

        var level = Assert.Single(claims, c => c.Period?.Period == Period.OfYear(2022));
        Assert.Equal(("china_exports", 76m), (level.ChinaFlow(), level.UsdBillions()));
    }

    [Theory]
    [InlineData("China's exports to Russia fell 4.1% in 2024. Trade between the two countries rose 1.9% to $244.8 billion, up from $240.1 billion a year earlier.")]
    [InlineData("China's exports to Russia fell 4.1% in 2024. Two-way trade rose 1.9% to $244.8 billion from $240.1 billion the year before.")]
    [InlineData("В 2024 году экспорт Китая в Россию сократился на 4,1%. Товарооборот двух стран вырос на 1,9% до $244,8 млрд против $240,1 млрд годом ранее.")]
    public void When_the_figures_period_is_the_sentence_befores_then_a_year_earlier_counts_back_from_it(string text)
    {
        // Until 7 December 2026 "a year earlier" was another time: the figure took no period and its base no level.
        var claims = Read.Claims(text, s_date);

        var level = Assert.Single(claims, c => c.IsBaseLevel());
        Assert.Equal((Period.OfYear(2023), 240.1m), (level.Period!.Period, level.UsdBillions()));
        Assert.Contains(claims, c => c.Period?.Period == Period.OfYear(2024) && c.UsdBillions() == 244.8m);
    }

    [Fact]
    public void When_a_year_earlier_opens_the_sentence_then_its_figure_is_not_the_sentence_befores()
    {
        var claims = Read.Claims("China's exports to Russia fell 4.1% in 2024. A year earlier, trade between the two countries was $240.1 billion.", s_date);

        Assert.DoesNotContain(claims, c => c.UsdBillions() == 240.1m && c.Period?.Period == Period.OfYear(2024));
    }

    [Theory]
    [InlineData("Trade between China and Russia rose 1.9% in 2024 compared with last year, when it was $240.1 billion.")]
    [InlineData("China's imports of Russian crude oil rose to 107 million tonnes in 2023, up from 86 million tonnes in 2022.")]
    [InlineData("Trade between China and Russia reached $244.8 billion, up from $240.1 billion.")]
    public void When_the_sentence_does_not_fix_the_bases_period_or_the_base_is_a_volume_then_no_level_is_read(string sentence)
    {
        // "Last year" counts from the article's date or from the claim's: not guessed.
        Assert.DoesNotContain(Read.Claims(sentence, s_date), c => c.IsBaseLevel());
    }

    [Fact]
    public void When_a_base_level_is_recorded_a_year_earlier_then_that_year_is_the_bases_not_the_figures()
    {
        // Since 7 December 2026: "a year earlier" went to the $29 bn, a surplus of 2018, and the base was not read.
        var claims = Read.Claims("In 2019, South Korea's trade surplus with China was $29 billion, roughly half the $55.6 billion recorded a year earlier.", s_date, assumePair: false);

        Assert.Equal([(2019, 29m, false), (2018, 55.6m, true)], claims.Select(c => (c.Period?.Period?.Year ?? 0, c.UsdBillions() ?? 0, c.IsBaseLevel())));
    }

    [Theory]
    [InlineData("Through November, the U.S. goods deficit with China was $320.8 billion, down from $380.8 billion in the same period of 2018.", 2019, 320.8, 380.8)]
    [InlineData("С января по ноябрь товарооборот России и Китая составил $218,2 млрд против $172,4 млрд за аналогичный период 2022 года.", 2023, 218.2, 172.4)]
    public void When_a_base_is_the_same_months_of_a_named_year_then_the_figure_keeps_its_own_year(string sentence, int year, double billions, double baseBillions)
    {
        // Until 7 December 2026 the base's year was the figure's ("Through November" of 2018: inaccurate), and the base unread.
        var claims = Read.Claims(sentence, new DateOnly(year + 1, 1, 7), assumePair: false);

        Assert.Equal(
            [(Period.YearToDate(year, 11), (decimal)billions, false), (Period.YearToDate(year - 1, 11), (decimal)baseBillions, true)],
            claims.Select(c => (c.Period!.Period!.Value, c.UsdBillions()!.Value, c.IsBaseLevel())));
    }

    [Theory]
    [InlineData("Over the first nine months, South Korea's exports to China were worth $99.8 billion, 18.1% less than in the same period of 2018.")]
    [InlineData("Over the first nine months, South Korea's exports to China were worth $99.8 billion, 18.1% lower than the same period of 2018.")]
    [InlineData("Over the first nine months, South Korea's exports to China were worth $99.8 billion, 18.1% less than in 2018.")]
    public void When_a_rate_is_less_than_in_a_named_year_then_that_year_is_its_base_not_the_figures(string sentence)
    {
        // Until 7 December 2026 "less than in the same period of" opened no base ("less than" is a bound), so 2018 was the
        // figure's year (January–September 2018: inaccurate against +19.9 %); the other two were read right.
        var claim = Read.Single(sentence, new DateOnly(2019, 11, 1), assumePair: false);

        Assert.Equal((Period.YearToDate(2019, 9), 99.8m, -18.1m), (claim.Period!.Period!.Value, claim.UsdBillions()!.Value, claim.Growth!.Percent));
    }
}
