using System.Text;
using nietras.SeparatedValues;
using Turnover.Core;
using Turnover.Ingest.Internal;

namespace Turnover.Ingest.Comtrade;

/// <summary>
/// Streams the delimited layouts (Comtrade+ CSV download, Comtrade+ bulk TSV, legacy CSV) with Sep, mapping
/// columns by header name. Rows may carry one trailing empty field (the Comtrade+ download ends every data row
/// with a comma); fewer fields than the header is a truncated line.
/// </summary>
/// <remarks>
/// Truncation: every row must have the shape of the first data row (the header's field count, or that plus the
/// trailing empty field, never a mix), a quote left open across lines is refused, and, since every real Comtrade
/// download (CSV, bulk TSV, legacy CSV) ends each line with a line break, a last line without one is a file cut
/// short. A file with no data rows is refused.
/// </remarks>
internal static class ComtradeCsvReader
{
    private enum Step
    {
        Row,
        End,
        Failed,
    }

    public static IEnumerable<TradeRecord> Read(ReadContext context, ComtradeLayout layout, char delimiter, string firstLine)
    {
        if (delimiter is not (',' or '\t'))
        {
            context.Error(1, string.Empty, ComtradeMessages.WrongDelimiter(delimiter, firstLine));
            yield break;
        }

        if (!TryOpen(context, delimiter, out var reader))
        {
            yield break;
        }

        using (reader)
        {
            if (Next(reader, context, 0) != Step.Row)
            {
                yield break;
            }

            var header = ComtradeHeader.Create(HeaderFields(reader), layout);
            if (!HeaderIsComplete(header, context))
            {
                yield break;
            }

            var parser = new ComtradeRowParser(context, header);
            var shape = new RowShape(header.FieldCount, delimiter, trailingEmptyAllowed: true, header.Fields);
            long line = 1;
            while (!context.ShouldStop)
            {
                var step = Next(reader, context, line);
                if (step != Step.Row)
                {
                    break;
                }

                line = reader.Current.LineNumberFrom;
                if (TryRow(reader, shape, header, parser, context, out var record))
                {
                    yield return record;
                }
            }

            FileEnding.RequireFinalLineBreak(context, line, "UN Comtrade");

            context.Dataset = ComtradeDataset.Describe(layout, parser);
            context.Note = ComtradeDataset.Note(layout, context.Options.IncludeBreakdowns);
        }
    }

    private static bool TryOpen(ReadContext context, char delimiter, out SepReader reader)
    {
        reader = null!;
        StreamReader? text = null;
        try
        {
            text = ComtradeText.OpenText(context);
            reader = Sep.New(delimiter)
                .Reader(o => o with { HasHeader = false, DisableColCountCheck = true, Unescape = true, Trim = SepTrim.All })
                .From(text);
            return true;
        }
        catch (Exception ex) when (IsDataFault(ex))
        {
            text?.Dispose();
            context.Error(0, string.Empty, ComtradeMessages.Unreadable(ex.Message));
            return false;
        }
    }

    /// <summary>Advances, turning faults of the bytes themselves (corrupt gzip, undecodable text) into errors.</summary>
    private static Step Next(SepReader reader, ReadContext context, long lastLine)
    {
        try
        {
            return reader.MoveNext() ? Step.Row : Step.End;
        }
        catch (Exception ex) when (IsDataFault(ex))
        {
            context.Error(lastLine + 1, string.Empty, ComtradeMessages.Unreadable(ex.Message));
            return Step.Failed;
        }
    }

    private static bool IsDataFault(Exception ex) =>
        ex is InvalidDataException or IOException or DecoderFallbackException;

    private static string[] HeaderFields(SepReader reader)
    {
        var row = reader.Current;
        var fields = new string[row.ColCount];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = row[i].ToString();
        }

        return fields;
    }

    private static bool HeaderIsComplete(ComtradeHeader header, ReadContext context)
    {
        var text = string.Join(',', header.Fields);
        var complete = true;
        foreach (var name in header.MissingRequired())
        {
            context.Error(1, name, ComtradeMessages.MissingColumn(name, text));
            complete = false;
        }

        return complete;
    }

    private static bool TryRow(SepReader reader, RowShape shape, ComtradeHeader header, ComtradeRowParser parser, ReadContext context, out TradeRecord record)
    {
        record = default;
        var row = reader.Current;
        var line = (long)row.LineNumberFrom;
        if (row.ColCount == 1 && row.Span.Trim().IsEmpty)
        {
            // A blank line (often the last one) is not a row.
            return false;
        }

        context.RowsRead++;
        if (shape.Check(row, line) is { } fault)
        {
            context.Error(line, fault.ColumnIn(header.Fields), fault.Message);
            return false;
        }

        return parser.TryParse(new CsvFields(row, header), line, out record);
    }
}
