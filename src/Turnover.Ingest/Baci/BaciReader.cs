using System.Text;
using nietras.SeparatedValues;
using Turnover.Core;
using Turnover.Ingest.Internal;

namespace Turnover.Ingest.Baci;

/// <summary>
/// Reads CEPII BACI files (<c>t,i,j,k,v,q</c>): year, exporter and importer as BACI country codes (842 USA,
/// 251 France, 699 India — not ISO numerics), HS6 product, value in thousands of current US dollars, and quantity
/// in metric tonnes.
/// </summary>
/// <remarks>
/// <para>
/// BACI is a reconciled mirror dataset: CEPII combines the exporter's and the importer's declarations into one
/// FOB value per flow. Each row is stored as exporter <c>i</c>'s <see cref="Flow.Export"/> to <c>j</c>, but the
/// value is BACI's reconciled estimate, not what <c>i</c> itself declared; compare it with national figures as a
/// separate source, never as the reporter's own statement.
/// </para>
/// <para>
/// BACI has HS6 lines only, no all-goods rows: the store sums a pair's lines into its totals (the coarsest level
/// present, published totals first; <c>Sql/schema.sql</c>, <c>visible_totals</c>). Because the dataset is reconciled
/// (<see cref="SourceKinds.IsReconciled"/>), a pair (A, B) reads A's exports from the rows i=A, j=B and A's imports
/// from the rows i=B, j=A (BACI's FOB value of B's exports to A, so imports here are FOB, not the CIF a customs
/// office records), and BACI is listed once per pair, never as "A's statistics" and "B's statistics" that could be
/// compared with each other. A direction with no row stays missing, not zero: an excerpt lacks rows that the full
/// file may have.
/// </para>
/// <para>
/// Values become whole dollars exactly (v × 1000, decimal) and quantities kilograms (q × 1000); an empty or
/// <c>NA</c> quantity means none was declared. The HS edition and the release come from CEPII's file name
/// (<c>BACI_HS92_Y2021_V202301.csv</c>); a renamed file is read with an unknown edition.
/// Written for ten-million-row files: rows are parsed from spans without per-row allocation.
/// </para>
/// <para>
/// Defects refused: a row with more or fewer fields than the header, a quote left open across lines, a last line
/// without its line break (CEPII's files and their R re-writes end every line with one, so a value cut to fewer
/// digits is caught), a file with no data rows, a product that is not an HS6 code (chapter 00 or 77, heading 00, a
/// heading chapters 01–09 do not have, or a 5-digit code in a file that keeps leading zeros), and a value that is
/// NaN, Infinity, negative or above <see cref="UsdCeiling.Max"/> once multiplied by 1000.
/// </para>
/// </remarks>
public sealed class BaciReader : ITradeReader
{
    /// <summary>"baci".</summary>
    public string Format => "baci";

    /// <summary><see cref="SourceKind.Baci"/>.</summary>
    public SourceKind Source => SourceKind.Baci;

    /// <summary>True for CEPII's file name, or a first line that is the BACI header (quoted or not).</summary>
    public bool Recognises(FileSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        if (BaciFileName.TryParse(sample.FileName) is not null)
        {
            return true;
        }

        var header = sample.FirstLine.TrimStart('\uFEFF').Replace("\"", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        return header.Equals("t,i,j,k,v,q", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Streams the file's rows as exports of <c>i</c> to <c>j</c>; defects go to <paramref name="context"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public IEnumerable<TradeRecord> Read(ReadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ReadRows(context);
    }

    private static IEnumerable<TradeRecord> ReadRows(ReadContext context)
    {
        var name = BaciFileName.TryParse(context.FileName);
        Describe(context, name);
        using var text = context.OpenText();
        using var reader = Open(text, context);
        var columns = reader is null ? null : BaciColumns.TryFind(reader.Header, context);
        if (reader is null || columns is null)
        {
            RecordGuard.RequireAny(false, context);
            yield break;
        }

        var parser = new BaciRowParser(context, columns, name?.Classification, name?.Year);
        var lastLine = 1L;
        var any = false;
        while (SepRowReading.TryMoveNext(reader, context, lastLine))
        {
            context.RowsRead++;
            lastLine = reader.Current.LineNumberFrom;
            if (parser.TryParse(reader.Current, out var record))
            {
                any = true;
                yield return record;
            }

            if (context.ShouldStop)
            {
                RecordGuard.RequireAny(any, context);
                yield break;
            }
        }

        FileEnding.RequireFinalLineBreak(context, lastLine, "CEPII BACI");
        // Here rather than around the stream (RecordGuard's iterator): one copy of each record less.
        RecordGuard.RequireAny(any, context);
    }

    private static void Describe(ReadContext context, BaciFileName? name)
    {
        const string note = "BACI reconciled mirror values (CEPII's estimate from both declarations, FOB), stored as exporter i's exports to j; "
            + "value = v × 1000 (v in thousands of current USD); quantity = q × 1000 kg (q in metric tonnes), none where q is empty or NA";
        if (name is null)
        {
            context.Dataset = "BACI (version unknown)";
            context.Note = note + "; HS edition and release unknown: the file name does not follow CEPII's BACI_HSxx_Yyyyy_Vyyyymm.csv";
            return;
        }

        context.Dataset = $"CEPII BACI {name.Classification} {name.Release}";
        context.Vintage = name.ReleaseMonth;
        context.Note = note + $"; products in {name.Classification}; release {name.ReleaseMonth:yyyy-MM} from the file name";
    }

    private static SepReader? Open(TextReader text, ReadContext context)
    {
        try
        {
            // Quotes and padding are stripped by the row parser only where present, cheaper than Sep's
            // Unescape + Trim on every column; DisableColCountCheck lets a cut-short line become an error, not a throw.
            return Sep.New(',').Reader(o => o with { HasHeader = true, DisableColCountCheck = true }).From(text);
        }
        catch (DecoderFallbackException ex)
        {
            context.Error(1, string.Empty, $"the header is not valid UTF-8 text ({ex.Message})");
            return null;
        }
    }
}
