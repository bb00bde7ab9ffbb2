using System.Collections.Frozen;

namespace Turnover.Ingest.Comtrade;

/// <summary>
/// Maps a header row to <see cref="ComtradeColumn"/>s by name, not position. Names are compared after dropping
/// case and everything but letters and digits, so <c>CIFValue</c>/<c>cifvalue</c>, <c>Trade Flow Code</c>/
/// <c>TradeFlow Code</c> and <c>Trade Value (US$)</c>/<c>TradeValueUS</c> all match.
/// </summary>
internal sealed class ComtradeHeader
{
    private static readonly FrozenDictionary<string, ComtradeColumn> s_aliases = new Dictionary<string, ComtradeColumn>(StringComparer.Ordinal)
    {
        // Comtrade+ (API, website download, bulk).
        ["typecode"] = ComtradeColumn.TypeCode,
        ["freqcode"] = ComtradeColumn.FreqCode,
        ["refyear"] = ComtradeColumn.RefYear,
        ["refmonth"] = ComtradeColumn.RefMonth,
        ["period"] = ComtradeColumn.Period,
        ["reportercode"] = ComtradeColumn.ReporterCode,
        ["reporteriso"] = ComtradeColumn.ReporterIso,
        ["reporterdesc"] = ComtradeColumn.ReporterDesc,
        ["flowcode"] = ComtradeColumn.FlowCode,
        ["partnercode"] = ComtradeColumn.PartnerCode,
        ["partneriso"] = ComtradeColumn.PartnerIso,
        ["partnerdesc"] = ComtradeColumn.PartnerDesc,
        ["partner2code"] = ComtradeColumn.Partner2Code,
        ["partner2desc"] = ComtradeColumn.Partner2Desc,
        ["classificationcode"] = ComtradeColumn.ClassificationCode,
        ["cmdcode"] = ComtradeColumn.CmdCode,
        ["aggrlevel"] = ComtradeColumn.AggrLevel,
        ["customscode"] = ComtradeColumn.CustomsCode,
        ["customsdesc"] = ComtradeColumn.CustomsDesc,
        ["moscode"] = ComtradeColumn.MosCode,
        ["motcode"] = ComtradeColumn.MotCode,
        ["motdesc"] = ComtradeColumn.MotDesc,
        ["qtyunitcode"] = ComtradeColumn.QtyUnitCode,
        ["qtyunitabbr"] = ComtradeColumn.QtyUnitAbbr,
        ["qty"] = ComtradeColumn.Qty,
        ["netwgt"] = ComtradeColumn.NetWgt,
        ["primaryvalue"] = ComtradeColumn.PrimaryValue,

        // Legacy Comtrade (pre-2023 API and website), including the squashed spellings some tools write.
        ["classification"] = ComtradeColumn.ClassificationCode,
        ["year"] = ComtradeColumn.RefYear,
        ["aggregatelevel"] = ComtradeColumn.AggrLevel,
        ["tradeflowcode"] = ComtradeColumn.FlowCode,
        ["reporter"] = ComtradeColumn.ReporterDesc,
        ["partner"] = ComtradeColumn.PartnerDesc,
        ["2ndpartnercode"] = ComtradeColumn.Partner2Code,
        ["2ndpartner"] = ComtradeColumn.Partner2Desc,
        ["customsproccode"] = ComtradeColumn.CustomsCode,
        ["customs"] = ComtradeColumn.CustomsDesc,
        ["modeoftransportcode"] = ComtradeColumn.MotCode,
        ["modeoftransport"] = ComtradeColumn.MotDesc,
        ["commoditycode"] = ComtradeColumn.CmdCode,
        ["qtyunit"] = ComtradeColumn.QtyUnitAbbr,
        ["netweightkg"] = ComtradeColumn.NetWgt,
        ["tradevalueus"] = ComtradeColumn.PrimaryValue,
        ["tradevalue"] = ComtradeColumn.PrimaryValue,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Columns without which a row means nothing (plus refYear or period).</summary>
    public static IReadOnlyList<ComtradeColumn> Required { get; } =
    [
        ComtradeColumn.ReporterCode, ComtradeColumn.PartnerCode, ComtradeColumn.FlowCode, ComtradeColumn.CmdCode, ComtradeColumn.PrimaryValue,
    ];

    private readonly int[] _index;
    private readonly string[] _names;

    private ComtradeHeader(int[] index, string[] names, IReadOnlyList<string> fields)
    {
        _index = index;
        _names = names;
        Fields = fields;
    }

    /// <summary>The header fields as written.</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>Number of fields in the header row.</summary>
    public int FieldCount => Fields.Count;

    /// <summary>Builds the map; the first header field naming a column wins.</summary>
    public static ComtradeHeader Create(IReadOnlyList<string> fields, ComtradeLayout layout)
    {
        var index = new int[Enum.GetValues<ComtradeColumn>().Length];
        Array.Fill(index, -1);
        var names = new string[index.Length];
        for (var column = 0; column < names.Length; column++)
        {
            names[column] = DisplayName((ComtradeColumn)column, layout);
        }

        for (var i = 0; i < fields.Count; i++)
        {
            if (s_aliases.TryGetValue(Normalise(fields[i]), out var column) && index[(int)column] < 0)
            {
                index[(int)column] = i;
                names[(int)column] = fields[i].Trim();
            }
        }

        return new ComtradeHeader(index, names, fields);
    }

    /// <summary>The field index of a column, or -1 when the file lacks it.</summary>
    public int IndexOf(ComtradeColumn column) => _index[(int)column];

    /// <summary>The column's name as the file spells it (or the layout's usual name when absent), for messages.</summary>
    public string NameOf(ComtradeColumn column) => _names[(int)column];

    /// <summary>The required columns this header lacks, by the names the layout uses.</summary>
    public IEnumerable<string> MissingRequired()
    {
        foreach (var column in Required)
        {
            if (IndexOf(column) < 0)
            {
                yield return NameOf(column);
            }
        }

        if (IndexOf(ComtradeColumn.RefYear) < 0 && IndexOf(ComtradeColumn.Period) < 0)
        {
            yield return NameOf(ComtradeColumn.RefYear);
        }
    }

    /// <summary>Lower-case letters and digits only.</summary>
    public static string Normalise(ReadOnlySpan<char> name)
    {
        Span<char> buffer = stackalloc char[Math.Min(name.Length, 128)];
        var length = 0;
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c) && length < buffer.Length)
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..length]);
    }

    /// <summary>True when the normalised name is one the Comtrade layouts use.</summary>
    public static bool IsKnown(string normalisedName) => s_aliases.ContainsKey(normalisedName);

    private static string DisplayName(ComtradeColumn column, ComtradeLayout layout) => layout == ComtradeLayout.LegacyCsv
        ? column switch
        {
            ComtradeColumn.RefYear => "Year",
            ComtradeColumn.ReporterCode => "Reporter Code",
            ComtradeColumn.PartnerCode => "Partner Code",
            ComtradeColumn.FlowCode => "Trade Flow Code",
            ComtradeColumn.CmdCode => "Commodity Code",
            ComtradeColumn.PrimaryValue => "Trade Value (US$)",
            _ => CamelName(column),
        }
        : CamelName(column);

    private static string CamelName(ComtradeColumn column)
    {
        var name = column.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
