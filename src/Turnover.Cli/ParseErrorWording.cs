using System.Text.RegularExpressions;

namespace Turnover.Cli;

/// <summary>
/// The parser's messages for a value of the wrong type, in words a user knows: "--from takes a year, such as 2023;
/// '2024-11' is not one", not "Cannot parse argument '2024-11' for option '--from' as expected type
/// 'System.Nullable`1[System.Int32]'". Other messages pass unchanged.
/// </summary>
internal static partial class ParseErrorWording
{
    // The options whose whole number is a year (export, products, suppliers, decompose, mirror, target add).
    private static readonly HashSet<string> s_yearOptions = ["--from", "--to", "--year", "--deadline", "--baseline"];

    public static string Reword(string message)
    {
        var m = WrongType().Match(message);
        if (!m.Success)
        {
            return message;
        }

        var option = m.Groups["option"].Value;
        var type = m.Groups["type"].Value;
        var wanted = type.Contains("System.Int32", StringComparison.Ordinal) || type.Contains("System.Int64", StringComparison.Ordinal)
            ? s_yearOptions.Contains(option) ? "a year, such as 2023" : "a whole number"
            : type.Contains("System.Decimal", StringComparison.Ordinal) || type.Contains("System.Double", StringComparison.Ordinal) ? "a number"
            : type.Contains("System.DateOnly", StringComparison.Ordinal) ? "a date, yyyy-MM-dd"
            : null;
        return wanted is null ? message : $"{option} takes {wanted}; '{m.Groups["value"].Value}' is not one";
    }

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for option '(?<option>[^']+)' as expected type '(?<type>[^']+)'\.?$", RegexOptions.Singleline)]
    private static partial Regex WrongType();
}
