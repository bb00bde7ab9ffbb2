namespace Turnover.Cli.Tests;

/// <summary><c>turnover serve</c> refuses, with one line and exit code 1, what would expose the store or cannot start.</summary>
public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    public void When_the_address_is_not_loopback_then_serve_refuses_and_names_the_flag(string urls)
    {
        using var cli = new CliRun();

        var (exit, _, _, error) = cli.Run("serve", "--urls", urls);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("is not a loopback address", error, StringComparison.Ordinal);
        Assert.Contains("--allow-remote", error, StringComparison.Ordinal);
    }

    [Fact]
    public void When_there_is_no_store_then_a_read_only_server_is_not_started()
    {
        using var cli = new CliRun();

        var (exit, _, _, error) = cli.Run("serve", "--urls", "http://127.0.0.1:0");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.StartsWith("error: no store at ", error, StringComparison.Ordinal);
        Assert.False(File.Exists(cli.Database));
    }

    [Fact]
    public void When_the_token_file_is_empty_then_serve_says_so_instead_of_allowing_writes_to_anyone()
    {
        using var cli = new CliRun();
        var tokenFile = Path.Combine(cli.Folder, "token");
        File.WriteAllText(tokenFile, "\n");

        var (exit, _, _, error) = cli.Run("serve", "--urls", "http://127.0.0.1:0", "--token-file", tokenFile);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("the file is empty", error, StringComparison.Ordinal);
    }
}
