using System.Globalization;
using System.Text;
using Turnover.Testing;

namespace Turnover.Ingest.Tests.Fao;

/// <summary>
/// The FishStat files the tests read, and an independent reading of their cells (a plain quoted-CSV split, not the
/// reader's code) for sums to compare the reader's records with.
/// </summary>
internal static class FaoFiles
{
    public const string ValueName = "fao_china_seafood_imports_by_partner_value_2019_raw.csv";
    public const string QuantityName = "fao_china_seafood_imports_by_partner_quantity_2019_raw.csv";
    public static readonly string s_value = RepoPaths.Data("products", ValueName);
    public static readonly string s_quantity = RepoPaths.Data("products", QuantityName);
    public static readonly string s_valueExcerpt = RepoPaths.Fixture("fao", "fao_china_seafood_imports_by_partner_value_2019_excerpt.csv");
    public static readonly string s_quantityExcerpt = RepoPaths.Fixture("fao", "fao_china_seafood_imports_by_partner_quantity_2019_excerpt.csv");

    /// <summary>The data rows' cells: partner, commodity and amount (as in the file: USD 1000 or tonnes).</summary>
    public static List<(string Partner, string Commodity, decimal Amount)> Cells(string path) =>
        [.. File.ReadAllText(path, Encoding.UTF8).TrimStart('\uFEFF').Split("\r\n").Skip(1).Select(Split)
            .Select(c => (c[1], c[2], decimal.Parse(c[6], CultureInfo.InvariantCulture)))];

    private static string[] Split(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return [.. cells];
    }
}
