using Turnover.Core;
namespace Turnover.Claims.Tests;

/// <summary>
/// The country pair of a claim whose sentence names none, taken from the article as a reader takes it: from the
/// title and the sentences before it, with no assumed pair given. Sentences written for these tests.
/// </summary>
public sealed class ArticlePairTests
{
    [Theory]
    [InlineData("Russian-Chinese relations were the focus of the talks.\n\nBilateral trade grew 25% in 2022.")]
    [InlineData("China and Russia signed new energy agreements on Monday. Trade between the two countries grew 25% in 2022.")]
    [InlineData("# Sino-Russian ties deepen\n\nMutual trade grew 25% in 2022, officials said.")]
    [InlineData("中俄两国元首举行会谈。双边贸易额同比增长25%。")]
    [InlineData("中国与俄罗斯签署了多项合作协议。两国贸易额同比增长25%。")]
    [InlineData("Российско-китайские отношения развиваются. Товарооборот вырос на 25% в 2022 году.")]
    [InlineData("Россия и Китай подписали соглашение. Товарооборот между странами вырос на 25% в 2022 году.")]
    public void When_an_earlier_sentence_names_the_pair_then_a_claim_without_one_takes_it_and_says_so(string text)
    {
        var claim = Read.Single(text, assumePair: false);
        Assert.Equal(25m, claim.Growth?.Percent);
        Assert.Equal(StatedFlow.Turnover, claim.Flow);
        Assert.Equal(["CHN", "RUS"], new[] { claim.Reporter?.Iso3, claim.Partner?.Iso3 }.Order());
        Assert.Equal(CountrySource.ElsewhereInText, claim.CountrySource);
        Assert.Contains("context.pair-named-earlier", claim.Rules);
    }

    [Theory]
    [InlineData("South Korea's exports to China, its biggest trading partner, declined for the 12th consecutive month in October.\n\nOutbound shipments to China fell 16.9 percent on-year to $11.4 billion in October 2019.")]
    [InlineData("South Korea's exports to China declined in October.\n\nExports to China fell 16.9 percent to $11.4 billion in October 2019.")]
    public void When_an_earlier_sentence_names_a_flow_between_the_pair_without_a_claim_then_a_later_flow_takes_the_pair(string text)
    {
        // Until 7 December 2026 only a pair said as one ("China and Russia") or a claim's countries were kept: no claim.
        // The first text's run of falls is a claim of its own since then (figureless): the later figure is the one asked.
        var claim = Assert.Single(Read.Claims(text, new DateOnly(2019, 11, 1), assumePair: false), c => c.Amount is not null);

        Assert.Equal(("KOR", "CHN", StatedFlow.Exports), (claim.Reporter?.Iso3, claim.Partner?.Iso3, claim.Flow));
        Assert.Equal(CountrySource.ElsewhereInText, claim.CountrySource);
    }

    [Fact]
    public void When_an_earlier_sentence_names_a_trade_between_two_sides_without_a_claim_then_its_pair_is_the_texts_while_reading()
    {
        // Until 7 December 2026 the pair of "Russia's trade with China" came only once the text was read: the next
        // paragraph's exports were not set beside the period before (no neighbour's reading).
        var claims = Read.Claims(
            "Russia's trade with China grew to a record.\nTwo-way commerce rose 1.9% to $244.8 billion in 2024.\nChinese exports to Russia fell 4.1%.",
            new DateOnly(2025, 1, 13), assumePair: false);

        Assert.Equal(("RUS", "CHN"), (claims[0].Reporter?.Iso3, claims[0].Partner?.Iso3));
        Assert.Contains("context.pair-named-earlier", claims[0].Rules);
        Assert.Equal(Period.OfYear(2024), claims[1].NeighbourPeriod?.Period);
    }

    [Fact]
    public void When_the_text_names_no_pair_then_the_claim_has_no_countries()
    {
        var claim = Read.Single("Officials met in the capital on Monday. Bilateral trade grew 25% in 2022.", assumePair: false);
        Assert.Null(claim.Reporter);
        Assert.Null(claim.Partner);
        Assert.DoesNotContain(claim.Rules, r => r.StartsWith("context.", StringComparison.Ordinal));
    }

