namespace Turnover.Ingest.Tests.InputSafety;

public sealed class EchoTests
{
    [Theory]
    [InlineData("1,187.5", "'1,187.5'")]
    [InlineData("15\u001B[2J", "'15\\u001B[2J'")]
    [InlineData("a\tb\r\nc", "'a\\tb\\r\\nc'")]
    [InlineData("\u009B31m", "'\\u009B31m'")]
    [InlineData("abc\u202Efed", "'abc\\u202Efed'")]
    [InlineData("Curaçao", "'Curaçao'")]
    public void When_a_short_value_is_echoed_then_it_is_whole_with_controls_escaped(string value, string expected) =>
        Assert.Equal(expected, Echo.Of(value));

    [Fact]
    public void When_a_value_of_millions_of_characters_is_echoed_then_it_is_cut_with_its_size()
    {
        var giant = "1234567890123" + new string('4', 4_999_987);

        Assert.Equal("'123456789012…' (5,000,000 characters)", Echo.Of(giant));
    }

    [Fact]
    public void When_a_message_quotes_a_giant_value_then_only_the_value_is_cut()
    {
        var message = $"value '{new string('9', 3_000_000)}' is not a number";

        Assert.Equal("value '999999999999…' (3,000,000 characters) is not a number", Echo.Message(message));
    }

    [Fact]
    public void When_a_short_message_has_apostrophes_in_names_then_it_is_left_as_it_is()
    {
        const string message = "partner 'Côte d'Ivoire' is not in the catalogue; see the list of known names and codes in docs";

        Assert.Equal(message, Echo.Message(message));
    }

    [Fact]
    public void When_a_message_is_giant_without_quotes_then_it_is_cut_with_its_size()
    {
        var message = "header is " + new string('x', 50_000);

        var echoed = Echo.Message(message);

        Assert.StartsWith("header is xxx", echoed, StringComparison.Ordinal);
        Assert.EndsWith("… (message of 50,010 characters cut)", echoed, StringComparison.Ordinal);
        Assert.True(echoed.Length < 1100);
    }

    [Fact]
    public void When_an_error_is_made_from_input_then_file_column_and_message_are_safe_to_print()
    {
        var error = new IngestError("a\u001B.csv", 3, "Ex\u0007ports", $"value '{new string('9', 100_000)}\u001B' is bad");

        Assert.Equal("a\\u001B.csv:3: column 'Ex\\u0007ports': value '999999999999…' (100,001 characters) is bad", error.ToString());
    }
}
