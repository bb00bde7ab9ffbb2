using System.Security.Cryptography;
using System.Text;
using Turnover.Core;
using Turnover.Store.ClickHouse.Internal;

namespace Turnover.Store.ClickHouse;

// Saved claims and watched verdicts (turnover claims --save, watch), as the DuckDB store keeps them (TradeStore.Watch.cs).
// Without transactions: an article's row is written before its claims, and each is one INSERT, so an interrupted save
// leaves the article with none or all of its new claims, and saving again adds what is missing. One writer at a time,
// as for loads (docs/clickhouse.md, "Atomic releases").
public sealed partial class ClickHouseTradeStore
{
    private static readonly DateOnly s_epochDay = DateOnly.FromDateTime(DateTime.UnixEpoch);

    // The columns of saved_claims and watched_verdicts (StoreTables), in the order the inserts' rows give them, and their types.
    private static readonly string[] s_claimColumns =
        ["claim_id", "article_id", "source", "article_date", "sentence", "span_start", "span_length", "kind", "reporter", "partner", "flow", "period",
         "amount", "amount_usd", "bound", "growth_pct", "language", "saved_at_ticks"];

    private static readonly string[] s_verdictColumns =
        ["seq", "subject", "verdict", "figure_usd", "growth_pct", "probability", "last_release", "recorded_at_ticks"];

    private static readonly Dictionary<string, string> s_claimTypes = new(StringComparer.Ordinal)
    {
        ["claim_id"] = "Int32",
        ["article_id"] = "Int32",
        ["source"] = "String",
        ["article_date"] = "Int32",
        ["sentence"] = "String",
        ["span_start"] = "Int32",
        ["span_length"] = "Int32",
        ["kind"] = "String",
        ["reporter"] = "Nullable(Int16)",
        ["partner"] = "Nullable(Int16)",
        ["flow"] = "String",
        ["period"] = "Nullable(String)",
        ["amount"] = "Nullable(String)",
        ["amount_usd"] = "Nullable(Decimal(18, 2))",
        ["bound"] = "Nullable(String)",
        ["growth_pct"] = "Nullable(Decimal(9, 3))",
        ["language"] = "String",
        ["saved_at_ticks"] = "Int64",
    };

