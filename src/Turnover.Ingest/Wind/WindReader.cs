using Turnover.Core;
using Turnover.Ingest.Internal;
using Turnover.Ingest.Mapped;

namespace Turnover.Ingest.Wind;

/// <summary>
/// Reads a Wind terminal export of China Customs' monthly import series by product and origin: a <c>Name</c> row of
/// series names (<c>Volume of Imports: Crude Oil: Russian Federation</c>, <c>Value of Imports: Crude Oil</c> for the
/// world total, <c>China: Value of Imports: Natural Gas(271121)</c>), then <c>Frequency</c>, <c>Unit</c>, <c>ID</c>,
/// <c>Time Period</c>, <c>Source</c>, <c>Update</c> rows, then one row per month (<c>2022-11</c> or month-end
/// <c>2023-02-28</c>), optionally after a <c>Wind</c> line and before a <c>数据来源：Wind</c> line.
/// </summary>
/// <remarks>
/// Each origin's value and volume of one product become one record of China's imports from that origin for the
/// month: the value in US dollars (<c>USD 10 th</c> × 10,000), the volume in kilograms (<c>ton</c> × 1,000,
/// <c>10000 tons</c> × 10,000,000), the product as its exact HS line (classification <c>Wind</c>). Products with no
/// exact HS line (steam, coking and anthracite coal; coal and lignite together) are skipped with the reason. A blank
/// cell is missing, never zero; a zero outside the series' Time Period is missing too; and in a zero-filled export
/// (no blank data cell anywhere: Wind writes 0 for every month not published) every zero is missing, because there 0
/// cannot be told from "not published". The records are product lines: the store never sums HS4/HS6 lines of a
/// source other than BACI into a pair's total.
/// </remarks>
public sealed class WindReader : ITradeReader
{
    private const string Footer = "数据来源";

    /// <inheritdoc />
    public string Format => "wind";

    /// <inheritdoc />
    public SourceKind Source => SourceKind.Gacc;

    /// <inheritdoc />
    public bool Recognises(FileSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var lines = HeadLines.Of(sample.Head, 3);
        var first = lines[0].TrimEnd(',');
        var nameLine = first == "Wind" && lines.Length > 1 ? lines[1] : lines[0];
        return nameLine.StartsWith("Name,", StringComparison.Ordinal) && nameLine.Contains(" of Imports:", StringComparison.Ordinal);
    }

    /// <inheritdoc />
    public IEnumerable<TradeRecord> Read(ReadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return RecordGuard.RequireAny(ReadRows(context), context);
    }

    private static IEnumerable<TradeRecord> ReadRows(ReadContext context)
    {
        context.Dataset = "Wind export of China Customs imports by product and origin (monthly)";
        context.Note = "values in USD (USD 10 th × 10,000); volumes in kg (ton × 1,000, 10000 tons × 10,000,000); HS lines assigned from Wind's product names";
        var lines = ReadLines(context);
        if (HasQuotedLineBreaks(lines, context))
        {
            yield break;
        }

        var header = WindHeader.Parse(lines, context);
        if (header is null || context.HasErrors)
        {
            yield break;
        }

        if (header.UpdatedOn is { } updated)
        {
            context.UpdatedOn = updated;
            context.Note += $"; Wind's Update row: series last updated by {updated:yyyy-MM-dd} (not when the figures were published)";
        }

        var rows = DataRows(lines, header, context);
        if (context.HasErrors)
        {
            yield break;
        }

        var zeroFilled = rows.Count > 0 && !rows.Any(r => r.Cells.Skip(1).Any(c => c.Trim().Length == 0));
        var china = context.Countries.FromCode(156);
        var groups = header.Series.GroupBy(s => (s.Product, s.Partner.Code, s.ProductName)).ToList();
        foreach (var row in rows)
        {
            context.RowsRead++;
            var amounts = new decimal?[row.Cells.Length];
            foreach (var series in header.Series)
            {
                amounts[series.Column] = Amount(row, series, zeroFilled, context);
            }

            foreach (var record in Records(row, groups, amounts, china, context))
            {
                yield return record;
            }
        }
    }

