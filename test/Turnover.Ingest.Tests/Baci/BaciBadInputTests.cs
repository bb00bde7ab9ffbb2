using Turnover.Testing;

namespace Turnover.Ingest.Tests.Baci;

public sealed class BaciBadInputTests
{
    [Theory]
    [InlineData("2021,4,999,382390,52.051,\"       13.235\"", "j", "unknown country code 999 (not in the BACI country table)")]
    [InlineData("2021,USA,24,382390,52.051,\"       13.235\"", "i", "country code 'USA' is not a number (BACI uses numeric codes such as 842 for the USA)")]
    [InlineData("2021,4,24,382390,abc,\"       13.235\"", "v", "value 'abc' is not a number")]
    [InlineData("2021,4,24,382390,-52.051,\"       13.235\"", "v", "value '-52.051' is negative (trade values and quantities are never negative)")]
    [InlineData("2021,4,24,382390,52.051,\"      -13.235\"", "q", "quantity '\"      -13.235\"' is negative (trade values and quantities are never negative)")]
    [InlineData("2021,4,24,382390,52.051,\"        13,235\"", "q", "quantity '\"        13,235\"' is not a number")]
    [InlineData("3020,4,24,382390,52.051,\"       13.235\"", "t", "year 3020 should be in range [1900-2200]")]
    [InlineData("20x1,4,24,382390,52.051,\"       13.235\"", "t", "year '20x1' is not a number")]
    [InlineData("2021,4,24,38239011,52.051,\"       13.235\"", "k", "product '38239011' is not a 6-digit HS code")]
    [InlineData("2021,4,24,3823,52.051,\"       13.235\"", "k", "product '3823' is not a 6-digit HS code")]
    [InlineData("2021,4,24,382390,52.051", "q", "line has 5 fields, expected 6 (t,i,j,k,v,q) (line cut short?)")]
    [InlineData("2021,4,24,382390,52.051,13.235,7", "", "line has 7 fields, expected 6 (t,i,j,k,v,q)")]
    public void When_a_field_is_wrong_then_the_error_names_line_column_and_value(string line, string column, string message)
    {
        using var file = BaciTestFiles.WithLine(2, line);

        var (records, context) = BaciTestFiles.Read(file.Path);

        var error = Assert.Single(context.Errors);
        Assert.Equal(2, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Equal(message, error.Message);
        Assert.Equal(3069, records.Count);
        Assert.True(context.HasErrors);
    }

    [Fact]
    public void When_several_fields_of_a_row_are_wrong_then_each_is_reported()
    {
        using var file = BaciTestFiles.WithLine(3, "2021,4,998,ABC,x,\"y\"");

        var (_, context) = BaciTestFiles.Read(file.Path);

        Assert.Equal(["j", "k", "v", "q"], context.Errors.Select(e => e.Column));
        Assert.All(context.Errors, e => Assert.Equal(3, e.Line));
    }

    [Fact]
    public void When_the_last_line_is_cut_inside_a_field_then_it_is_reported_not_thrown()
    {
        var text = BaciTestFiles.Text(BaciTestFiles.RLayout);
        using var file = BaciTestFiles.WithText(text[..^12]);

        var (records, context) = BaciTestFiles.Read(file.Path);

        Assert.Equal(3069, records.Count);
        var error = Assert.Single(context.Errors);
        Assert.Equal(3071, error.Line);
        Assert.Equal("q", error.Column);
        Assert.Equal("quantity '\"    ' opens a quote it never closes (line cut short?)", error.Message);
    }

    [Fact]
    public void When_the_last_line_is_cut_between_fields_then_the_missing_column_is_named()
    {
        var text = BaciTestFiles.Text(BaciTestFiles.RLayout);
        using var file = BaciTestFiles.WithText(text[..text.LastIndexOf(",0.883", StringComparison.Ordinal)]);

        var (_, context) = BaciTestFiles.Read(file.Path);

        var error = Assert.Single(context.Errors);
        Assert.Equal(3071, error.Line);
        Assert.Equal("v", error.Column);
        Assert.Equal("line has 4 fields, expected 6 (t,i,j,k,v,q) (line cut short?)", error.Message);
    }

    [Fact]
    public void When_a_column_is_missing_then_the_header_error_names_it()
    {
        var text = BaciTestFiles.Text(BaciTestFiles.CepiiLayout).Replace("t,i,j,k,v,q", "t,i,j,k,v,quantity", StringComparison.Ordinal);
        using var file = BaciTestFiles.WithText(text);

        var (records, context) = BaciTestFiles.Read(file.Path);

        Assert.Empty(records);
        var error = Assert.Single(context.Errors);
        Assert.Equal((1L, "q"), (error.Line, error.Column));
        Assert.Equal("missing column 'q' (header is 't,i,j,k,v,quantity', expected t,i,j,k,v,q)", error.Message);
    }

    [Fact]
    public void When_the_delimiter_is_a_semicolon_then_the_header_error_says_so()
    {
        var text = BaciTestFiles.Text(BaciTestFiles.CepiiLayout).Replace(',', ';');
        using var file = BaciTestFiles.WithText(text);

        var (records, context) = BaciTestFiles.Read(file.Path);

        Assert.Empty(records);
        var error = Assert.Single(context.Errors);
        Assert.Equal(1, error.Line);
        Assert.Equal("header 't;i;j;k;v;q' is not comma-separated (BACI files use ',' between t,i,j,k,v,q)", error.Message);
    }

    [Fact]
    public void When_the_file_is_empty_then_it_is_an_error()
    {
        using var file = BaciTestFiles.WithText(string.Empty);

        var (records, context) = BaciTestFiles.Read(file.Path);

        Assert.Empty(records);
        Assert.Equal("the file is empty (expected the header t,i,j,k,v,q)", Assert.Single(context.Errors).Message);
    }

    [Fact]
    public void When_rows_contradict_the_year_in_the_file_name_then_each_is_an_error()
    {
        using var file = TempFile.WithBytes("BACI_HS92_Y2020_V202301.csv", BaciTestFiles.Bytes(BaciTestFiles.CepiiLayout));

        var (records, context) = BaciTestFiles.Read(file.Path);

        Assert.Empty(records);
        Assert.Equal(21, context.Errors.Count);
        Assert.Equal("year 2021 differs from the file name's Y2020", context.Errors[0].Message);
        Assert.Equal((2L, "t"), (context.Errors[0].Line, context.Errors[0].Column));
    }

    [Fact]
    public void When_errors_reach_the_limit_then_reading_stops_early()
    {
        var text = BaciTestFiles.Text(BaciTestFiles.RLayout).Replace("2021,4,", "2021,9999,", StringComparison.Ordinal);
        using var file = BaciTestFiles.WithText(text);

        var (_, context) = BaciTestFiles.Read(file.Path, new IngestOptions { MaxErrors = 5 });

        Assert.Equal(5, context.Errors.Count);
        Assert.Equal(5, context.RowsRead);
        Assert.Equal("unknown country code 9999 (not in the BACI country table)", context.Errors[4].Message);
        Assert.Equal(6, context.Errors[4].Line);
    }

    [Fact]
    public void When_a_byte_is_not_UTF8_then_it_is_reported_with_the_line()
    {
        var bytes = BaciTestFiles.Bytes(BaciTestFiles.RLayout);
        var at = bytes.Length - 20;
        bytes[at] = 0xE9;
        using var file = TempFile.WithBytes("ExampleTradeData.csv", bytes);

        var (records, context) = BaciTestFiles.Read(file.Path);

        var error = Assert.Single(context.Errors);
        Assert.InRange(error.Line, 2, 3071);
        Assert.StartsWith($"the file is not valid UTF-8 text at or after line {error.Line} (", error.Message, StringComparison.Ordinal);
        Assert.Contains("[E9]", error.Message, StringComparison.Ordinal);
        Assert.True(records.Count < 3070);
    }
}
