using Turnover.Core;

namespace Turnover.Store.Tests;

/// <summary>
/// Records are stored packed (one key, ids for text); these tests read them back through the decoding view
/// <c>record_rows</c> and check every field survives, at the edges of each field's range and across chunks.
/// </summary>
public sealed class PackedRecordsTests : IDisposable
{
    private static readonly CountryCatalog s_countries = CountryCatalog.Default;
    private readonly TradeStore _store = TradeStore.Open(":memory:");

    public void Dispose() => _store.Dispose();

    [Fact]
    public void When_fields_sit_at_the_edges_of_their_ranges_then_they_read_back_unchanged()
    {
        var highest = s_countries.All.Max(c => c.Code);
        var records = new[]
        {
            new TradeRecord(s_countries.World, s_countries.FromCode(highest), Flow.Turnover, Period.Month(1900, 1), Product.Total, 0m, null, Derivation.Reported, null, 1),
            new TradeRecord(s_countries.FromCode(highest), s_countries.World, Flow.Export, Period.Span(2200, 12, 1), Product.Hs(999_999, 6, "HS92"), 9_999_999_999_999_999.99m, Quantity.Kilograms(0.001), Derivation.CurrencyConverted, new DateOnly(2200, 12, 31), long.MaxValue / 2),
            new TradeRecord(s_countries.FromCode(156), s_countries.FromCode(643), Flow.ReImport, Period.Span(2023, 1, 12), Product.Hs(1, 2, null), 0.01m, new Quantity(12.5, "u"), Derivation.DifferencedFromCumulative, new DateOnly(1970, 1, 1), 3),
            new TradeRecord(s_countries.FromCode(643), s_countries.FromCode(156), Flow.Import, Period.Span(2023, 3, 10), Product.Hs(8504, 4, "H5"), 123_456.78m, new Quantity(0, "kg"), Derivation.Cumulative, new DateOnly(1969, 12, 31), 4),
        };

        // The largest value the store holds is far above world trade: only the outlier screen's override stores it.
        Assert.Equal(LoadStatus.Stored, _store.Load(ReleaseReading.OfBytes("edges.csv", "h"), records, () => Accept("h"), new LoadOptions { AcceptOutliers = true }).Status);

        Assert.Equal(records.OrderBy(r => r.SourceLine).Select(Describe), ReadBack());
    }

    [Fact]
    public void When_a_file_spans_many_chunks_with_scattered_nulls_then_every_row_is_stored_once()
    {
        // 2048 rows a chunk: cover full chunks, a partial last one, and nulls on either side of each boundary.
        var records = Enumerable.Range(0, 5000).Select(i => new TradeRecord(
            s_countries.FromCode(156), s_countries.FromCode(643), Flow.Export, Period.Month(2020, 1), Product.Hs(10_000 + i, 6, "HS92"),
            i, i % 3 == 0 ? null : Quantity.Kilograms(i), Derivation.Reported, i % 5 == 0 ? new DateOnly(2021, 1, 1).AddDays(i) : null, i + 2)).ToList();

        var result = _store.Load("h", records, () => Accept("h"));

        Assert.Equal((LoadStatus.Stored, 5000L), (result.Status, result.RowsStored));
        Assert.Equal(records.Select(Describe), ReadBack());
    }

    [Fact]
    public void When_later_files_bring_new_units_and_editions_then_earlier_ids_keep_their_names()
    {
        var first = Record(1, Quantity.Kilograms(1), "HS92");
        // Dated, so the repeated key is not dated as a revision on load (RevisionDatingTests): only the ids differ.
        // The H5 line is of another year: one period's lines are of one edition (EditionClashTests).
        var second = new[] { Record(1, new Quantity(2, "u"), "H5") with { Period = Period.OfYear(2022) }, Record(2, Quantity.Kilograms(3), "HS92") }
            .Select(r => r with { Published = new DateOnly(2022, 6, 1) }).ToArray();

        _store.Load("a", [first], () => Accept("a"));
        _store.Load("b", second, () => Accept("b"));

        Assert.Equal([Describe(first), .. second.Select(Describe)], ReadBack());
        Assert.Equal(2L, _store.Scalar<long>("SELECT count(*) FROM units"));
        Assert.Equal(2L, _store.Scalar<long>("SELECT count(*) FROM classifications"));
    }

    [Fact]
    public void When_a_file_is_rejected_then_its_new_units_are_not_kept()
    {
        _store.Load("a", [Record(1, new Quantity(2, "m3"), "H6")], () => RealFigures.Reject());

        Assert.Equal(0L, _store.Scalar<long>("SELECT count(*) FROM units"));
        Assert.Equal(0L, _store.Scalar<long>("SELECT count(*) FROM classifications"));
    }

    [Fact]
    public void When_a_value_does_not_fit_the_column_then_the_load_fails_and_stores_nothing()
    {
        var huge = Record(1, null, null) with { ValueUsd = 10_000_000_000_000_000m };

        var ex = Assert.Throws<StoreException>(() => _store.Load("h", [Record(2, null, null), huge], () => Accept("h")));

        Assert.Contains("line 1", ex.Message, StringComparison.Ordinal);
        Assert.Empty(_store.Releases());
        Assert.Equal(0L, _store.Scalar<long>("SELECT count(*) FROM records"));
    }

    internal static ReleaseOutcome Accept(string hash) => RealFigures.Accept(hash);

    private static TradeRecord Record(int product, Quantity? quantity, string? classification) =>
        new(s_countries.FromCode(842), s_countries.FromCode(156), Flow.Export, Period.OfYear(2021), Product.Hs(10_000 + product, 6, classification), 1000m, quantity, Derivation.Reported, null, product);

    private static string Describe(TradeRecord r) => string.Join(
        '|',
        r.Reporter.Code, r.Partner.Code, (int)r.Flow, r.Period.Year, r.Period.StartMonth, r.Period.Months, r.Product.Code, r.Product.Digits,
        r.Product.Classification ?? "-", r.ValueUsd.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
        r.Quantity?.Amount.ToString("R", System.Globalization.CultureInfo.InvariantCulture) ?? "-", r.Quantity?.Unit ?? "-",
        (int)r.Derivation, r.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "-", r.SourceLine);

    private List<string> ReadBack()
    {
        using var command = _store.Command("""
            SELECT reporter, partner, flow, year, start_month, months, product_code, product_digits, classification,
                   value_usd, quantity, quantity_unit, derivation, published, source_line
            FROM record_rows ORDER BY release_id, source_line
            """);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            var quantity = reader.IsDBNull(10) ? (Quantity?)null : new Quantity(reader.GetDouble(10), reader.GetString(11));
            var published = reader.IsDBNull(13) ? (DateOnly?)null : DateOnly.FromDateTime(reader.GetDateTime(13));
            var product = reader.GetByte(7) == 0 ? Product.Total : Product.Hs(reader.GetInt32(6), reader.GetByte(7), reader.IsDBNull(8) ? null : reader.GetString(8));
            rows.Add(Describe(new TradeRecord(
                s_countries.FromCode(reader.GetInt16(0)), s_countries.FromCode(reader.GetInt16(1)), (Flow)reader.GetByte(2),
                Period.Span(reader.GetInt16(3), reader.GetByte(4), reader.GetByte(5)), product, reader.GetDecimal(9), quantity,
                (Derivation)reader.GetByte(12), published, reader.GetInt64(14))));
        }

        return rows;
    }
}
