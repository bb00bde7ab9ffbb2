using System.Globalization;
using System.Text;
using Turnover.Core;

namespace Turnover.Ingest.Mapped;

/// <summary>
/// A period format in the style of .NET date patterns, limited to what trade tables print: <c>yyyy</c> (year),
/// <c>MM</c> (two-digit month), <c>M</c> (one- or two-digit month), <c>MMMM</c> (English month name),
/// <c>MMM</c> (three-letter month), <c>q</c> (quarter digit), <c>'text'</c> (literal), other symbols literal.
/// </summary>
internal sealed class PeriodPattern
{
    private readonly List<(PeriodToken Kind, string Literal)> _tokens;

    private PeriodPattern(string format, List<(PeriodToken Kind, string Literal)> tokens)
    {
        Format = format;
        _tokens = tokens;
        Granularity =
            tokens.Exists(t => t.Kind is PeriodToken.Month2 or PeriodToken.Month or PeriodToken.MonthName or PeriodToken.MonthAbbreviation) ? Granularity.Month
            : tokens.Exists(t => t.Kind == PeriodToken.Quarter) ? Granularity.Quarter
            : Granularity.Year;
    }

    /// <summary>The format as written.</summary>
    public string Format { get; }

    /// <summary>What one value covers: a month, a quarter or a year.</summary>
    public Granularity Granularity { get; }

    /// <summary>Compiles a format, or explains what is wrong with it.</summary>
    public static bool TryCreate(string format, out PeriodPattern? pattern, out string error)
    {
        pattern = null;
        var tokens = new List<(PeriodToken, string)>();
        error = Tokenise(format, tokens);
        if (error.Length == 0)
        {
            var years = tokens.Count(t => t.Item1 == PeriodToken.Year);
            var months = tokens.Count(t => t.Item1 is PeriodToken.Month2 or PeriodToken.Month or PeriodToken.MonthName or PeriodToken.MonthAbbreviation);
            var quarters = tokens.Count(t => t.Item1 == PeriodToken.Quarter);
            error = years != 1 ? $"format '{format}' should contain 'yyyy' exactly once"
                : months + quarters > 1 ? $"format '{format}' should contain at most one month or quarter part"
                : string.Empty;
        }

        pattern = error.Length == 0 ? new PeriodPattern(format, tokens) : null;
        return pattern is not null;
    }

    /// <summary>Parses a cell; the error names the value and the rule broken.</summary>
    public bool TryParse(ReadOnlySpan<char> text, out Period period, out string error)
    {
        period = default;
        var original = text;
        text = text.Trim().Trim('"').Trim();
        int year = 0, month = 0, quarter = 0;
        foreach (var (kind, literal) in _tokens)
        {
            var ok = kind switch
            {
                PeriodToken.Year => TakeDigits(ref text, 4, 4, out year),
                PeriodToken.Month2 => TakeDigits(ref text, 2, 2, out month),
                PeriodToken.Month => TakeDigits(ref text, 1, 2, out month),
                PeriodToken.Quarter => TakeDigits(ref text, 1, 1, out quarter),
                PeriodToken.MonthName or PeriodToken.MonthAbbreviation => TakeMonthName(ref text, kind, out month),
                _ => TakeLiteral(ref text, literal),
            };
            if (!ok)
            {
                error = Mismatch(original, kind, text);
                return false;
            }
        }

        error = !text.IsEmpty ? $"period '{original}' does not match format '{Format}' (unexpected '{text}')"
            : year is < 1900 or > 2200 ? $"period '{original}' has year {year}; years are 1900-2200"
            : Granularity == Granularity.Month && month is < 1 or > 12 ? $"period '{original}' has month {month}; months are 1-12"
            : Granularity == Granularity.Quarter && quarter is < 1 or > 4 ? $"period '{original}' has quarter {quarter}; quarters are 1-4"
            : string.Empty;
        if (error.Length > 0)
        {
            return false;
        }

        period = Granularity switch
        {
            Granularity.Month => Period.Month(year, month),
            Granularity.Quarter => Period.Quarter(year, quarter),
            _ => Period.OfYear(year),
        };
        return true;
    }

