using System.Text;
using Turnover.Ingest.National;
using Turnover.Testing;
using static Turnover.Ingest.Tests.National.ReaderRun;

namespace Turnover.Ingest.Tests.National;

public class CensusBadInputTests
{
    private const string Name = "us_census_usa_china_monthly.csv";
    private static readonly string s_real = RepoPaths.Data("national", Name);
    private readonly CensusReader _reader = new();

    [Theory]
    [InlineData(1, "Month,Exports,Imports,Balance", 1, "", "header 'Month,Exports,Imports,Balance' is not ';'-separated: expected 'Month;Exports;Imports;Balance'")]
    [InlineData(1, "Month;Exports;Balance", 1, "", "header 'Month;Exports;Balance' has no column 'Imports': expected 'Month;Exports;Imports;Balance'")]
    [InlineData(2, "January 2001;abc;8,427.5;-7,240.0", 2, "Exports", "value 'abc' is not a number")]
    [InlineData(2, "January 2001;-1,187.5;8,427.5;-7,240.0", 2, "Exports", "value '-1,187.5' is negative; trade values cannot be negative")]
    [InlineData(2, "January 2001;1,187.5;;-7,240.0", 2, "Imports", "value is empty")]
    [InlineData(3, "Febuary 2001;1,289.8;6,375.6;-5,085.8", 3, "Month", "period 'Febuary 2001' does not match format 'MMMM yyyy': 'Febuary' is not a month name (did you mean 'February'?)")]
    [InlineData(3, "February 3020;1,289.8;6,375.6;-5,085.8", 3, "Month", "period 'February 3020' has year 3020; years are 1900-2200")]
    [InlineData(3, "13 2001;1,289.8;6,375.6;-5,085.8", 3, "Month", "period '13 2001' does not match format 'MMMM yyyy': expected a month name at '13 2001'")]
    [InlineData(2, "January 2001;1,187.5;8,427.5;-7,241.0", 2, "Balance", "balance '-7,241.0' does not match Exports - Imports = -7240.0 (off by 1.0; rounding allows 0.1)")]
    [InlineData(229, "December 2019;8,901.2", 229, "Imports", "row has 2 fields, expected 4 as in the header (line cut short or wrong delimiter?)")]
    [InlineData(229, "December 2019;8,901.2;33,4", 229, "Balance", "row has 3 fields, expected 4 as in the header (line cut short or wrong delimiter?)")]
    [InlineData(2, "TOTAL;1,187.5;8,427.5;-7,240.0", 2, "Month", "annual row 'TOTAL' should read 'TOTAL yyyy' with a year in 1900-2200")]
    public void When_one_line_is_defective_then_the_error_names_line_column_and_rule(int lineNo, string replacement, long line, string column, string message)
    {
        using var file = WithLine(s_real, Name, lineNo, replacement);
        var (_, context) = ReadAll(_reader, file.Path);

        var error = Assert.Single(context.Errors);
        Assert.Equal((line, column, message), (error.Line, error.Column, error.Message));
    }

    [Fact]
    public void When_the_last_value_is_cut_short_then_its_grouping_gives_it_away()
    {
        using var file = WithLine(s_real, Name, 229, "December 2019;8,901.2;33,4;-24,517.0");
        var (_, context) = ReadAll(_reader, file.Path);

        var error = Assert.Single(context.Errors);
        Assert.Equal((229L, "Imports"), (error.Line, error.Column));
        Assert.Equal("value '33,4' has a thousands separator ',' out of place (groups of three digits expected, before the decimal separator '.'); a decimal separator or a digit is wrong", error.Message);
    }

    [Fact]
    public void When_the_last_balance_is_cut_short_then_the_balance_check_catches_it()
    {
        // The real last line is "December 2019;8,901.2;33,418.2;-24,517.0"; cut inside the balance, it still groups right.
        using var file = WithLine(s_real, Name, 229, "December 2019;8,901.2;33,418.2;-24,51");
        var (_, context) = ReadAll(_reader, file.Path);

        var error = Assert.Single(context.Errors);
        Assert.Equal((229L, "Balance"), (error.Line, error.Column));
        Assert.Equal("balance '-24,51' should be millions of USD with one decimal and ',' grouping in threes (e.g. -7,240.0): a number cut short?", error.Message);
    }

    [Fact]
    public void When_a_latin1_byte_comes_after_the_utf8_start_then_the_error_names_its_line()
    {
        var lines = Lines(s_real);
        lines[199] = "Août 2017;10,424.3;45,768.7;-35,344.4";
        var bytes = Encoding.UTF8.GetBytes(string.Join("\r\n", lines));
        var at = Array.IndexOf(bytes, (byte)0xC3);
        bytes = [.. bytes[..at], 0xFB, .. bytes[(at + 2)..]];
        using var file = TempFile.WithBytes(Name, bytes);

        var (_, context) = ReadAll(_reader, file.Path);

        var error = Assert.Single(context.Errors);
        Assert.Equal(200, error.Line);
        Assert.Equal("byte 0xFB is not valid UTF-8, but the file starts as UTF-8: save the whole file in one encoding (UTF-8, or Latin-1 throughout)", error.Message);
    }

    [Fact]
    public void When_the_file_is_empty_then_the_header_is_asked_for()
    {
        using var file = TempFile.WithText(Name, string.Empty);
        var (records, context) = ReadAll(_reader, file.Path);

        Assert.Empty(records);
        Assert.Equal("no header 'Month;Exports;Imports;Balance' found (the file has 0 line(s))", Assert.Single(context.Errors).Message);
    }

    [Fact]
    public void When_many_rows_are_bad_then_reading_stops_at_max_errors()
    {
        var lines = Lines(s_real).Select((l, i) => i == 0 ? l : l.Replace(";", ";x", StringComparison.Ordinal));
        using var file = Write(Name, lines);
        var (_, context) = ReadAll(_reader, file.Path, new IngestOptions { MaxErrors = 5 });

        Assert.Equal(5, context.Errors.Count);
        Assert.True(context.ShouldStop);
    }
}
