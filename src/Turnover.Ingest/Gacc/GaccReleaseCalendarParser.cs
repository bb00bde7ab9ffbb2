using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using nietras.SeparatedValues;
using Turnover.Core;

namespace Turnover.Ingest.Gacc;

/// <summary>
/// Reads <c>data_period,release_date,source,note</c>: a month <c>YYYY-MM</c> once, the release day <c>YYYY-MM-DD</c>
/// after the month ends and within a year of it, the source cited, and a note saying <c>confirmed</c> (by a dated
/// report) or <c>scheduled</c> (in the customs' timetable), whichever comes first. Any defect makes the calendar unusable: a wrong date would
/// show a figure before it was out, or hide it after. Every row is one line: a quoted value holding a line break, or a
/// quote never closed, is refused naming its field and the line it opens on, as the trade readers do.
/// </summary>
internal static class GaccReleaseCalendarParser
{
    private static readonly string[] s_columns = ["data_period", "release_date", "source", "note"];

    public static GaccReleaseCalendarLoad Parse(byte[] bytes, string fileName)
    {
        var errors = new List<IngestError>();
        void Error(long line, string column, string message) => errors.Add(new IngestError(fileName, line, column, message));

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            Error(0, string.Empty, "the calendar is not UTF-8 text");
            return new GaccReleaseCalendarLoad(null, errors);
        }

        var days = new Dictionary<(int Year, int Month), GaccReleaseDay>();
        var firstLine = new Dictionary<(int Year, int Month), long>();
        try
        {
            using var reader = Sep.Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).FromText(text);
            var header = true;
            foreach (var row in reader)
            {
                var line = row.RowIndex == 0 ? 1 : row.LineNumberFrom;
                // Before any cell is read (Sep removes the quotes in place): a quoted line break or a quote never closed
                // would otherwise be read as a note over two lines, or a row swallowing the lines after it.
                if (QuotedLineBreak.Find(row.Span, ',', line) is { } lineBreak)
                {
                    Error(line, lineBreak.Field <= s_columns.Length ? s_columns[lineBreak.Field - 1] : string.Empty, Internal.RowShape.Spanning(lineBreak));
                    header = false;
                    continue;
                }

                var cells = row[..].ToStringsArray();
                if (header)
                {
                    header = false;
                    if (!cells.Select(c => c.Trim()).SequenceEqual(s_columns, StringComparer.OrdinalIgnoreCase))
                    {
                        Error(line, string.Empty, $"the header is '{string.Join(',', cells)}', expected '{string.Join(',', s_columns)}'");
                        break;
                    }

                    continue;
                }

                if (cells.Length == 1 && cells[0].Trim().Length == 0)
                {
                    continue;
                }

                if (ParseRow(cells, line, Error) is { } entry)
                {
                    if (firstLine.TryGetValue(entry.Month, out var first))
                    {
                        Error(line, "data_period", $"{entry.Month.Year:D4}-{entry.Month.Month:D2} is listed twice (first on line {first})");
                        continue;
                    }

                    firstLine.Add(entry.Month, line);
                    days.Add(entry.Month, entry.Day);
                }
            }

            if (header)
            {
                Error(0, string.Empty, $"the calendar is empty; expected the header '{string.Join(',', s_columns)}' and one line per month");
            }
        }
        catch (InvalidDataException ex)
        {
            Error(0, string.Empty, "the calendar is not readable as CSV: " + ex.Message);
        }

        if (errors.Count == 0 && days.Count == 0)
        {
            Error(0, string.Empty, "the calendar has a header and no months");
        }

        return errors.Count > 0
            ? new GaccReleaseCalendarLoad(null, errors)
            : new GaccReleaseCalendarLoad(new GaccReleaseCalendar(fileName, Convert.ToHexStringLower(SHA256.HashData(bytes)), days), []);
    }

    private static ((int Year, int Month) Month, GaccReleaseDay Day)? ParseRow(string[] cells, long line, Action<long, string, string> error)
    {
        if (cells.Length != s_columns.Length)
        {
            error(line, string.Empty, $"{cells.Length} field(s), expected {s_columns.Length} ({string.Join(',', s_columns)}); quote a value that holds a comma");
            return null;
        }

        var ok = true;
        if (!DateOnly.TryParseExact(cells[0].Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            || cells[0].Trim().Length != 7)
        {
            error(line, "data_period", $"'{cells[0]}' is not a month written YYYY-MM");
            ok = false;
        }

        if (!DateOnly.TryParseExact(cells[1].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            error(line, "release_date", $"'{cells[1]}' is not a date written YYYY-MM-DD");
            ok = false;
        }

        if (cells[2].Trim().Length == 0)
        {
            error(line, "source", "empty: every release date cites where it comes from");
            ok = false;
        }

        // The first of the two words decides: "scheduled: … (planned date, not confirmed by a report)" is scheduled,
        // and three February notes open with "Jan-Feb combined release (…); confirmed: …".
        var note = cells[3].Trim();
        var confirmedAt = note.IndexOf("confirmed", StringComparison.OrdinalIgnoreCase);
        var scheduledAt = note.IndexOf("scheduled", StringComparison.OrdinalIgnoreCase);
        var confirmed = confirmedAt >= 0 && (scheduledAt < 0 || confirmedAt < scheduledAt);
        if (confirmedAt < 0 && scheduledAt < 0)
        {
            error(line, "note", $"'{note}' should say 'confirmed' (by a dated report) or 'scheduled' (in the customs' timetable)");
            ok = false;
        }

        if (!ok)
        {
            return null;
        }

        var end = month.AddMonths(1).AddDays(-1);
        if (date <= end || date > end.AddYears(1))
        {
            error(line, "release_date", string.Create(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd} is not after the end of {month:yyyy-MM} and within a year of it"));
            return null;
        }

        return ((month.Year, month.Month), new GaccReleaseDay(date, confirmed));
    }
}
