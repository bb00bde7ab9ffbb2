using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Turnover.Core;
using Turnover.Store.Internal;

namespace Turnover.Store;

public sealed partial class TradeStore
{
    /// <summary>
    /// Keeps an article and its claims (<c>turnover claims --save</c>) in one transaction. The same text from the same
    /// source and date is the same article; a claim already held (same source, date, sentence and span) is not added again.
    /// </summary>
    /// <exception cref="InvalidOperationException">The store was opened read-only.</exception>
    /// <exception cref="StoreException">The database refused the change (nothing was written).</exception>
    public SaveResult SaveArticle(SavedArticle article, IReadOnlyList<SavedClaim> claims)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(claims);
        RequireWritable();
        return Writing(() =>
        {
            var now = _clock.GetUtcNow().UtcDateTime;
            var date = article.ArticleDate.ToDateTime(TimeOnly.MinValue);
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(article.Text)));
            using var transaction = _connection.BeginTransaction();
            var id = Scalar<int?>("SELECT article_id FROM saved_articles WHERE source = ? AND article_date = ? AND text_hash = ?", article.Source, date, hash)
                ?? Scalar<int>(
                    "INSERT INTO saved_articles VALUES (nextval('saved_article_ids'), ?, ?, ?, ?, ?, ?) RETURNING article_id",
                    article.Source, date, article.Language, hash, article.Text, now);
            var added = 0;
            foreach (var claim in claims)
            {
                using var insert = Command(
                    """
                    INSERT INTO saved_claims VALUES (nextval('saved_claim_ids'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT DO NOTHING
                    """,
                    id, article.Source, date, claim.Sentence, claim.SpanStart, claim.SpanLength, claim.Kind,
                    (short?)claim.Reporter?.Code, (short?)claim.Partner?.Code, claim.Flow, claim.Period, claim.Amount, claim.AmountUsd,
                    claim.Bound, claim.GrowthPercent, claim.Language, now);
                added += insert.ExecuteNonQuery();
            }

