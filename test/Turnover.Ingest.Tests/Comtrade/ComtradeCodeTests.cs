using Turnover.Core;
using Turnover.Ingest.Comtrade;

namespace Turnover.Ingest.Tests.Comtrade;

/// <summary>Boundary rows for commodity codes (leading-zero restoration) and flow codes.</summary>
public class ComtradeCodeTests
{
    [Theory]
    [InlineData("1", "H5", null, "01")]
    [InlineData("01", "H5", null, "01")]
    [InlineData("101", "H4", null, "0101")]
    [InlineData("10121", "H4", null, "010121")]
    [InlineData("8542", "H4", null, "8542")]
    [InlineData("854231", "H6", null, "854231")]
    [InlineData("1", "H4", 2, "01")]
    [InlineData("101", "H4", 4, "0101")]
    [InlineData("8542", "H4", 4, "8542")]
    [InlineData("1", null, null, "01")]
    [InlineData("TOTAL", "H4", 0, "TOTAL")]
    [InlineData("total", "H4", null, "TOTAL")]
    [InlineData("ALL", "H4", null, "TOTAL")]
    [InlineData("01", "S3", null, "01")]
    [InlineData("1", "S3", 2, "01")]
    [InlineData("11", "S3", 4, "0011")]
    public void When_code_is_valid_then_product_keeps_its_digits(string code, string? classification, int? level, string expected)
    {
        var outcome = CommodityCodes.Read(code, classification, level, out var product, out _);

        Assert.Equal(CommodityCodes.Outcome.Ok, outcome);
        Assert.Equal(expected, product.ToString());
        Assert.Equal(product.IsTotal ? null : classification, product.Classification);
    }

    [Theory]
    [InlineData("0", "S3", null, "S3 code at 1 digits (only 2-, 4- and 6-digit codes are stored)")]
    [InlineData("001", "S3", null, "S3 code at 3 digits (only 2-, 4- and 6-digit codes are stored)")]
    [InlineData("1", "S3", 5, "S3 code at 5 digits (only 2-, 4- and 6-digit codes are stored)")]
    public void When_non_hs_code_has_an_odd_level_then_it_is_unrepresentable(string code, string classification, int? level, string problem)
    {
        var outcome = CommodityCodes.Read(code, classification, level, out _, out var message);

        Assert.Equal((CommodityCodes.Outcome.Unrepresentable, problem), (outcome, message));
    }

    [Theory]
    [InlineData("", "value '' is not a commodity code (expected digits or TOTAL)")]
    [InlineData("85.42", "value '85.42' is not a commodity code (expected digits or TOTAL)")]
    [InlineData("12345678", "value '12345678' is not a commodity code (expected digits or TOTAL)")]
    [InlineData("-1", "value '-1' is not a commodity code (expected digits or TOTAL)")]
    public void When_code_is_not_digits_then_it_is_invalid(string code, string problem)
    {
        var outcome = CommodityCodes.Read(code, "H4", null, out _, out var message);

        Assert.Equal((CommodityCodes.Outcome.Invalid, problem), (outcome, message));
    }

    [Theory]
    [InlineData("M", Flow.Import)]
    [InlineData("X", Flow.Export)]
    [InlineData("RX", Flow.ReExport)]
    [InlineData("RM", Flow.ReImport)]
    [InlineData("1", Flow.Import)]
    [InlineData("2", Flow.Export)]
    [InlineData("3", Flow.ReExport)]
    [InlineData("4", Flow.ReImport)]
    public void When_flow_code_is_main_then_it_maps(string code, Flow flow)
    {
        Assert.Equal((ComtradeFlows.Kind.Main, flow), (ComtradeFlows.Read(code, out var read), read));
    }

    [Theory]
    [InlineData("DX", true)]
    [InlineData("FM", true)]
    [InlineData("XOP", true)]
    [InlineData("0", false)]
    [InlineData("5", false)]
    [InlineData("", false)]
    [InlineData("Import", false)]
    public void When_flow_code_is_not_main_then_it_is_a_sub_flow_or_invalid(string code, bool subFlow)
    {
        Assert.Equal(subFlow ? ComtradeFlows.Kind.SubFlow : ComtradeFlows.Kind.Invalid, ComtradeFlows.Read(code, out _));
    }
}
