using System.Globalization;

namespace Turnover.Core;

/// <summary>Reads the small BACI country table: <c>country_code,country_name_abbreviation,country_name_full,iso_2digit_alpha,iso_3digit_alpha</c>.</summary>
internal static class BaciCountryTable
{
    /// <summary>Known mis-decodings in the BACI 202201 names (Mac Roman read as Latin-1), repaired on load.</summary>
    private static readonly (string Broken, string Fixed)[] s_mojibake =
    [
        ("CÙte", "Côte"), ("CuraÁao", "Curaçao"), ("BarthÈlemy", "Barthélemy"), ("RÈunion", "Réunion"),
    ];

    public static IEnumerable<CountryInfo> Parse(TextReader reader)
    {
        var header = reader.ReadLine();
        if (header is null || !header.TrimStart('\uFEFF').StartsWith("country_code,", StringComparison.Ordinal))
        {
            throw new InvalidDataException("country table: line 1 should be the BACI header 'country_code,…'.");
        }

        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var fields = SplitQuoted(line);
            if (fields.Count != 5 || !int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var code))
            {
                throw new InvalidDataException($"country table: line {lineNumber} should have 5 fields starting with a numeric code.");
            }

            yield return new CountryInfo(code, Repair(fields[1]), Repair(fields[2]), IsoOrNull(fields[3]), IsoOrNull(fields[4]));
        }
    }

    private static string? IsoOrNull(string value) => value is "" or "N/A" ? null : value;

    private static string Repair(string name)
    {
        foreach (var (broken, repaired) in s_mojibake)
        {
            name = name.Replace(broken, repaired, StringComparison.Ordinal);
        }

        return name;
    }

    private static List<string> SplitQuoted(string line)
    {
        var fields = new List<string>(5);
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }
}
