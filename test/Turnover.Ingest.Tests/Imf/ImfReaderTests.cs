using System.Text.Json.Nodes;
using Turnover.Core;
using Turnover.Ingest.Imf;
using Turnover.Testing;

namespace Turnover.Ingest.Tests.Imf;

public sealed class ImfReaderTests
{
    private const string GroupSkip = "partner group (would double count)";
    private static readonly Country s_usa = CountryCatalog.Default.FromCode(842);
    private static readonly Country s_world = CountryCatalog.Default.World;

    [Fact]
    public void When_reading_real_IMTS_XML_then_values_are_whole_dollars_and_SCALE_is_not_applied()
    {
        var (records, context) = ImfTestFiles.Read(ImfTestFiles.ImtsXml);

        Assert.Empty(context.Errors);
        Assert.Equal(
            [
                new TradeRecord(s_usa, s_world, Flow.Export, Period.OfYear(2023), Product.Total, 2_019_551_635_133m, null, Derivation.Reported, null, 1),
                new TradeRecord(s_usa, s_world, Flow.Export, Period.OfYear(2024), Product.Total, 2_065_411_250_609m, null, Derivation.Reported, null, 2),
            ],
            records);
        Assert.Equal(4, context.RowsRead);
        Assert.Equal(2, context.Skipped[GroupSkip]);
        Assert.Equal("IMF IMTS (SDMX-ML StructureSpecificData)", context.Dataset);
        Assert.Equal(new DateOnly(2025, 12, 16), context.Vintage);
        Assert.Contains("the SCALE attribute is ignored", context.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void When_reading_the_IMTS_CSV_built_from_the_XML_then_it_gives_the_same_records_with_CSV_lines()
    {
        var (csv, context) = ImfTestFiles.Read(ImfTestFiles.ImtsCsv);
        var (xml, _) = ImfTestFiles.Read(ImfTestFiles.ImtsXml);

        Assert.Empty(context.Errors);
        Assert.Equal(xml.Select(r => r with { SourceLine = 0 }), csv.Select(r => r with { SourceLine = 0 }));
        Assert.Equal([2L, 3L], csv.Select(r => r.SourceLine));
        Assert.Equal(2, context.Skipped[GroupSkip]);
        Assert.Equal("IMF IMTS (SDMX-CSV)", context.Dataset);
        Assert.Contains("SCALE attribute is ignored", context.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void When_reading_real_DOTS_JSON_then_UNIT_MULT_is_applied_and_B0_is_skipped()
    {
        var (records, context) = ImfTestFiles.Read(ImfTestFiles.DotsJson);

        Assert.Empty(context.Errors);
        Assert.Equal([1_429_995_404_019m, 1_757_821_567_908m, 2_065_156_971_432m, 2_019_551_635_133m], records.Select(r => r.ValueUsd));
        Assert.Equal([2020, 2021, 2022, 2023], records.Select(r => r.Period.Year));
        Assert.All(records, r => Assert.Equal((s_usa, s_world, Flow.Export, Product.Total), (r.Reporter, r.Partner, r.Flow, r.Product)));
        Assert.Equal([5L, 6L, 7L, 8L], records.Select(r => r.SourceLine));
        Assert.Equal(4, context.Skipped[GroupSkip]);
        Assert.Equal(8, context.RowsRead);
        Assert.Equal("IMF DOTS (CompactData JSON)", context.Dataset);
        Assert.Equal(new DateOnly(2024, 9, 20), context.Vintage);
        Assert.Contains("UNIT_MULT", context.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void When_DOTS_W00_and_IMTS_G001_give_2023_US_exports_then_the_dollar_values_are_equal()
    {
        var dots = ImfTestFiles.Read(ImfTestFiles.DotsJson).Records.Single(r => r.Period.Year == 2023);
        var imts = ImfTestFiles.Read(ImfTestFiles.ImtsXml).Records.Single(r => r.Period.Year == 2023);

        Assert.Equal(2_019_551_635_133m, imts.ValueUsd);
        Assert.Equal(imts.ValueUsd, dots.ValueUsd);
        Assert.Equal("2019551635133", dots.ValueUsd.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(imts with { SourceLine = 0 }, dots with { SourceLine = 0 });
    }

    [Theory]
    [InlineData("2019551.6", "2019551600000")]
    [InlineData("2019551.6351331", "2019551635133.1")]
    [InlineData("2019551", "2019551000000")]
    public void When_UNIT_MULT_is_applied_then_the_dollars_are_exact_without_trailing_zeros(string obsValue, string expected)
    {
        using var file = ImfTestFiles.Replaced(ImfTestFiles.DotsJson, "\"2019551.635133\"", $"\"{obsValue}\"");

        var record = ImfTestFiles.Read(file.Path).Records.Single(r => r.Period.Year == 2023);

        Assert.Equal(expected, record.ValueUsd.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void When_DOTS_has_a_single_series_as_an_object_then_it_is_read_and_refused_as_holding_no_record()
    {
        var (records, context) = ImfTestFiles.Read(ImfTestFiles.DotsOneSeries);

        // The real file's only series is B0, a group: read, counted, and left out; a file with nothing to store is refused.
        Assert.Equal("none of the 4 data row(s) gives a record to store (skipped: partner group (would double count): 4)", Assert.Single(context.Errors).Message);
        Assert.Empty(records);
        Assert.Equal(4, context.RowsRead);
        Assert.Equal(4, context.Skipped[GroupSkip]);
    }

    [Fact]
    public void When_DOTS_has_a_single_observation_as_an_object_then_it_is_read()
    {
        var json = JsonNode.Parse(ImfTestFiles.Text(ImfTestFiles.DotsJson))!;
        var series = json["CompactData"]!["DataSet"]!["Series"]![1]!;
        series["Obs"] = series["Obs"]![3]!.DeepClone();
        json["CompactData"]!["DataSet"]!["Series"] = series.DeepClone();
        using var file = TempFile.WithText("one-obs.json", json.ToJsonString());

        var (records, context) = ImfTestFiles.Read(file.Path);

        Assert.Empty(context.Errors);
        var record = Assert.Single(records);
        Assert.Equal((Period.OfYear(2023), 2_019_551_635_133m, 1L), (record.Period, record.ValueUsd, record.SourceLine));
    }

    [Fact]
    public void When_SDMX_CSV_names_a_semicolon_delimiter_in_STRUCTURE_then_it_is_used()
    {
        var text = ImfTestFiles.Text(ImfTestFiles.ImtsCsv).Replace(',', ';').Replace("STRUCTURE;", "STRUCTURE[;];", StringComparison.Ordinal);
        using var file = TempFile.WithText("imts.csv", text);

        var (records, context) = ImfTestFiles.Read(file.Path);

        Assert.Empty(context.Errors);
        Assert.Equal([2_019_551_635_133m, 2_065_411_250_609m], records.Select(r => r.ValueUsd));
    }

    [Fact]
    public void When_SDMX_CSV_carries_labels_then_the_codes_are_used()
    {
        using var file = ImfTestFiles.Replaced(ImfTestFiles.ImtsCsv, "R,USA,XG_FOB_USD,G001,A,2023", "R,USA: United States,XG_FOB_USD: Exports of goods FOB,G001: World,A: Annual,2023");

        var (records, context) = ImfTestFiles.Read(file.Path);

        Assert.Empty(context.Errors);
        Assert.Equal((s_usa, s_world, 2_019_551_635_133m), (records[0].Reporter, records[0].Partner, records[0].ValueUsd));
    }

    [Theory]
    [InlineData("M", "2023-M04", 2023, 4, 1)]
    [InlineData("Q", "2023-Q2", 2023, 4, 3)]
    [InlineData("A", "2023", 2023, 1, 12)]
    public void When_frequency_is_monthly_or_quarterly_then_the_period_follows(string frequency, string timePeriod, int year, int startMonth, int months)
    {
        using var file = ImfTestFiles.Replaced(ImfTestFiles.ImtsCsv, "G001,A,2023,", $"G001,{frequency},{timePeriod},");

        var (records, context) = ImfTestFiles.Read(file.Path);

        Assert.Empty(context.Errors);
        Assert.Equal(Period.Span(year, startMonth, months), records[0].Period);
    }

    [Fact]
    public void When_indicator_is_imports_CIF_then_the_flow_is_import_and_FOB_imports_are_skipped()
    {
        using var file = ImfTestFiles.Replaced(ImfTestFiles.ImtsCsv, "XG_FOB_USD,G001,A,2023", "MG_CIF_USD,G001,A,2023");
        var text = File.ReadAllText(file.Path).Replace("XG_FOB_USD,G001,A,2024", "MG_FOB_USD,G001,A,2024", StringComparison.Ordinal);
        File.WriteAllText(file.Path, text);

        var (records, context) = ImfTestFiles.Read(file.Path);

        Assert.Empty(context.Errors);
        Assert.Equal(Flow.Import, Assert.Single(records).Flow);
        Assert.Equal(1, context.Skipped["imports valued FOB (the CIF series is kept)"]);
    }

    [Fact]
    public void When_an_observation_has_no_value_then_it_is_skipped_as_missing()
    {
        using var file = ImfTestFiles.Replaced(ImfTestFiles.ImtsCsv, "2023,2019551635133,", "2023,,");

        var (records, context) = ImfTestFiles.Read(file.Path);

        Assert.Empty(context.Errors);
        Assert.Single(records);
        Assert.Equal(1, context.Skipped["missing observation (no value)"]);
    }

    [Fact]
    public void When_sampling_IMF_files_then_each_layout_is_recognised_and_BACI_is_not()
    {
        var reader = new ImfReader();

        Assert.True(reader.Recognises(FileSample.Of(ImfTestFiles.ImtsXml)));
        Assert.True(reader.Recognises(FileSample.Of(ImfTestFiles.ImtsCsv)));
        Assert.True(reader.Recognises(FileSample.Of(ImfTestFiles.DotsJson)));
        Assert.True(reader.Recognises(FileSample.Of(ImfTestFiles.DotsOneSeries)));
        Assert.False(reader.Recognises(FileSample.Of(RepoPaths.Fixture("baci", "ExampleTradeData.csv"))));
        Assert.Equal(("imf", SourceKind.Imf), (reader.Format, reader.Source));
    }
}
