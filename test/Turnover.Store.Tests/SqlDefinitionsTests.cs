using System.Text.RegularExpressions;
using Turnover.Core;
using Turnover.Store.Internal;
using static Turnover.Store.Tests.RealFigures;

namespace Turnover.Store.Tests;

/// <summary>
/// Flow codes and the record key's layout are defined once in C# (Flow, RecordKey, RecordDetail) and written into the
/// SQL as placeholders (Internal/SqlText.cs): these tests show both sides agree through a real store.
/// </summary>
public sealed partial class SqlDefinitionsTests : IDisposable
{
    private static readonly string[] s_embeddedSql = ["schema", "series", "coverage", "converted", "migrate_v1", "migrate_v4"];
    private readonly TradeStore _store = TradeStore.Open(":memory:");

    public void Dispose() => _store.Dispose();

    [Fact]
    public void When_every_flow_is_stored_then_sql_decodes_and_selects_it_by_the_csharp_code()
    {
        // One real figure (China's exports to Russia, March 2023) stored under every flow: only the key differs.
        var records = Enum.GetValues<Flow>().Select((flow, i) => Record(Period.Month(2023, 3), flow, 9.044m, 10 + i)).ToList();
        _store.Load("flows", records, () => Accept("flows"));

        foreach (var record in records)
        {
            var key = RecordKey.Pack(record);
            var filter = SqlText.Expand($"flow = {{Flow.{record.Flow}}}");
            Assert.Equal(
                (key, (int)record.Flow, record.SourceLine),
                (_store.Scalar<long>("SELECT key FROM record_rows WHERE " + filter), (int)_store.Scalar<byte>("SELECT flow FROM record_rows WHERE " + filter),
                    _store.Scalar<long>("SELECT source_line FROM record_rows WHERE " + filter)));
        }
    }

    [Fact]
    public void When_a_key_is_packed_in_csharp_then_every_sql_macro_decodes_its_fields()
    {
        var record = new TradeRecord(
            CountryCatalog.Default.FromCode(643), China, Flow.ReImport, Period.Span(2022, 1, 11), Product.Hs(851_762, 6, "H5"), 1m, null, Derivation.Reported, null, 1);
        var key = RecordKey.Pack(record);

        var decoded = _store.Scalar<string>(
            "SELECT concat_ws('|', record_reporter($1), record_partner($1), record_flow($1), record_year($1), record_start_month($1), record_months($1), record_product_digits($1), record_product_code($1))",
            key);

        Assert.Equal("643|156|4|2022|1|11|6|851762", decoded);
        var first = _store.Scalar<long>("SELECT pair_key(643, 156)");
        Assert.InRange(key, first, first + long.Parse(SqlText.Values["Key.PairLast"], System.Globalization.CultureInfo.InvariantCulture));
        // The totals' level key, as visible_totals computes it, is the key of the same figure for all goods.
        Assert.Equal(
            RecordKey.Pack(record with { Product = Product.Total }),
            _store.Scalar<long>(SqlText.Expand("SELECT (($1 >> {Key.ProductDigits.Shift}) >> {Key.ProductDigits.Bits}) << {Key.Product.Bits}"), key));
    }

    [Fact]
    public void When_the_embedded_sql_is_filled_in_then_no_placeholder_is_left_and_no_flow_code_is_a_bare_number()
    {
        foreach (var name in s_embeddedSql)
        {
            var written = TradeStore.ReadSql(name);
            var filled = TradeStore.Sql(name);

            Assert.DoesNotMatch(Placeholder(), filled);
            Assert.DoesNotMatch(BareFlowCode(), written);
        }
    }

    [Fact]
    public void When_a_placeholder_is_not_defined_then_filling_it_in_throws()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => SqlText.Expand("SELECT {Flow.Sideways}"));

        Assert.Contains("{Flow.Sideways}", ex.Message, StringComparison.Ordinal);
        Assert.Equal("SELECT {'a': 1}, {counts}", SqlText.Expand("SELECT {'a': 1}, {counts}"));
    }

    [GeneratedRegex(@"\{[A-Z][A-Za-z]*\.[A-Za-z.]+\}")]
    private static partial Regex Placeholder();

    // "flow = 1", "flow IN (1, 2, 5)", "ELSE 2 END AS flow": a flow code written as a number instead of {Flow.…}.
    [GeneratedRegex(@"flow\s*(=|IN\s*\()\s*\d|ELSE\s+\d+\s+END\s+AS\s+flow|derivation\s*=\s*\d", RegexOptions.IgnoreCase)]
    private static partial Regex BareFlowCode();
}
