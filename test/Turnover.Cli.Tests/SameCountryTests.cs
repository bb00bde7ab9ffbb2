using Turnover.Testing;

namespace Turnover.Cli.Tests;

/// <summary>A pair of one country with itself is refused by every command that takes a pair, and writes nothing.</summary>
public sealed class SameCountryTests
{
    [Theory]
    [InlineData("series CHN CHN")]
    [InlineData("series China 156 --freq year")]
    [InlineData("forecast CHN CHN")]
    [InlineData("mirror CHN CHN")]
    [InlineData("products CHN CHN")]
    [InlineData("decompose CHN CHN")]
    [InlineData("chart CHN CHN --out OUT.png")]
    [InlineData("report CHN CHN --out OUT.html")]
    [InlineData("export --pair CHN CHN --format csv --out OUT.csv")]
    public void When_a_pair_names_one_country_twice_then_it_is_refused_as_such_and_nothing_is_written(string args)
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.ChinaRussia, WindColumns.ByOrigin);
        var output = Path.Combine(Path.GetTempPath(), $"turnover-same-{Guid.NewGuid():N}");

        // "no data for China–China; see 'turnover info'" sent the user looking for data that cannot exist.
        var (exit, console, _, error) = cli.Run(args.Replace("OUT", output, StringComparison.Ordinal).Split(' '));

        Assert.NotEqual(0, exit);
        Assert.Contains("both countries are China: a pair is two different countries.", console + error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(output) + "*"));
    }
}
