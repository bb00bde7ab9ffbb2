using Turnover.Core;
using static Turnover.Ingest.Tests.Comtrade.ComtradeFixture;

namespace Turnover.Ingest.Tests.Comtrade;

/// <summary>
/// <c>--include-breakdowns</c> on the real layout with breakdown rows beside their total (TradeData_breakdowns.csv:
/// real rows plus a labelled test construction, fixtures/comtrade/README.md): a total keeps no breakdown, each part
/// keeps its customs procedure, mode of transport and second partner with the file's descriptions.
/// </summary>
public class ComtradeBreakdownTests
{
    private static readonly IngestOptions s_included = new() { IncludeBreakdowns = true };

    [Fact]
    public void When_breakdowns_are_included_then_totals_have_none_and_parts_keep_their_codes_and_descriptions()
    {
        var (records, context) = ReadFixture("TradeData_breakdowns.csv", s_included);

        Assert.Empty(context.Errors);
        Assert.Equal([2L, 3, 4, 5, 6], records.Where(r => r.Breakdown is null).Select(r => r.SourceLine));
        var air = records.At(7).Breakdown!;
        Assert.Equal((new BreakdownCode("C00", "TOTAL CPC"), new BreakdownCode("1000", "Air"), new BreakdownCode("0", "World")), (air.Customs, air.Transport, air.SecondPartner));
        Assert.Equal([BreakdownDimension.TransportMode], air.Dimensions);
        Assert.Equal(new BreakdownCode("344", "China, Hong Kong SAR"), records.At(10).Breakdown!.SecondPartner);
        Assert.Equal([BreakdownDimension.SecondPartner], records.At(10).Breakdown!.Dimensions);
        Assert.Equal(41_607_641.96m, records.At(10).ValueUsd);
    }

    [Fact]
    public void When_breakdowns_are_included_then_every_split_of_the_file_adds_up_to_its_real_total()
    {
        var (records, _) = ReadFixture("TradeData_breakdowns.csv", s_included);

        var total = records.At(5).ValueUsd;
        Assert.Equal(841_607_641.96m, total);
        foreach (var dimension in new[] { BreakdownDimension.TransportMode, BreakdownDimension.SecondPartner })
        {
            Assert.Equal(total, records.Where(r => r.Breakdown?.Dimensions is [var only] && only == dimension).Sum(r => r.ValueUsd));
        }
    }

    [Fact]
    public void When_breakdowns_are_not_included_then_the_parts_are_skipped_with_their_reasons()
    {
        var (records, context) = ReadFixture("TradeData_breakdowns.csv");

        Assert.Equal(5, records.Count);
        Assert.All(records, r => Assert.Null(r.Breakdown));
        Assert.Equal(2, context.Skipped["mode of transport breakdown (motCode not 0)"]);
        Assert.Equal(2, context.Skipped["second partner breakdown (partner2Code not 0)"]);
    }

    [Theory]
    [InlineData("motCode", "Air")]
    [InlineData("partner2Code", "HKG")]
    public void When_a_breakdown_code_is_not_a_number_then_the_row_is_an_error_naming_line_and_field(string column, string value)
    {
        using var file = TradeDataWith(18, column, value);

        var (_, context) = Read(file.Path, s_included);

        var error = Assert.Single(context.Errors);
        Assert.Equal((18L, column), (error.Line, error.Column));
        Assert.Contains($"'{value}' is not a code", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_legacy_layout_leaves_breakdown_columns_empty_then_rows_are_totals()
    {
        var (records, context) = ReadFixture("legacy_full_dragonfly.csv", s_included);

        Assert.Empty(context.Errors);
        Assert.NotEmpty(records);
        Assert.All(records, r => Assert.Null(r.Breakdown));
    }
}
