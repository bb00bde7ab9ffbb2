namespace Turnover.Store.ClickHouse.Tests;

public abstract partial class StoreSuite
{
    // ARTIFICIAL article and claims: sentences written for this test, not quoted from any news.
    private static readonly SavedArticle Article = new("test-article.txt", new DateOnly(2024, 1, 15), "English", "Trade between A and B reached $100 billion in 2023. It rose 5%.");

    private static SavedClaim Claim(string sentence, int start, string kind = "Fact") =>
        new(sentence, start, 12, kind, "Turnover")
        {
            Reporter = A,
            Partner = B,
            Period = "2023",
            Amount = "$100 billion",
            AmountUsd = 100_000_000_000m,
            Bound = "Exact",
            GrowthPercent = 5.25m,
            Language = "English",
        };

    [BackendFact]
    public void When_an_article_is_saved_twice_then_it_and_its_claims_are_kept_once()
    {
        var first = Store.SaveArticle(Article, [Claim("Trade reached $100 billion.", 14), Claim("It rose 5%.", 52, "Projection")]);
        var again = Store.SaveArticle(Article, [Claim("Trade reached $100 billion.", 14), Claim("Exports doubled.", 60)]);

        Assert.Equal(new SaveResult(1, 2, 0), first);
        Assert.Equal(new SaveResult(1, 1, 1), again);
        var article = Assert.Single(Store.SavedArticles());
        Assert.Equal((1, Article.Text, new DateOnly(2024, 1, 15), Clock.GetUtcNow()), (article.Id, article.Text, article.ArticleDate, article.SavedAt));
        var claims = Store.SavedClaims();
        // Ids are the store's own: distinct and in the order saved (DuckDB's sequence also counts the claim it skipped).
        Assert.Equal([(14, "Fact"), (52, "Projection"), (60, "Fact")], claims.Select(c => (c.SpanStart, c.Kind)));
        Assert.Equal(claims.Select(c => c.Id).Order(), claims.Select(c => c.Id));
        Assert.Equal(3, claims.Select(c => c.Id).Distinct().Count());
        Assert.All(claims, c => Assert.Equal(
            (1, "test-article.txt", A, B, "2023", "$100 billion", (decimal?)100_000_000_000m, "Exact", (decimal?)5.25m, "English", Clock.GetUtcNow()),
            (c.ArticleId, c.Source, c.Reporter, c.Partner, c.Period, c.Amount, c.AmountUsd, c.Bound, c.GrowthPercent, c.Language, c.SavedAt)));
        Assert.True(Store.Watching());
    }

    [BackendFact]
    public void When_verdicts_are_recorded_again_then_each_subject_keeps_its_last()
    {
        Assert.False(Store.Watching());
        Store.RecordVerdicts([
            new WatchedVerdict("target cn-ru-2030", "at risk") { Probability = 1.0 / 3, LastRelease = 1 },
            new WatchedVerdict("claim 1", "accurate") { FigureUsd = 123_456_789_012_345.67m, GrowthPercent = -12.345m, LastRelease = 1 }]);
        Store.RecordVerdicts([new WatchedVerdict("target cn-ru-2030", "likely") { Probability = 0.59, LastRelease = 2 }]);

        Assert.Equal(
            [("claim 1", "accurate", (decimal?)123_456_789_012_345.67m, (decimal?)-12.345m, (double?)null, 1),
             ("target cn-ru-2030", "likely", null, null, 0.59, 2)],
            Store.WatchedVerdicts().Select(v => (v.Subject, v.Verdict, v.FigureUsd, v.GrowthPercent, v.Probability, v.LastRelease)));
        Assert.All(Store.WatchedVerdicts(), v => Assert.Equal(Clock.GetUtcNow(), v.RecordedAt));
        Assert.True(Store.Watching());
    }
}
