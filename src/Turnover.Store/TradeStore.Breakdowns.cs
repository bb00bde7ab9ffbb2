using Turnover.Core;
using Turnover.Store.Internal;

namespace Turnover.Store;

public sealed partial class TradeStore
{
    /// <summary>
    /// A pair's stored breakdowns in both directions (Comtrade's customs procedure, mode of transport and second
    /// partner), as visible on a date, each with its total where a total row is stored. No other query reads them:
    /// series, products and every total read the totals alone.
    /// </summary>
    /// <param name="a">One country.</param>
    /// <param name="b">The other.</param>
    /// <param name="asOf">Only what was public by this date; null for everything stored.</param>
    /// <exception cref="StoreException">The file is damaged.</exception>
    public IReadOnlyList<StoredBreakdown> Breakdowns(Country a, Country b, DateOnly? asOf = null) =>
        Reading(() => ReadBreakdowns(asOf, (short)a.Code, (short)b.Code));

    private List<StoredBreakdown> ReadBreakdowns(DateOnly? asOf, short a, short b)
    {
        var countries = CountryCatalog.Default;
        using var command = Command(
            """
            SELECT * FROM visible_breakdowns($1, $2, $3)
            ORDER BY reporter, partner, flow, year, start_month, months, product_digits, product_code, customs_code, transport_code, partner2_code
            """,
            asOf, a, b);
        using var reader = command.ExecuteReader();
        int source = reader.Column("source"), reporter = reader.Column("reporter"), partner = reader.Column("partner"), flow = reader.Column("flow");
        int year = reader.Column("year"), start = reader.Column("start_month"), months = reader.Column("months");
        int code = reader.Column("product_code"), digits = reader.Column("product_digits");
        int customs = reader.Column("customs_code"), customsDesc = reader.Column("customs_desc"), transport = reader.Column("transport_code");
        int transportDesc = reader.Column("transport_desc"), partner2 = reader.Column("partner2_code"), partner2Desc = reader.Column("partner2_desc");
        int value = reader.Column("value_usd"), quantity = reader.Column("quantity"), unit = reader.Column("quantity_unit");
        int line = reader.Column("source_line"), total = reader.Column("total_usd");
        var rows = new List<StoredBreakdown>();
        while (reader.Read())
        {
            var productDigits = reader.GetByte(digits);
            rows.Add(new StoredBreakdown(
                SourceCatalog.FromCode(reader.GetString(source)),
                countries.FromCode(reader.GetInt16(reporter)),
                countries.FromCode(reader.GetInt16(partner)),
                (Flow)reader.GetByte(flow),
                Period.Span(reader.GetInt16(year), reader.GetByte(start), reader.GetByte(months)),
                productDigits == 0 ? Product.Total : Product.Hs(reader.GetInt32(code), productDigits, null),
                new TradeBreakdown(
                    new BreakdownCode(reader.GetString(customs), reader.GetString(customsDesc)),
                    new BreakdownCode(reader.GetString(transport), reader.GetString(transportDesc)),
                    new BreakdownCode(reader.GetString(partner2), reader.GetString(partner2Desc))),
                reader.GetDecimal(value),
                reader.IsDBNull(quantity) ? null : new Quantity(reader.GetDouble(quantity), reader.GetString(unit)),
                reader.IsDBNull(total) ? null : reader.GetDecimal(total),
                reader.GetInt64(line)));
        }

        return rows;
    }

    // In the load's transaction, after the totals: the parts go to their own table (schema.sql, breakdowns), and the
    // totals they break down that this file does not give are counted for the note.
    private BreakdownsStored InsertBreakdowns(int releaseId, BreakdownRows breakdowns)
    {
        if (breakdowns.Rows.Count == 0)
        {
            return new BreakdownsStored(0, 0);
        }

        using (var appender = _connection.CreateAppender("breakdowns"))
        {
            foreach (var (key, record) in breakdowns.Rows)
            {
                var parts = record.Breakdown!;
                appender.CreateRow()
                    .AppendValue(releaseId)
                    .AppendValue(key)
                    .AppendValue(parts.Customs.Code)
                    .AppendValue(parts.Customs.Description)
                    .AppendValue(parts.Transport.Code)
                    .AppendValue(parts.Transport.Description)
                    .AppendValue(parts.SecondPartner.Code)
                    .AppendValue(parts.SecondPartner.Description)
                    .AppendValue(record.ValueUsd)
                    .AppendValue(record.Quantity?.Amount)
                    .AppendValue(record.Quantity?.Unit)
                    .AppendValue(record.SourceLine)
                    .EndRow();
            }
        }

        var missing = Scalar<long>(
            "SELECT count(DISTINCT key) FROM breakdowns b WHERE release_id = $1 AND NOT EXISTS (SELECT 1 FROM records r WHERE r.release_id = $1 AND r.key = b.key)",
            releaseId);
        return new BreakdownsStored(breakdowns.Rows.Count, missing);
    }
}
