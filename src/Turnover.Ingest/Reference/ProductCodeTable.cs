using System.Globalization;
using nietras.SeparatedValues;

namespace Turnover.Ingest.Reference;

/// <summary>
/// HS 6-digit product names from CEPII BACI's product code table (<c>data/reference/baci_product_codes.csv</c>:
/// <c>code,description,bec</c>, codes as 6-digit strings with their leading zeros).
/// </summary>
public sealed class ProductCodeTable
{
    private readonly Dictionary<int, string> _names;

    private ProductCodeTable(Dictionary<int, string> names) => _names = names;

    /// <summary>A table with no names.</summary>
    public static ProductCodeTable Empty { get; } = new([]);

    /// <summary>How many codes are named.</summary>
    public int Count => _names.Count;

    /// <summary>Reads the table.</summary>
    /// <exception cref="FormatException">The header is not <c>code,description,…</c>, or a code is not 6 digits (the message names the line).</exception>
    public static ProductCodeTable Read(TextReader text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).From(text);
        if (!reader.Header.TryIndexOf("code", out var code) || !reader.Header.TryIndexOf("description", out var description))
        {
            throw new FormatException("The product code table's header should name 'code' and 'description'.");
        }

        var names = new Dictionary<int, string>();
        foreach (var row in reader)
        {
            var cell = row[code].Span.Trim();
            if (cell.Length != 6 || !int.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out var hs6))
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Line {row.LineNumberFrom} of the product code table: code '{cell}' is not 6 digits."));
            }

            names[hs6] = row[description].Span.Trim().ToString();
        }

        return new ProductCodeTable(names);
    }

    /// <summary>The name of an HS 6-digit code, or null when the table lacks it.</summary>
    public string? NameOf(int hs6) => _names.GetValueOrDefault(hs6);
}
