using Turnover.Core;

namespace Turnover.Claims.Tests;

/// <summary>
/// A surplus or deficit whose owner the sentence names is a claim of its own (rules <c>*.flow.balance-of</c>), in
/// each language; one of no named owner or no sign gives no claim (see the language tests).
/// </summary>
public sealed class BalanceRulesTests
{
    private static readonly DateOnly March2024 = new(2024, 3, 1);

    [Theory]
    [InlineData("The U.S. goods trade deficit with China shrank 17.6% to $345.6 billion in 2019, the Commerce Department said.", "USA", "CHN", StatedFlow.Deficit, 345.6, "en")]
    [InlineData("China's trade surplus with the United States narrowed 27% to $279.4 billion in 2023.", "CHN", "USA", StatedFlow.Surplus, 279.4, "en")]
    [InlineData("Russia's surplus in trade with China reached $18 billion in 2023.", "RUS", "CHN", StatedFlow.Surplus, 18.0, "en")]
    [InlineData("China ran a trade surplus of $38 billion with Russia in 2021.", "CHN", "RUS", StatedFlow.Surplus, 38.0, "en")]
    [InlineData("Russia thus ran a surplus of about $14 billion with China in 2024.", "RUS", "CHN", StatedFlow.Surplus, 14.0, "en")] // an adverb hid the owner: no claim
    [InlineData("Russia consequently posted a surplus of $14 billion with China in 2024.", "RUS", "CHN", StatedFlow.Surplus, 14.0, "en")]
    [InlineData("The United States' deficit with China was $279.4 billion in 2023.", "USA", "CHN", StatedFlow.Deficit, 279.4, "en")]
    [InlineData("The U.S. deficit in goods with China was $419.5 billion in 2018.", "USA", "CHN", StatedFlow.Deficit, 419.5, "en")] // no claim until 7 December 2026
    [InlineData("China's surplus in merchandise trade with the U.S. was $323.3 billion in 2018.", "CHN", "USA", StatedFlow.Surplus, 323.3, "en")]
    [InlineData("Профицит России в торговле с Китаем в 2020 году составил 8,6 млрд долларов.", "RUS", "CHN", StatedFlow.Surplus, 8.6, "ru")]
    [InlineData("Дефицит торгового баланса США с Китаем в 2019 году составил 345,6 млрд долларов.", "USA", "CHN", StatedFlow.Deficit, 345.6, "ru")]
    [InlineData("Положительное сальдо Китая в торговле с Россией в 2021 году составило 12 млрд долларов.", "CHN", "RUS", StatedFlow.Surplus, 12.0, "ru")]
    [InlineData("Отрицательное сальдо России в торговле с Китаем в 2015 году составило 2 млрд долларов.", "RUS", "CHN", StatedFlow.Deficit, 2.0, "ru")]
    [InlineData("Положительное сальдо для России в торговле с Китаем в 2023 году составило 17,5 млрд долларов.", "RUS", "CHN", StatedFlow.Surplus, 17.5, "ru")] // since 7 December 2026: no owner was read
    [InlineData("Российский профицит в торговле с Китаем в 2022 году составил 38 млрд долларов.", "RUS", "CHN", StatedFlow.Surplus, 38.0, "ru")]
    [InlineData("2019年中国对美贸易顺差2958亿美元。", "CHN", "USA", StatedFlow.Surplus, 295.8, "zh")]
    [InlineData("2019年美国对华贸易逆差3456亿美元。", "USA", "CHN", StatedFlow.Deficit, 345.6, "zh")]
    [InlineData("2023年我国对俄贸易逆差181.7亿美元。", "CHN", "RUS", StatedFlow.Deficit, 18.17, "zh")]
    [InlineData("2023年俄方顺差為181.7億美元。", "RUS", "CHN", StatedFlow.Surplus, 18.17, "zh")]
    public void When_a_balance_names_its_owner_then_it_is_that_sides_surplus_or_deficit(
        string sentence, string owner, string partner, StatedFlow flow, double billions, string language)
    {
        var claim = Read.Single(sentence, March2024);

        Assert.Equal((owner, partner, flow), (claim.Reporter?.Iso3, claim.Partner?.Iso3, claim.Flow));
        Assert.Equal((decimal)billions, claim.UsdBillions());
        Assert.Contains($"{language}.flow.balance-of", claim.Rules);
    }

