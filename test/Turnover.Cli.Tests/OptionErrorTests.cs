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

    [Theory]
    [InlineData("show", "abc")]
    [InlineData("show", "1.5")]
    [InlineData("show", "99999999999")]
    [InlineData("show", "0")]
    [InlineData("retract", "xyz")]
    public void When_a_release_id_is_not_a_whole_number_from_1_then_the_error_says_what_an_id_looks_like_and_where_ids_are_listed(string subcommand, string id)
    {
        // It said "Cannot parse argument 'abc' for command 'show' as expected type 'System.Int32'".
        using var cli = new CliRun();

        var (exit, _, _, error) = cli.Run("release", subcommand, id);

        Assert.Equal(
            (1, $"error: a release id is a whole number from 1, as in the id column of 'turnover release list' (other output cites release 3 as #3); '{id}' is not one.\nsee 'turnover release {subcommand} --help'."),
            (exit, error.Trim().ReplaceLineEndings("\n")));
    }

    [Fact]
    public void When_a_release_is_named_as_other_output_cites_it_then_the_hash_is_read_as_the_id()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.ChinaRussia);

        var (exit, console, _, error) = cli.Run("release", "show", "#1");

        Assert.Equal((0, string.Empty), (exit, error));
        Assert.Contains("china_russia.csv", console, StringComparison.Ordinal);
    }
}
