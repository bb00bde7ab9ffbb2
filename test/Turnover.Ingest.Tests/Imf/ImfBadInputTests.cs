using System.Text.Json.Nodes;
using Turnover.Testing;

namespace Turnover.Ingest.Tests.Imf;

public sealed class ImfBadInputTests
{
    [Theory]
    [InlineData("dataflow,IMF.STA:IMTS(1.0.0),R,USA,XG_FOB_USD,G001,A,2023,abc,6,OL,M", "OBS_VALUE", "OBS_VALUE 'abc' is not a number")]
    [InlineData("dataflow,IMF.STA:IMTS(1.0.0),R,USA,XG_FOB_USD,G001,A,2023,-2019551635133,6,OL,M", "OBS_VALUE", "OBS_VALUE '-2019551635133' is negative (trade values are never negative)")]
    [InlineData("dataflow,IMF.STA:IMTS(1.0.0),R,USX,XG_FOB_USD,G001,A,2023,2019551635133,6,OL,M", "COUNTRY", "unknown country 'USX' (did you mean 'USA'?)")]
    [InlineData("dataflow,IMF.STA:IMTS(1.0.0),R,USA,XG_FOB_USD,Rusia,A,2023,2019551635133,6,OL,M", "COUNTERPART_COUNTRY", "unknown country 'Rusia' (did you mean 'Russian Federation'?)")]
    [InlineData("dataflow,IMF.STA:IMTS(1.0.0),R,USA,XG_FOB_USD,G001,M,2023-M13,2019551635133,6,OL,M", "TIME_PERIOD", "TIME_PERIOD '2023-M13' is not a valid period (year 1900-2200 as 2022, quarter 1-4 as 2022-Q1, month 1-12 as 2022-M04 or 2022-04)")]
    [InlineData("dataflow,IMF.STA:IMTS(1.0.0),R,USA,XG_FOB_USD,G001,A,3020,2019551635133,6,OL,M", "TIME_PERIOD", "TIME_PERIOD '3020' is not a valid period (year 1900-2200 as 2022, quarter 1-4 as 2022-Q1, month 1-12 as 2022-M04 or 2022-04)")]
    [InlineData("dataflow,IMF.STA:IMTS(1.0.0),R,USA,XG_FOB_USD,G001,Q,2023,2019551635133,6,OL,M", "TIME_PERIOD", "TIME_PERIOD '2023' does not match FREQUENCY 'Q'")]
    [InlineData("dataflow,IMF.STA:IMTS(1.0.0),R,USA,XG_FOB_USD,G001,W,2023,2019551635133,6,OL,M", "FREQUENCY", "FREQUENCY 'W' is not A, Q or M")]
    [InlineData("dataflow,IMF.STA:IMTS(1.0.0),R,USA,XG_FOB_XDC,G001,A,2023,2019551635133,6,OL,M", "INDICATOR", "indicator 'XG_FOB_XDC' is not known (expected XG_FOB_USD or MG_CIF_USD, or DOTS TXG_FOB_USD or TMG_CIF_USD)")]
    [InlineData("dataflow,IMF.STA:IMTS(1.0.0),R,USA,XG_FOB_USD,G001,A,2023", "", "line has 8 fields, expected 12 as in the header (line cut short?)")]
    public void When_a_CSV_field_is_wrong_then_the_error_names_line_column_and_value(string line, string column, string message)
    {
        using var file = ImfTestFiles.CsvWithLine(2, line);

        var (records, context) = ImfTestFiles.Read(file.Path);

        var error = Assert.Single(context.Errors);
        Assert.Equal((2L, column, message), (error.Line, error.Column, error.Message));
        Assert.Single(records);
    }

