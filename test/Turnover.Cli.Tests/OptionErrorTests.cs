namespace Turnover.Cli.Tests;

/// <summary>A value of the wrong type for an option: one line saying what the option takes, and the pointer to the help.</summary>
public sealed class OptionErrorTests
{
    [Theory]
    [InlineData(new[] { "export", "--from", "2024-11", "--out", "x.csv" }, "error: --from takes a year, such as 2023; '2024-11' is not one\nsee 'turnover export --help'.")]
    [InlineData(new[] { "products", "CHN", "RUS", "--year", "last" }, "error: --year takes a year, such as 2023; 'last' is not one\nsee 'turnover products --help'.")]
    [InlineData(new[] { "forecast", "CHN", "RUS", "--horizon", "1.5" }, "error: --horizon takes a whole number; '1.5' is not one\nsee 'turnover forecast --help'.")]
    public void When_an_option_value_has_the_wrong_type_then_the_error_says_what_it_takes_in_words(string[] args, string expected)
    {
        // It said "Cannot parse argument '2024-11' for option '--from' as expected type 'System.Nullable`1[System.Int32]'".
        using var cli = new CliRun();

        var (exit, _, _, error) = cli.Run(args);

        Assert.Equal((1, expected), (exit, error.Trim().ReplaceLineEndings("\n")));
    }
}
