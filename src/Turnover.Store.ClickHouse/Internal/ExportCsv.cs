using System.Globalization;
using System.Text;

namespace Turnover.Store.ClickHouse.Internal;

/// <summary>
/// Writes export rows as the DuckDB store's <c>COPY … (FORMAT csv, HEADER true)</c> writes export.sql's columns, byte
/// for byte, so that an export reads the same whichever store made it: UTF-8 without a byte order mark, <c>\n</c> line
/// ends, NULL as an empty field, a text quoted (quotes doubled) when it holds a comma, a quote or a line break or is
/// empty, DECIMAL(18,2) with its two places, DATE as yyyy-MM-dd, and DOUBLE as DuckDB prints it (<see cref="Double"/>).
/// </summary>
internal sealed class ExportCsv : IDisposable
{
    /// <summary>export.sql's columns, in its order.</summary>
    public static readonly string[] Columns =
    [
        "source", "reporter", "reporter_code", "reporter_name", "partner", "partner_code", "partner_name", "flow", "period",
        "year", "start_month", "months", "classification", "product", "product_digits", "value_usd", "quantity",
        "quantity_unit", "derivation", "published", "public_from", "release_id", "release_file", "release_vintage", "source_line",
    ];

    private readonly StreamWriter _writer;
    private readonly StringBuilder _line = new();
    private int _fields;

    public ExportCsv(string path)
    {
        _writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
        foreach (var column in Columns)
        {
            Text(column);
        }

        EndRow();
    }

    public void Text(string? value)
    {
        Separate();
        if (value is null)
        {
            return;
        }

        if (value.Length == 0 || value.AsSpan().IndexOfAny(",\"\n\r") >= 0)
        {
            _line.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        else
        {
            _line.Append(value);
        }
    }

    public void Number(long? value) => Raw(value?.ToString(CultureInfo.InvariantCulture));

    public void Money(decimal value) => Raw(value.ToString("0.00", CultureInfo.InvariantCulture));

    public void Quantity(double? value) => Raw(value is { } v ? Double(v) : null);

    public void Date(DateOnly? value) => Raw(value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public void EndRow()
    {
        _writer.WriteLine(_line);
        _line.Clear();
        _fields = 0;
    }

    public void Dispose() => _writer.Dispose();

    /// <summary>
    /// A DOUBLE as DuckDB writes it (checked against the DuckDB of DuckDB.NET 1.5.6.1 on 200,000 random values): the shortest digits that read back
    /// to the same number, in positional notation with at least one decimal (<c>50.0</c>, <c>0.0001</c>) where the
    /// decimal exponent is from −4 to 15, else in scientific notation with a signed two-digit exponent (<c>1e-05</c>,
    /// <c>1.5e+16</c>).
    /// </summary>
    public static string Double(double value)
    {
        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        var negative = shortest.StartsWith('-');
        shortest = negative ? shortest[1..] : shortest;
        var e = shortest.IndexOf('E', StringComparison.Ordinal);
        var exponent = e < 0 ? 0 : int.Parse(shortest[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = e < 0 ? shortest : shortest[..e];
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? mantissa : mantissa[..dot];
        var digits = whole + (dot < 0 ? string.Empty : mantissa[(dot + 1)..]);
        // The value is 0.digits × 10^point once the digits' leading zeros are gone.
        var point = whole.Length + exponent - (digits.Length - digits.TrimStart('0').Length);
        digits = digits.Trim('0');
        if (digits.Length == 0)
        {
            return negative ? "-0.0" : "0.0";
        }

        var power = point - 1;
        var text = power is < -4 or >= 16
            ? string.Create(CultureInfo.InvariantCulture, $"{digits[..1]}{(digits.Length > 1 ? "." + digits[1..] : string.Empty)}e{(power < 0 ? '-' : '+')}{Math.Abs(power):00}")
            : point <= 0 ? "0." + new string('0', -point) + digits
            : point >= digits.Length ? digits + new string('0', point - digits.Length) + ".0"
            : digits[..point] + "." + digits[point..];
        return negative ? "-" + text : text;
    }

    private void Raw(string? value)
    {
        Separate();
        _line.Append(value);
    }

    private void Separate()
    {
        if (_fields++ > 0)
        {
            _line.Append(',');
        }
    }
}
