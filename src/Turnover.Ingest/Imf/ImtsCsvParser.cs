using System.Text;
using nietras.SeparatedValues;
using Turnover.Core;
using Turnover.Ingest.Internal;

namespace Turnover.Ingest.Imf;

/// <summary>Streams an IMTS SDMX-CSV file, header-driven.</summary>
/// <remarks>
/// Every row has the header's field count, a quote left open across lines is refused, and the file must end with a
/// line break as the IMF's SDMX-CSV downloads do (a last observation cut inside its value would still parse).
/// </remarks>
internal static class ImtsCsvParser
{
    /// <summary>Reads the text from its header on; <paramref name="linesBefore"/> blank lines came before it.</summary>
    public static IEnumerable<TradeRecord> Read(TextReader text, ReadContext context, long linesBefore)
    {
        context.Dataset = "IMF IMTS (SDMX-CSV)";
        context.Note = ImtsXmlParser.ScaleNote;
        var headerAt = linesBefore + 1;
        var headerLine = ReadHeader(text, context, headerAt);
        var header = headerLine is null ? null : SdmxCsvHeader.TryParse(headerLine, context, headerAt);
        if (header is null)
        {
            yield break;
        }

        var mapper = new ImfObservationMapper(context, ImfDialect.Imts);
        // The header was consumed above (its delimiter decides Sep's), so Sep sees data only.
        using var reader = Sep.New(header.Separator)
            .Reader(o => o with { HasHeader = false, DisableColCountCheck = true, Unescape = true, Trim = SepTrim.All })
            .From(text);
        var lastLine = headerAt;
        var nextSepLine = 1;
        while (SepRowReading.TryMoveNext(reader, context, lastLine))
        {
            context.RowsRead++;
            // Sep numbers its first row from line 2 when it reads no header, so each row's start is taken from
            // where the previous one ended; Sep's line 1 is the header's next.
            lastLine = nextSepLine + headerAt;
            nextSepLine = reader.Current.LineNumberToExcl;
            if (TryMap(reader.Current, header, mapper, context, lastLine, out var record))
            {
                yield return record;
            }

            if (context.ShouldStop)
            {
                yield break;
            }
        }

        FileEnding.RequireFinalLineBreak(context, lastLine, "IMF SDMX-CSV");
    }

    private static bool TryMap(SepReader.Row row, SdmxCsvHeader header, ImfObservationMapper mapper, ReadContext context, long line, out TradeRecord record)
    {
        record = default;
        if (row.LineNumberToExcl - row.LineNumberFrom > 1)
        {
            var fault = new RowShape(header.Count, header.Separator).Check(row, line)!.Value;
            context.Error(line, fault.ColumnIn(header.Names), fault.Message);
            return false;
        }

        if (RowShape.IsHeader(row, header.Names))
        {
            context.Error(line, string.Empty, RowShape.RepeatsHeader);
            return false;
        }

        if (RowShape.IsEmptyQuoted(row))
        {
            context.Error(line, string.Empty, RowShape.EmptyQuoted);
            return false;
        }

        if (row.ColCount != header.Count)
        {
            var why = row.ColCount < header.Count ? " (line cut short?)" : string.Empty;
            context.Error(line, string.Empty, $"line has {row.ColCount} fields, expected {header.Count} as in the header{why}");
            return false;
        }

        var observation = new ImfObservation
        {
            Reporter = SdmxCsvHeader.Code(row[header.Reporter].Span),
            Indicator = SdmxCsvHeader.Code(row[header.Indicator].Span),
            Counterpart = SdmxCsvHeader.Code(row[header.Counterpart].Span),
            Frequency = header.Frequency < 0 ? default : SdmxCsvHeader.Code(row[header.Frequency].Span),
            TimePeriod = row[header.TimePeriod].Span,
            Value = row[header.Value].Span,
            UnitMultiplier = 0,
        };
        return mapper.TryMap(observation, line, out record);
    }

    private static string? ReadHeader(TextReader text, ReadContext context, long at)
    {
        try
        {
            var line = text.ReadLine();
            if (string.IsNullOrWhiteSpace(line))
            {
                context.Error(at, string.Empty, "the file is empty (expected an SDMX-CSV header)");
                return null;
            }

            return line;
        }
        catch (DecoderFallbackException ex)
        {
            context.Error(at, string.Empty, $"the header is not valid UTF-8 text ({ex.Message})");
            return null;
        }
    }
}
