using System.Text;
using nietras.SeparatedValues;
using Turnover.Core;

namespace Turnover.Ingest.Comtrade;

/// <summary>
/// Streams the delimited layouts (Comtrade+ CSV download, Comtrade+ bulk TSV, legacy CSV) with Sep, mapping
/// columns by header name. Rows may carry one trailing empty field (the Comtrade+ download ends every data row
/// with a comma); fewer fields than the header is a truncated line.
/// </summary>
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
            long line = 1;
            while (!context.ShouldStop)
            {
                var step = Next(reader, context, line);
                if (step != Step.Row)
                {
                    break;
                }

                line = reader.Current.LineNumberFrom;
                if (TryRow(reader, header, parser, context, out var record))
                {
                    yield return record;
                }
            }

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

    private static bool TryRow(SepReader reader, ComtradeHeader header, ComtradeRowParser parser, ReadContext context, out TradeRecord record)
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
        if (row.ColCount < header.FieldCount)
        {
            context.Error(line, header.Fields[row.ColCount].Trim(), ComtradeMessages.FieldCount(row.ColCount, header.FieldCount));
            return false;
        }

        for (var extra = header.FieldCount; extra < row.ColCount; extra++)
        {
            if (!row[extra].Span.IsEmpty)
            {
                context.Error(line, string.Empty, ComtradeMessages.FieldCount(row.ColCount, header.FieldCount));
                return false;
            }
        }

        return parser.TryParse(new CsvFields(row, header), line, out record);
    }
}
