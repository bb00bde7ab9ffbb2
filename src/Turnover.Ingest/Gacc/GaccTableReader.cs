using Turnover.Core;
using Turnover.Ingest.Internal;

namespace Turnover.Ingest.Gacc;

/// <summary>
/// Layout 2: a CSV rendition of GACC's monthly table "Imports and Exports by Country (Region) of
/// Origin/Destination" (english.customs.gov.cn, Monthly Bulletin), one table per file.
/// </summary>
/// <remarks>
/// <para>Accepted layout, line by line (cells beyond the first of a heading line may be present but empty):</para>
/// <code>
/// "(4) Imports and Exports by Country (Region) of Origin/Destination, 11.2023"   title; ", M.YYYY" gives the month
/// "(January-November 2023)"                                                       optional period in words (must agree)
/// (preliminary)                                                                   optional marker, also allowed in the title
/// Release date: 2023-12-07                                                        optional; sets the release vintage
/// "Unit: USD 1,000"                                                               USD 1,000 | USD 100 million | CNY 10,000 | CNY 100 million
/// Country (Region),Total,,Exports,,Imports,,Percentage change (%),,
/// ,11,1 to 11,11,1 to 11,11,1 to 11,Total,Exports,Imports
/// Russia,"21,500,000","218,170,000",,"100,330,000",,"117,840,000",26.7,50.2,11.8
/// </code>
/// <para>
/// Ten columns: partner; total (exports + imports), exports and imports, each for the month and for January to the
/// month; and the January-to-month percentage change (stored as published rates when the table is in USD; a yuan
/// table's rates are growth in yuan and are not kept). Values may carry thousands separators;
/// an empty cell or "-" is missing (nothing is emitted). <c>TOTAL</c> is the World partner; continent subtotals
/// ("Asia:") and blocs are skipped; other names go through the country catalogue. The month column gives a
/// <see cref="Derivation.Reported"/> record for the month, the January-to-month column a
/// <see cref="Derivation.Cumulative"/> one (they cannot be differenced within one file). When both cover the same
/// months — January, or since 2020 the combined January–February — one record is kept. CNY values are converted with
/// the monthly average rates of <see cref="IngestOptions.ExchangeRates"/> (<see cref="Derivation.CurrencyConverted"/>),
/// rounded to whole dollars. Published = the release date line, else the month's release in
/// <see cref="IngestOptions.GaccCalendar"/>, else the estimate of <see cref="GaccPublicationLag"/> (the note says which).
/// </para>
/// <para>
/// A data row has exactly ten fields; values group thousands in threes ("21,500,000"); a line of any kind that runs
/// over several lines (a quoted value holding a line break, or a quote left open) is refused, naming the field; and
/// the file must end with a line break, as every table of the collection does, so a last row cut inside a value is
/// caught.
/// </para>
/// </remarks>
internal sealed class GaccTableReader(ReadContext context, Country china)
{
    private static readonly string[] s_groups = ["Total", "Exports", "Imports"];

    private readonly GaccTableHeading _heading = new(context);
    private readonly RecurringErrors _conversions = new(context);
    private string[] _columns = [];

    /// <summary>True when the text looks like a GACC country table (title or column header with a unit line).</summary>
    public static bool LooksLikeTable(string text) =>
        text.Contains("Imports and Exports by Country", StringComparison.OrdinalIgnoreCase)
        || (text.Contains("Country (Region)", StringComparison.OrdinalIgnoreCase) && text.Contains("Unit", StringComparison.OrdinalIgnoreCase));

    public IEnumerable<TradeRecord> Read(SepRows rows, string[] firstCells)
    {
        var cells = firstCells;
        var line = rows.Line;
        while (!cells[0].StartsWith("Country", StringComparison.OrdinalIgnoreCase))
        {
            if (cells.Skip(1).Any(c => c.Length > 0))
            {
                context.Error(line, string.Empty, $"expected a heading line or the column header 'Country (Region),Total,,Exports,,Imports,…', found '{string.Join(',', cells)}'");
                yield break;
            }

            if (cells[0].Length > 0)
            {
                _heading.Add(cells[0], line);
            }

            if (!rows.MoveNext())
            {
                context.Error(line, "Country (Region)", "the file ends before the column header 'Country (Region),Total,,Exports,,Imports,…'");
                yield break;
            }

            if (rows.RefuseLineBreak(_ => string.Empty))
            {
                yield break;
            }

            (cells, line) = (rows.CurrentCells(), rows.Line);
        }

        var header = cells;
        if (!_heading.Complete(line) || !CheckGroupHeader(cells, line) || !rows.MoveNext() || rows.RefuseLineBreak(_ => string.Empty))
        {
            yield break;
        }

        var monthHeader = rows.CurrentCells();
        if (!CheckMonthHeader(monthHeader, rows.Line))
        {
            yield break;
        }

        var (year, month) = _heading.YearAndMonth;
        var unit = _heading.Unit!.Value;
        context.Dataset = $"GACC Imports and Exports by Country (Region) of Origin/Destination, {month}.{year} ({unit}), "
            + (_heading.Preliminary ? "preliminary release" : "monthly bulletin");
        context.Vintage = _heading.Released;
        var published = Published(year, month);
        context.Note = (unit.Currency == Currency.Usd
            ? $"values in {unit} × {unit.Multiplier}; month column as reported, January–month column as cumulative"
            : $"values in {unit}, {Conversion(context, unit.Currency)} (mean over the months covered), rounded to whole dollars")
            + "; " + DatingNote(published);

        var lastLine = rows.Line;
        var rowParser = new GaccTableRow(context, china, _columns, unit, year, month, published.Date, _conversions);
        while (!context.ShouldStop && rows.MoveNext())
        {
            var row = rows.Current;
            if (rows.LineBreak is not null)
            {
                context.RowsRead++;
                lastLine = rows.Line;
                rows.RefuseLineBreak(ColumnOf);
                continue;
            }

            var label = row[0].Span.Trim().ToString();
            if (RepeatsHeading(rows, label, header, monthHeader))
            {
                // The rest is a second table (or the same heading again): one message, not one per line of it.
                context.Error(rows.Line, string.Empty, RowShape.RepeatsHeader);
                break;
            }

            if (label.StartsWith("Unit", StringComparison.OrdinalIgnoreCase) && label.Contains(':', StringComparison.Ordinal))
            {
                _heading.SetUnit(label[(label.IndexOfAny([':', '：']) + 1)..], rows.Line);
                continue;
            }

            context.RowsRead++;
            lastLine = rows.Line;

            foreach (var record in rowParser.Parse(row, label, rows.Line))
            {
                yield return record;
            }
        }

        _conversions.Report();
        FileEnding.RequireFinalLineBreak(context, lastLine, "GACC table");
    }

