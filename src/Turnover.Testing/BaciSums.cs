using System.Globalization;

namespace Turnover.Testing;

/// <summary>A BACI file's figures summed straight from its raw text, without the reader: what store tests expect.</summary>
public static class BaciSums
{
    /// <summary>Per (exporter i, importer j) code: the sum of v × 1000 over the file's rows, and how many rows.</summary>
    public static Dictionary<(int I, int J), (decimal Usd, int Lines)> ByPair(string path)
    {
        var sums = new Dictionary<(int, int), (decimal, int)>();
        foreach (var line in File.ReadLines(path).Skip(1).Where(l => l.Length > 0))
        {
            var fields = line.Split(',').Select(f => f.Trim('"', ' ', '\r')).ToArray();
            var key = (int.Parse(fields[1], CultureInfo.InvariantCulture), int.Parse(fields[2], CultureInfo.InvariantCulture));
            var (usd, lines) = sums.GetValueOrDefault(key);
            sums[key] = (usd + (decimal.Parse(fields[4], NumberStyles.Number, CultureInfo.InvariantCulture) * 1000m), lines + 1);
        }

        return sums;
    }
}
