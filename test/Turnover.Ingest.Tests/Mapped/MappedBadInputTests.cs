using System.Text;
using Turnover.Ingest.Mapped;
using Turnover.Testing;
using static Turnover.Ingest.Tests.Mapped.MappedCsvReaderTests;
using static Turnover.Ingest.Tests.National.ReaderRun;

namespace Turnover.Ingest.Tests.Mapped;

public class MappedBadInputTests
{
    private static readonly string s_census = RepoPaths.Data("national", "us_census_usa_china_monthly.csv");
    private static readonly string s_kosis = RepoPaths.Data("national", "kosis_korea_china_monthly.csv");
    private readonly MappedCsvReader _reader = new();

    [Theory]
    [InlineData(2, "January 2001;abc;8,427.5;-7,240.0", 2, "Exports", "value 'abc' is not a number")]
    [InlineData(2, "January 2001;1,187.5;-8,427.5;-7,240.0", 2, "Imports", "value '-8,427.5' is negative; trade values cannot be negative")]
    [InlineData(3, "Febuary 2001;1,289.8;6,375.6;-5,085.8", 3, "Month", "period 'Febuary 2001' does not match format 'MMMM yyyy': 'Febuary' is not a month name (did you mean 'February'?)")]
    [InlineData(229, "December 2019;8,901.2", 229, "Imports", "row has 2 fields, expected 4 as in the header (line cut short, or a wrong delimiter?)")]
    [InlineData(1, "Month;Exports;Import;Balance", 1, "Imports", "column 'Imports' (mapping 'census_usa_china.json', field 'values.Import') is not in the header 'Month;Exports;Import;Balance'")]
    public void When_a_census_line_is_defective_then_the_mapped_reader_names_line_column_and_rule(int lineNo, string replacement, long line, string column, string message)
    {
        using var file = WithLine(s_census, "census.csv", lineNo, replacement);

        var (_, context) = ReadAll(_reader, file.Path, Mapping("census_usa_china.json"));

        var error = Assert.Single(context.Errors);
        Assert.Equal((line, column, message), (error.Line, error.Column, error.Message));
    }

    [Fact]
    public void When_a_kosis_month_is_13_then_the_mapped_reader_says_so()
    {
        using var file = WithLine(s_kosis, "kosis.csv", 2, "\"China, peoples' republic of\",\"2001.13\",1239083,999763");

        var (_, context) = ReadAll(_reader, file.Path, Mapping("kosis_korea_china.json"));

        var error = Assert.Single(context.Errors);
        Assert.Equal((2L, "Date", "period '2001.13' has month 13; months are 1-12"), (error.Line, error.Column, error.Message));
    }

    [Fact]
    public void When_the_file_is_latin1_and_the_mapping_says_so_then_late_accents_decode()
    {
        // Line 200 is past the 4 KiB that auto-detection looks at.
        using var file = WithPartnerOnLine200(Encoding.Latin1);
        using var mapping = WriteMapping("latin1");

        var (records, context) = ReadAll(_reader, file.Path, new IngestOptions { MappingPath = mapping.Path });

        Assert.Empty(context.Errors);
        Assert.Equal(384, records.Single(r => r.SourceLine == 200 && r.Flow == Core.Flow.Export).Partner.Code);
    }

    [Fact]
    public void When_the_mapping_says_utf8_but_a_late_byte_is_latin1_then_the_error_names_its_line()
    {
        using var file = WithPartnerOnLine200(Encoding.Latin1);
        using var mapping = WriteMapping("utf-8");

        var (_, context) = ReadAll(_reader, file.Path, new IngestOptions { MappingPath = mapping.Path });

        var error = Assert.Single(context.Errors);
        Assert.Equal((200L, "byte 0xF4 is not valid UTF-8, but the file starts as UTF-8: save the whole file in one encoding (UTF-8, or Latin-1 throughout)"), (error.Line, error.Message));
    }

    [Fact]
    public void When_the_file_has_a_bom_and_lf_line_ends_then_the_records_are_the_same()
    {
        var expected = ReadAll(_reader, s_census, Mapping("census_usa_china.json")).Records;
        using var file = TempFile.WithBytes("census.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(string.Join("\n", Lines(s_census)) + "\n\n")]);

        var (records, context) = ReadAll(_reader, file.Path, Mapping("census_usa_china.json"));

        Assert.Empty(context.Errors);
        Assert.Equal(expected, records);
    }

    [Fact]
    public void When_the_file_is_empty_then_the_header_is_asked_for()
    {
        using var file = TempFile.WithText("census.csv", string.Empty);

        var (_, context) = ReadAll(_reader, file.Path, Mapping("census_usa_china.json"));

        Assert.Equal("the file has no header line (the mapping says 'header': true)", Assert.Single(context.Errors).Message);
    }

    private static TempFile WithPartnerOnLine200(Encoding encoding)
    {
        var lines = Lines(s_kosis);
        lines[199] = lines[199].Replace("China, peoples' republic of", "Côte d'Ivoire", StringComparison.Ordinal);
        return Write("kosis.csv", lines, "\n", encoding);
    }

    private static TempFile WriteMapping(string encoding) =>
        TempFile.WithText("kosis_" + encoding + ".json", File.ReadAllText(RepoPaths.Fixture("mapped", "kosis_korea_china.json"))
            .Replace("\"header\": true,", $"\"header\": true, \"encoding\": \"{encoding}\",", StringComparison.Ordinal));
}
