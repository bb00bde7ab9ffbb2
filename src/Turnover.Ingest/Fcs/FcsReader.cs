using Turnover.Core;
using Turnover.Ingest.Gacc;
using Turnover.Ingest.Internal;

namespace Turnover.Ingest.Fcs;

/// <summary>
/// Reads the other side of Russia–China trade: figures of Russia's customs (FCS) as the service or Russian officials
/// stated them, one row per page, in the layout
/// <c>year,flow,value_usd_bn,yoy_pct,source_url,quote,coverage,attribution_confidence</c> (flow <c>turnover</c>,
/// <c>russia_exports</c> or <c>russia_imports</c>; values in billions of USD, empty for a rate-only row).
/// </summary>
/// <remarks>
/// Like the GACC news compilation, the file has no country columns: the reporter is Russia (643) and the partner
/// China (156) by definition of the dataset. Every row is kept as a <see cref="StatedFigure"/> with its quote, page,
/// span and attribution; levels become records (a full year as reported, a January-to-month span as a cumulative),
/// rates become published rates, several reports of one figure are reconciled as the compilation's are (the most
/// precise of those agreeing within rounding; a disagreement is kept as a discrepancy). A row whose span the page gave
/// only roughly ("to ~November") is kept as a statement and nothing else. The file is ingested whole or not at all.
/// </remarks>
public sealed class FcsReader : ITradeReader
{
    private const int Russia = 643;
    private const int China = 156;

    /// <inheritdoc />
    public string Format => "fcs";

    /// <inheritdoc />
    public SourceKind Source => SourceKind.Fcs;

    /// <inheritdoc />
    public bool Recognises(FileSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        return sample.FirstLine.Trim().StartsWith("year,flow,value_usd_bn,yoy_pct,source_url,quote", StringComparison.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public IEnumerable<TradeRecord> Read(ReadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return RecordGuard.RequireAny(ReadCore(context), context);
    }

    private static IEnumerable<TradeRecord> ReadCore(ReadContext context)
    {
        if (!context.Countries.TryFromCode(Russia, out var russia) || !context.Countries.TryFromCode(China, out var china))
        {
            context.Error(0, string.Empty, $"the country catalogue lacks Russia ({Russia}) or China ({China})");
            return [];
        }

        context.Dataset = "Russia's customs (FCS) figures of Russia–China goods trade as stated by the service or Russian officials";
        context.Note = "values in billions of USD × 1e9; one value per period and flow: the most precise of the reports agreeing within rounding; "
            + "every row kept with its quote, page, span and attribution";
        var rows = ReadRows(context, new StatedRowParser(context, russia, china));
        if (context.HasErrors)
        {
            return [];
        }

        foreach (var row in rows)
        {
            context.State(row.Stated);
        }

        return StatedReconciliation.Reconcile(rows, context);
    }

    private static List<StatedRow> ReadRows(ReadContext context, StatedRowParser parser)
    {
        var rows = new List<StatedRow>();
        using var text = context.OpenText();
        using var sep = SepRows.Open(text, context);
        if (sep is null)
        {
            return rows;
        }

        // Blank lines before the header are skipped, so a file of blank lines only is empty, not a header of one blank name.
        bool more;
        while ((more = sep.MoveNext()) && sep.LineBreak is null && sep.Current.ColCount == 1 && sep.Current.Span.Trim().IsEmpty)
        {
        }

        if (!more)
        {
            context.Error(0, string.Empty, "the file is empty");
            return rows;
        }

        if (!parser.CheckHeader(sep.CurrentCells()))
        {
            return rows;
        }

        var lastLine = 1L;
        while (!context.ShouldStop && sep.MoveNext())
        {
            if (sep.Current.ColCount == 1 && sep.Current.Span.Trim().IsEmpty)
            {
                continue;
            }

            context.RowsRead++;
            lastLine = sep.Line;
            if (parser.Parse(sep.Current, sep.Line) is { } row)
            {
                rows.Add(row);
            }
        }

        FileEnding.RequireFinalLineBreak(context, lastLine, "the stated-figures table");
        return rows;
    }
}
