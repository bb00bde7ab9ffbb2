namespace Turnover.Core;

/// <summary>Culture-free parsing of the period spellings found in trade files.</summary>
internal static class PeriodText
{
    public static bool TryParse(ReadOnlySpan<char> text, out Period period)
    {
        period = default;
        text = text.Trim();
        if (text.Length < 4 || !TryDigits(text[..4], out var year))
        {
            return false;
        }

        var rest = text[4..];
        if (rest.IsEmpty)
        {
            return Period.TryCreate(year, 1, 12, out period);
        }

        // Comtrade's compact 202204.
        if (rest.Length == 2 && TryDigits(rest, out var compactMonth))
        {
            return Period.TryCreate(year, compactMonth, 1, out period);
        }

        if (rest[0] != '-')
        {
            return false;
        }

        rest = rest[1..];
        if (rest.Length == 2 && (rest[0] == 'Q' || rest[0] == 'q') && TryDigits(rest[1..], out var quarter))
        {
            return quarter is >= 1 and <= 4 && Period.TryCreate(year, ((quarter - 1) * 3) + 1, 3, out period);
        }

        if (rest.Length == 3 && (rest[0] == 'M' || rest[0] == 'm') && TryDigits(rest[1..], out var sdmxMonth))
        {
            return Period.TryCreate(year, sdmxMonth, 1, out period);
        }

        if (rest.Length == 2 && TryDigits(rest, out var month))
        {
            return Period.TryCreate(year, month, 1, out period);
        }

        // Span: 2022-01..02
        if (rest.Length == 6 && rest[2] == '.' && rest[3] == '.' && TryDigits(rest[..2], out var start) && TryDigits(rest[4..], out var end))
        {
            return end >= start && Period.TryCreate(year, start, end - start + 1, out period);
        }

        return false;
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
