using System.Globalization;
using Turnover.Core;
using Turnover.Store.ClickHouse.Internal;
using Turnover.Store.Internal;

namespace Turnover.Store.ClickHouse;

public sealed partial class ClickHouseTradeStore
{
    private static readonly string[] s_breakdownColumns =
    [
        "release_id", "key", "customs_code", "customs_desc", "transport_code", "transport_desc", "partner2_code", "partner2_desc",
        "value_usd", "quantity", "quantity_unit", "source_line",
    ];

    private static readonly Dictionary<string, string> s_breakdownTypes = new(StringComparer.Ordinal)
    {
        ["release_id"] = "Int32",
        ["key"] = "Int64",
        ["customs_code"] = "String",
        ["customs_desc"] = "String",
        ["transport_code"] = "String",
        ["transport_desc"] = "String",
        ["partner2_code"] = "String",
        ["partner2_desc"] = "String",
        ["value_usd"] = "Decimal(18, 2)",
        ["quantity"] = "Nullable(Float64)",
        ["quantity_unit"] = "Nullable(String)",
        ["source_line"] = "Int64",
    };

    /// <inheritdoc />
    /// <remarks>
    /// As the DuckDB schema's visible_breakdowns: per (source, total's key, customs procedure, mode of transport, second
    /// partner) the part published last (its release's vintage, else its period's end plus the source's lag; the latest
    /// release on a tie), with the visible total of the same source and key beside it (VisibleSql.Latest).
    /// </remarks>
    public IReadOnlyList<StoredBreakdown> Breakdowns(Country a, Country b, DateOnly? asOf = null)
    {
        var live = LiveReleases();
        if (live.Count == 0)
        {
            return [];
        }

        var pair = (a.Code, b.Code);
        var visibleFrom = VisibleSql.FallbackPublished(live, KeyFields.PeriodEndDaySql("key"));
        // The chosen release of each part; within a release a part is one row (its duplicates refuse the file).
        var parts = _server.Rows($"""
            SELECT release_id, key, customs_code, customs_desc, transport_code, transport_desc, partner2_code, partner2_desc,
                   value_usd, quantity, quantity_unit, source_line
            FROM {Tables.Breakdowns}
            WHERE (release_id, key, customs_code, transport_code, partner2_code) IN (
                SELECT argMax(release_id, tuple(effective_published, release_id)), key, customs_code, transport_code, partner2_code
                FROM (
                    SELECT {VisibleSql.SourceOf(live)} AS source, release_id, key, customs_code, transport_code, partner2_code,
                           {visibleFrom} AS effective_published
                    FROM {Tables.Breakdowns}
                    WHERE release_id IN ({SqlLiteral.List(live.Select(l => l.Summary.Id))}) {VisibleSql.PairFilter(pair)}
                )
                {(asOf is { } date ? $"WHERE effective_published <= {SqlLiteral.DayNumber(date)}" : string.Empty)}
                GROUP BY source, key, customs_code, transport_code, partner2_code
            )
            """);
        if (parts.Count == 0)
        {
            return [];
        }

        var sourceOf = live.ToDictionary(l => l.Summary.Id, l => l.Summary.Source);
        // The keys by subquery, not as literals: a breakdown download of up to 100,000 rows would pass the server's
        // query size limit. GLOBAL: the entry server alone holds breakdowns, and on a cluster the filter may reach the shards.
        var totals = _server.Rows($"""
            SELECT source, key, tupleElement(r, 1) FROM ({VisibleSql.Latest(Tables.Records, live, asOf, pair)})
            WHERE key GLOBAL IN (
                SELECT key FROM {Tables.Breakdowns} WHERE release_id IN ({SqlLiteral.List(live.Select(l => l.Summary.Id))}) {VisibleSql.PairFilter(pair)})
            """).ToDictionary(r => (SourceCatalog.FromCode(r[0]!), Long(r[1])), r => Money(r[2]));
        var countries = CountryCatalog.Default;
        return [.. parts.Select(r =>
        {
            var key = Long(r[1]);
            var fields = KeyFields.Of(key);
            var source = sourceOf[Int(r[0])];
            return (Fields: fields, Customs: r[2]!, Transport: r[4]!, Partner2: r[6]!, Part: new StoredBreakdown(
                source, countries.FromCode(fields.Reporter), countries.FromCode(fields.Partner), fields.Flow, fields.Period,
                fields.ProductDigits == 0 ? Product.Total : Product.Hs(fields.ProductCode, fields.ProductDigits, null),
                new TradeBreakdown(new BreakdownCode(r[2]!, r[3]!), new BreakdownCode(r[4]!, r[5]!), new BreakdownCode(r[6]!, r[7]!)),
                Money(r[8]), r[9] is null ? null : new Quantity(double.Parse(r[9]!, NumberStyles.Float, CultureInfo.InvariantCulture), r[10]!),
                totals.TryGetValue((source, key), out var total) ? total : null, Long(r[11])));
        })
            .OrderBy(p => p.Fields.Reporter).ThenBy(p => p.Fields.Partner).ThenBy(p => p.Fields.Flow)
            .ThenBy(p => p.Fields.Period.Year).ThenBy(p => p.Fields.Period.StartMonth).ThenBy(p => p.Fields.Period.Months)
            .ThenBy(p => p.Fields.ProductDigits).ThenBy(p => p.Fields.ProductCode)
            .ThenBy(p => p.Customs, StringComparer.Ordinal).ThenBy(p => p.Transport, StringComparer.Ordinal).ThenBy(p => p.Partner2, StringComparer.Ordinal)
            .Select(p => p.Part)];
    }

    // Staged with the release's other rows, before its release row; the totals they break down that this file does not
    // give are counted for the release's note, as the DuckDB store counts them.
    private BreakdownsStored InsertBreakdowns(int releaseId, BreakdownRows breakdowns)
    {
        if (breakdowns.Rows.Count == 0)
        {
            return new BreakdownsStored(0, 0);
        }

        _server.Insert(Tables.Breakdowns, s_breakdownColumns, s_breakdownTypes, breakdowns.Rows.Select(row =>
        {
            var (key, record) = row;
            var parts = record.Breakdown!;
            return new object[]
            {
                releaseId, key, parts.Customs.Code, parts.Customs.Description, parts.Transport.Code, parts.Transport.Description,
                parts.SecondPartner.Code, parts.SecondPartner.Description, record.ValueUsd,
                record.Quantity is { } q ? q.Amount : DBNull.Value, record.Quantity is { } u ? u.Unit : DBNull.Value, record.SourceLine,
            };
        }), CancellationToken.None);
        // As the DuckDB store counts them, on the server: the staged parts' keys with no record of this release.
        var id = SqlLiteral.Of(releaseId);
        var missing = Long(_server.Rows($"""
            SELECT count(DISTINCT key) FROM {Tables.Breakdowns}
            WHERE release_id = {id} AND key NOT IN (SELECT key FROM {Tables.Records} WHERE release_id = {id})
            """)[0][0]);
        return new BreakdownsStored(breakdowns.Rows.Count, missing);
    }
}
