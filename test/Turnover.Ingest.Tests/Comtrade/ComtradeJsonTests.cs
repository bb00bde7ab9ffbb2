using System.Text;
using Turnover.Core;
using Turnover.Testing;
using static Turnover.Ingest.Tests.Comtrade.ComtradeFixture;

namespace Turnover.Ingest.Tests.Comtrade;

/// <summary>Real Comtrade+ API responses recorded by comtradr: China 2010 with Argentina and Germany, all goods.</summary>
public class ComtradeJsonTests
{
    [Fact]
    public void When_reading_the_pretty_response_then_four_totals_are_read_with_exact_values()
    {
        var (records, context) = ReadFixture("HS-60a6ad.json");

        Assert.Empty(context.Errors);
        Assert.Equal(4, context.RowsRead);
        var first = records.At(1);
        Assert.Equal(
            new TradeRecord(Country(156), Country(32), Flow.Import, Period.OfYear(2010), Product.Total, 6_804_128_143m, null, Derivation.Reported, null, 1),
            first);
        Assert.Equal(74_251_272_075m, records.At(2).ValueUsd);
        Assert.Equal(Country(276), records.At(2).Partner);
        Assert.Equal("Comtrade+ API JSON (H3, annual)", context.Dataset);
    }

    [Fact]
    public void When_reading_the_compact_body_then_it_holds_the_same_records_as_the_pretty_one()
    {
        var (pretty, _) = ReadFixture("HS-60a6ad.json");
        var (compact, context) = ReadFixture("HS-5e2730.body.json");

        Assert.Empty(context.Errors);
        Assert.Equal(
            pretty.Select(r => r with { SourceLine = 0 }).OrderBy(r => (r.Flow, r.Partner.Code)),
            compact.Select(r => r with { SourceLine = 0 }).OrderBy(r => (r.Flow, r.Partner.Code)));
    }

    [Fact]
    public void When_response_is_a_bulk_file_listing_then_whole_file_error_says_so()
    {
        var (records, context) = ReadFixture("HS-4f1d0f.json");

        Assert.Empty(records);
        var error = Assert.Single(context.Errors);
        Assert.Equal(0, error.Line);
        Assert.StartsWith("this is a bulk file listing, not trade data", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_api_reports_an_error_then_whole_file_error_quotes_it()
    {
        var json = File.ReadAllText(Path("HS-5e2730.body.json")).Replace("\"error\":\"\"", "\"error\":\"Maximum resultset is 100000\"", StringComparison.Ordinal);
        using var file = TempFile.WithText("response.json", json);

        var (records, context) = Read(file.Path);

        Assert.Empty(records);
        var error = Assert.Single(context.Errors);
        Assert.Equal((0L, "the Comtrade API returned an error: 'Maximum resultset is 100000'"), (error.Line, error.Message));
    }

    [Fact]
    public void When_json_is_cut_off_mid_record_then_error_names_the_record_and_earlier_records_are_read()
    {
        var json = File.ReadAllText(Path("HS-60a6ad.json"));
        var third = IndexOfNth(json, "\"typeCode\"", 3);
        using var file = TempFile.WithText("response.json", json[..(third + 200)]);

        var (records, context) = Read(file.Path);

        var error = Assert.Single(context.Errors);
        // The line the text breaks on (until 7 December 2026 the record's number stood in the line's place).
        Assert.Equal((json[..(third + 200)].Count(c => c == '\n') + 1L, "the JSON is cut off or malformed inside record 3 (2 complete records before it)"), (error.Line, error.Message));
        Assert.Equal(2, records.Count);
    }

    [Fact]
    public void When_count_disagrees_with_the_records_then_it_is_an_error()
    {
        var json = File.ReadAllText(Path("HS-5e2730.body.json")).Replace("\"count\":4", "\"count\":5", StringComparison.Ordinal);
        using var file = TempFile.WithText("response.json", json);

        var (_, context) = Read(file.Path);

        Assert.Equal("'count' says 5 records but 'data' holds 4 (incomplete response)", Assert.Single(context.Errors).Message);
    }

    [Fact]
    public void When_a_record_has_a_bad_value_then_error_names_the_record_number_and_field()
    {
        var json = File.ReadAllText(Path("HS-5e2730.body.json"));
        var second = IndexOfNth(json, "\"primaryValue\":", 2);
        json = json[..second] + "\"primaryValue\":\"abc\"" + json[json.IndexOf(',', second)..];
        using var file = TempFile.WithText("response.json", json);

        var (records, context) = Read(file.Path);

        var error = Assert.Single(context.Errors);
        Assert.Equal((1L, "primaryValue", "record 2: value 'abc' is not a number"), (error.Line, error.Column, error.Message)); // the API's response is one line
        Assert.Equal(3, records.Count);
    }

    [Fact]
    public void When_a_record_of_a_pretty_response_has_a_bad_value_then_the_error_names_the_line_the_record_opens_on()
    {
        // Until 7 December 2026 the record's number (3) stood in the line's place of "file:line:".
        var json = File.ReadAllText(Path("HS-60a6ad.json")).Replace("\"primaryValue\": 6115764185.0", "\"primaryValue\": -7", StringComparison.Ordinal);
        using var file = TempFile.WithText("response.json", json);

        var (records, context) = Read(file.Path);

        var error = Assert.Single(context.Errors);
        Assert.Equal((103L, "primaryValue"), (error.Line, error.Column));
        Assert.StartsWith("record 3: ", error.Message, StringComparison.Ordinal);
        Assert.Equal([1L, 2L, 4L], records.Select(r => r.SourceLine).Order()); // evidence still names records
    }

    [Fact]
    public void When_a_record_lacks_a_required_field_then_error_names_it()
    {
        var json = File.ReadAllText(Path("HS-5e2730.body.json"));
        var first = json.IndexOf("\"cmdCode\":\"TOTAL\",", StringComparison.Ordinal);
        json = json.Remove(first, "\"cmdCode\":\"TOTAL\",".Length);
        using var file = TempFile.WithText("response.json", json);

        var (_, context) = Read(file.Path);

        var error = Assert.Single(context.Errors);
        Assert.Equal((1L, "cmdCode", "record 1 has no 'cmdCode'"), (error.Line, error.Column, error.Message));
    }

    [Fact]
    public void When_json_has_a_bom_then_it_is_read()
    {
        var bytes = Encoding.UTF8.Preamble.ToArray().Concat(File.ReadAllBytes(Path("HS-5e2730.body.json"))).ToArray();
        using var file = TempFile.WithBytes("response.json", bytes);

        var (records, context) = Read(file.Path);

        Assert.Empty(context.Errors);
        Assert.Equal(4, records.Count);
    }

    [Fact]
    public void When_response_has_no_data_array_then_whole_file_error_says_so()
    {
        using var file = TempFile.WithText("response.json", "{\"elapsedTime\":\"0.01 secs\",\"count\":0,\"error\":\"\"}");

        var (_, context) = Read(file.Path);

        Assert.Equal("the JSON has no 'data' array: not a Comtrade+ API data response", Assert.Single(context.Errors).Message);
    }

    private static int IndexOfNth(string text, string value, int n)
    {
        var index = -1;
        for (var i = 0; i < n; i++)
        {
            index = text.IndexOf(value, index + 1, StringComparison.Ordinal);
        }

        return index;
    }
}
