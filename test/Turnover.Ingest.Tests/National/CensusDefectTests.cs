using Turnover.Ingest.National;
using Turnover.Testing;
using static Turnover.Ingest.Tests.National.ReaderRun;

namespace Turnover.Ingest.Tests.National;

/// <summary>Issue 7: defects refused by the Census reader, on copies of the real c5700 table.</summary>
public class CensusDefectTests
{
    private const string Name = "us_census_usa_china_monthly.csv";
    private static readonly string s_real = RepoPaths.Data("national", Name);
    private readonly CensusReader _reader = new();

    [Theory]
    [InlineData("January 2001;1,187.5;8,427.5;-7,240.0;5", "", "row has 5 fields, expected 4 as in the header (a ';' inside a value?)")]
    [InlineData("January 2001;1,187,5;8,427.5;-7,240.0", "Exports", "value '1,187,5' has a thousands separator ',' out of place (groups of three digits expected, before the decimal separator '.'); a decimal separator or a digit is wrong")]
    [InlineData("January 2001;1,187;8,427.5;-7,240.0", "Exports", "value '1,187' should be millions of USD with one decimal, as Census tables give them (e.g. 8,427.5): a number cut short?")]
    [InlineData("January 2001;NaN;8,427.5;-7,240.0", "Exports", "value 'NaN' is not a number (NaN and Infinity are not trade values; leave the cell empty where a value is missing)")]
    [InlineData("January 2001;1,000,000,000.1;8,427.5;-7,240.0", "Exports", "value '1,000,000,000.1' stands for 1,000,000,000,100,000 USD, above the ceiling of 10^15 USD (40 years of world trade; a unit or digit slip?)")]
    public void When_line_2_is_damaged_then_the_file_is_refused_with_line_column_and_rule(string replacement, string column, string message)
    {
        using var file = WithLine(s_real, Name, 2, replacement);

        var (_, context) = ReadAll(_reader, file.Path);

        var error = Assert.Single(context.Errors);
        Assert.Equal((2L, column, message), (error.Line, error.Column, error.Message));
    }

    [Fact]
    public void When_the_file_has_only_its_header_then_it_is_refused()
    {
        using var file = TempFile.WithText(Name, "Month;Exports;Imports;Balance\r\n");

        var (records, context) = ReadAll(_reader, file.Path);

        Assert.Empty(records);
        Assert.Equal("the file has no data rows (empty, or a header only): nothing to store", Assert.Single(context.Errors).Message);
    }

    [Fact]
    public void When_the_real_file_ends_without_a_line_break_then_it_is_still_read_whole()
    {
        Assert.False(File.ReadAllText(s_real).EndsWith('\n'));

        var (records, context) = ReadAll(_reader, s_real);

        Assert.Empty(context.Errors);
        Assert.Equal(456, records.Count);
    }
}
