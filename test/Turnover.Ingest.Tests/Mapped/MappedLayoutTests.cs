using Turnover.Core;
using Turnover.Ingest.Mapped;
using Turnover.Testing;
using static Turnover.Ingest.Tests.Mapped.MappedCsvReaderTests;
using static Turnover.Ingest.Tests.National.ReaderRun;

namespace Turnover.Ingest.Tests.Mapped;

public class MappedLayoutTests
{
    private static readonly string s_comtrade = RepoPaths.Fixture("mapped", "comtrade_legacy_us_china_2017_excerpt.csv");
    private readonly MappedCsvReader _reader = new();

    [Fact]
    public void When_a_legacy_comtrade_file_is_mapped_then_flows_countries_and_padded_hs_chapters_come_from_columns()
    {
        var (records, context) = ReadAll(_reader, s_comtrade, Mapping("comtrade_legacy_long.json"));

        Assert.Empty(context.Errors);
        Assert.Equal(30, records.Count);
        Assert.Equal((11, 10, 9), (records.Count(r => r.Flow == Flow.Import), records.Count(r => r.Flow == Flow.Export), records.Count(r => r.Flow == Flow.ReExport)));
        Assert.All(records, r => Assert.Equal((842, 156, Period.OfYear(2017)), (r.Reporter.Code, r.Partner.Code, r.Period)));
        // Line 2: H5,2017,1,Import,842,USA,156,China,1,Animals; live,36327640,4 (code "1" is chapter 01).
        var first = records[0];
        Assert.Equal(("01", "H5", Flow.Import, 36_327_640m, 2L), (first.Product.ToString(), first.Product.Classification, first.Flow, first.ValueUsd, first.SourceLine));
        // Line 4: H5,2017,3,Re-Export,842,USA,156,China,1,Animals; live,179614,0
        Assert.Equal((Flow.ReExport, 179_614m), (records[2].Flow, records[2].ValueUsd));
    }

    [Fact]
    public void When_a_flow_value_is_not_in_the_map_then_the_error_lists_the_known_ones()
    {
        using var file = WithLine(s_comtrade, "comtrade.csv", 3, "H5,2017,2,Exports,842,USA,156,China,1,Animals; live,16729257,4");

        var (_, context) = ReadAll(_reader, file.Path, Mapping("comtrade_legacy_long.json"));

        var error = Assert.Single(context.Errors);
        Assert.Equal((3L, "Trade Flow", "flow 'Exports' is not in mapping field 'flow.map' (known: Import, Export, Re-Export, Re-Import)"), (error.Line, error.Column, error.Message));
    }

    [Theory]
    [InlineData(2, "H5,2017,1,Import,842,USA,156,China,123,Animals; live,36327640,4", "Commodity Code", "product code '123' is not a 2-, 4- or 6-digit HS code or TOTAL")]
    [InlineData(2, "H5,2017,1,Import,999,USA,156,China,1,Animals; live,36327640,4", "Reporter Code", "unknown country '999'")]
    [InlineData(2, "H5,17,1,Import,842,USA,156,China,1,Animals; live,36327640,4", "Year", "period '17' does not match format 'yyyy': expected a 4-digit year at '17'")]
    public void When_a_column_value_is_bad_then_the_error_names_the_column(int lineNo, string replacement, string column, string message)
    {
        using var file = WithLine(s_comtrade, "comtrade.csv", lineNo, replacement);

        var (_, context) = ReadAll(_reader, file.Path, Mapping("comtrade_legacy_long.json"));

        var error = Assert.Single(context.Errors);
        Assert.Equal(((long)lineNo, column, message), (error.Line, error.Column, error.Message));
    }
}