    /// <summary>Writes a period in this format (the inverse of <see cref="TryParse"/>).</summary>
    public string FormatPeriod(Period period)
    {
        var builder = new StringBuilder();
        foreach (var (kind, literal) in _tokens)
        {
            _ = kind switch
            {
                PeriodToken.Year => builder.Append(period.Year.ToString("D4", CultureInfo.InvariantCulture)),
                PeriodToken.Month2 => builder.Append(period.StartMonth.ToString("D2", CultureInfo.InvariantCulture)),
                PeriodToken.Month => builder.Append(period.StartMonth.ToString(CultureInfo.InvariantCulture)),
                PeriodToken.MonthName => builder.Append(MonthNames.Full[period.StartMonth - 1]),
                PeriodToken.MonthAbbreviation => builder.Append(MonthNames.Full[period.StartMonth - 1].AsSpan(0, 3)),
                PeriodToken.Quarter => builder.Append(((period.StartMonth - 1) / 3) + 1),
                _ => builder.Append(literal),
            };
        }

        return builder.ToString();
    }

    private string Mismatch(ReadOnlySpan<char> original, PeriodToken kind, ReadOnlySpan<char> rest)
    {
        var head = $"period '{original}' does not match format '{Format}'";
        if (kind is PeriodToken.MonthName or PeriodToken.MonthAbbreviation)
        {
            var word = LeadingLetters(rest);
            if (word.IsEmpty)
            {
                return $"{head}: expected a month name at '{rest}'";
            }

            var hint = MonthNames.Suggest(word);
            return hint is null ? $"{head}: '{word}' is not a month name" : $"{head}: '{word}' is not a month name (did you mean '{hint}'?)";
        }

        return kind switch
        {
            PeriodToken.Year => $"{head}: expected a 4-digit year at '{rest}'",
            PeriodToken.Quarter => $"{head}: expected a quarter digit at '{rest}'",
            PeriodToken.Literal => $"{head} at '{rest}'",
            _ => $"{head}: expected a month number at '{rest}'",
        };
    }

    private static ReadOnlySpan<char> LeadingLetters(ReadOnlySpan<char> text)
    {
        var length = 0;
        while (length < text.Length && char.IsLetter(text[length]))
        {
            length++;
        }

        return text[..length];
    }

    private static bool TakeDigits(ref ReadOnlySpan<char> text, int min, int max, out int value)
    {
        value = 0;
        var length = 0;
        while (length < max && length < text.Length && char.IsAsciiDigit(text[length]))
        {
            value = (value * 10) + (text[length] - '0');
            length++;
        }

        text = length >= min ? text[length..] : text;
        return length >= min;
    }

    private static bool TakeMonthName(ref ReadOnlySpan<char> text, PeriodToken kind, out int month)
    {
        var word = LeadingLetters(text);
        month = kind == PeriodToken.MonthName ? MonthNames.FromFull(word) : MonthNames.FromAbbreviation(word);
        text = month > 0 ? text[word.Length..] : text;
        return month > 0;
    }

    private static bool TakeLiteral(ref ReadOnlySpan<char> text, string literal)
    {
        if (!text.StartsWith(literal, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        text = text[literal.Length..];
        return true;
    }

    private static string Tokenise(string format, List<(PeriodToken, string)> tokens)
    {
        var i = 0;
        while (i < format.Length)
        {
            var c = format[i];
            var run = 1;
            while (i + run < format.Length && format[i + run] == c && c is 'y' or 'M' or 'q')
            {
                run++;
            }

            switch (c)
            {
                case 'y' when run == 4:
                    tokens.Add((PeriodToken.Year, string.Empty));
                    break;
                case 'M' when run <= 4:
                    tokens.Add((run switch { 1 => PeriodToken.Month, 2 => PeriodToken.Month2, 3 => PeriodToken.MonthAbbreviation, _ => PeriodToken.MonthName }, string.Empty));
                    break;
                case 'q' when run == 1:
                    tokens.Add((PeriodToken.Quarter, string.Empty));
                    break;
                case '\'':
                    var end = format.IndexOf('\'', i + 1);
                    if (end < 0)
                    {
                        return $"format '{format}' has an unclosed quote";
                    }

                    tokens.Add((PeriodToken.Literal, format[(i + 1)..end]));
                    run = end - i + 1;
                    break;
                case 'y' or 'M' or 'q':
                    return $"format '{format}' has '{new string(c, run)}'; use yyyy, M, MM, MMM, MMMM or q";
                case var letter when char.IsLetter(letter):
                    return $"format '{format}' has the letter '{letter}', which is not a period part; quote literal text, e.g. 'Q'";
                default:
                    tokens.Add((PeriodToken.Literal, new string(c, 1)));
                    break;
            }

            i += run;
        }

        return string.Empty;
    }
}