    [Theory]
    [InlineData("В 2024 году сальдо торговли России с Китаем сложилось в пользу России и составило 13,8 млрд долларов.", "RUS", StatedFlow.Surplus, "ru.flow.balance-in-favour")]
    [InlineData("В 2024 году сальдо торговли между Россией и Китаем составило 13,8 млрд долларов в пользу России.", "RUS", StatedFlow.Surplus, "ru.flow.balance-in-favour")]
    [InlineData("В 2024 году сальдо торговли Китая с Россией составило минус 13,8 млрд долларов.", "CHN", StatedFlow.Deficit, "ru.flow.balance-signed")]
    [InlineData("В 2024 году сальдо торговли Китая с Россией составило -13,8 млрд долларов.", "CHN", StatedFlow.Deficit, "ru.flow.balance-signed")]
    [InlineData("In 2024 the balance of China-Russia trade was $13.8 billion in Russia's favour.", "RUS", StatedFlow.Surplus, "en.flow.balance-in-favour")]
    [InlineData("China's trade balance with Russia was $13.8 billion in favor of Russia in 2024.", "RUS", StatedFlow.Surplus, "en.flow.balance-in-favour")]
    [InlineData("China's trade balance with Russia was -$13.8 billion in 2024.", "CHN", StatedFlow.Deficit, "en.flow.balance-signed")]
    [InlineData("China's trade balance with Russia stood at minus $13.8 billion in 2024.", "CHN", StatedFlow.Deficit, "en.flow.balance-signed")]
    [InlineData("China's trade surplus with Russia was negative in 2024, at minus $13.8 billion.", "CHN", StatedFlow.Deficit, "en.flow.balance-of")] // was China's surplus: "inaccurate"
    public void When_a_balance_is_said_in_a_sides_favour_or_with_a_minus_then_it_is_that_sides_surplus_or_the_others(string sentence, string owner, StatedFlow flow, string rule)
    {
        // "Сальдо … в пользу России" and a signed balance gave no claim.
        var claim = Read.Single(sentence, March2024);

        Assert.Equal((owner, flow, 13.8m), (claim.Reporter?.Iso3, claim.Flow, claim.UsdBillions()));
        Assert.Contains(rule, claim.Rules);
    }

    [Theory]
    [InlineData("China's trade balance with Russia was $13.8 billion in 2024.")] // often written of a deficit: no sign, no claim
    [InlineData("В 2024 году сальдо торговли между Россией и Китаем составило 13,8 млрд долларов.")] // no owner
    [InlineData("China's trade balance with Russia improved by $5 billion in 2024.")]
    public void When_a_neutral_balance_has_no_minus_and_no_side_in_whose_favour_then_no_balance_claim_is_read(string sentence) =>
        Assert.DoesNotContain(Read.Claims(sentence, March2024, assumePair: false), c => c.Flow is StatedFlow.Surplus or StatedFlow.Deficit || c.AmountUsd is not null);

    [Theory]
    [InlineData("In 2024 the balance of power between China and Russia tipped in Russia's favour, $13.8 billion more flowing in.")]
    [InlineData("In 2024 the balance of payments moved in Russia's favour by $13.8 billion.")]
    public void When_a_balance_in_a_sides_favour_is_no_trade_balance_then_no_surplus_is_read(string sentence) =>
        Assert.DoesNotContain(Read.Claims(sentence, March2024), c => c.Flow is StatedFlow.Surplus or StatedFlow.Deficit);

    [Theory]
    [InlineData("The balance of power shifted towards Beijing as China-Russia trade reached $240.1 billion in 2023.")]
    [InlineData("On balance, China-Russia trade rose 26.3% to $240.1 billion in 2023.")]
    public void When_balance_is_no_trade_balance_then_the_clauses_figures_are_kept(string sentence)
    {
        // Since 7 December 2026: "balance" dropped every figure of its clause, and no claim was read.
        var claim = Read.Single(sentence, March2024);

        Assert.Equal((StatedFlow.Turnover, 240.1m, 2023), (claim.Flow, claim.UsdBillions(), claim.Period?.Period?.Year));
    }

