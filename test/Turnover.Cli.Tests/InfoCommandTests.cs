namespace Turnover.Cli.Tests;

public sealed class InfoCommandTests
{
    [Fact]
    public void When_reports_disagree_then_info_lists_kept_and_other_values_with_sources()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.ChinaRussia);

        var (exit, console, _, _) = cli.Run("info");

        Assert.Equal(0, exit);
        Assert.Contains("disagreeing reports (36)", console, StringComparison.Ordinal);
        Assert.Matches(@"│ 2017\s+│ Turnover │ 84\.070 │ 80\.070 │", console);
        Assert.Matches(@"│ China's customs, GACC\s+│ China\s+│ Russian Federation\s+│ 244\s+│ 2013-01\s+│ 2024-12", console);
    }
}
