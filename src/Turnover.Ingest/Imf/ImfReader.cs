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
/// 2019551635133 USD for US exports to the world in 2023. Records are all-goods totals with no publication date;
/// line numbers are CSV lines, or the observation's ordinal in XML and JSON.
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
        var records = FirstChar(text, context) switch
        {
            null => [],
            '<' => ImtsXmlParser.Read(text, context),
            '{' or '[' => DotsJsonParser.Read(text, context),
            _ => ImtsCsvParser.Read(text, context),
        };
        foreach (var record in records)
        {
            yield return record;
        }
    }

    private static char? FirstChar(TextReader text, ReadContext context)
    {
        try
        {
            while (text.Peek() is var c and >= 0)
            {
                if (!char.IsWhiteSpace((char)c) && c != '\uFEFF')
                {
                    return (char)c;
                }

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
