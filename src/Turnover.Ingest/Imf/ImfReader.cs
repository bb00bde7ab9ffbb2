using System.Text;
using Turnover.Core;

namespace Turnover.Ingest.Imf;

/// <summary>
/// Reads IMF trade-by-partner data in three layouts, told apart by content: IMTS SDMX-CSV, IMTS SDMX-ML
/// StructureSpecificData XML (api.imf.org), and the legacy DOTS CompactData JSON (dataservices.imf.org).
/// </summary>
/// <remarks>
/// <para>
/// Indicators XG_FOB_USD / TXG_FOB_USD become exports and MG_CIF_USD / TMG_CIF_USD imports; FOB-valued imports
/// and trade balances are skipped (they would store one flow twice). The reporter (COUNTRY or @REF_AREA, ISO3 or
/// ISO2) and the counterpart resolve through the country catalogue (USA and US give 842); G001 and W00 are the
/// World total; every other group (G998, B0…) is skipped with "partner group (would double count)".
/// </para>
/// <para>
/// Units differ by layout and this is the trap: IMTS OBS_VALUE is already whole US dollars although SCALE says
/// 6, so SCALE is ignored; DOTS OBS_VALUE is scaled by @UNIT_MULT (6 = millions), which is applied. Both give
/// 2019551635133 USD for US exports to the world in 2023. Records are all-goods totals with no publication date.
/// Messages give the file's line in every layout (blank lines before the content counted), and in XML and JSON the
/// observation's number too ("observation 5: …"), which records keep as their source line.
/// </para>
/// </remarks>
public sealed class ImfReader : ITradeReader
{
    /// <summary>"imf".</summary>
    public string Format => "imf";

    /// <summary><see cref="SourceKind.Imf"/>.</summary>
    public SourceKind Source => SourceKind.Imf;

    /// <summary>True for an IMTS SDMX-CSV header, IMTS StructureSpecificData XML, or DOTS CompactData JSON.</summary>
    public bool Recognises(FileSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        // Judge by the structure the content starts with, not by words anywhere in it (a README mentions them too).
        var head = sample.Head.TrimStart();
        var first = sample.FirstLine;
        return (head.StartsWith('{') && head.Contains("CompactData", StringComparison.Ordinal) && head.Contains("@REF_AREA", StringComparison.Ordinal))
            || (head.StartsWith('<') && head.Contains("StructureSpecificData", StringComparison.Ordinal) && head.Contains("COUNTERPART_COUNTRY", StringComparison.Ordinal))
            || (first.Contains(",COUNTERPART_COUNTRY,", StringComparison.Ordinal) && first.Contains("OBS_VALUE", StringComparison.Ordinal));
    }

    /// <summary>Streams the observations as records; defects and skipped groups go to <paramref name="context"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public IEnumerable<TradeRecord> Read(ReadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Internal.RecordGuard.RequireAny(ReadFile(context), context);
    }

    private static IEnumerable<TradeRecord> ReadFile(ReadContext context)
    {
        using var text = context.OpenText();
        var first = FirstChar(text, context, out var linesBefore);
        var records = first switch
        {
            null => [],
            '<' => ImtsXmlParser.Read(text, context, linesBefore),
            '{' or '[' => DotsJsonParser.Read(text, context, linesBefore),
            _ => ImtsCsvParser.Read(text, context, linesBefore),
        };
        foreach (var record in records)
        {
            yield return record;
        }
    }

    // The blank lines skipped here are counted: the parsers number lines from where the content starts.
    private static char? FirstChar(TextReader text, ReadContext context, out long linesBefore)
    {
        linesBefore = 0;
        try
        {
            while (text.Peek() is var c and >= 0)
            {
                if (!char.IsWhiteSpace((char)c) && c != '\uFEFF')
                {
                    return (char)c;
                }

                linesBefore += c == '\n' ? 1 : 0;
                text.Read();
            }

            context.Error(0, string.Empty, "the file is empty");
            return null;
        }
        catch (DecoderFallbackException ex)
        {
            context.Error(1, string.Empty, $"the file is not valid UTF-8 text ({ex.Message})");
            return null;
        }
    }
}
