using System.Text.RegularExpressions;
using Turnover.Core;
using Turnover.Ingest.Internal;

namespace Turnover.Ingest.Fao;

/// <summary>
/// Reads FAO FishStat's trade by partner and commodity (<c>Reporting country (Name),Country,Commodity (Name),Trade flow
/// (Name),Unit (Name),Unit,Value</c>): a year's imports or exports of one reporter by partner and FAO commodity, values in
/// USD thousand. FishStat exports the tonnes of the same rows as a second file ending in <c>Quantity</c>; name it with
/// <see cref="IngestOptions.QuantitiesPath"/> (<c>--quantities</c>) and its tonnes become the records' quantities.
/// </summary>
/// <remarks>
/// <para>Pairing: the value file is the release and the quantity file one of its inputs (a component of the release's
/// reading), because the store keeps values and a quantity alone is not a record. Both files must hold the same
/// rows (reporter, partner, commodity, flow), in any order; a row of one without the other is refused with its file and
/// line, and so is any fault of the quantity file (corrupt or cut gzip included). A quantity file given as the file to read
/// is refused, naming the option.</para>
/// <para>Products stay FAO commodities (<see cref="Product.Commodity"/>, classification FAO), known by their names:
/// FAO's commodity list (ISSCFC) is not the HS, so they are never summed into HS chapters. <see cref="FaoCommodities"/>
/// gives the HS line where one is exactly the same goods. The file states no year: it is taken from the file's name
/// (<c>…_2019_…</c>), and a name without exactly one year is refused. A row whose partner is the reporter itself
/// (China's imports from China: re-imports) is skipped with the reason. Values × 1,000 in USD; tonnes × 1,000 in kg.</para>
/// <para>FishStat's files end without a line break, so a last row cut short inside its number cannot be seen in the
/// value file alone; with the quantity file, a row lost at the end of either is.</para>
/// </remarks>
public sealed partial class FaoReader : ITradeReader
{
    /// <summary>The classification FAO commodity lines carry.</summary>
    public const string Classification = "FAO";

    /// <inheritdoc />
    public string Format => "fao";

    /// <inheritdoc />
    public SourceKind Source => SourceKind.Fao;

    /// <inheritdoc />
    public bool Recognises(FileSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        return sample.FirstLine.StartsWith(string.Join(",", FaoTable.Leading) + ",", StringComparison.Ordinal);
    }

    /// <inheritdoc />
    public IEnumerable<TradeRecord> Read(ReadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return RecordGuard.RequireAny(ReadCore(context), context);
    }

