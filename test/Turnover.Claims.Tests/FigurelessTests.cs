using Turnover.Claims;

namespace Turnover.Claims.Tests;

/// <summary>
/// A sentence with no figure but a record, a run of years or a superlative since a year is a fact of its own (since 7
/// December 2026; until then no claim), read only where it names one flow and one period, states it, and does not deny it.
/// </summary>
public sealed class FigurelessTests
{
    [Theory]
    [InlineData("China-Russia trade hit a record in 2024, according to Chinese customs.", "record")]
    [InlineData("中俄贸易额2024年创历史新高。", "创历史新高")]
    [InlineData("В 2023 году товарооборот России и Китая достиг рекордного уровня.", "рекордного")]
    public void When_a_record_is_stated_without_a_figure_then_it_is_a_fact_with_its_words(string sentence, string words)
    {
        var claim = Read.Single(sentence, new DateOnly(2025, 3, 1));

        Assert.Equal((ClaimKind.Fact, StatedFlow.Turnover, null, null), (claim.Kind, claim.Flow, claim.Amount, claim.Growth));
        Assert.Equal(words, claim.RecordText);
        Assert.Contains(claim.Rules, r => r.EndsWith(".figureless", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Trade between China and Russia rose for a fourth straight year in 2024.", SuperlativeKind.RiseStreak, 2020, "2024")]
    [InlineData("Товарооборот России и Китая в 2024 году вырос четвертый год подряд.", SuperlativeKind.RiseStreak, 2020, "2024")]
    [InlineData("China's exports to Russia fell for the first time in four years in 2024.", SuperlativeKind.FirstFall, 2020, "2024")]
    [InlineData("China-Russia trade declined for the first time since 2020 in 2024.", SuperlativeKind.FirstFall, 2020, "2024")]
    [InlineData("2019年中美贸易额为2016年以来最低。", SuperlativeKind.Lowest, 2016, "2019")]
    [InlineData("South Korea's exports to China declined for the 12th consecutive month in October 2019.", SuperlativeKind.FallStreak, 2018, "2019-10")]
    public void When_a_run_or_superlative_is_stated_without_a_figure_then_it_is_a_fact_of_the_sentences_period(string sentence, SuperlativeKind kind, int since, string period)
    {
        var claim = Read.Single(sentence, new DateOnly(2025, 3, 1));

        Assert.Equal((ClaimKind.Fact, null, null), (claim.Kind, claim.Amount, claim.Growth));
        Assert.Equal((kind, since), (claim.Superlative!.Kind, claim.Superlative.SinceYear));
        Assert.Equal(period, claim.Period!.Period!.Value.ToString());
    }

    [Theory]
    [InlineData("China-Russia trade did not hit a record in 2019.")] // denied
    [InlineData("Trade between China and Russia is expected to hit a record in 2025.")] // a forecast of a record
    [InlineData("China's crude oil imports from Russia hit a record in 2023.")] // a product's
    [InlineData("China's trade surplus with Russia hit a record in 2023.")] // a balance's
    [InlineData("U.S.-China trade fell in 2019 from a record in 2018.")] // the record is the base
    [InlineData("China-Russia trade hit a record in 2024 as exports and imports rose in 2023 and 2024.")] // two periods of its own
    [InlineData("China-Russia trade has exceeded $100 billion for the third year running.")] // a run above an amount: a figure, no period
    [InlineData("China-Russia trade hit a record.")] // no period
    public void When_a_figureless_sentence_is_denied_forecast_partial_or_undated_then_it_is_no_claim(string sentence)
    {
        Assert.DoesNotContain(Read.Claims(sentence, new DateOnly(2025, 3, 1)), c => c.Amount is null && c.Growth is null && c.Kind == ClaimKind.Fact);
    }

    [Theory]
    [InlineData("China-Russia trade fell in 2020, customs data showed.", ChangeDirection.Fall, "fell", "2020")]
    [InlineData("BEIJING, Jan 13, 2025 (Reuters) - China's trade with Russia rose in 2024, customs data showed on Monday.", ChangeDirection.Rise, "rose", "2024")] // the dateline's day is no other number
    [InlineData("China's imports from Russia rose in 2024.", ChangeDirection.Rise, "rose", "2024")]
    [InlineData("China-Russia trade grew in the first half of 2024.", ChangeDirection.Rise, "grew", "2024-01..06")]
    [InlineData("В 2020 году товарооборот России и Китая снизился.", ChangeDirection.Fall, "снизился", "2020")]
    [InlineData("2020年中俄贸易额同比下降。", ChangeDirection.Fall, "同比下降", "2020")]
    public void When_a_rise_or_fall_is_stated_without_a_rate_then_it_is_a_fact_with_its_direction(string sentence, ChangeDirection direction, string words, string period)
    {
        var claim = Read.Single(sentence, new DateOnly(2025, 3, 1));

        Assert.Equal((ClaimKind.Fact, null, null), (claim.Kind, claim.Amount, claim.Growth));
        Assert.Equal(new StatedDirection(direction, words), claim.Direction);
        Assert.Equal(period, claim.Period!.Period!.Value.ToString());
    }

    // A balance whose owner and partner are named: its direction is its size's (until 8 December 2026 no claim).
    [Theory]
    [InlineData("The U.S. trade deficit with China narrowed in 2019.", StatedFlow.Deficit, ChangeDirection.Fall)]
    [InlineData("The U.S. trade deficit with China widened last year.", StatedFlow.Deficit, ChangeDirection.Rise)]
    [InlineData("China's trade surplus with the United States narrowed in 2023.", StatedFlow.Surplus, ChangeDirection.Fall)]
    [InlineData("Дефицит США в торговле с Китаем в 2019 году сократился.", StatedFlow.Deficit, ChangeDirection.Fall)]
    [InlineData("2019年中方对美贸易顺差同比收窄。", StatedFlow.Surplus, ChangeDirection.Fall)]
    public void When_an_owned_balance_narrows_or_widens_without_a_figure_then_it_is_a_fact_with_its_direction(string sentence, StatedFlow flow, ChangeDirection direction)
    {
        var claim = Read.Single(sentence, new DateOnly(2025, 3, 1));

        Assert.Equal((ClaimKind.Fact, flow, direction), (claim.Kind, claim.Flow, claim.Direction?.Direction));
    }

    [Theory]
    [InlineData("The trade gap narrowed in 2019.")] // no owner
    [InlineData("China's trade surplus with Russia hit a record in 2023.")] // a balance's record is not read
    [InlineData("The U.S. trade deficit with China fell for the first time since 2016 in 2019.")] // nor its run
    public void When_a_balance_has_no_owner_or_states_a_record_or_run_then_it_is_no_claim(string sentence) =>
        Assert.Empty(Read.Claims(sentence, new DateOnly(2025, 3, 1)));

    [Theory]
    [InlineData("South Korea's exports to China fell in October 2019.")] // a month: on a year earlier or on the month before
    [InlineData("China-Russia trade has risen since 2016.")] // another base
    [InlineData("China-Russia trade fell in 2020 from 2016.")]
    [InlineData("China's exports to Russia are expected to rise in 2025.")] // not a past form
    [InlineData("China's exports to Russia rose in 2026.")] // a year ahead of the article: no fact
    [InlineData("China-Russia trade did not fall in 2021.")]
    [InlineData("South Korea's exports to China dropped in 2019 while imports rose.")] // two flows
    [InlineData("中俄贸易增长在2024年放缓。")] // 增长 without 同比 is as often the noun
    [InlineData("China's share in Russia's trade rose in 2023.")] // the share's rise
    [InlineData("Доля Китая во внешней торговле России в 2023 году выросла.")]
    public void When_a_rise_or_fall_is_of_a_month_another_base_a_forecast_or_two_flows_then_it_is_no_claim(string sentence)
    {
        Assert.DoesNotContain(Read.Claims(sentence, new DateOnly(2025, 3, 1)), c => c.Direction is not null);
    }

    [Fact]
    public void When_a_figureless_sentence_points_back_then_the_superlative_goes_to_the_fact_before()
    {
        // "That was…" is the fact before's, as it was: no second claim.
        var claims = Read.Claims("China-Russia trade grew 1.9% to $244.8 billion in 2024.\nThat was the slowest growth since 2020.", new DateOnly(2025, 3, 1));

        var claim = Assert.Single(claims);
        Assert.Equal(SuperlativeKind.SlowestGrowth, claim.Superlative!.Kind);
    }

    // No digit at all: the period is the article's year or the one before (until 8 December 2026 such a sentence was
    // not read, as only a sentence with a digit or a rank's words was).
    [Theory]
    [InlineData("China-Russia trade hit a record last year, customs data showed.", null, "2024")]
    [InlineData("Last year, trade between China and Russia hit an all-time high.", null, "2024")]
    [InlineData("China-Russia trade fell last year.", ChangeDirection.Fall, "2024")]
    [InlineData("В прошлом году товарооборот России и Китая достиг рекордного уровня.", null, "2024")]
    [InlineData("По итогам прошлого года товарооборот между Россией и Китаем снизился.", ChangeDirection.Fall, "2024")]
    [InlineData("去年中俄贸易额创历史新高。", null, "2024")]
    [InlineData("去年中俄贸易额同比增长。", ChangeDirection.Rise, "2024")]
    public void When_a_figureless_fact_is_dated_only_in_words_then_it_is_read(string sentence, ChangeDirection? direction, string period)
    {
        var claim = Read.Single(sentence, new DateOnly(2025, 3, 1));

        Assert.Equal((ClaimKind.Fact, period), (claim.Kind, claim.Period!.Period!.Value.ToString()));
        Assert.Equal(direction, claim.Direction?.Direction);
        Assert.True(direction is not null || claim.RecordText is not null);
    }

    [Theory]
    [InlineData("China-Russia trade hit a record, officials said last week.")] // "last week" dates no figure
    [InlineData("Trade between China and Russia is expected to hit a record this year.")]
    [InlineData("China-Russia trade did not fall last year.")]
    public void When_a_sentence_with_no_digit_is_undated_forecast_or_denied_then_it_is_no_claim(string sentence) =>
        Assert.Empty(Read.Claims(sentence, new DateOnly(2025, 3, 1)));
}