    // A table's title or either of its column header lines among the data rows: two tables joined into one file, or a
    // heading written twice. The cells are compared only for a label that can start one of them.
    private static bool RepeatsHeading(SepRows rows, string label, string[] header, string[] monthHeader)
    {
        if (label.Length == 0)
        {
            return RowShape.IsHeader(rows.CurrentCells(), monthHeader);
        }

        if (label.Equals(header[0], StringComparison.OrdinalIgnoreCase))
        {
            return RowShape.IsHeader(rows.CurrentCells(), header);
        }

        return LooksLikeTable(label) && rows.CurrentCells().Skip(1).All(c => c.Length == 0);
    }

    // The name of a data row's field by its 1-based number, as the row's other messages name it.
    private string ColumnOf(int field) =>
        field == 1 ? "Country (Region)" : field - 2 < _columns.Length ? _columns[field - 2] : string.Empty;

    // Both columns of the table (the month and January to the month) end in the same month: one date for the file.
    private GaccPublicationDate Published(int year, int month) =>
        _heading.Released is { } released
            ? new(released, GaccDating.FileDate)
            : GaccPublicationDate.Of(Period.Month(year, month), context.Options.GaccCalendar, earliestPage: null);

    private string DatingNote(GaccPublicationDate published)
    {
        var date = published.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var calendar = context.Options.GaccCalendar;
        return published.Basis switch
        {
            GaccDating.FileDate => $"published {date}: the table's release date line",
            GaccDating.CalendarConfirmed => $"published {date}: China's customs release calendar {calendar.Name} (sha256 {calendar.ContentHash}; confirmed by a dated report)",
            GaccDating.CalendarScheduled => $"published {date}: China's customs release calendar {calendar.Name} (sha256 {calendar.ContentHash}; from the customs' timetable)",
            _ => $"published {date}, {GaccPublicationLag.Rule} (no release date line, month not in the release calendar {calendar.Name})",
        };
    }

    private bool CheckGroupHeader(string[] cells, long line)
    {
        for (var i = 0; i < s_groups.Length; i++)
        {
            var at = 1 + (2 * i);
            var found = at < cells.Length ? cells[at] : string.Empty;
            var ok = found.Equals(s_groups[i], StringComparison.OrdinalIgnoreCase)
                || (i == 0 && found.Replace(" ", string.Empty, StringComparison.Ordinal).Equals("Exports&Imports", StringComparison.OrdinalIgnoreCase));
            if (!ok)
            {
                context.Error(line, s_groups[i], $"missing column group '{s_groups[i]}' at column {at + 1} of the header (found '{found}')");
                return false;
            }
        }

        return true;
    }

    private bool CheckMonthHeader(string[] cells, long line)
    {
        var (_, month) = _heading.YearAndMonth;
        var names = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            var expected = i % 2 == 0 ? month.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"1 to {month}";
            var found = 1 + i < cells.Length ? cells[1 + i] : string.Empty;
            var compact = found.Replace(" ", string.Empty, StringComparison.Ordinal).Replace('–', '-');
            var ok = i % 2 == 0 ? compact == expected : compact == $"1to{month}" || compact == $"1-{month}";
            var name = $"{s_groups[i / 2]} {expected}";
            if (!ok)
            {
                context.Error(line, name, $"column header '{found}' should be '{expected}' (the table is for month {month})");
                return false;
            }

            names.Add(name);
        }

        _columns = [.. names, .. s_groups.Select(g => $"Percentage change {g}")];
        return true;
    }

    // Without rates every value is rejected by name (GaccTableRow), so the note's rates file is never read then.
    private static string Conversion(ReadContext context, Currency currency)
    {
        context.Conversion = context.Options.ExchangeRates?.ConversionFrom(currency) ?? new CurrencyConversion(currency, null);
        return context.Conversion.ToNote();
    }
}