    [Theory]
    [InlineData("U.S. trade with China fell 14.6% in 2019. The deficit with China shrank 17.6% to $345.6 billion.", StatedFlow.Deficit, "en")]
    [InlineData("U.S. exports to China fell 11% in 2019. The goods trade surplus with the U.S. was $295.8 billion.", StatedFlow.Surplus, "en")]
    [InlineData("Товарооборот США и Китая в 2019 году снизился на 14,6%. Дефицит в торговле с Китаем составил 345,6 млрд долларов.", StatedFlow.Deficit, "ru")]
    [InlineData("2019年中美贸易额下降14.6%。对华贸易逆差为3456亿美元。", StatedFlow.Deficit, "zh")]
    [InlineData("In 2019 U.S. trade with China fell 14.6% and the deficit with China shrank 17.6% to $345.6 billion.", StatedFlow.Deficit, "en")]
    [InlineData("The U.S. goods trade deficit with China fell sharply in 2019. The deficit with China dropped 17.6% to $345.6 billion.", StatedFlow.Deficit, "en")] // a sentence with no figure names the pair
    [InlineData("Дефицит США в торговле с Китаем в 2019 году заметно сократился. Дефицит в торговле с Китаем составил 345,6 млрд долларов.", StatedFlow.Deficit, "ru")]
    public void When_a_balance_names_its_partner_but_no_owner_then_the_owner_is_the_texts_other_country(string text, StatedFlow flow, string language)
    {
        // Not read before 6 December 2026: only a balance whose owner the sentence named was a claim.
        var claim = Read.Claims(text, March2024, assumePair: false)[^1];

        var (owner, partner) = flow == StatedFlow.Deficit ? ("USA", "CHN") : ("CHN", "USA");
        Assert.Equal((owner, partner, flow), (claim.Reporter?.Iso3, claim.Partner?.Iso3, claim.Flow));
        Assert.Contains($"{language}.flow.balance-with", claim.Rules);
    }

    [Theory]
    [InlineData("The deficit with China shrank 17.6% to $345.6 billion in 2019.")]
    [InlineData("China-Russia trade grew 26.3% in 2023. The deficit with the United States was $279.4 billion.")]
    public void When_a_balance_names_no_owner_and_the_text_no_pair_with_its_partner_then_no_claim_is_read(string text) =>
        Assert.DoesNotContain(Read.Claims(text, March2024, assumePair: false), c => c.Flow is StatedFlow.Surplus or StatedFlow.Deficit);

    [Fact]
    public void When_a_balance_is_the_us_sides_then_its_partner_is_the_pairs_other_country()
    {
        // "美方" (the U.S. side) was no country before 6 December 2026, so its deficit was no claim.
        var claim = Read.Claims("2019年中美贸易额下降14.6%，美方逆差3456.2亿美元。", March2024, assumePair: false)[^1];

        Assert.Equal(("USA", "CHN", StatedFlow.Deficit, 345.62m), (claim.Reporter?.Iso3, claim.Partner?.Iso3, claim.Flow, claim.UsdBillions()));
    }

    [Theory]
    [InlineData("The U.S. goods trade deficit with China shrank 17.6% to $345.6 billion in 2019.", -17.6)]
    [InlineData("China's trade surplus with the United States narrowed 27% to $279.4 billion in 2023.", -27.0)]
    [InlineData("China's trade surplus with the United States widened 12% to $361 billion in 2024.", 12.0)]
    public void When_a_balance_shrinks_narrows_or_widens_then_its_change_is_read(string sentence, double growth)
    {
        Assert.Equal((decimal)growth, Read.Single(sentence, March2024, assumePair: false).Growth?.Percent);
    }

    [Theory]
    [InlineData("The U.S. deficit hit $1.7 trillion in 2023, the Treasury said, as trade with China fell.")]
    [InlineData("China's surplus reached $120 billion in 2023 while its trade with Russia grew.")]
    [InlineData("China's current account surplus with the world was $264 billion in 2023.")]
    [InlineData("Российский дефицит бюджета в 2023 году составил $35 млрд, а торговля с Китаем выросла.")]
    [InlineData("Профицит России в 2023 году составил $50 млрд, товарооборот с Китаем вырос.")]
    [InlineData("2023年我国国际收支顺差2530亿美元，中俄贸易增长。")]
    [InlineData("2023年中美贸易顺差为3000亿美元。")]
    [InlineData("China's trade surplus hit a record $823 billion in 2023, while trade with Russia grew.")]
    [InlineData("China's trade surplus with the world hit a record $823 billion in 2023.")]
    [InlineData("China's trade surplus with the United States and the European Union hit $500 billion in 2023.")]
    [InlineData("Профицит торгового баланса России в 2023 году составил $118 млрд, товарооборот с Китаем вырос.")]
    [InlineData("2023年中国贸易顺差8232亿美元，中俄贸易增长。")]
    public void When_a_surplus_or_deficit_may_be_another_balance_or_names_no_partner_then_no_balance_claim_is_read(string sentence)
    {
        Assert.DoesNotContain(Read.Claims(sentence, March2024), c => c.Flow is StatedFlow.Surplus or StatedFlow.Deficit || c.AmountUsd is not null);
    }

