using System.Globalization;

namespace Turnover.Testing;

/// <summary>
/// Sums of one series of a Wind export, read straight from the text without the product's reader: what the product
/// and supplier figures are checked against. Knows only the layout's header rows (Name, Unit) and `YYYY-MM` or
/// `YYYY-MM-DD` data rows; units USD, USD 10 th, kg, ton and 10000 tons.
/// </summary>
public static class WindColumns
{
    /// <summary>The bundled export of China's fossil-fuel imports by origin (data/products).</summary>
    public static string ByOrigin => RepoPaths.Data("products", "crea_china_customs_fossil_imports_by_origin_monthly_1993-2022-11.csv");

    /// <summary>The bundled export of China's fossil-fuel imports from Russia, to 2023-02 (data/products).</summary>
    public static string FromRussia => RepoPaths.Data("products", "crea_china_customs_fossil_imports_from_russia_monthly_1995-2023-02.csv");

    /// <summary>The series' sum over a year's rows, in US dollars (values) or kilograms (volumes); null when every cell is blank.</summary>
    /// <param name="path">The export.</param>
    /// <param name="series">The exact series name of the Name row ("Value of Imports: Crude Oil: Russian Federation").</param>
    /// <param name="year">The calendar year.</param>
    /// <param name="throughMonth">Only the rows of January to this month; 12 for the whole year.</param>
    /// <exception cref="ArgumentException">No such series, or a unit this helper does not know.</exception>
    public static decimal? Sum(string path, string series, int year, int throughMonth = 12)
    {
        var rows = File.ReadAllLines(path).Select(l => l.Split(',')).ToList();
        var names = rows.First(r => r[0] == "Name");
        var units = rows.First(r => r[0] == "Unit");
        var column = Array.IndexOf(names, series);
        if (column < 0)
        {
            throw new ArgumentException($"no series '{series}' in {path}", nameof(series));
        }

        var factor = units[column].Trim() switch
        {
            "USD" or "kg" => 1m,
            "USD 10 th" => 10_000m,
            "ton" => 1_000m,
            "10000 tons" => 10_000_000m,
            var other => throw new ArgumentException($"unit '{other}' of '{series}' is not known here", nameof(series)),
        };
        var prefix = year.ToString(CultureInfo.InvariantCulture) + "-";
        var cells = rows.Where(r => r[0].StartsWith(prefix, StringComparison.Ordinal) && r.Length > column && r[column].Trim().Length > 0
                                    && int.Parse(r[0].AsSpan(prefix.Length, 2), CultureInfo.InvariantCulture) <= throughMonth)
            .Select(r => decimal.Parse(r[column].Trim(), NumberStyles.Number, CultureInfo.InvariantCulture) * factor)
            .ToList();
        return cells.Count == 0 ? null : cells.Sum();
    }
}
