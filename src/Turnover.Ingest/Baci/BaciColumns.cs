using nietras.SeparatedValues;
using Turnover.Ingest.Internal;

namespace Turnover.Ingest.Baci;

/// <summary>Positions of the six BACI columns, found by name so a reordered file still reads.</summary>
internal sealed class BaciColumns
{
    /// <summary>The columns in CEPII's order.</summary>
    public static readonly string[] Names = ["t", "i", "j", "k", "v", "q"];

    private BaciColumns(int[] indices, IReadOnlyList<string> header)
    {
        Header = header;
        Year = indices[0];
        Exporter = indices[1];
        Importer = indices[2];
        Product = indices[3];
        Value = indices[4];
        Quantity = indices[5];
        Count = header.Count;
    }

    /// <summary>The file's header, as written.</summary>
    public IReadOnlyList<string> Header { get; }

    public int Year { get; }

    public int Exporter { get; }

    public int Importer { get; }

    public int Product { get; }

    public int Value { get; }

    public int Quantity { get; }

    /// <summary>Number of columns in the header; every row must have as many.</summary>
    public int Count { get; }

    /// <summary>The column name at a position, for messages.</summary>
    public string NameAt(int index) =>
        index == Year ? "t" : index == Exporter ? "i" : index == Importer ? "j" : index == Product ? "k" : index == Value ? "v" : index == Quantity ? "q" : string.Empty;

    /// <summary>Finds the columns, reporting each one missing on line 1.</summary>
    public static BaciColumns? TryFind(SepReaderHeader header, ReadContext context)
    {
        var names = header.ColNames;
        if (names.Count == 0 || (names is [var only] && only.Trim().Length == 0 && BlankText.IsBlank(context)))
        {
            context.Error(1, string.Empty, "the file is empty (expected the header t,i,j,k,v,q)");
            return null;
        }

        if (names.Count == 1 && names[0].AsSpan().IndexOfAny(';', '\t', '|') >= 0)
        {
            context.Error(1, string.Empty, $"header '{names[0]}' is not comma-separated (BACI files use ',' between t,i,j,k,v,q)");
            return null;
        }

        var indices = new int[Names.Length];
        var ok = true;
        for (var n = 0; n < Names.Length; n++)
        {
            indices[n] = IndexOf(names, Names[n]);
            if (indices[n] < 0)
            {
                context.Error(1, Names[n], $"missing column '{Names[n]}' (header is '{string.Join(',', names)}', expected t,i,j,k,v,q)");
                ok = false;
            }
        }

        return ok ? new BaciColumns(indices, names) : null;
    }

    private static int IndexOf(IReadOnlyList<string> names, string wanted)
    {
        for (var i = 0; i < names.Count; i++)
        {
            // R quotes the header ("t","i",…); CEPII does not.
            if (FixedPoint.Clean(names[i]).Equals(wanted, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