    [Fact]
    public void When_a_balance_follows_the_flows_in_one_sentence_then_each_is_read_with_its_own_figure()
    {
        var claims = Read.Claims("2023年，中俄贸易额2401.1亿美元，中国对俄出口1109.7亿美元，自俄进口1291.4亿美元，中方逆差181.7亿美元。", March2024);

        Assert.Equal([StatedFlow.Turnover, StatedFlow.Exports, StatedFlow.Imports, StatedFlow.Deficit], claims.Select(c => c.Flow));
        Assert.Equal(18.17m, claims[^1].UsdBillions());
        Assert.Equal((Read.China, Read.Russia), (claims[^1].Reporter, claims[^1].Partner));
    }

    [Fact]
    public void When_an_owned_balance_shares_a_sentence_with_an_unowned_one_then_only_the_owned_clause_is_read()
    {
        var claim = Read.Single("China's trade surplus with Russia was $38 billion in 2021, while the gap in services was $2 billion.", March2024, assumePair: false);

        Assert.Equal((StatedFlow.Surplus, 38m), (claim.Flow, claim.UsdBillions()));
    }

    [Theory]
    [InlineData("China's trade surplus with Russia widened to $19.2 billion in 2023 from a deficit of $38.1 billion a year earlier.", StatedFlow.Surplus, StatedFlow.Deficit)]
    [InlineData("China's trade balance with Russia swung to a deficit of $19.2 billion in 2023 from a surplus of $38.1 billion in 2022.", StatedFlow.Deficit, StatedFlow.Surplus)]
    [InlineData("China's trade deficit with Russia turned into a surplus of $19.2 billion in 2023 from a deficit of $38.1 billion in 2022.", StatedFlow.Surplus, StatedFlow.Deficit)]
    public void When_a_balance_changes_sign_then_each_sign_is_the_named_owners_with_its_own_figure(string sentence, StatedFlow now, StatedFlow before)
    {
        // Before 7 December 2026 the unowned "a deficit of" dropped every figure of its clause: no claim was read.
        var claims = Read.Claims(sentence, March2024, assumePair: false);

        Assert.Equal([(now, 19.2m, 2023), (before, 38.1m, 2022)], claims.Select(c => (c.Flow, c.UsdBillions() ?? 0, c.Period?.Period?.Year ?? 0)));
        Assert.All(claims, c => Assert.Equal((Read.China, Read.Russia), (c.Reporter, c.Partner)));
    }

    [Fact]
    public void When_a_balance_of_no_named_owner_follows_from_then_no_claim_is_read()
    {
        Assert.DoesNotContain(Read.Claims("Trade grew 10% in 2023, up from a deficit of $38.1 billion in 2022.", March2024), c => c.Flow is StatedFlow.Surplus or StatedFlow.Deficit || c.AmountUsd is not null);
    }

    [Fact]
    public void When_a_balance_claim_is_read_then_it_names_no_exporter_or_importer()
    {
        var claim = Read.Single("Russia's surplus in trade with China reached $18 billion in 2023.", March2024, assumePair: false);

        Assert.Equal(((Country?)null, (Country?)null), (claim.Exporter, claim.Importer));
    }

