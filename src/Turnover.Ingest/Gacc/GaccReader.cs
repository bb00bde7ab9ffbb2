using Turnover.Core;

namespace Turnover.Ingest.Gacc;

/// <summary>
/// Reads China customs (GACC) figures in either of two CSV layouts, chosen by the first line:
/// <list type="number">
/// <item><description>
/// the news-report compilation <c>period,kind,flow,value_usd_bn,yoy_pct,source_url</c> (China–Russia 2013–2024 as
/// published by GACC and reported by news pages, one row per page): every report of a figure is reconciled into one
/// canonical value, disagreements become <see cref="Discrepancy"/> evidence, and months are derived from consecutive
/// year-to-date totals where no page reported them. The layout has no country columns: the reporter is China (156)
/// and the partner is Russia (643) by definition of the dataset;
/// </description></item>
/// <item><description>
/// a CSV rendition of GACC's monthly table "Imports and Exports by Country (Region) of Origin/Destination"
/// (see <see cref="GaccTableReader"/> for the exact layout accepted).
/// </description></item>
/// </list>
/// </summary>
public sealed class GaccReader : ITradeReader
{
    private const int China = 156;
    private const int Russia = 643;
    private readonly int _newsPartnerCode;

    /// <summary>Creates the reader; news compilations are read as China–Russia.</summary>
    public GaccReader()
        : this(Russia)
    {
    }

    /// <summary>Creates the reader for a news compilation about another partner (its trade code, e.g. 643).</summary>
    internal GaccReader(int newsPartnerCode) => _newsPartnerCode = newsPartnerCode;

    /// <inheritdoc />
    public string Format => "gacc";

    /// <inheritdoc />
    public SourceKind Source => SourceKind.Gacc;

    /// <inheritdoc />
    public bool Recognises(FileSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var first = sample.FirstLine.Trim();
        return first.StartsWith("period,kind,flow,value_usd_bn", StringComparison.OrdinalIgnoreCase)
            || GaccTableReader.LooksLikeTable(sample.Head);
    }

    /// <inheritdoc />
    public IEnumerable<TradeRecord> Read(ReadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Internal.RecordGuard.RequireAny(ReadCore(context), context);
    }

    private IEnumerable<TradeRecord> ReadCore(ReadContext context)
    {
        if (!context.Countries.TryFromCode(China, out var china) || !context.Countries.TryFromCode(_newsPartnerCode, out var partner))
        {
            context.Error(0, string.Empty, $"the country catalogue lacks China ({China}) or the partner ({_newsPartnerCode})");
            yield break;
        }

        using var text = context.OpenText();
        using var rows = SepRows.Open(text, context);
        if (rows is null)
        {
            yield break;
        }

        // Blank lines before the first are skipped, so a file of blank lines only is empty, not a title of one blank cell.
        bool more;
        while ((more = rows.MoveNext()) && rows.LineBreak is null && rows.Current.ColCount == 1 && rows.Current.Span.Trim().IsEmpty)
        {
        }

        if (!more)
        {
            if (!context.HasErrors)
            {
                context.Error(0, string.Empty, "the file is empty");
            }

            yield break;
        }

        if (rows.RefuseLineBreak(_ => string.Empty))
        {
            yield break;
        }

        var first = rows.CurrentCells();
        var firstLine = string.Join(',', first);
        IEnumerable<TradeRecord> records;
        if (NewsRowParser.LooksLikeHeader(firstLine))
        {
            records = new NewsCompilationReader(context, china, partner).Read(rows, first);
        }
        else if (GaccTableReader.LooksLikeTable(firstLine) || firstLine.StartsWith("Unit", StringComparison.OrdinalIgnoreCase))
        {
            records = new GaccTableReader(context, china).Read(rows, first);
        }
        else
        {
            context.Error(1, string.Empty,
                $"'{Shorten(firstLine)}' is neither the news header '{string.Join(',', NewsRowParser.Columns)}' nor a GACC table title ('Imports and Exports by Country (Region) …')");
            yield break;
        }

        foreach (var record in records)
        {
            yield return record;
        }
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "...");
}