    private static IEnumerable<TradeRecord> Records(
        WindRow row, List<IGrouping<(Product?, int, string), WindSeries>> groups, decimal?[] amounts, Country china, ReadContext context)
    {
        var period = Period.Month(row.Month / 12, (row.Month % 12) + 1);
        foreach (var group in groups)
        {
            var value = Agreed(row, group.Where(s => s.Measure == WindMeasure.Value), amounts, context);
            var volume = Agreed(row, group.Where(s => s.Measure == WindMeasure.Volume), amounts, context);
            if (value is null && volume is null)
            {
                continue;
            }

            var first = group.First();
            if (first.Product is not { } product)
            {
                context.Skip($"Wind product '{first.ProductName}' ({first.Inexact}): not stored", 1);
                continue;
            }

            if (value is not { } usd)
            {
                context.Skip("a volume without a value (the store keeps values; the volume alone is not stored)", 1);
                continue;
            }

            Quantity? quantity = volume is { } kg ? Quantity.Kilograms((double)kg) : null;
            yield return new TradeRecord(china, first.Partner, Flow.Import, period, product, usd, quantity, Derivation.Reported, null, row.Line);
        }
    }

    /// <summary>The amount of duplicated columns (Wind repeats a few series): they must agree.</summary>
    private static decimal? Agreed(WindRow row, IEnumerable<WindSeries> columns, decimal?[] amounts, ReadContext context)
    {
        decimal? agreed = null;
        WindSeries? seen = null;
        foreach (var series in columns)
        {
            var amount = amounts[series.Column];
            if (seen is not null && amount != agreed)
            {
                context.Error(row.Line, series.Label(),
                    $"series '{series.Name}': '{row.Cells[series.Column].Trim()}' disagrees with '{row.Cells[seen.Column].Trim()}' in column {seen.Column + 1}, the same series");
                return null;
            }

            (agreed, seen) = (amount, series);
        }

        return agreed;
    }

    private static decimal? Amount(WindRow row, WindSeries series, bool zeroFilled, ReadContext context)
    {
        var cell = row.Cells[series.Column].AsSpan().Trim();
        if (cell.IsEmpty)
        {
            return null;
        }

        if (!TradeValues.TryScale(
            cell, '.', null, series.Factor, out var amount, out var error, inUsd: series.Measure == WindMeasure.Value,
            kind: series.Measure == WindMeasure.Value ? NumberKind.TradeValue : NumberKind.Quantity))
        {
            context.Error(row.Line, series.Label(), $"series '{series.Name}': {error}");
            return null;
        }

        if (amount == 0 && (zeroFilled || !series.Covers(row.Month)))
        {
            return null;
        }

        if (!series.Covers(row.Month))
        {
            context.Error(row.Line, series.Label(), $"series '{series.Name}': '{cell}' lies outside the series' Time Period");
            return null;
        }

        return amount;
    }

