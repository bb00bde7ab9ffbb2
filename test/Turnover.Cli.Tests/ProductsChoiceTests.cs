using System.Text.Json;
using Turnover.Testing;

namespace Turnover.Cli.Tests;

/// <summary>
/// Issue 12: <c>products --source/--reporter/--flow</c> choose which stored statistics to read, as <c>series</c> does;
/// here China's customs' energy lines (Wind export, source Gacc) beside FAO's seafood lines (source Fao), both China's.
/// </summary>
public sealed class ProductsChoiceTests : IDisposable
{
    private readonly CliRun _cli = new();

    public ProductsChoiceTests()
    {
        Assert.Equal(0, _cli.Run("ingest", WindColumns.ByOrigin).Exit);
        Assert.Equal(0, _cli.Run("ingest", RepoPaths.Data("products", "fao_china_seafood_imports_by_partner_value_2019_raw.csv"),
            "--quantities", RepoPaths.Data("products", "fao_china_seafood_imports_by_partner_quantity_2019_raw.csv")).Exit);
    }

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void When_no_source_is_asked_then_the_one_with_the_most_lines_is_read_and_source_picks_another()
    {
        Assert.Equal("Gacc", Source(_cli.Run("products", "CHN", "RUS", "--format", "json")));
        Assert.Equal("Fao", Source(_cli.Run("products", "CHN", "RUS", "--source", "fao", "--format", "json")));
        Assert.Equal("Gacc", Source(_cli.Run("products", "CHN", "RUS", "--source", "Gacc", "--reporter", "CHN", "--flow", "imports", "--format", "json")));
    }

    [Theory]
    [InlineData("--reporter RUS", "no product lines of China–Russian Federation as asked (reporter Russian Federation); stored: China via Fao, China via Gacc.")]
    [InlineData("--flow exports", "no product lines of China–Russian Federation as asked (exports); stored: China via Fao, China via Gacc.")]
    [InlineData("--source baci", "no product lines of China–Russian Federation as asked (source Baci); stored: China via Fao, China via Gacc.")]
    [InlineData("--reporter USA", "--reporter USA is neither China nor Russian Federation.")]
    [InlineData("--source eurostat", "unknown source 'eurostat'")]
    public void When_the_statistics_asked_for_are_not_stored_then_the_error_lists_what_is(string options, string message)
    {
        var (exit, _, _, error) = _cli.Run(["products", "CHN", "RUS", .. options.Split(' ')]);

        Assert.NotEqual(0, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    private static string Source((int Exit, string Console, string Out, string Error) run)
    {
        Assert.True(run.Exit == 0, run.Error);
        using var document = JsonDocument.Parse(run.Out);
        return document.RootElement.GetProperty("source").GetProperty("code").GetString()!;
    }
}
