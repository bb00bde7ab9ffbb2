using Turnover.Ingest.Internal;

namespace Turnover.Ingest.Tests.InputSafety;

public sealed class NumbersTests
{
    [Theory]
    [InlineData(5_000_000)]
    [InlineData(8_000_000)]
    public void When_a_numeric_cell_holds_millions_of_digits_then_it_is_not_a_number_and_the_stack_survives(int digits)
    {
        // Before the fix the parser copied the cell into a stack buffer of its length: a stack overflow (exit 134).
        Assert.False(Numbers.TryParseDecimal(new string('9', digits), '.', ',', out _));
    }

    [Fact]
    public void When_a_number_is_longer_than_the_stack_buffer_then_it_still_parses()
    {
        var padded = new string('0', 300) + "1,187.5";

        Assert.True(Numbers.TryParseDecimal(padded, '.', ',', out var value));
        Assert.Equal(1187.5m, value);
    }

    [Fact]
    public void When_a_cell_is_longer_than_any_number_can_be_then_it_is_not_a_number()
    {
        Assert.False(Numbers.TryParseDecimal(new string('0', Numbers.MaxChars) + "1", out _));
        Assert.True(Numbers.TryParseDecimal(new string('0', Numbers.MaxChars - 1) + "1", out var one));
        Assert.Equal(1m, one);
    }
}