    [Fact]
    public void When_the_OBS_VALUE_column_is_missing_then_the_header_error_names_it()
    {
        using var file = ImfTestFiles.Replaced(ImfTestFiles.ImtsCsv, ",OBS_VALUE,", ",VALUE,");

        var (records, context) = ImfTestFiles.Read(file.Path);

        Assert.Empty(records);
        var error = Assert.Single(context.Errors);
        Assert.Equal((1L, "OBS_VALUE"), (error.Line, error.Column));
        Assert.StartsWith("missing column 'OBS_VALUE' (header is 'STRUCTURE,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_CSV_is_cut_off_mid_line_then_the_short_line_is_reported()
    {
        var text = ImfTestFiles.Text(ImfTestFiles.ImtsCsv);
        using var file = TempFile.WithText("imts.csv", text[..text.IndexOf(",2024,2065", StringComparison.Ordinal)]);

        var (records, context) = ImfTestFiles.Read(file.Path);

        Assert.Single(records);
        var error = Assert.Single(context.Errors);
        Assert.Equal(3, error.Line);
        Assert.Equal("line has 7 fields, expected 12 as in the header (line cut short?)", error.Message);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(1500)]
    [InlineData(1900)]
    public void When_the_XML_is_cut_off_then_an_error_is_reported_not_thrown(int length)
    {
        using var file = TempFile.WithText("imts.xml", ImfTestFiles.Text(ImfTestFiles.ImtsXml)[..length]);

        var (_, context) = ImfTestFiles.Read(file.Path);

        var error = Assert.Single(context.Errors);
        Assert.Equal(0, error.Line);
        Assert.StartsWith("the XML is cut off or malformed after observation", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_XML_is_not_structure_specific_data_then_the_root_is_named()
    {
        using var file = TempFile.WithText("generic.xml", "<?xml version='1.0'?><message:GenericData xmlns:message=\"urn:x\"><x/></message:GenericData>");

        var (records, context) = ImfTestFiles.Read(file.Path);

        Assert.Empty(records);
        Assert.Equal(
            "root element 'message:GenericData' is not an SDMX-ML StructureSpecificData message (SDMX GenericData is not supported: ask the API for structure-specific data)",
            Assert.Single(context.Errors).Message);
    }

    [Fact]
    public void When_an_XML_observation_has_an_impossible_period_then_its_line_and_ordinal_are_named()
    {
        // Until 7 December 2026 the ordinal stood in the line's place; the real response is one line.
        using var file = ImfTestFiles.Replaced(ImfTestFiles.ImtsXml, "TIME_PERIOD=\"2024\"/></Series><Series", "TIME_PERIOD=\"2024-13\"/></Series><Series");

        var (records, context) = ImfTestFiles.Read(file.Path);

        Assert.Single(records);
        var error = Assert.Single(context.Errors);
        Assert.Equal((1L, "TIME_PERIOD"), (error.Line, error.Column));
        Assert.StartsWith("observation 2: TIME_PERIOD '2024-13' is not a valid period", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_an_indented_XML_observation_is_bad_then_the_error_names_its_line()
    {
        var xml = File.ReadAllText(ImfTestFiles.ImtsXml).Replace("<Obs ", "\n  <Obs ", StringComparison.Ordinal)
            .Replace("TIME_PERIOD=\"2024\"/></Series><Series", "TIME_PERIOD=\"2024-13\"/></Series><Series", StringComparison.Ordinal);
        using var file = TempFile.WithText("indented.xml", xml);

        var (_, context) = ImfTestFiles.Read(file.Path);

        Assert.Equal((3L, "TIME_PERIOD"), (Assert.Single(context.Errors).Line, Assert.Single(context.Errors).Column));
    }

    [Fact]
    public void When_an_XML_series_lacks_COUNTRY_then_the_error_names_it()
    {
        using var file = ImfTestFiles.Replaced(ImfTestFiles.ImtsXml, "<Series COUNTRY=\"USA\" INDICATOR=\"XG_FOB_USD\" COUNTERPART_COUNTRY=\"G001\"", "<Series INDICATOR=\"XG_FOB_USD\" COUNTERPART_COUNTRY=\"G001\"");

        var (_, context) = ImfTestFiles.Read(file.Path);

        Assert.Equal(2, context.Errors.Count);
        Assert.Equal((1L, "COUNTRY", "observation 1 has no COUNTRY (neither on the Obs nor on its Series)"), (context.Errors[0].Line, context.Errors[0].Column, context.Errors[0].Message));
    }

    [Theory]
    [InlineData(100)]
    [InlineData(1000)]
    [InlineData(1450)]
    public void When_the_JSON_is_cut_off_then_an_error_is_reported_and_nothing_is_kept(int length)
    {
        using var file = TempFile.WithText("dots.json", ImfTestFiles.Text(ImfTestFiles.DotsJson)[..length]);

        var (records, context) = ImfTestFiles.Read(file.Path);

        Assert.Empty(records);
        Assert.StartsWith("the JSON is cut off or malformed (line 1, byte ", Assert.Single(context.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_JSON_is_an_error_response_then_the_keys_are_named()
    {
        using var file = TempFile.WithText("dots.json", "{\"ErrorDetails\":{\"Code\":\"500\",\"Message\":\"Service unavailable\"}}");

        var (_, context) = ImfTestFiles.Read(file.Path);

        Assert.Equal("not IMF CompactData JSON: expected a top-level 'CompactData' object, found ErrorDetails", Assert.Single(context.Errors).Message);
    }

    [Fact]
    public void When_DOTS_UNIT_MULT_is_missing_then_the_scale_is_not_guessed()
    {
        using var file = ImfTestFiles.Replaced(ImfTestFiles.DotsJson, "\"@COUNTERPART_AREA\":\"W00\",\"@UNIT_MULT\":\"6\",", "\"@COUNTERPART_AREA\":\"W00\",");

        var (records, context) = ImfTestFiles.Read(file.Path);

        Assert.Empty(records);
        var error = Assert.Single(context.Errors);
        // The file is one line: the line is 1 and the message names the series (it named no series and put 5 in the line's place).
        Assert.Equal((1L, "@UNIT_MULT", "series 2: the series has no @UNIT_MULT, so the scale of its values is unknown"), (error.Line, error.Column, error.Message));
    }

    [Fact]
    public void When_DOTS_names_an_unknown_area_then_the_error_suggests_one()
    {
        using var file = ImfTestFiles.Replaced(ImfTestFiles.DotsJson, "\"@REF_AREA\":\"US\",\"@INDICATOR\":\"TXG_FOB_USD\",\"@COUNTERPART_AREA\":\"W00\"", "\"@REF_AREA\":\"Untied States\",\"@INDICATOR\":\"TXG_FOB_USD\",\"@COUNTERPART_AREA\":\"W00\"");

        var (records, context) = ImfTestFiles.Read(file.Path);

        Assert.Empty(records);
        Assert.Equal(4, context.Errors.Count);
        Assert.Equal((1L, "@REF_AREA", "observation 5: unknown country 'Untied States' (did you mean 'USA'?)"), (context.Errors[0].Line, context.Errors[0].Column, context.Errors[0].Message));
    }

    [Fact]
    public void When_DOTS_value_is_not_a_number_then_its_line_and_observation_are_named()
    {
        using var file = ImfTestFiles.Replaced(ImfTestFiles.DotsJson, "\"2019551.635133\"", "\"2,019,551.6\"");

        var (records, context) = ImfTestFiles.Read(file.Path);

        Assert.Equal(3, records.Count);
        var error = Assert.Single(context.Errors);
        Assert.Equal((1L, "@OBS_VALUE", "observation 8: @OBS_VALUE '2,019,551.6' is not a number"), (error.Line, error.Column, error.Message));
        Assert.Equal([5L, 6, 7], records.Select(r => r.SourceLine)); // evidence names the observation (the W00 series), as in the XML layout
    }

    // The observation's number stood in the line's place of file:line; in a pretty-printed response it is far from the
    // line, and a message could not be followed to the value.
    [Fact]
    public void When_a_pretty_printed_DOTS_response_has_a_bad_value_then_the_line_its_observation_opens_on_is_named()
    {
        var json = JsonNode.Parse(File.ReadAllText(ImfTestFiles.DotsJson))!.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true })
            .Replace("\"2019551.635133\"", "\"2,019,551.6\"", StringComparison.Ordinal);
        var lines = json.Split('\n');
        var opensOn = Array.FindLastIndex(lines, Array.FindIndex(lines, l => l.Contains("2,019,551.6", StringComparison.Ordinal)), l => l.Trim() == "{") + 1;
        using var file = TempFile.WithText("dots.json", json);

        var (_, context) = ImfTestFiles.Read(file.Path);

        Assert.True(opensOn > 8, "the Obs opens far below the observation's number");
        Assert.Equal($"dots.json:{opensOn}: column '@OBS_VALUE': observation 8: @OBS_VALUE '2,019,551.6' is not a number", Assert.Single(context.Errors).ToString());
    }

    [Fact]
    public void When_a_pretty_printed_DOTS_series_lacks_UNIT_MULT_then_the_line_it_opens_on_is_named()
    {
        var node = JsonNode.Parse(File.ReadAllText(ImfTestFiles.DotsJson))!;
        node["CompactData"]!["DataSet"]!["Series"]![1]!.AsObject().Remove("@UNIT_MULT");
        var json = node.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
        var lines = json.Split('\n');
        var opensOn = Array.FindLastIndex(lines, Array.FindIndex(lines, l => l.Contains("\"W00\"", StringComparison.Ordinal)), l => l.Trim() == "{") + 1;
        using var file = TempFile.WithText("dots.json", json);

        var (_, context) = ImfTestFiles.Read(file.Path);

        Assert.Equal($"dots.json:{opensOn}: column '@UNIT_MULT': series 2: the series has no @UNIT_MULT, so the scale of its values is unknown", Assert.Single(context.Errors).ToString());
    }

    // Blank lines before the content were skipped uncounted while the layout was told: every line named was early by as many.
    [Theory]
    [InlineData("csv", ",A,2023,2019551635133,", ",A,2023,20x9551635133,", "IMTS.csv:4: column 'OBS_VALUE': OBS_VALUE '20x9551635133' is not a number")]
    [InlineData("xml", "2019551635133", "20x9551635133", "IMTS.xml:3: column 'OBS_VALUE': observation 1: OBS_VALUE '20x9551635133' is not a number")]
    [InlineData("json", "\"2019551.635133\"", "\"20x9551.635133\"", "IMTS.json:3: column '@OBS_VALUE': observation 8: @OBS_VALUE '20x9551.635133' is not a number")]
    public void When_blank_lines_precede_the_content_then_lines_are_counted_from_the_files_start(string layout, string from, string to, string expected)
    {
        var source = layout switch { "csv" => ImfTestFiles.ImtsCsv, "xml" => ImfTestFiles.ImtsXml, _ => ImfTestFiles.DotsJson };
        using var file = TempFile.WithText("IMTS." + layout, "\n\n" + File.ReadAllText(source).Replace(from, to, StringComparison.Ordinal));

        var (_, context) = ImfTestFiles.Read(file.Path);

        Assert.Equal(expected, Assert.Single(context.Errors).ToString());
    }

    [Fact]
    public void When_a_JSON_response_after_a_blank_line_is_cut_off_then_the_line_it_ends_on_is_named()
    {
        var text = ImfTestFiles.Text(ImfTestFiles.DotsJson);
        using var file = TempFile.WithText("dots.json", "\n" + text[..1000]);

        var (_, context) = ImfTestFiles.Read(file.Path);

        var error = Assert.Single(context.Errors);
        Assert.Equal(2L, error.Line);
        Assert.StartsWith("the JSON is cut off or malformed (line 2, byte 1001)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n  ")]
    public void When_the_file_is_empty_then_it_is_an_error(string text)
    {
        using var file = TempFile.WithText("empty.csv", text);

        var (records, context) = ImfTestFiles.Read(file.Path);

        Assert.Empty(records);
        Assert.Equal("the file is empty", Assert.Single(context.Errors).Message);
    }
}
