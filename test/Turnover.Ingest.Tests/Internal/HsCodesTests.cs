using Turnover.Ingest.Internal;

namespace Turnover.Ingest.Tests.Internal;

public sealed class HsCodesTests
{
    [Theory]
    [InlineData(80420, 6)]
    [InlineData(382390, 6)]
    [InlineData(10121, 6)]
    [InlineData(30910, 6)]
    [InlineData(271600, 6)]
    [InlineData(999999, 6)]
    [InlineData(8542, 4)]
    [InlineData(1, 2)]
    [InlineData(99, 2)]
    public void When_a_code_keeps_the_hs_structure_then_it_passes(int code, int digits) =>
        Assert.Null(HsCodes.Problem(code, digits));

    [Theory]
    [InlineData(38239, 6, "HS code 038239 has heading 0382, which does not exist (chapter 03 ends at 0309); a digit lost or added?")]
    [InlineData(770110, 6, "HS code 770110 is in chapter 77, which does not exist (chapters run 01-99 without 77)")]
    [InlineData(1234, 6, "HS code 001234 is in chapter 00, which does not exist (chapters run 01-99 without 77)")]
    [InlineData(850012, 6, "HS code 850012 has heading 8500, which does not exist (headings are numbered from 01)")]
    [InlineData(899, 4, "HS code 0899 has heading 0899, which does not exist (chapter 08 ends at 0814); a digit lost or added?")]
    [InlineData(0, 2, "HS code 00 is in chapter 00, which does not exist (chapters run 01-99 without 77)")]
    public void When_a_code_breaks_the_hs_structure_then_the_rule_is_named(int code, int digits, string message) =>
        Assert.Equal(message, HsCodes.Problem(code, digits));
}