    private static List<WindRow> DataRows(List<string> lines, WindHeader header, ReadContext context)
    {
        var rows = new List<WindRow>();
        var months = new Dictionary<int, long>();
        var footer = false;
        for (var i = header.FirstDataLine - 1; i < lines.Count && !context.ShouldStop; i++)
        {
            var line = i + 1L;
            var cells = lines[i].Split(',');
            if (cells[0].StartsWith(Footer, StringComparison.Ordinal))
            {
                footer = true;
                continue;
            }

            if (cells.All(c => c.Trim().Length == 0))
            {
                continue;
            }

            // The rest is another export's header and months (or the same header again): one message, not one per row.
            if (WindHeader.IsHeaderRow(cells))
            {
                context.Error(line, string.Empty, RowShape.RepeatsHeader);
                break;
            }

            if (footer)
            {
                context.Error(line, string.Empty, $"a row after the '{Footer}：Wind' line that ends the data");
                continue;
            }

            if (cells.Length != header.Width)
            {
                context.Error(line, cells.Length < header.Width ? WindSeries.Label(cells.Length) : string.Empty,
                    $"row has {cells.Length} fields, expected {header.Width} as in the Name row (line cut short, or a comma inside a value?)");
                continue;
            }

            if (!WindSeries.TryMonth(cells[0], out var month))
            {
                context.Error(line, "Name", $"{Echo.Of(cells[0].Trim())} is not a month (YYYY-MM or YYYY-MM-DD)");
                continue;
            }

            if (!Period.TryCreate(month / 12, (month % 12) + 1, 1, out _))
            {
                context.Error(line, "Name", $"month {Echo.Of(cells[0].Trim())} is outside the years a period can hold (1900-2200)");
                continue;
            }

            if (!months.TryAdd(month, line))
            {
                context.Error(line, "Name", $"month '{cells[0].Trim()}' is already on line {months[month]}");
                continue;
            }

            rows.Add(new WindRow(line, month, cells));
        }

        // Without an end line a cut file is seen by its missing months: the rows must reach the latest month any
        // series' Time Period names; and by its last figure (RequireWholeLastFigure).
        var latest = header.Series.Max(s => s.Last);
        if (!context.HasErrors && !footer && (months.Count == 0 || months.Keys.Max() < latest))
        {
            context.Error(lines.Count, string.Empty,
                $"the rows end before {latest / 12}-{(latest % 12) + 1:D2}, the last month of the series' Time Period, and no '{Footer}：Wind' line ends the data: the file looks cut short");
        }

        if (!footer)
        {
            RequireWholeLastFigure(rows, lines.Count, header, context);
        }

        return rows;
    }

    // A last row with no line break and no end line after it may be cut inside its last figure, which still parses
    // ("552856.00 " cut to "5528": 5.5 million dollars read as 55,280). Wind's own export writes every figure padded, two
    // decimals and a space ("7814261156.00 "), and ends with its '数据来源：Wind' line: a last figure not written so
    // (or an empty one, a cut just after the comma) is a cut. An export whose figures are written as they come (CREA's
    // Russia-only file: "4142282008", no end line, no final line break) gives nothing to tell a cut figure by: there a
    // cut inside the last figure cannot be seen.
    private static void RequireWholeLastFigure(List<WindRow> rows, int lineCount, WindHeader header, ReadContext context)
    {
        if (context.HasErrors || rows.Count == 0 || rows[^1].Line != lineCount || FileEnding.EndsWithLineBreak(context.Path))
        {
            return;
        }

        var last = rows[^1];
        var final = last.Cells[^1];
        var others = rows.SelectMany(r => r.Cells.Skip(1)).Where(c => c.Length > 0).SkipLast(final.Length > 0 ? 1 : 0).ToList();
        if (others.Count == 0 || !others.All(c => c.EndsWith(' ')) || final.EndsWith(' '))
        {
            return;
        }

        var column = last.Cells.Length - 1;
        context.Error(last.Line, WindSeries.Label(column),
            $"series '{header.NameOf(column).Trim()}': the file ends inside this row's last figure ('{final}'), with no line break and no '{Footer}：Wind' line after it, "
            + "though every other figure of the export is written padded ('7814261156.00 '): the file looks cut short; download it again");
    }

    // Wind's rows are one line each and split on commas; a value a spreadsheet wrote in quotes over several lines
    // would be read as a row cut short and a row of nonsense, so it is named for what it is first.
    private static bool HasQuotedLineBreaks(List<string> lines, ReadContext context)
    {
        for (var i = 0; i < lines.Count && !context.ShouldStop; i++)
        {
            var at = i;
            if (QuotedLines.Find(lines[i], k => at + k < lines.Count ? lines[at + k] : null, ',', i + 1L) is { } lineBreak)
            {
                context.Error(lineBreak.From, lineBreak.Field == 1 ? "Name" : WindSeries.Label(lineBreak.Field - 1), RowShape.Spanning(lineBreak));
                i += (int)lineBreak.Lines - 1;
            }
        }

        return context.HasErrors;
    }

    private static List<string> ReadLines(ReadContext context)
    {
        using var text = context.OpenText();
        var lines = new List<string>();
        while (text.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }
}

/// <summary>One month's row.</summary>
internal sealed record WindRow(long Line, int Month, string[] Cells);