    /// <summary>The year a FishStat file's name states (<c>…_2019_…</c>), or null when it states none or several.</summary>
    public static int? YearOfFileName(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var years = YearToken().Matches(Path.GetFileNameWithoutExtension(fileName.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? fileName[..^3] : fileName))
            .Select(m => int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture))
            .Where(y => y is >= 1976 and <= 2200)
            .Distinct()
            .ToList();
        return years.Count == 1 ? years[0] : null;
    }

    private static IEnumerable<TradeRecord> ReadCore(ReadContext context)
    {
        if (YearOfFileName(context.FileName) is not { } year)
        {
            context.Error(0, string.Empty,
                "a FishStat export does not state its year: name the file with exactly one year (e.g. fao_china_imports_by_partner_value_2019.csv)");
            return [];
        }

        var quantitiesPath = context.Options.QuantitiesPath;
        context.Dataset = $"FAO FishStat: trade by partner and FAO commodity, {year}";
        context.Note = "values in USD thousand × 1,000; products are FAO commodities (by name, not HS codes); "
            + (string.IsNullOrWhiteSpace(quantitiesPath)
                ? "no quantity file given: values only"
                : $"quantities from {Path.GetFileName(quantitiesPath)} in tonnes of net product weight × 1,000 (kg)");
        List<FaoRow> values;
        using (var text = context.OpenText())
        {
            values = FaoTable.Read(text, context.FileName, FaoMeasure.Value, context.Countries, context.Error, context.Options.MaxErrors, () => context.RowsRead++);
        }

        var quantities = string.IsNullOrWhiteSpace(quantitiesPath) ? null : Quantities(quantitiesPath, values, context);
        if (context.HasErrors)
        {
            return [];
        }

        return Records(values, quantities, Period.OfYear(year), context);
    }

    private static IEnumerable<TradeRecord> Records(List<FaoRow> values, Dictionary<(int, int, string, Flow), FaoRow>? quantities, Period period, ReadContext context)
    {
        foreach (var row in values)
        {
            if (row.Partner == row.Reporter)
            {
                context.Skip("partner is the reporter itself (re-imports of its own goods): not trade between two countries");
                continue;
            }

            Quantity? quantity = quantities is null ? null : Quantity.Kilograms((double)(quantities[row.Key].Amount * 1000m));
            var product = Product.Commodity(row.Commodity, Classification);
            yield return new TradeRecord(row.Reporter, row.Partner, row.Flow, period, product, row.Amount * 1000m, quantity, Derivation.Reported, null, row.Line);
        }
    }

    /// <summary>The quantity file's rows by key, checked against the value file's: the same rows, no more, no fewer.</summary>
    private static Dictionary<(int, int, string, Flow), FaoRow>? Quantities(string path, List<FaoRow> values, ReadContext context)
    {
        var name = Path.GetFileName(path);
        if (InputFile.Problem(path) is { } problem)
        {
            context.ErrorIn(name, 0, string.Empty, $"the quantity file: {problem}");
            return null;
        }

        var rows = ReadQuantities(path, name, context);
        if (rows is null || context.HasErrors)
        {
            return null;
        }

        var byKey = rows.ToDictionary(r => r.Key);
        foreach (var value in values.Where(v => !byKey.ContainsKey(v.Key)))
        {
            context.Error(value.Line, FaoTable.CommodityColumn,
                $"'{value.Commodity}' from {value.Partner.Name} has no row in the quantity file {name}: the two files are not one release (or one is cut short)");
        }

        var valueKeys = values.Select(v => v.Key).ToHashSet();
        foreach (var quantity in rows.Where(q => !valueKeys.Contains(q.Key)))
        {
            context.ErrorIn(name, quantity.Line, FaoTable.CommodityColumn,
                $"'{quantity.Commodity}' from {quantity.Partner.Name} has no row in the value file {context.FileName}: the two files are not one release (or one is cut short)");
        }

        return byKey;
    }

    /// <summary>
    /// The quantity file's rows; null when it cannot be read whole. A fault while reading it (corrupt or cut gzip, a
    /// row over the length limit, an I/O error) is reported with the quantity file's own name and line: left to
    /// <see cref="TradeReaders.ReadSafely"/>, it would be put on the value file, at the value file's last line.
    /// </summary>
    private static List<FaoRow>? ReadQuantities(string path, string name, ReadContext context)
    {
        CountingStream? stream = null;
        try
        {
            stream = ReadContext.OpenCompanion(path);
            List<FaoRow> rows;
            using (var text = TextDecoding.OpenText(stream))
            {
                rows = FaoTable.Read(
                    text, name, FaoMeasure.Quantity, context.Countries, (line, column, message) => context.ErrorIn(name, line, column, message), context.Options.MaxErrors);
            }

            // Gzip cut short inflates quietly to its end: the end is checked against the trailer once it was read.
            if (stream.Truncation is { } truncation)
            {
                context.ErrorIn(name, stream.LineBreaks + 1, string.Empty, $"the quantity file: {truncation}");
                return null;
            }

            return rows;
        }
        catch (Exception ex) when (InputFault.Is(ex))
        {
            var (line, message) = TradeReaders.Locate(ex, stream);
            context.ErrorIn(name, line, string.Empty, $"the quantity file: {message}");
            return null;
        }
    }

    // A year standing alone between separators: "…_value_2019_raw", "fao-2019.csv".
    [GeneratedRegex(@"(?:^|[_\-. ])((?:19|2[0-2])\d\d)(?=$|[_\-. ])")]
    private static partial Regex YearToken();
}
