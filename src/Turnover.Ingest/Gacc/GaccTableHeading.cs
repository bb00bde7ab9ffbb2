using System.Globalization;
using System.Text.RegularExpressions;
using Turnover.Core;

namespace Turnover.Ingest.Gacc;

/// <summary>
/// The lines above a GACC table's column header: the title with the month (<c>…, 11.2023</c>), the period in words
/// (<c>(January-November 2023)</c>), the unit (<c>Unit: USD 1,000</c>), an optional <c>(preliminary)</c> marker and an
/// optional <c>Release date: 2023-12-07</c>.
/// </summary>
internal sealed partial class GaccTableHeading(ReadContext context)
{
    private static readonly string[] s_months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];
    private static readonly string[] s_dateFormats = ["yyyy-MM-dd", "d MMMM yyyy", "MMMM d, yyyy", "d MMM yyyy", "MMM d, yyyy"];

    private (int Year, int Month, long Line)? _fromTitle;
    private (int Year, int Month, long Line)? _fromWords;

    public string Title { get; private set; } = string.Empty;

    public GaccUnit? Unit { get; private set; }

    public long UnitLine { get; private set; }

    /// <summary>True once any unit line was seen, supported or not.</summary>
    public bool UnitStated { get; private set; }

    public bool Preliminary { get; private set; }

    public DateOnly? Released { get; private set; }

    /// <summary>Year and last month of the table, once <see cref="Complete"/> succeeded.</summary>
    public (int Year, int Month) YearAndMonth { get; private set; }

    /// <summary>Reads one line above the header; reports what it cannot understand.</summary>
    public void Add(string text, long line)
    {
        if (text.Contains("preliminary", StringComparison.OrdinalIgnoreCase))
        {
            Preliminary = true;
        }

        if (text.Contains("Imports and Exports by Country", StringComparison.OrdinalIgnoreCase))
        {
            Title = text;
            var match = TitleMonth().Match(text);
            if (match.Success)
            {
                _fromTitle = (Int(match.Groups["y"]), Int(match.Groups["m"]), line);
            }
        }
        else if (UnitLineRegex().Match(text) is { Success: true } unit)
        {
            SetUnit(unit.Groups["u"].Value, line);
        }
        else if (ReleaseLine().Match(text) is { Success: true } release)
        {
            var value = release.Groups["d"].Value.Trim();
            if (DateOnly.TryParseExact(value, s_dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                Released = date;
            }
            else
            {
                context.Error(line, "Release date", $"release date '{value}' is not a date (expected e.g. 2023-12-07 or 7 December 2023)");
            }
        }
        else if (PeriodWords().Match(text) is { Success: true } words)
        {
            var last = words.Groups["to"].Success ? words.Groups["to"].Value : "January";
            var month = Array.FindIndex(s_months, m => m.Equals(last, StringComparison.OrdinalIgnoreCase)) + 1;
            if (month == 0)
            {
                context.Error(line, "Period", $"'{last}' in '{text}' is not a month name");
            }
            else
            {
                _fromWords = (Int(words.Groups["y"]), month, line);
            }
        }
        else if (!Preliminary)
        {
            context.Error(line, string.Empty, $"unexpected line '{text}' above the column header (expected the title, the period, 'Unit: …', '(preliminary)' or 'Release date: …')");
        }
    }

    /// <summary>A unit line: in the heading it sets the unit; a different one anywhere else is a mixed-unit file.</summary>
    public void SetUnit(string text, long line)
    {
        UnitStated = true;
        if (!GaccUnit.TryParse(text, out var unit))
        {
            context.Error(line, "Unit", $"unit '{text.Trim()}' is not supported (expected {GaccUnit.Accepted})");
            return;
        }

        if (Unit is { } existing && (existing.Currency != unit.Currency || existing.Multiplier != unit.Multiplier))
        {
            context.Error(line, "Unit", $"mixed units: 'Unit: {unit}' after 'Unit: {existing}' (line {UnitLine}); one table, one unit");
            return;
        }

        Unit ??= unit;
        UnitLine = UnitLine == 0 ? line : UnitLine;
    }

    /// <summary>Checks that the heading states a valid period and a unit; reports what is missing.</summary>
    public bool Complete(long headerLine)
    {
        var ok = true;
        if (_fromTitle is { } t && _fromWords is { } w && (t.Year, t.Month) != (w.Year, w.Month))
        {
            context.Error(w.Line, "Period", $"period {w.Month:D2}/{w.Year} in words differs from {t.Month}.{t.Year} in the title (line {t.Line})");
            ok = false;
        }

        if ((_fromTitle ?? _fromWords) is not { } period)
        {
            context.Error(headerLine, "Period", "no period above the column header: expected a title ending '…, 11.2023' or a line '(January-November 2023)'");
            return false;
        }

        if (!Period.TryCreate(period.Year, period.Month, 1, out _))
        {
            context.Error(period.Line, "Period", $"period {period.Month}.{period.Year} is impossible: month should be in range [1-12] and year in [1900-2200]");
            ok = false;
        }

        if (Unit is null)
        {
            ok = false;
        }

        if (!UnitStated)
        {
            context.Error(headerLine, "Unit", $"no 'Unit: …' line above the column header (expected {GaccUnit.Accepted})");
            ok = false;
        }

        YearAndMonth = (period.Year, period.Month);
        return ok;
    }

    private static int Int(Group group) => int.Parse(group.ValueSpan, CultureInfo.InvariantCulture);

    [GeneratedRegex(@",\s*(?<m>[0-9]{1,2})\s*\.\s*(?<y>[0-9]{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex TitleMonth();

    [GeneratedRegex(@"^\s*Unit\s*[:：]\s*(?<u>.+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UnitLineRegex();

    [GeneratedRegex(@"^\s*Release(?:d|\s+date)\s*:\s*(?<d>.+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReleaseLine();

    [GeneratedRegex(@"^\s*\(\s*January(?:\s*(?:-|–|—|to)\s*(?<to>[A-Za-z]+))?\s+(?<y>[0-9]{4})\s*\)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PeriodWords();
}
