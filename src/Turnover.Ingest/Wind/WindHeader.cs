using System.Globalization;

namespace Turnover.Ingest.Wind;

/// <summary>The Name row and the metadata rows under it: every column's series, unit and time period.</summary>
internal sealed record WindHeader(int Width, IReadOnlyList<WindSeries> Series, int FirstDataLine, IReadOnlyList<string> Names)
{
    /// <summary>The latest day in the <c>Update</c> row (the day Wind last updated a series); null without the row.</summary>
    public DateOnly? UpdatedOn { get; init; }

    private static readonly string[] s_known = ["Frequency", "Unit", "ID", "Time Period", "Source", "Update"];

    /// <summary>
    /// True when a row is one of the rows above the months (the <c>Wind</c> line, the <c>Name</c> row or a metadata row
    /// such as <c>Unit</c>): among the months it is a header written again, or a second export joined to the first.
    /// </summary>
    public static bool IsHeaderRow(string[] cells)
    {
        var label = cells[0].Trim().TrimStart('\uFEFF').Trim('"').Trim();
        return label is "Wind" or "Name" || s_known.Contains(label, StringComparer.Ordinal);
    }

    /// <summary>The series name of a column, for errors.</summary>
    public string NameOf(int column) => column < Names.Count ? Names[column] : string.Empty;

    /// <summary>Parses the header rows; reports defects and returns null.</summary>
    public static WindHeader? Parse(List<string> lines, ReadContext context)
    {
        if (lines.All(line => line.Trim().Length == 0))
        {
            context.Error(0, string.Empty, "the file is empty: expected Wind's Name row of series names");
            return null;
        }

        var nameIndex = lines[0].TrimEnd(',') == "Wind" ? 1 : 0;
        if (lines.Count <= nameIndex || !lines[nameIndex].StartsWith("Name,", StringComparison.Ordinal))
        {
            context.Error(nameIndex + 1, string.Empty, "expected Wind's Name row of series names ('Name,Volume of Imports: …')");
            return null;
        }

        var names = lines[nameIndex].Split(',');
        var width = names.Length;
        var rows = new Dictionary<string, (long Line, string[] Cells)>(StringComparer.Ordinal);
        var i = nameIndex + 1;
        for (; i < lines.Count; i++)
        {
            var cells = lines[i].Split(',');
            var label = cells[0].Trim();
            if (WindSeries.TryMonth(label, out _) || label.Length == 0)
            {
                break;
            }

            if (!s_known.Contains(label, StringComparer.Ordinal))
            {
                context.Error(i + 1, "Name", $"'{label}' is not one of Wind's header rows ({string.Join(", ", s_known)})");
                return null;
            }

            if (cells.Length != width)
            {
                context.Error(i + 1, label, $"row has {cells.Length} fields, expected {width} as in the Name row");
                return null;
            }

            rows[label] = (i + 1, cells);
        }

        foreach (var required in new[] { "Frequency", "Unit", "Time Period" })
        {
            if (!rows.ContainsKey(required))
            {
                context.Error(nameIndex + 1, required, $"no '{required}' row under the Name row: the file's {required.ToLowerInvariant()} per series cannot be known");
                return null;
            }
        }

        var lineNumbers = new WindHeaderLines(nameIndex + 1, rows["Unit"].Line, rows["Time Period"].Line);
        var series = new List<WindSeries>();
        for (var c = 1; c < width; c++)
        {
            var name = names[c].Trim();
            var frequency = rows["Frequency"].Cells[c].Trim();
            if (!frequency.Equals("Month", StringComparison.OrdinalIgnoreCase))
            {
                context.Error(rows["Frequency"].Line, WindSeries.Label(c),
                    $"series '{name}': frequency '{frequency}': this reader reads monthly series only");
                continue;
            }

            if (WindSeries.Parse(c, name, rows["Unit"].Cells[c], rows["Time Period"].Cells[c], lineNumbers, context) is { } parsed)
            {
                series.Add(parsed);
            }
        }

        if (series.Count == 0 && !context.HasErrors)
        {
            context.Error(nameIndex + 1, string.Empty, "the Name row has no series");
        }

        var updated = rows.TryGetValue("Update", out var update) ? UpdateDays(update.Line, update.Cells, context) : [];
        return context.HasErrors ? null : new WindHeader(width, series, i + 1, names) { UpdatedOn = updated.Count == 0 ? null : updated.Max() };
    }

    // The Update row's days, "'2022-12-30" (a quote keeps a spreadsheet from reading it as a date) or "2023-03-22"; a
    // blank cell has none.
    private static List<DateOnly> UpdateDays(long line, string[] cells, ReadContext context)
    {
        var days = new List<DateOnly>();
        for (var c = 1; c < cells.Length; c++)
        {
            var text = cells[c].Trim().TrimStart('\'');
            if (text.Length == 0)
            {
                continue;
            }

            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                days.Add(day);
            }
            else
            {
                context.Error(line, WindSeries.Label(c), $"update day '{cells[c].Trim()}' is not a date (expected YYYY-MM-DD, as '2022-12-30)");
            }
        }

        return days;
    }
}
