using System.Globalization;

namespace Turnover.Ingest.Internal;

/// <summary>Checks an HS code against the structure every HS edition (1992–2022) shares, without a full code list.</summary>
/// <remarks>
/// Chapters run 01–99 without 77 (reserved) and no heading is numbered 00. Chapters 01–09, the ones whose codes lose
/// their leading zero in a spreadsheet, are checked heading by heading (their last headings have been 0106, 0210,
/// 0309, 0410, 0511, 0604, 0714, 0814 and 0910 in every edition up to HS 2022), so a 6-digit code with a digit lost
/// (382390 → 38239, read back as 038239) is refused instead of becoming a product that does not exist.
/// </remarks>
internal static class HsCodes
{
    private static readonly int[] s_lastHeadingOfChapter = [0, 6, 10, 9, 10, 11, 4, 14, 14, 10];

    /// <summary>The rule a 2-, 4- or 6-digit code breaks, or null when it can be an HS code.</summary>
    public static string? Problem(int code, int digits)
    {
        var divisor = digits switch { 2 => 1, 4 => 100, 6 => 10_000, _ => 0 };
        if (divisor == 0)
        {
            return $"an HS code has 2, 4 or 6 digits, not {digits}";
        }

        // The code's text only once a rule is broken: a BACI year checks ten million valid codes, and formatting
        // each (two strings a line) was the reader thread's only per-line allocation.
        string Text() => code.ToString("D" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var chapter = code / divisor;
        if (chapter is 0 or 77)
        {
            return $"HS code {Text()} is in chapter {chapter:D2}, which does not exist (chapters run 01-99 without 77)";
        }

        if (digits == 2)
        {
            return null;
        }

        var heading = code / (divisor / 100) % 100;
        if (heading == 0)
        {
            return $"HS code {Text()} has heading {chapter:D2}00, which does not exist (headings are numbered from 01)";
        }

        if (chapter < s_lastHeadingOfChapter.Length && heading > s_lastHeadingOfChapter[chapter])
        {
            return $"HS code {Text()} has heading {chapter:D2}{heading:D2}, which does not exist (chapter {chapter:D2} ends at {chapter:D2}{s_lastHeadingOfChapter[chapter]:D2}); a digit lost or added?";
        }

        return null;
    }
}
