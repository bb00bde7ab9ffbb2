namespace Turnover.Core.Tests;

public sealed class QuotedLineBreakTests
{
    [Theory]
    [InlineData("Russia,\"21,500,000\",26.7")]
    [InlineData("")]
    public void When_a_row_has_no_line_break_then_it_is_one_line(string raw) =>
        Assert.Null(QuotedLineBreak.Find(raw, ',', 6));

    [Theory]
    [InlineData("Russia,\"21\n,500,000\",26.7", 2, 2L, true)]
    [InlineData("Russia,\"21\r\n,500,000\",26.7", 2, 2L, true)]
    [InlineData("\"Rus\rsia\",1", 1, 2L, true)]
    [InlineData("a,\"b\"\"c\nd\",e", 2, 2L, true)]
    [InlineData("a,\"b\",\"c\nd\ne\"", 3, 3L, true)]
    [InlineData("Russia,\"21,500,000\",\"218,1\r\n", 3, 2L, false)]
    [InlineData("a;\"b\nc\nd", 2, 3L, false)]
    public void When_a_row_runs_over_lines_then_the_field_lines_and_closing_are_found(string raw, int field, long lines, bool closed)
    {
        var separator = raw.Contains(';', StringComparison.Ordinal) ? ';' : ',';

        var found = QuotedLineBreak.Find(raw, separator, 6);

        Assert.Equal(new QuotedLineBreak(field, 6, lines, closed), found);
        Assert.Equal(6 + lines - 1, found!.Value.To);
    }
}
