using Turnover.Testing;
using static Turnover.Ingest.Tests.Imf.ImfTestFiles;

namespace Turnover.Ingest.Tests.Imf;

/// <summary>Issue 7: defects refused by the IMF reader, on copies of the real IMTS and DOTS files.</summary>
public sealed class ImfDefectTests
{
    private const string Line2 = "dataflow,IMF.STA:IMTS(1.0.0),R,USA,XG_FOB_USD,G001,A,2023,2019551635133,6,OL,M";

    [Theory]
    [InlineData("NaN", "OBS_VALUE 'NaN' is not a number (NaN and Infinity are not trade values; leave the cell empty where a value is missing)")]
    [InlineData("Infinity", "OBS_VALUE 'Infinity' is not a number (NaN and Infinity are not trade values; leave the cell empty where a value is missing)")]
    [InlineData("1e308", "OBS_VALUE '1e308' is too large: above the ceiling of 10^15 USD (40 years of world trade)")]
    [InlineData("1000000000000001", "value '1000000000000001' stands for 1,000,000,000,000,001 USD, above the ceiling of 10^15 USD (40 years of world trade; a unit or digit slip?)")]
    [InlineData("-2019551635133", "OBS_VALUE '-2019551635133' is negative (trade values are never negative)")]
    public void When_an_sdmx_csv_value_is_not_a_trade_value_then_the_file_is_refused(string value, string message)
    {
        Assert.Equal(Line2, Text(ImtsCsv).Split('\n')[1]);
        using var file = CsvWithLine(2, Line2.Replace("2019551635133", value, StringComparison.Ordinal));

        var (_, context) = Read(file.Path);

        var error = Assert.Single(context.Errors);
        Assert.Equal((2L, "OBS_VALUE", message), (error.Line, error.Column, error.Message));
    }

    [Fact]
    public void When_an_sdmx_csv_value_is_empty_then_it_stays_a_missing_observation()
    {
        using var file = CsvWithLine(2, Line2.Replace("2019551635133", string.Empty, StringComparison.Ordinal));

        var (records, context) = Read(file.Path);

        Assert.Empty(context.Errors);
        Assert.Single(records);
        Assert.Equal(1, context.Skipped["missing observation (no value)"]);
    }

    [Fact]
    public void When_an_sdmx_csv_row_has_an_extra_field_then_it_is_refused()
    {
        using var file = CsvWithLine(2, Line2 + ",5");

        var (_, context) = Read(file.Path);

        var error = Assert.Single(context.Errors);
        Assert.Equal((2L, "line has 13 fields, expected 12 as in the header"), (error.Line, error.Message));
    }

    [Fact]
    public void When_the_sdmx_csv_is_cut_inside_its_last_value_then_the_missing_line_break_gives_it_away()
    {
        var text = Text(ImtsCsv);
        Assert.EndsWith(",371064529410,6,OL,M\n", text, StringComparison.Ordinal);
        using var file = TempFile.WithText("imts.csv", text[..text.LastIndexOf(",6,OL,M", StringComparison.Ordinal)][..^3]);

        var (_, context) = Read(file.Path);

        // The cut row is a partner group, skipped; only the missing line break shows the cut.
        var error = Assert.Single(context.Errors);
        Assert.Equal(5L, error.Line);
        Assert.StartsWith("line has 9 fields, expected 12", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_sdmx_csv_has_only_its_header_then_it_is_refused()
    {
        using var file = TempFile.WithText("imts.csv", Text(ImtsCsv).Split('\n')[0] + "\n");

        var (records, context) = Read(file.Path);

        Assert.Empty(records);
        Assert.Equal("the file has no data rows (empty, or a header only): nothing to store", Assert.Single(context.Errors).Message);
    }

    [Fact]
    public void When_the_xml_is_cut_in_the_middle_then_it_is_refused()
    {
        var text = Text(ImtsXml);
        using var file = TempFile.WithText("imts.xml", text[..(text.Length / 2)]);

        var (records, context) = Read(file.Path);

        Assert.Empty(records);
        Assert.StartsWith("the XML is cut off or malformed", Assert.Single(context.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_dots_value_is_nan_then_it_is_an_error_not_a_missing_value()
    {
        using var file = Replaced(DotsJson, "\"@OBS_VALUE\":\"1429995.404019\"", "\"@OBS_VALUE\":\"NaN\"");

        var (_, context) = Read(file.Path);

        var error = Assert.Single(context.Errors);
        Assert.Equal("observation 5: @OBS_VALUE 'NaN' is not a number (NaN and Infinity are not trade values; leave the cell empty where a value is missing)", error.Message);
    }

    [Fact]
    public void When_the_dots_json_is_cut_in_the_middle_then_it_is_refused()
    {
        var text = Text(DotsJson);
        using var file = TempFile.WithText("dots.json", text[..(text.Length * 2 / 3)]);

        var (records, context) = Read(file.Path);

        Assert.Empty(records);
        Assert.True(context.HasErrors);
        Assert.All(context.Errors, e => Assert.NotEmpty(e.Message));
    }
}