    [Fact]
    public void When_two_pairs_are_named_in_the_sentences_just_before_then_the_pair_is_left_unresolved()
    {
        var claim = Read.Single("China and Russia held talks. China and the United States also held talks. Bilateral trade grew 25% in 2022.", assumePair: false);
        Assert.Null(claim.Reporter);
        Assert.Null(claim.Partner);
    }

    [Fact]
    public void When_another_pair_was_named_long_before_then_the_pair_of_the_nearby_sentences_is_taken()
    {
        var claim = Read.Single(
            "China and Russia held talks in May. The ministers discussed energy. They spoke of grain. They spoke of roads. "
            + "China and the United States held talks in June. Their bilateral trade fell 5% in 2023.", assumePair: false);
        Assert.Equal(-5m, claim.Growth?.Percent);
        Assert.Equal(["CHN", "USA"], new[] { claim.Reporter?.Iso3, claim.Partner?.Iso3 }.Order());
        Assert.Equal(CountrySource.ElsewhereInText, claim.CountrySource);
    }

    [Theory]
    [InlineData("Russia's exports to India and China rose sharply. Bilateral trade grew 25% in 2022.")]
    [InlineData("China, Russia and India met at the summit. Bilateral trade grew 25% in 2022.")]
    public void When_countries_are_listed_rather_than_paired_then_they_name_no_pair(string text)
    {
        var claim = Read.Single(text, assumePair: false);
        Assert.Null(claim.Partner);
    }

    [Fact]
    public void When_a_sentence_names_one_side_of_an_earlier_pair_then_the_direction_is_completed_from_the_pair()
    {
        var claim = Read.Single("Russia and China held talks on energy. Exports to China rose 12% in 2023.", assumePair: false);
        Assert.Equal(StatedFlow.Exports, claim.Flow);
        Assert.Equal("RUS", claim.Exporter?.Iso3);
        Assert.Equal("CHN", claim.Importer?.Iso3);
        Assert.Contains("context.pair-named-earlier", claim.Rules);
    }

    [Fact]
    public void When_a_headline_names_one_country_then_it_is_completed_from_the_only_pair_the_text_names()
    {
        var claims = Read.Claims("# Trade with China to reach $300 billion\n\nRussia and China held talks on Friday.", assumePair: false);
        var claim = Assert.Single(claims);
        Assert.Equal(["CHN", "RUS"], new[] { claim.Reporter?.Iso3, claim.Partner?.Iso3 }.Order());
        Assert.Contains("context.pair-named-in-text", claim.Rules);
    }

    [Fact]
    public void When_the_caller_assumes_a_pair_then_the_claim_says_it_was_assumed()
    {
        var claim = Read.Single("Bilateral trade grew 25% in 2022.");
        Assert.Equal(CountrySource.Assumed, claim.CountrySource);
        Assert.Contains("context.assumed-pair", claim.Rules);
    }

    [Theory]
    [InlineData("U.S. officials said trade with China was $575 billion in 2023.", "USA")]
    [InlineData("Bilateral trade with China grew 5% in 2023, Kazakh officials said.", "KAZ")]
    [InlineData("Trade with China reached $575 billion in 2023, according to U.S. Census Bureau data.", "USA")]
    [InlineData("По данным американской таможни, торговля с Китаем в 2023 году составила $575 млрд.", "USA")]
    [InlineData("Despite U.S. sanctions, trade with China rose 26.3% in 2023.", "RUS")]
    [InlineData("Ignoring U.S. officials' warnings, trade with China rose 26.3% in 2023.", "RUS")]
    [InlineData("Days ahead of invading Ukraine, Putin announced plans to grow bilateral trade with China to $250 billion by 2024.", "RUS")]
    [InlineData("Biden said trade with China reached $690 billion in 2022.", "USA")] // since 6 December 2026: was China–Russia
    public void When_a_sentence_speaks_for_or_cites_a_country_beside_the_texts_pair_then_trade_with_one_of_the_pair_is_that_countrys(string sentence, string other)
    {
        // The text's pair is China–Russia (assumed); a country the sentence only mentions (sanctions, an invasion) does not count.
        var claim = Read.Single(sentence, new DateOnly(2024, 3, 1));

        Assert.Equal(new[] { "CHN", other }.Order(), new[] { claim.Reporter?.Iso3, claim.Partner?.Iso3 }.Order());
    }

