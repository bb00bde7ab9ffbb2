namespace Turnover.Claims.Tests;

/// <summary>The article Turnover starts from (The Moscow Times, 30 Dec 2022), read where it is in ../shared.</summary>
public sealed class SeedArticleTests
{
    private static readonly IReadOnlyList<StatedClaim> s_claims = ReadArticle();

    private static IReadOnlyList<StatedClaim> ReadArticle()
    {
        var path = SharedData.File("articles", "000_87dd0651f91ea8c8.txt");
        Assert.True(File.Exists(path), $"{path} is not there (../shared/data is kept beside the repository)");
        var decoded = ClaimTextDecoder.Decode(File.ReadAllBytes(path));
        var result = ClaimExtractor.Extract(decoded.Text);
        Assert.True(result.Success, result.Error);
        Assert.Equal(new DateOnly(2022, 12, 30), result.ArticleDate);
        Assert.True(result.ArticleDateFromText);
        return result.Claims;
    }

    [Fact]
    public void When_the_seed_article_is_read_then_the_200bn_target_for_2024_ahead_of_schedule_is_found()
    {
        var target = Assert.Single(s_claims, c => c.Kind == ClaimKind.Target && c.UsdBillions() == 200m);
        Assert.Equal(2024, target.Period?.Period?.Year);
        Assert.Equal(PeriodKind.Year, target.Period?.Kind);
        Assert.True(target.AheadOfSchedule);
        Assert.Equal(StatedFlow.Turnover, target.Flow);
        Assert.Equal(["CHN", "RUS"], new[] { target.Reporter?.Iso3, target.Partner?.Iso3 }.Order());
        Assert.Equal("Putin", target.Speaker);
    }

    [Fact]
    public void When_the_seed_article_is_read_then_the_25_percent_growth_in_2022_is_an_expected_turnover_growth()
    {
        var growth = Assert.Single(s_claims, c => c.Growth is not null);
        Assert.Equal(25m, growth.Growth!.Percent);
        Assert.Equal(ClaimKind.Projection, growth.Kind);
        Assert.Equal(2022, growth.Period?.Period?.Year);
        Assert.Equal(StatedFlow.Turnover, growth.Flow);
    }

    [Fact]
    public void When_the_seed_article_is_read_without_an_assumed_pair_then_bilateral_trade_takes_the_pair_the_article_names()
    {
        // "With bilateral trade expected to grow by 25%…" names no country: the article's "Russian-Chinese" and
        // "Russia and China" before it say which two.
        var growth = Assert.Single(s_claims, c => c.Growth is not null);
        Assert.Equal(["CHN", "RUS"], new[] { growth.Reporter?.Iso3, growth.Partner?.Iso3 }.Order());
        Assert.Equal(CountrySource.ElsewhereInText, growth.CountrySource);
        Assert.Contains("context.pair-named-earlier", growth.Rules);
    }

    [Fact]
    public void When_the_seed_article_is_read_then_the_earlier_250bn_by_2024_target_is_found_with_russia_and_china()
    {
        var target = Assert.Single(s_claims, c => c.UsdBillions() == 250m);
        Assert.Equal(ClaimKind.Target, target.Kind);
        Assert.Equal(2024, target.Period?.Period?.Year);
        Assert.True(target.Period?.IsDeadline);
        Assert.False(target.AheadOfSchedule);
        Assert.Equal(["CHN", "RUS"], new[] { target.Reporter?.Iso3, target.Partner?.Iso3 }.Order());
    }

    [Fact]
    public void When_the_seed_article_is_read_then_largest_trading_partner_is_a_ranking_of_china_among_russias_partners()
    {
        var ranking = Assert.Single(s_claims, c => c.Kind == ClaimKind.Ranking && c.Flow == StatedFlow.Turnover);
        Assert.Equal("RUS", ranking.Reporter?.Iso3);
        Assert.Equal("CHN", ranking.Partner?.Iso3);
        Assert.Null(ranking.Amount);
        Assert.Contains("largest trading partner", ranking.FlowText, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_seed_article_is_read_then_no_claim_comes_from_the_military_exercises_or_the_state_visit()
    {
        Assert.DoesNotContain(s_claims, c => c.Sentence.Contains("military", StringComparison.Ordinal));
        Assert.DoesNotContain(s_claims, c => c.Sentence.Contains("state visit", StringComparison.Ordinal));
        Assert.DoesNotContain(s_claims, c => c.Sentence.Contains("http", StringComparison.Ordinal));
    }

    [Fact]
    public void When_the_seed_article_is_read_then_the_putin_forecast_of_200bn_is_a_projection_ahead_of_schedule()
    {
        var forecast = Assert.Single(s_claims, c => c.Kind == ClaimKind.Projection && c.UsdBillions() == 200m && c.Sentence.StartsWith("Russian-Chinese", StringComparison.Ordinal));
        Assert.True(forecast.AheadOfSchedule);
        Assert.Equal("President Vladimir Putin", forecast.Speaker);
        Assert.Equal(CountrySource.Sentence, forecast.CountrySource);
    }
}
