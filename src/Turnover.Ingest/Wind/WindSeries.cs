using System.Globalization;
using System.Text.RegularExpressions;
using Turnover.Core;

namespace Turnover.Ingest.Wind;

/// <summary>Whether a Wind series is a value or a volume.</summary>
internal enum WindMeasure
{
    Value,
    Volume,
}

/// <summary>
/// One column of a Wind export: China's imports of one product from one origin (or the world), its value or its
/// volume, with the factor that turns the file's unit into US dollars or kilograms, and the months Wind says it covers.
/// </summary>
/// <param name="Column">0-based index in the row.</param>
/// <param name="Name">The series name as written (used to name the column in errors).</param>
/// <param name="Measure">Value or volume.</param>
/// <param name="ProductName">Wind's product name, without a trailing HS code.</param>
/// <param name="Product">The exact HS line, or null (then <see cref="Inexact"/> says why it is not stored).</param>
/// <param name="Inexact">Why a known product is not stored, or null.</param>
/// <param name="Partner">The origin; World for China's totals.</param>
/// <param name="Factor">USD or kg per unit of the file (USD 10 th: 10,000; 10000 tons: 10,000,000 kg).</param>
/// <param name="First">The first month of the series' Time Period.</param>
/// <param name="Last">The last month of the series' Time Period.</param>
internal sealed record WindSeries(
    int Column, string Name, WindMeasure Measure, string ProductName, Product? Product, string? Inexact, Country Partner,
    decimal Factor, int First, int Last)
{
    private static readonly Regex s_name = new(
        @"^(?:(?<reporter>[^:]+):\s*)?(?<measure>Volume|Value) of Imports:\s*(?<product>[^:]+?)\s*(?:\((?<hs>\d{6})\))?\s*(?::\s*(?<origin>[^:]+?)\s*)?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1));

    // Wind's spellings the country catalogue does not know (BACI names them Colombia, Dem. Rep. of the Congo, Lao People's Dem. Rep.).
    private static readonly Dictionary<string, int> s_windNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Columbia"] = 170,
        ["Zaire"] = 180,
        ["Lao"] = 418,
    };

    /// <summary>The month as a number that orders (year * 12 + month - 1).</summary>
    public static int MonthIndex(int year, int month) => (year * 12) + month - 1;

    /// <summary>True when the month lies in the series' Time Period.</summary>
    public bool Covers(int month) => month >= First && month <= Last;

    /// <summary>
    /// The longest series name read (Wind's are under 100 characters). A longer cell is refused before the name pattern
    /// runs: on a multi-megabyte cell the pattern's time limit, which is wall-clock, could trip on a loaded machine
    /// (fuzz case wind 6761) and an answer must not depend on the machine's load.
    /// </summary>
    public const int MaxNameChars = 500;

    /// <summary>Parses one column's name, unit and time period; reports the first defect and returns null.</summary>
    public static WindSeries? Parse(int column, string name, string unit, string timePeriod, WindHeaderLines lines, ReadContext context)
    {
        if (name.Length > MaxNameChars)
        {
            context.Error(lines.Name, Label(column),
                string.Create(CultureInfo.InvariantCulture, $"series {Echo.Of(name)}: a name of {name.Length:N0} characters is longer than any Wind series name (at most {MaxNameChars:N0})"));
            return null;
        }

        var match = s_name.Match(name);
        if (!match.Success)
        {
            context.Error(lines.Name, Label(column),
                $"series '{name}': the name is not 'Value of Imports: PRODUCT[: ORIGIN]' or 'Volume of Imports: PRODUCT[: ORIGIN]' (optionally after 'China: '): this reader knows Wind's China Customs import series only");
            return null;
        }

        var reporter = match.Groups["reporter"];
        if (reporter.Success && !reporter.Value.Trim().Equals("China", StringComparison.OrdinalIgnoreCase))
        {
            context.Error(lines.Name, Label(column), $"series '{name}': reporter '{reporter.Value.Trim()}': this reader knows China's import series only");
            return null;
        }

        var measure = match.Groups["measure"].Value == "Value" ? WindMeasure.Value : WindMeasure.Volume;
        var productName = match.Groups["product"].Value;
        int? givenCode = match.Groups["hs"].Success ? int.Parse(match.Groups["hs"].Value, CultureInfo.InvariantCulture) : null;
        var (product, inexact) = WindProducts.Lookup(productName, givenCode);
        if (product is null && inexact is null)
        {
            context.Error(lines.Name, Label(column), $"series '{name}': product '{productName}' is not one this reader can map to HS (known: {WindProducts.Known})");
            return null;
        }

        if (product is { } p && givenCode is { } code && (p.Digits != 6 || p.Code != code))
        {
            context.Error(lines.Name, Label(column), $"series '{name}': the series says HS {code:D6} but its product '{productName}' is HS {p}");
            return null;
        }

        var partner = PartnerOf(match.Groups["origin"], context);
        if (partner is null)
        {
            context.Error(lines.Name, Label(column), $"series '{name}': origin: {context.Countries.Resolve(match.Groups["origin"].Value).ErrorMessage}; an unknown origin is never dropped, add it to the country catalogue");
            return null;
        }

        var factor = FactorOf(measure, unit.Trim());
        if (factor is null)
        {
            context.Error(lines.Unit, Label(column), measure == WindMeasure.Value
                ? $"series '{name}': unit '{unit.Trim()}' is not one this reader knows for a value (USD, USD 10 th)"
                : $"series '{name}': unit '{unit.Trim()}' is not one this reader knows for a volume (kg, ton, 10000 tons)");
            return null;
        }

        if (!TryPeriod(timePeriod, out var first, out var last))
        {
            context.Error(lines.TimePeriod, Label(column), $"series '{name}': time period '{timePeriod.Trim()}' is not 'YYYY-MM:YYYY-MM'");
            return null;
        }

        return new WindSeries(column, name, measure, productName, product, inexact, partner.Value, factor.Value, first, last);
    }

    /// <summary>How errors name a column: by its 1-based number (series names are longer than an error's column field shows; the message quotes them).</summary>
    public static string Label(int column) => (column + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>This series' column, for errors.</summary>
    public string Label() => Label(Column);

    private static Country? PartnerOf(Group origin, ReadContext context)
    {
        if (!origin.Success)
        {
            return context.Countries.World;
        }

        if (s_windNames.TryGetValue(origin.Value, out var code))
        {
            return context.Countries.FromCode(code);
        }

        var resolution = context.Countries.Resolve(origin.Value);
        return resolution.Success ? resolution.Country : null;
    }

    private static decimal? FactorOf(WindMeasure measure, string unit) => (measure, unit.ToUpperInvariant()) switch
    {
        (WindMeasure.Value, "USD") => 1m,
        (WindMeasure.Value, "USD 10 TH") => 10_000m,
        (WindMeasure.Volume, "KG") => 1m,
        (WindMeasure.Volume, "TON" or "TONS" or "TONNE" or "TONNES") => 1_000m,
        (WindMeasure.Volume, "10000 TONS") => 10_000_000m,
        _ => null,
    };

    private static bool TryPeriod(string text, out int first, out int last)
    {
        first = last = 0;
        var parts = text.Trim().Split(':');
        return parts.Length == 2 && TryMonth(parts[0], out first) && TryMonth(parts[1], out last) && first <= last;
    }

    /// <summary>Parses YYYY-MM or YYYY-MM-DD (a month-end date) into a month index.</summary>
    public static bool TryMonth(string text, out int month)
    {
        month = 0;
        var t = text.Trim();
        if (t.Length == 7 && DateOnly.TryParseExact(t + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            || t.Length == 10 && DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out d))
        {
            month = MonthIndex(d.Year, d.Month);
            return true;
        }

        return false;
    }
}

/// <summary>The line numbers of the header rows, to place errors.</summary>
internal sealed record WindHeaderLines(long Name, long Unit, long TimePeriod);