            transaction.Commit();
            return new SaveResult(id, added, claims.Count - added);
        });
    }

    /// <summary>True when the store watches anything: claims were saved, or judgements recorded (by a save or a watch).</summary>
    /// <exception cref="StoreException">The file is damaged.</exception>
    public bool Watching() =>
        Reading(() => Scalar<bool>("SELECT EXISTS (SELECT 1 FROM saved_claims) OR EXISTS (SELECT 1 FROM watched_verdicts)"));

    /// <summary>The saved articles, oldest first.</summary>
    /// <exception cref="StoreException">The file is damaged.</exception>
    public IReadOnlyList<SavedArticle> SavedArticles() => Reading(() =>
    {
        using var command = Command("SELECT article_id, source, article_date, language, text, saved_at FROM saved_articles ORDER BY article_id");
        using var reader = command.ExecuteReader();
        int id = reader.Column("article_id"), source = reader.Column("source"), date = reader.Column("article_date");
        int language = reader.Column("language"), text = reader.Column("text"), savedAt = reader.Column("saved_at");
        var articles = new List<SavedArticle>();
        while (reader.Read())
        {
            articles.Add(new SavedArticle(reader.GetString(source), DateOnly.FromDateTime(reader.GetDateTime(date)), reader.GetString(language), reader.GetString(text))
            {
                Id = reader.GetInt32(id),
                SavedAt = Utc(reader.GetDateTime(savedAt)),
            });
        }

        return articles;
    });

    /// <summary>The saved claims, by article, then in text order.</summary>
    /// <exception cref="StoreException">The file is damaged.</exception>
    public IReadOnlyList<SavedClaim> SavedClaims() => Reading(() =>
    {
        using var command = Command("SELECT * FROM saved_claims ORDER BY article_id, span_start, claim_id");
        using var reader = command.ExecuteReader();
        int id = reader.Column("claim_id"), article = reader.Column("article_id"), source = reader.Column("source"), date = reader.Column("article_date");
        int sentence = reader.Column("sentence"), start = reader.Column("span_start"), length = reader.Column("span_length"), kind = reader.Column("kind");
        int reporter = reader.Column("reporter"), partner = reader.Column("partner"), flow = reader.Column("flow"), period = reader.Column("period");
        int amount = reader.Column("amount"), amountUsd = reader.Column("amount_usd"), bound = reader.Column("bound"), growth = reader.Column("growth_pct");
        int language = reader.Column("language"), savedAt = reader.Column("saved_at");
        var claims = new List<SavedClaim>();
        while (reader.Read())
        {
            claims.Add(new SavedClaim(reader.GetString(sentence), reader.GetInt32(start), reader.GetInt32(length), reader.GetString(kind), reader.GetString(flow))
            {
                Id = reader.GetInt32(id),
                ArticleId = reader.GetInt32(article),
                Source = reader.GetString(source),
                ArticleDate = DateOnly.FromDateTime(reader.GetDateTime(date)),
                Reporter = reader.IsDBNull(reporter) ? null : CountryCatalog.Default.FromCode(reader.GetInt16(reporter)),
                Partner = reader.IsDBNull(partner) ? null : CountryCatalog.Default.FromCode(reader.GetInt16(partner)),
                Period = Text(reader, period),
                Amount = Text(reader, amount),
                AmountUsd = NullableDecimal(reader, amountUsd),
                Bound = Text(reader, bound),
                GrowthPercent = NullableDecimal(reader, growth),
                Language = reader.GetString(language),
                SavedAt = Utc(reader.GetDateTime(savedAt)),
            });
        }

        return claims;
    });

    /// <summary>The last verdict recorded for each watched subject, by subject.</summary>
    /// <exception cref="StoreException">The file is damaged.</exception>
    public IReadOnlyList<WatchedVerdict> WatchedVerdicts() => Reading(() =>
    {
        using var command = Command("SELECT * FROM watched_verdicts ORDER BY subject");
        using var reader = command.ExecuteReader();
        int subject = reader.Column("subject"), verdict = reader.Column("verdict"), figure = reader.Column("figure_usd"), growth = reader.Column("growth_pct");
        int probability = reader.Column("probability"), release = reader.Column("last_release"), recordedAt = reader.Column("recorded_at");
        var verdicts = new List<WatchedVerdict>();
        while (reader.Read())
        {
            verdicts.Add(new WatchedVerdict(reader.GetString(subject), reader.GetString(verdict))
            {
                FigureUsd = NullableDecimal(reader, figure),
                GrowthPercent = NullableDecimal(reader, growth),
                Probability = reader.IsDBNull(probability) ? null : reader.GetDouble(probability),
                LastRelease = reader.GetInt32(release),
                RecordedAt = Utc(reader.GetDateTime(recordedAt)),
            });
        }

        return verdicts;
    });

    /// <summary>Records these verdicts as the last of their subjects (replacing earlier ones), in one transaction, stamped with the store's clock.</summary>
    /// <exception cref="InvalidOperationException">The store was opened read-only.</exception>
    /// <exception cref="StoreException">The database refused the change (nothing was written).</exception>
    public void RecordVerdicts(IReadOnlyList<WatchedVerdict> verdicts)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        RequireWritable();
        Writing(() =>
        {
            var now = _clock.GetUtcNow().UtcDateTime;
            using var transaction = _connection.BeginTransaction();
            foreach (var v in verdicts)
            {
                Execute(
                    "INSERT OR REPLACE INTO watched_verdicts VALUES (?, ?, ?, ?, ?, ?, ?)",
                    v.Subject, v.Verdict, v.FigureUsd, v.GrowthPercent, v.Probability, v.LastRelease, now);
            }

            transaction.Commit();
            return verdicts.Count;
        });
    }

    private static string? Text(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
