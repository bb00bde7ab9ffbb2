using System.Globalization;
using System.Text;
using Turnover.Core;

namespace Turnover.Benchmarks;

/// <summary>
/// Writes a deterministic file in CEPII's BACI layout (t,i,j,k,v,q) for load benchmarks: real BACI country
/// codes and HS6 codes, synthetic values. Benchmark input only; never ingested into a real store.
/// </summary>
internal static class BaciGenerator
{
    /// <summary>The year written when none is asked; its file is the one earlier figures were measured on.</summary>
    public const int DefaultYear = 2021;

    private const int DefaultSeed = 20230101;

    /// <param name="rows">Rows to write.</param>
    /// <param name="path">The file.</param>
    /// <param name="year">
    /// The year of every row. Another year has the same pairs and products (so that two years' files make a store that
    /// <c>turnover decompose</c> can compare) but values and quantities from a seed of its own; the default year's file
    /// is byte for byte the one written before the option existed.
    /// </param>
    public static int Run(long rows, string path, int year = DefaultYear)
    {
        var countries = CountryCatalog.Default.All.Where(c => !c.IsWorld).Select(c => c.Code).Take(220).ToArray();
        var products = LoadProductCodes(5000);
        var random = new Random(DefaultSeed + (year - DefaultYear));
        var yearField = year.ToString(CultureInfo.InvariantCulture) + ",";
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("t,i,j,k,v,q\n");
        long written = 0;
        // Walk (exporter, importer, product) in a fixed order with a pair-dependent product offset: keys are unique
        // by construction and every product appears.
        var perPair = (int)Math.Min(products.Length, (rows + ((long)countries.Length * (countries.Length - 1)) - 1) / ((long)countries.Length * (countries.Length - 1)));
        for (var i = 0; i < countries.Length && written < rows; i++)
        {
            for (var j = 0; j < countries.Length && written < rows; j++)
            {
                if (i == j)
                {
                    continue;
                }

                var offset = ((i * 7919) + (j * 104729)) % products.Length;
                for (var p = 0; p < perPair && written < rows; p++)
                {
                    var product = products[(offset + p) % products.Length];
                    var value = Math.Round(random.NextDouble() * 5000, 3);
                    writer.Write(yearField);
                    writer.Write(countries[i].ToString(CultureInfo.InvariantCulture));
                    writer.Write(',');
                    writer.Write(countries[j].ToString(CultureInfo.InvariantCulture));
                    writer.Write(',');
                    writer.Write(product);
                    writer.Write(',');
                    writer.Write(value.ToString("0.###", CultureInfo.InvariantCulture));
                    writer.Write(',');
                    if (random.Next(10) != 0)
                    {
                        writer.Write(Math.Round(random.NextDouble() * 100, 3).ToString("0.###", CultureInfo.InvariantCulture));
                    }

                    writer.Write('\n');
                    written++;
                }
            }
        }

        Console.WriteLine($"wrote {written:N0} rows to {path} ({new FileInfo(path).Length / 1e6:N0} MB)");
        return 0;
    }

    private static string[] LoadProductCodes(int count)
    {
        var path = Path.Combine(FindRepoRoot(), "data", "reference", "baci_product_codes.csv");
        return File.ReadLines(path).Skip(1).Select(l => l[..6]).Take(count).ToArray();
    }

    internal static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Turnover.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Turnover.slnx not found above the benchmark binary.");
    }
}