    [Theory]
    [InlineData("In 2023, China's exports to Russia jumped 46.9% to $111 billion, while imports from Russia rose 12.7% to $129.1 billion, leaving Russia with a surplus of $18.1 billion.", "RUS", "CHN", StatedFlow.Surplus)]
    [InlineData("In 2023, Russia's exports to China rose 12.7% to $129.1 billion and its imports from China jumped 46.9% to $111 billion, leaving a surplus of $18.1 billion.", "RUS", "CHN", StatedFlow.Surplus)]
    [InlineData("In 2023, China's imports from Russia rose 12.7% to $129.1 billion, which left a trade deficit of $18.1 billion.", "CHN", "RUS", StatedFlow.Deficit)]
    public void When_the_flows_leave_a_balance_then_it_is_the_named_sides_or_else_the_flows_reporters(string sentence, string owner, string partner, StatedFlow flow)
    {
        // Since 7 December 2026: a balance of no owner the flows "leave" had its figure dropped.
        var balance = Assert.Single(Read.Claims(sentence, new DateOnly(2024, 1, 12)), c => c.Flow is StatedFlow.Surplus or StatedFlow.Deficit);

        Assert.Equal((owner, partner, flow, 18.1m, 2023), (balance.Reporter?.Iso3, balance.Partner?.Iso3, balance.Flow, balance.UsdBillions(), balance.Period?.Period?.Year ?? 0));
        Assert.Contains("en.flow.balance-left", balance.Rules);
    }

    [Fact]
    public void When_a_turnover_leaves_a_balance_then_its_owner_is_not_guessed()
    {
        var claims = Read.Claims("In 2023, bilateral trade grew 26.3% to $240.1 billion, leaving a surplus of $18.1 billion.", new DateOnly(2024, 1, 12));

        Assert.Equal([StatedFlow.Turnover], claims.Select(c => c.Flow));
    }

    [Theory]
    [InlineData("China's exports to Russia rose 4.1% to $115.5 billion in 2024, while imports from Russia edged up 0.2% to $129.3 billion. Russia's surplus came to $13.8 billion.")]
    [InlineData("China's exports to Russia rose 4.1% to $115.5 billion in 2024, while imports from Russia edged up 0.2% to $129.3 billion. Russia had a trade surplus of $13.8 billion.")]
    [InlineData("Экспорт Китая в Россию в 2024 году вырос на 4,1%, до $115,5 млрд, а импорт из России — до $129,3 млрд. Положительное сальдо для России составило $13,8 млрд.")]
    [InlineData("Экспорт Китая в Россию в 2024 году вырос на 4,1%, до $115,5 млрд, а импорт из России — до $129,3 млрд. Профицит России составил $13,8 млрд.")]
    [InlineData("Экспорт Китая в Россию в 2024 году вырос на 4,1%, до $115,5 млрд, а импорт из России — до $129,3 млрд.\nТаким образом, положительное сальдо торговли для России составило 13,8 млрд долларов.")] // a paragraph of its own: no period until 7 December 2026 (less than, double the amount)
    [InlineData("China's exports to Russia rose 4.1% to $115.5 billion in 2024, while imports from Russia edged up 0.2% to $129.3 billion.\nRussia's surplus came to $13.8 billion.")]
    public void When_a_sides_balance_follows_both_of_its_pairs_flows_then_it_is_the_balance_with_the_other_side(string text)
    {
        // Until 7 December 2026 it was the balance with the world, and no claim.
        var balance = Assert.Single(Read.Claims(text, new DateOnly(2025, 1, 14), assumePair: false), c => c.Flow == StatedFlow.Surplus);

        Assert.Equal((Read.Russia, Read.China, 13.8m, 2024), (balance.Reporter!.Value, balance.Partner!.Value, balance.UsdBillions(), balance.Period!.Period!.Value.Year));
        Assert.Contains(balance.Rules, r => r.EndsWith(".flow.balance-own", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("China's exports to Russia rose 4.1% to $115.5 billion in 2024, while imports from Russia edged up 0.2% to $129.3 billion. China's trade surplus hit a record $992 billion.")] // larger than either flow: the world's
    [InlineData("China's exports to Russia rose 4.1% to $115.5 billion in 2024. Russia's surplus came to $13.8 billion.")] // one direction only
    [InlineData("China's exports to Russia rose 4.1% to $115.5 billion in 2024, while imports from Russia edged up 0.2% to $129.3 billion.\nThe ministry met on Monday.\nRussia's surplus came to $13.8 billion.")] // not the sentence right after
    [InlineData("China's trade surplus hit a record $992 billion in 2024.")]
    public void When_a_sides_balance_is_not_the_difference_of_the_flows_just_read_then_no_balance_claim_is_read(string text) =>
        Assert.DoesNotContain(Read.Claims(text, new DateOnly(2025, 1, 14), assumePair: false), c => c.Flow is StatedFlow.Surplus or StatedFlow.Deficit);
}
