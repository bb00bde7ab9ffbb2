using System.Text;
using Turnover.Core;
using Turnover.Ingest.National;
using Turnover.Testing;
using static Turnover.Ingest.Tests.National.ReaderRun;

namespace Turnover.Ingest.Tests.National;

public class KosisReaderTests
{
    private const string Name = "kosis_korea_china_monthly.csv";
    private static readonly string s_real = RepoPaths.Data("national", Name);
    private readonly KosisReader _reader = new();

    [Fact]
    public void When_reading_the_real_download_then_korea_reports_both_flows_with_china_every_month()
    {
        var (records, context) = ReadAll(_reader, s_real);

        Assert.Empty(context.Errors);
        Assert.Equal(228, context.RowsRead);
        Assert.Equal(456, records.Count);
        Assert.All(records, r => Assert.Equal((410, 156), (r.Reporter.Code, r.Partner.Code)));
        Assert.Equal(Period.Month(2001, 1), records[0].Period);
        Assert.Equal(Period.Month(2019, 12), records[^1].Period);
    }

    [Fact]
    public void When_summing_2019_then_the_totals_are_the_file_thousands_times_1000()
    {
        // The file's twelve 2019 rows sum to 136,202,534 (exports) and 107,228,738 (imports) thousand USD.
        var (records, _) = ReadAll(_reader, s_real);
        var year = records.Where(r => r.Period.Year == 2019).ToList();

        Assert.Equal(136_202_534_000m, year.Where(r => r.Flow == Flow.Export).Sum(r => r.ValueUsd));
        Assert.Equal(107_228_738_000m, year.Where(r => r.Flow == Flow.Import).Sum(r => r.ValueUsd));
    }

    [Fact]
    public void When_reading_january_2001_then_values_are_exact()
    {
        // Line 2: "China, peoples' republic of","2001.01",1239083,999763
        var (records, _) = ReadAll(_reader, s_real);

        Assert.Equal(new TradeRecord(records[0].Reporter, records[0].Partner, Flow.Export, Period.Month(2001, 1), Product.Total, 1_239_083_000m, null, Derivation.Reported, null, 2), records[0]);
        Assert.Equal((Flow.Import, 999_763_000m, 2L), (records[1].Flow, records[1].ValueUsd, records[1].SourceLine));
    }

    [Fact]
    public void When_sampling_the_real_file_then_it_is_recognised_and_census_is_not()
    {
        Assert.True(_reader.Recognises(FileSample.Of(s_real)));
        Assert.False(_reader.Recognises(FileSample.Of(RepoPaths.Data("national", "us_census_usa_china_monthly.csv"))));
    }

    [Theory]
    [InlineData(1, "\"Country\";\"Date\";Exports;Imports", 1, "", "header '\"Country\";\"Date\";Exports;Imports' is not comma-separated: expected \"Country\",\"Date\",Exports,Imports")]
    [InlineData(1, "\"Country\",\"Period\",Exports,Imports", 1, "", "header '\"Country\",\"Period\",Exports,Imports' has no column 'Date': expected \"Country\",\"Date\",Exports,Imports")]
    [InlineData(2, "\"China, peoples' republic of\",\"2001.01\",abc,999763", 2, "Exports", "value 'abc' is not a number")]
    [InlineData(2, "\"China, peoples' republic of\",\"2001.01\",1239083,-999763", 2, "Imports", "value '-999763' is negative; trade values cannot be negative")]
    [InlineData(2, "\"China, peoples' republic of\",\"2001.13\",1239083,999763", 2, "Date", "period '2001.13' has month 13; months are 1-12")]
    [InlineData(2, "\"China, peoples' republic of\",\"3020.01\",1239083,999763", 2, "Date", "period '3020.01' has year 3020; years are 1900-2200")]
    [InlineData(2, "\"China, peoples' republic of\",\"January 2001\",1239083,999763", 2, "Date", "period 'January 2001' does not match format 'yyyy.MM': expected a 4-digit year at 'January 2001'")]
    [InlineData(2, "\"Chna\",\"2001.01\",1239083,999763", 2, "Country", "unknown country 'Chna' (did you mean 'China'?)")]
    [InlineData(229, "\"China, peoples' republic of\",\"2019.12\",12296986", 229, "Imports", "row has 3 fields, expected 4 as in the header (line cut short, or a wrong delimiter?)")]
    [InlineData(229, "\"China, peoples' rep", 229, "Country", "the row runs from line 229 over 2 lines: a quote opened in field 1 is never closed, so the lines after it were read as one field (file cut short, or a stray quote?)")]
    public void When_one_line_is_defective_then_the_error_names_line_column_and_rule(int lineNo, string replacement, long line, string column, string message)
    {
        using var file = WithLine(s_real, Name, lineNo, replacement);
        var (_, context) = ReadAll(_reader, file.Path);

        var error = Assert.Single(context.Errors);
        Assert.Equal((line, column, message), (error.Line, error.Column, error.Message));
    }

    [Fact]
    public void When_the_file_is_latin1_then_accented_partner_names_resolve()
    {
        using var file = WithLatin1Partner(encoding: Encoding.Latin1);
        var (records, context) = ReadAll(_reader, file.Path);

        Assert.Empty(context.Errors);
        Assert.Equal((384, 156), (records[0].Partner.Code, records[^1].Partner.Code));
    }

    [Fact]
    public void When_the_file_has_a_bom_and_crlf_then_it_reads_the_same()
    {
        var expected = ReadAll(_reader, s_real).Records;
        using var file = TempFile.WithBytes(Name, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(string.Join("\r\n", Lines(s_real)) + "\r\n")]);

        var (records, context) = ReadAll(_reader, file.Path);

        Assert.Empty(context.Errors);
        Assert.Equal(expected, records);
    }

    [Fact]
    public void When_the_file_is_empty_then_the_header_is_asked_for()
    {
        using var file = TempFile.WithText(Name, string.Empty);
        var (_, context) = ReadAll(_reader, file.Path);

        Assert.Equal("the file is empty: expected the KOSIS header \"Country\",\"Date\",Exports,Imports", Assert.Single(context.Errors).Message);
    }

    private static TempFile WithLatin1Partner(Encoding encoding)
    {
        var lines = Lines(s_real);
        lines[1] = "\"Côte d'Ivoire\",\"2001.01\",1239083,999763";
        return Write(Name, lines, "\n", encoding);
    }
}
