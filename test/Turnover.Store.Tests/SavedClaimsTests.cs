using Turnover.Core;
using Turnover.Testing;

namespace Turnover.Store.Tests;

/// <summary>
/// What <c>turnover claims --save</c> keeps (schema 8): the article whole, its claims once each, and the last verdict
/// of every watched subject; stores of schema 7 get the empty tables when opened (issue 9).
/// </summary>
public sealed class SavedClaimsTests : IDisposable
{
    private static readonly DateOnly s_articleDate = new(2024, 1, 15);
    private readonly StoreFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void When_the_same_article_is_saved_twice_then_its_claims_are_stored_once()
    {
        var path = _folder.File("saved.duckdb");
        var article = new SavedArticle("claims-example.txt", s_articleDate, "Auto", "In 2022 bilateral trade was about $190 billion.");
        var claim = new SavedClaim("In 2022 bilateral trade was about $190 billion.", 34, 12, "Fact", "Turnover")
        {
            Reporter = CountryCatalog.Default.FromCode(156),
            Partner = CountryCatalog.Default.FromCode(643),
            Period = "2022",
            Amount = "$190 billion",
            AmountUsd = 190e9m,
            Bound = "About",
            Language = "English",
        };

        using (var store = TradeStore.Open(path, new TradeStoreOptions { Clock = FixedClock.On(new DateOnly(2026, 11, 28)) }))
        {
            Assert.Equal(new SaveResult(1, 1, 0), store.SaveArticle(article, [claim]));
            Assert.Equal(new SaveResult(1, 0, 1), store.SaveArticle(article, [claim]));
            // Another source is another article: its claim is its own.
            Assert.Equal(new SaveResult(2, 1, 0), store.SaveArticle(article with { Source = "https://example.org/a" }, [claim]));
        }

        using var reopened = TradeStore.Open(path, new TradeStoreOptions { ReadOnly = true });
        var saved = reopened.SavedClaims();
        Assert.Equal(2, saved.Count);
        Assert.Equal(
            claim with { Id = 1, ArticleId = 1, Source = "claims-example.txt", ArticleDate = s_articleDate, SavedAt = new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero) },
            saved[0]);
        Assert.Equal(["claims-example.txt", "https://example.org/a"], reopened.SavedArticles().Select(a => a.Source));
        Assert.Equal(article.Text, reopened.SavedArticles()[0].Text);
    }

    [Fact]
    public void When_a_verdict_is_recorded_again_then_it_replaces_the_last_one()
    {
        using var store = TradeStore.Open(":memory:");

        store.RecordVerdicts([new WatchedVerdict("target cn-ru-200bn-2024", "Undetermined") { FigureUsd = 190_271_000_000m, Probability = 0.609, LastRelease = 1 }]);
        store.RecordVerdicts([new WatchedVerdict("target cn-ru-200bn-2024", "Met") { LastRelease = 2 }]);

        var recorded = Assert.Single(store.WatchedVerdicts());
        Assert.Equal(("Met", null, null, 2), (recorded.Verdict, recorded.FigureUsd, recorded.Probability, recorded.LastRelease));
    }

    [Fact]
    public void When_a_store_is_opened_read_only_then_nothing_can_be_saved()
    {
        var path = _folder.File("read-only.duckdb");
        TradeStore.Open(path).Dispose();

        using var store = TradeStore.Open(path, new TradeStoreOptions { ReadOnly = true });

        Assert.Throws<InvalidOperationException>(() => store.SaveArticle(new SavedArticle("a", s_articleDate, "Auto", "text"), []));
        Assert.Throws<InvalidOperationException>(() => store.RecordVerdicts([]));
    }

    [Fact]
    public void When_a_schema_7_store_opens_then_it_gets_the_empty_tables_of_schema_8()
    {
        var path = _folder.File("v7.duckdb");
        using (var store = TradeStore.Open(path))
        {
            store.Execute("DROP TABLE saved_claims; DROP TABLE saved_articles; DROP TABLE watched_verdicts");
            store.Execute("DROP SEQUENCE saved_claim_ids; DROP SEQUENCE saved_article_ids");
            store.Execute("UPDATE store_meta SET value = '7' WHERE name = 'schema_version'");
        }

        // A read-only open upgrades it through a brief writable one, as for every older store.
        using var reopened = TradeStore.Open(path, new TradeStoreOptions { ReadOnly = true });

        Assert.Empty(reopened.SavedArticles());
        Assert.Empty(reopened.SavedClaims());
        Assert.Empty(reopened.WatchedVerdicts());
        Assert.Equal("8", reopened.Scalar<string>("SELECT value FROM store_meta WHERE name = 'schema_version'"));
    }
}