    [Theory]
    [InlineData("Putin said trade with China will reach the $200 billion target set for 2024 ahead of schedule.", "RUS", "CHN")]
    [InlineData("President Xi Jinping said trade with Russia rose 26.3% in 2023.", "CHN", "RUS")]
    [InlineData("Putin said exports to China rose 12.7% in 2023.", "RUS", "CHN")]
    [InlineData("Путин заявил, что товарооборот с Китаем в 2023 году превысил 200 млрд долларов.", "RUS", "CHN")]
    [InlineData("习近平表示，2023年对俄贸易额达到2401亿美元。", "CHN", "RUS")]
    [InlineData("Modi said trade with Russia reached $65 billion in 2023.", "IND", "RUS")]
    public void When_a_known_leader_speaks_of_trade_with_one_country_then_the_other_side_is_the_leaders_country(string sentence, string reporter, string partner)
    {
        // With no other sentence naming a pair, the side left out was unknown: "not verifiable".
        var claim = Read.Single(sentence, new DateOnly(2024, 3, 1), assumePair: false);

        Assert.Equal((reporter, partner), (claim.Reporter?.Iso3, claim.Partner?.Iso3));
    }

    [Theory]
    [InlineData("Sino-Korean trade slumped 10% in 2019 to about $243 billion.", "CHN", "KOR")] // "Korean" was no country: the text's pair, the U.S.
    [InlineData("Korean exports to China fell 16% in 2019.", "KOR", "CHN")]
    [InlineData("North Korean trade with China rose 15% in 2019 to $2.8 billion.", "PRK", "CHN")] // was South Korea's, "inaccurate" against $243 bn
    [InlineData("North Korea's exports to China fell 16% in 2019.", "PRK", "CHN")]
    [InlineData("Товарооборот Северной Кореи и Китая в 2019 году вырос до 2,8 млрд долларов.", "PRK", "CHN")]
    [InlineData("Товарооборот Южной Кореи и Китая в 2019 году сократился до 243,4 млрд долларов.", "KOR", "CHN")] // "Корея" was no country
    [InlineData("2019年朝鲜对华出口下降16%。", "PRK", "CHN")]
    [InlineData("Thailand's exports to China rose 5% in 2019.", "THA", "CHN")] // was the text's pair's, the U.S.'s exports
    [InlineData("Trade between Saudi Arabia and China rose 23% in 2019.", "SAU", "CHN")]
    [InlineData("Exports to China, South Korea's top trading partner, dropped 16% in 2019.", "KOR", "CHN")] // the ranking's pair; was the U.S.'s exports
    [InlineData("Trade with China, South Korea's biggest trading partner, fell 9.4% in 2019.", "KOR", "CHN")]
    public void When_a_country_outside_the_texts_pair_is_named_then_it_is_read_not_replaced_by_the_pair(string sentence, string first, string second)
    {
        // An earlier sentence names the U.S. and China: a country word not known was filled in from that pair.
        var claim = Read.Claims("U.S. exports to China fell 11.3% in 2019. " + sentence, new DateOnly(2020, 3, 1), assumePair: false)[^1];

        Assert.Equal(new[] { first, second }.Order(), new[] { claim.Reporter?.Iso3, claim.Partner?.Iso3 }.Order());
    }

    [Fact]
    public void When_korean_names_the_won_then_it_is_no_country() =>
        Assert.DoesNotContain(new Internal.EnglishRules().Countries("Exports to China rose 5% to 162 trillion Korean won in 2018."), c => c.Country.Iso3 == "KOR");

    [Theory]
    [InlineData("Xiao Li said trade with Russia rose 26.3% in 2023.")] // not a name on the list
    [InlineData("Putinov said trade with Russia rose 26.3% in 2023.")] // not the whole name
    public void When_the_speaker_is_no_known_leader_then_the_side_left_out_stays_unknown(string sentence) =>
        Assert.Null(Read.Single(sentence, new DateOnly(2024, 3, 1), assumePair: false).Partner);
}
