using System.Globalization;

namespace Turnover.Claims.Internal;

/// <summary>Reads the digits of a number as news writes them, and how precise the text is.</summary>
internal static class NumberText
{
    /// <summary>The pattern of a number literal: grouped thousands (comma or number space), decimals with '.' or ','.</summary>
    /// <summary>Not a year ("2022 and 26%" lists a year and a rate, not two rates): put before <see cref="Pattern"/>.</summary>
    public const string NotYear = @"(?<![\d.,])(?!(?:19|20)\d{2}(?!\d|[.,]\d))";

    public const string Pattern = @"\d{1,3}(?:[,\u202F]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?";

    /// <summary>
    /// Parses <paramref name="text"/>. With <paramref name="decimalComma"/> (Russian, German, Italian…) a comma is
    /// the decimal mark; otherwise (English) a comma followed by exactly three digits groups thousands and any
    /// other comma ("$76,12 billion") is a decimal mark written the continental way.
    /// </summary>
    /// <param name="text">The digits.</param>
    /// <param name="decimalComma">True when the language writes decimals with a comma.</param>
    /// <param name="value">The number.</param>
    /// <param name="decimals">How many decimals were written.</param>
    public static bool TryParse(string text, bool decimalComma, out decimal value, out int decimals)
    {
        var digits = text.Replace(TextNormalizer.NumberSpace.ToString(), string.Empty, StringComparison.Ordinal);
        var hasDot = digits.Contains('.', StringComparison.Ordinal);
        var commas = digits.Count(c => c == ',');
        var lastGroup = commas > 0 ? digits[(digits.LastIndexOf(',') + 1)..].Split('.')[0].Length : 0;
        digits = (decimalComma, hasDot, commas) switch
        {
            (_, _, 0) => digits,
            (true, true, _) => digits.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.'), // 1.234,5
            (true, false, 1) => digits.Replace(',', '.'),
            (false, false, 1) when lastGroup != 3 => digits.Replace(',', '.'), // "$76,12 billion"
            _ => digits.Replace(",", string.Empty, StringComparison.Ordinal), // 1,187.5 or 1,280
        };

        var dot = digits.IndexOf('.', StringComparison.Ordinal);
        decimals = dot < 0 ? 0 : digits.Length - dot - 1;
        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Half a unit of the last written digit, times <paramref name="scale"/>.</summary>
    public static decimal HalfUnit(int decimals, decimal scale)
    {
        var unit = scale;
        for (var i = 0; i < decimals; i++)
        {
            unit /= 10m;
        }

        return unit / 2m;
    }

    private static readonly Dictionary<string, int> s_smallNumbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["fifteen"] = 15,
        ["twenty"] = 20,
        ["один"] = 1,
        ["одного"] = 1,
        ["два"] = 2,
        ["две"] = 2,
        ["двух"] = 2,
        ["три"] = 3,
        ["трех"] = 3,
        ["трёх"] = 3,
        ["четыре"] = 4,
        ["четырех"] = 4,
        ["четырёх"] = 4,
        ["пять"] = 5,
        ["пяти"] = 5,
        ["шесть"] = 6,
        ["шести"] = 6,
        ["семь"] = 7,
        ["семи"] = 7,
        ["восемь"] = 8,
        ["восьми"] = 8,
        ["девять"] = 9,
        ["девяти"] = 9,
        ["десять"] = 10,
        ["десяти"] = 10,
        ["одиннадцать"] = 11,
        ["одиннадцати"] = 11,
        ["двенадцать"] = 12,
        ["двенадцати"] = 12,
        ["пятнадцать"] = 15,
        ["двадцать"] = 20,
        ["一"] = 1,
        ["二"] = 2,
        ["两"] = 2,
        ["兩"] = 2,
        ["三"] = 3,
        ["四"] = 4,
        ["五"] = 5,
        ["六"] = 6,
        ["七"] = 7,
        ["八"] = 8,
        ["九"] = 9,
        ["十"] = 10,
        ["十一"] = 11,
        ["十二"] = 12,
        ["十五"] = 15,
        ["二十"] = 20,
    };

    private static readonly Dictionary<string, int> s_ordinals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["second"] = 2,
        ["third"] = 3,
        ["fourth"] = 4,
        ["fifth"] = 5,
        ["sixth"] = 6,
        ["seventh"] = 7,
        ["eighth"] = 8,
        ["ninth"] = 9,
        ["tenth"] = 10,
        ["eleventh"] = 11,
        ["twelfth"] = 12,
    };

    // Russian ordinals by their stem, whatever the ending ("пятый", "пятого", "пятом").
    private static readonly (string Stem, int Value)[] s_russianOrdinals =
        [("втор", 2), ("трет", 3), ("четвёрт", 4), ("четверт", 4), ("пят", 5), ("шест", 6), ("седьм", 7), ("восьм", 8), ("девят", 9), ("десят", 10)];

    /// <summary>An ordinal to the tenth in English or Russian words, or digits with a suffix ("5th", "5-й"); null otherwise.</summary>
    public static int? SmallOrdinal(string text)
    {
        var digits = text.AsSpan()[..(text.AsSpan().IndexOfAnyExceptInRange('0', '9') is var end and >= 0 ? end : text.Length)];
        if (digits.Length > 0)
        {
            return int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        return s_ordinals.TryGetValue(text, out var ordinal) ? ordinal
            : s_russianOrdinals.Where(o => text.StartsWith(o.Stem, StringComparison.OrdinalIgnoreCase)).Select(o => (int?)o.Value).FirstOrDefault();
    }

    /// <summary>A count of months or years written in digits or words (English, Russian, Chinese numerals; words to twelve, and fifteen and twenty).</summary>
    public static int? SmallCount(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        return s_smallNumbers.TryGetValue(text, out n) ? n : null;
    }
}
