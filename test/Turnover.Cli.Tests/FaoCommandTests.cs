using System.Globalization;
using System.Text;
using System.Text.Json;
using Turnover.Testing;

namespace Turnover.Cli.Tests;

/// <summary>
/// Issue 12: FAO FishStat's China seafood imports of 2019 (data/products), ingested as a value file with its quantity
/// file, answer <c>products</c> and <c>suppliers</c>; every figure is compared with sums taken here from the files'
/// cells (a plain quoted-CSV split, not the reader).
/// </summary>
public sealed class FaoCommandTests : IDisposable
{
    private static readonly string s_value = RepoPaths.Data("products", "fao_china_seafood_imports_by_partner_value_2019_raw.csv");
    private static readonly string s_quantity = RepoPaths.Data("products", "fao_china_seafood_imports_by_partner_quantity_2019_raw.csv");
    private readonly CliRun _cli = new();

    public FaoCommandTests()
    {
        var (exit, _, _, error) = _cli.Run("ingest", s_value, "--quantities", s_quantity);
        Assert.True(exit == 0, error);
    }

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void When_products_of_China_and_Norway_are_asked_then_each_commodity_is_the_files_cells_times_1000()
    {
        var (exit, _, json, error) = _cli.Run("products", "CHN", "NOR", "--format", "json");

        Assert.True(exit == 0, error);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var expected = Cells(s_value).Where(c => c.Partner == "Norway").ToDictionary(c => c.Commodity, c => c.Amount * 1000m);
        var products = root.GetProperty("products").EnumerateArray().ToDictionary(p => p.GetProperty("code").GetString()!, p => p.GetProperty("usd").GetDecimal());
        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), products.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.All(root.GetProperty("products").EnumerateArray(), p => Assert.Equal(7, p.GetProperty("digits").GetInt32()));
        Assert.All(root.GetProperty("products").EnumerateArray(), p => Assert.Equal(p.GetProperty("code").GetString(), p.GetProperty("name").GetString()));
        Assert.Equal(expected.Values.Sum(), root.GetProperty("year").GetProperty("linesUsd").GetDecimal());
        Assert.Equal((2019, "Fao"), (root.GetProperty("year").GetProperty("year").GetInt32(), root.GetProperty("source").GetProperty("code").GetString()));
    }

    [Fact]
    public void When_suppliers_of_a_commodity_are_asked_then_values_tonnes_and_shares_are_the_files_cells()
    {
        const string commodity = "Cods nei, frozen";

        var (exit, _, json, error) = _cli.Run("suppliers", commodity, "--importer", "CHN", "--year", "2019", "--top", "100", "--format", "json");

        Assert.True(exit == 0, error);
        using var document = JsonDocument.Parse(json);
        var values = Cells(s_value).Where(c => c.Commodity == commodity && c.Partner != "China").ToDictionary(c => c.Partner, c => c.Amount * 1000m);
        var tonnes = Cells(s_quantity).Where(c => c.Commodity == commodity && c.Partner != "China").ToDictionary(c => c.Partner, c => c.Amount);
        var origins = document.RootElement.GetProperty("origins").EnumerateArray().Select(o => (
            Name: o.GetProperty("origin").GetProperty("name").GetString()!,
            Year: o.GetProperty("years")[0])).ToList();
        Assert.Equal(values.Count, origins.Count);
        var market = document.RootElement.GetProperty("markets")[0];
        Assert.Equal(values.Values.Sum(), market.GetProperty("basisUsd").GetDecimal());
        var russia = origins.Single(o => o.Name == "Russian Federation").Year;
        Assert.Equal(values["Russian Federation"], russia.GetProperty("valueUsd").GetDecimal());
        Assert.Equal(tonnes["Russian Federation"], russia.GetProperty("quantities")[0].GetProperty("amount").GetDecimal());
        Assert.Equal(Math.Round(values["Russian Federation"] / values.Values.Sum() * 100m, 4), russia.GetProperty("sharePct").GetDecimal());
        Assert.Equal(values.Values.Order(), origins.Select(o => o.Year.GetProperty("valueUsd").GetDecimal()).Order());
    }

    [Fact]
    public void When_suppliers_are_shown_as_a_table_then_the_commodity_is_named_and_the_unit_value_is_per_tonne()
    {
        var (exit, console, _, error) = _cli.Run("suppliers", "Cods nei, frozen", "--importer", "CHN", "--year", "2019", "--top", "3");

        Assert.True(exit == 0, error);
        Assert.Contains("China's imports of commodity 'Cods nei, frozen' by origin, US$ m, as reported by FAO FishStat", console.ReplaceLineEndings(" "), StringComparison.Ordinal);
        var russia = console.Split('\n').Single(l => l.Contains("Russian Federation", StringComparison.Ordinal) || l.Contains("Russian ", StringComparison.Ordinal));
        var value = Cells(s_value).Single(c => c.Commodity == "Cods nei, frozen" && c.Partner == "Russian Federation").Amount;
        var tons = Cells(s_quantity).Single(c => c.Commodity == "Cods nei, frozen" && c.Partner == "Russian Federation").Amount;
        Assert.Contains(Math.Round(value * 1000m / tons, 2).ToString("#,0.00", CultureInfo.InvariantCulture) + "/t", russia, StringComparison.Ordinal);
    }

    [Fact]
    public void When_china_argentina_is_listed_then_pollock_fillets_show_hs_030475_in_the_table_and_the_json()
    {
        var (exit, console, _, error) = _cli.Run("products", "CHN", "ARG", "--top", "3");
        var (_, _, json, _) = _cli.Run("products", "CHN", "ARG", "--format", "json");

        Assert.True(exit == 0, error);
        // Argentina's 22 commodities in the file; the fillets are the smallest, so not among the 3 listed.
        var commodities = Cells(s_value).Where(c => c.Partner == "Argentina").Select(c => c.Commodity).ToList();
        Assert.Equal(22, commodities.Count);
        Assert.Contains(
            "Exact HS lines: Alaska pollock fillets, frozen = HS 030475 (among the other(s)); none of the other 21 commodities is known to be exactly one.",
            console.ReplaceLineEndings(string.Empty), StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        var exact = document.RootElement.GetProperty("products").EnumerateArray()
            .ToDictionary(p => p.GetProperty("code").GetString()!, p => p.GetProperty("exactHs").GetString());
        Assert.Equal(commodities.Order(StringComparer.Ordinal), exact.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([("Alaska pollock fillets, frozen", "030475")], exact.Where(e => e.Value is not null).Select(e => (e.Key, e.Value)));
    }

    [Fact]
    public void When_no_commodity_of_the_pair_is_exactly_an_hs_line_then_the_table_says_so()
    {
        var (exit, console, _, error) = _cli.Run("products", "CHN", "NOR", "--top", "5");

        Assert.True(exit == 0, error);
        var norway = Cells(s_value).Count(c => c.Partner == "Norway");
        Assert.Contains(
            $"Exact HS lines: none of the {norway} commodities is known to be exactly one HS line (most commodities are a part of one or span several).",
            console.ReplaceLineEndings(string.Empty), StringComparison.Ordinal);
    }

    [Fact]
    public void When_suppliers_of_pollock_fillets_are_asked_then_the_title_and_the_json_give_hs_030475()
    {
        var (exit, console, _, error) = _cli.Run("suppliers", "Alaska pollock fillets, frozen", "--importer", "CHN", "--year", "2019");
        var (_, _, json, _) = _cli.Run("suppliers", "Alaska pollock fillets, frozen", "--importer", "CHN", "--year", "2019", "--format", "json");
        var (_, _, cods, _) = _cli.Run("suppliers", "Cods nei, frozen", "--importer", "CHN", "--year", "2019", "--format", "json");

        Assert.True(exit == 0, error);
        Assert.Contains("China's imports of commodity 'Alaska pollock fillets, frozen' (exactly HS 030475) by origin", console.ReplaceLineEndings(" "), StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        Assert.Equal("030475", document.RootElement.GetProperty("productExactHs").GetString());
        using var other = JsonDocument.Parse(cods);
        Assert.Equal(JsonValueKind.Null, other.RootElement.GetProperty("productExactHs").ValueKind);
    }

    [Fact]
    public void When_an_origin_shipped_less_than_a_tonne_then_the_table_gives_the_tonnes_to_their_digits_not_zero()
    {
        // Argentina's pollock fillets: 0.04 t at 26,000.00/t were "0 t" beside their unit value.
        var (exit, console, _, error) = _cli.Run("suppliers", "Alaska pollock fillets, frozen", "--importer", "CHN", "--year", "2019");

        Assert.True(exit == 0, error);
        var argentina = Assert.Single(console.Split('\n'), l => l.Contains("Argentina", StringComparison.Ordinal));
        Assert.Matches(@"│\s+0\.04 t\s+│\s+26,000\.00/t", argentina);
    }

    [Theory]
    [InlineData(0d, "0")]
    [InlineData(0.04d, "0.04")]
    [InlineData(0.0004d, "<0.001")]
    [InlineData(977.4d, "977")]
    [InlineData(1834d, "1,834")]
    public void When_a_quantity_is_shown_then_below_one_unit_it_keeps_its_digits(double amount, string shown) =>
        Assert.Equal(shown, Rendering.SuppliersRenderer.Quantity(amount));

    [Fact]
    public void When_the_quantity_file_is_ingested_alone_then_it_is_refused_naming_the_option()
    {
        using var cli = new CliRun();

        var (exit, _, _, error) = cli.Run("ingest", s_quantity);

        Assert.Equal(1, exit);
        Assert.Contains("fao_china_seafood_imports_by_partner_quantity_2019_raw.csv:1: column 'Quantity': a FishStat quantity file", error, StringComparison.Ordinal);
        Assert.Contains("--quantities", error, StringComparison.Ordinal);
    }

    [Fact]
    public void When_quantities_are_given_with_another_format_then_the_file_is_refused()
    {
        using var cli = new CliRun();

        var (exit, _, _, error) = cli.Run("ingest", Bundled.ChinaRussia, "--quantities", s_quantity);

        Assert.Equal(1, exit);
        Assert.Contains("--quantities", error, StringComparison.Ordinal);
        Assert.Contains("not with format gacc", error, StringComparison.Ordinal);
    }

    // Partner, commodity and amount of every data row, split here by hand (commodities are quoted and hold commas).
    private static List<(string Partner, string Commodity, decimal Amount)> Cells(string path) =>
        [.. File.ReadAllText(path, Encoding.UTF8).TrimStart('\uFEFF').Split("\r\n").Skip(1).Select(Split)
            .Select(c => (c[1], c[2], decimal.Parse(c[6], CultureInfo.InvariantCulture)))];

    private static string[] Split(string line)
    {
        var cells = new List<string> { string.Empty };
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(string.Empty);
            }
            else
            {
                cells[^1] += c;
            }
        }

        return [.. cells];
    }
}
