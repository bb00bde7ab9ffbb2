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
    public void When_a_watched_figure_and_rate_are_beyond_the_stored_records_width_then_they_are_kept_exactly()
    {
        using var store = TradeStore.Open(":memory:");
        // A year of twelve months each at the 10^15 USD ceiling (stored with --accept-outliers), both flows; a rate from a cent.
        var verdict = new WatchedVerdict("claim 1", "Inaccurate") { FigureUsd = 24_000_000_000_000_000.25m, GrowthPercent = 9_999_999_999_999_999_999.125m, LastRelease = 1 };

        store.RecordVerdicts([verdict]);

        var recorded = Assert.Single(store.WatchedVerdicts());
        Assert.Equal((verdict.FigureUsd, verdict.GrowthPercent), (recorded.FigureUsd, recorded.GrowthPercent));
    }

    [Fact]
    public void When_a_schema_8_store_opens_then_its_watched_figures_widen_and_keep_their_values()
    {
        var path = _folder.File("v8.duckdb");
        using (var store = TradeStore.Open(path))
        {
            store.Execute("DROP TABLE watched_verdicts");
            store.Execute(
                """
                CREATE TABLE watched_verdicts (subject VARCHAR PRIMARY KEY, verdict VARCHAR NOT NULL, figure_usd DECIMAL(18, 2), growth_pct DECIMAL(9, 3),
                    probability DOUBLE, last_release INTEGER NOT NULL, recorded_at TIMESTAMP NOT NULL)
                """);
            store.Execute("INSERT INTO watched_verdicts VALUES ('target cn-ru-200bn-2024', 'Met', 218170000000.00, 26.3, NULL, 3, TIMESTAMP '2026-11-28 12:00:00')");
            store.Execute("UPDATE store_meta SET value = '8' WHERE name = 'schema_version'");
        }

        using (var upgraded = TradeStore.Open(path))
        {
            upgraded.RecordVerdicts([new WatchedVerdict("claim 1", "Inaccurate") { FigureUsd = 24_000_000_000_000_000m, LastRelease = 3 }]);
        }

        using var reopened = TradeStore.Open(path, new TradeStoreOptions { ReadOnly = true });
        Assert.Equal(
            [("claim 1", 24_000_000_000_000_000m, (decimal?)null), ("target cn-ru-200bn-2024", 218_170_000_000m, 26.3m)],
            reopened.WatchedVerdicts().OrderBy(v => v.Subject, StringComparer.Ordinal).Select(v => (v.Subject, v.FigureUsd!.Value, v.GrowthPercent)));
        Assert.Equal(TradeStore.CurrentSchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), reopened.Scalar<string>("SELECT value FROM store_meta WHERE name = 'schema_version'"));
    }

    [Fact]
    public void When_the_database_refuses_a_save_then_the_message_says_nothing_was_changed_not_that_the_file_is_damaged()
    {
        var path = _folder.File("refused.duckdb");
        using var store = TradeStore.Open(path);
        // The claims reader never hands on a dollar amount above 10^15; the store's column holds up to 10^16.
        var claim = new SavedClaim("Trade was $90,000 trillion.", 10, 17, "Fact", "Turnover") { AmountUsd = 90_000_000_000_000_000m, Language = "English" };

        var error = Assert.Throws<StoreException>(() => store.SaveArticle(new SavedArticle("a.txt", s_articleDate, "Auto", "Trade was $90,000 trillion."), [claim]));

        Assert.StartsWith($"writing to the store {path} failed and nothing was changed (", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("); the store holds what it held before.", error.Message, StringComparison.Ordinal);
        Assert.Empty(store.SavedArticles());
        Assert.Empty(store.SavedClaims());
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
        Assert.Equal(TradeStore.CurrentSchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), reopened.Scalar<string>("SELECT value FROM store_meta WHERE name = 'schema_version'"));
    }
}