    private static readonly Dictionary<string, string> s_verdictTypes = new(StringComparer.Ordinal)
    {
        ["seq"] = "Int64",
        ["subject"] = "String",
        ["verdict"] = "String",
        ["figure_usd"] = "Nullable(Decimal(38, 2))",
        ["growth_pct"] = "Nullable(Decimal(38, 3))",
        ["probability"] = "Nullable(Float64)",
        ["last_release"] = "Int32",
        ["recorded_at_ticks"] = "Int64",
    };

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The store was opened read-only.</exception>
    public SaveResult SaveArticle(SavedArticle article, IReadOnlyList<SavedClaim> claims)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(claims);
        RequireWritable();
        var now = Microseconds(_clock.GetUtcNow().UtcTicks);
        var date = SqlLiteral.DayNumber(article.ArticleDate);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(article.Text)));
        var found = _server.Rows($"""
            SELECT article_id FROM {Tables.SavedArticles}
            WHERE source = {SqlLiteral.Of(article.Source)} AND article_date = {date} AND text_hash = {SqlLiteral.Of(hash)}
            """);
        int id;
        if (found is [[var existing, ..], ..])
        {
            id = Int(existing);
        }
        else
        {
            id = (int)NextNumber(Tables.SavedArticles, "article_id");
            _server.Execute($"""
                INSERT INTO {Tables.SavedArticles} VALUES ({SqlLiteral.Of(id)}, {SqlLiteral.Of(article.Source)}, {date}, {SqlLiteral.Of(article.Language)},
                    {SqlLiteral.Of(hash)}, {SqlLiteral.Of(article.Text)}, {SqlLiteral.Of(now)})
                """);
        }

        // A claim already held, or twice in this list, is added once (the DuckDB store's UNIQUE constraint).
        var held = _server.Rows($"""
            SELECT sentence, span_start, span_length, kind, flow FROM {Tables.SavedClaims}
            WHERE source = {SqlLiteral.Of(article.Source)} AND article_date = {date}
            """).Select(r => (r[0]!, Int(r[1]), Int(r[2]), r[3]!, r[4]!)).ToHashSet();
        var fresh = claims.Where(c => held.Add((c.Sentence, c.SpanStart, c.SpanLength, c.Kind, c.Flow))).ToList();
        if (fresh.Count > 0)
        {
            // One binary insert with the columns' types: 18.16's VALUES refuses a Decimal64 expression for a nullable decimal column.
            var next = (int)NextNumber(Tables.SavedClaims, "claim_id");
            var day = article.ArticleDate.DayNumber - s_epochDay.DayNumber;
            _server.Insert(Tables.SavedClaims, s_claimColumns, s_claimTypes, fresh.Select((c, i) => new object[]
            {
                next + i, id, article.Source, day, c.Sentence, c.SpanStart, c.SpanLength, c.Kind, Code(c.Reporter), Code(c.Partner), c.Flow,
                (object?)c.Period ?? DBNull.Value, (object?)c.Amount ?? DBNull.Value, (object?)c.AmountUsd ?? DBNull.Value, (object?)c.Bound ?? DBNull.Value,
                (object?)c.GrowthPercent ?? DBNull.Value, c.Language, now,
            }), CancellationToken.None);
        }

        return new SaveResult(id, fresh.Count, claims.Count - fresh.Count);
    }

    /// <inheritdoc />
    public bool Watching() =>
        _server.Rows($"SELECT (SELECT count() FROM {Tables.SavedClaims}) + (SELECT count() FROM {Tables.WatchedVerdicts})")[0][0] != "0";

    /// <inheritdoc />
    public IReadOnlyList<SavedArticle> SavedArticles() =>
        [.. _server.Rows($"SELECT article_id, source, article_date, language, text, saved_at_ticks FROM {Tables.SavedArticles} ORDER BY article_id")
            .Select(r => new SavedArticle(r[1]!, Day(r[2]), r[3]!, r[4]!) { Id = Int(r[0]), SavedAt = Utc(r[5]) })];

    /// <inheritdoc />
    public IReadOnlyList<SavedClaim> SavedClaims() =>
        [.. _server.Rows($"""
            SELECT claim_id, article_id, source, article_date, sentence, span_start, span_length, kind, reporter, partner, flow, period, amount,
                   amount_usd, bound, growth_pct, language, saved_at_ticks
            FROM {Tables.SavedClaims} ORDER BY article_id, span_start, claim_id
            """).Select(r => new SavedClaim(r[4]!, Int(r[5]), Int(r[6]), r[7]!, r[10]!)
        {
            Id = Int(r[0]),
            ArticleId = Int(r[1]),
            Source = r[2]!,
            ArticleDate = Day(r[3]),
            Reporter = r[8] is null ? null : CountryCatalog.Default.FromCode(Int(r[8])),
            Partner = r[9] is null ? null : CountryCatalog.Default.FromCode(Int(r[9])),
            Period = r[11],
            Amount = r[12],
            AmountUsd = r[13] is null ? null : Money(r[13]),
            Bound = r[14],
            GrowthPercent = r[15] is null ? null : Money(r[15]),
            Language = r[16]!,
            SavedAt = Utc(r[17]),
        })];

    /// <inheritdoc />
    public IReadOnlyList<WatchedVerdict> WatchedVerdicts()
    {
        var last = new Dictionary<string, WatchedVerdict>(StringComparer.Ordinal);
        foreach (var r in _server.Rows($"""
            SELECT subject, verdict, figure_usd, growth_pct, probability, last_release, recorded_at_ticks FROM {Tables.WatchedVerdicts} ORDER BY seq
            """))
        {
            last[r[0]!] = new WatchedVerdict(r[0]!, r[1]!)
            {
                FigureUsd = r[2] is null ? null : Money(r[2]),
                GrowthPercent = r[3] is null ? null : Money(r[3]),
                Probability = r[4] is null ? null : double.Parse(r[4]!, System.Globalization.CultureInfo.InvariantCulture),
                LastRelease = Int(r[5]),
                RecordedAt = Utc(r[6]),
            };
        }

        return [.. last.Values.OrderBy(v => v.Subject, StringComparer.Ordinal)];
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The store was opened read-only.</exception>
    public void RecordVerdicts(IReadOnlyList<WatchedVerdict> verdicts)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        RequireWritable();
        if (verdicts.Count == 0)
        {
            return;
        }

        var now = Microseconds(_clock.GetUtcNow().UtcTicks);
        var next = NextNumber(Tables.WatchedVerdicts, "seq");
        // One insert: every verdict of this judgement recorded, or none.
        _server.Insert(Tables.WatchedVerdicts, s_verdictColumns, s_verdictTypes, verdicts.Select((v, i) => new object[]
        {
            next + i, v.Subject, v.Verdict, (object?)v.FigureUsd ?? DBNull.Value, (object?)v.GrowthPercent ?? DBNull.Value,
            (object?)v.Probability ?? DBNull.Value, v.LastRelease, now,
        }), CancellationToken.None);
    }

    // The number after the largest of a column (1 in an empty table: ClickHouse's max of nothing is 0). One writer at a
    // time, as for release ids, so no two writes take the same.
    private long NextNumber(string table, string column) => Long(_server.Rows($"SELECT max({column}) + 1 FROM {table}")[0][0]);

    private static object Code(Country? country) => country is { } c ? (short)c.Code : DBNull.Value;

    // DuckDB keeps timestamps to the microsecond; so does this store, for the same answers.
    private static long Microseconds(long ticks) => ticks - (ticks % 10);

    private static DateOnly Day(string? dayNumber) => s_epochDay.AddDays(Int(dayNumber));

    private static DateTimeOffset Utc(string? ticks) => new(Long(ticks), TimeSpan.Zero);
}
