using Turnover.Core;

namespace Turnover.Ingest.Comtrade;

/// <summary>
/// Reads UN Comtrade files in every layout Comtrade publishes, recognised by content rather than file name:
/// the Comtrade+ CSV download (comma-separated, Windows-1252, trailing comma on data rows), Comtrade+ bulk files
/// (tab-separated, usually <c>.txt.gz</c>), Comtrade+ API JSON responses, and legacy (pre-2023) Comtrade CSV.
/// </summary>
/// <remarks>
/// <para>Columns are found by header name, so column order and extra columns do not matter.</para>
/// <para>
/// Stored: goods rows with flow M, X, RM, RX (legacy 1–4), annual (freqCode A, refMonth 52) or monthly;
/// reporter and partner resolved through <see cref="IngestOptions.Countries"/> (partner 0 is World, the total over
/// partners); cmdCode TOTAL as <see cref="Product.Total"/>; primaryValue in US dollars exactly as published;
/// net weight in kg, else the quantity in its own unit.
/// </para>
/// <para>
/// Skipped with a reason: services rows, sub-flows (DX, FM, MIP…), SITC/BEC codes at levels a
/// <see cref="Product"/> cannot hold, and — unless <see cref="IngestOptions.IncludeBreakdowns"/> — breakdown rows
/// (customsCode other than C00, motCode or mosCode other than 0, partner2Code other than 0).
/// </para>
/// <para>
/// Errors: unknown country codes (named), an ISO column that contradicts the code, impossible periods, missing
/// required columns, non-numeric or negative values, truncated lines, an API error or a bulk file listing.
/// </para>
/// </remarks>
public sealed class ComtradeReader : ITradeReader
{
    /// <summary>The <c>--format</c> name: <c>comtrade</c>.</summary>
    public string Format => "comtrade";

    /// <inheritdoc />
    public SourceKind Source => SourceKind.Comtrade;

    /// <summary>True for a Comtrade+ or legacy header (with any delimiter, so a mis-delimited file gets a clear error) or a Comtrade+ API response.</summary>
    public bool Recognises(FileSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        return ComtradeSniffer.Detect(sample.Head).Layout != ComtradeLayout.Unknown;
    }

    /// <inheritdoc />
    public IEnumerable<TradeRecord> Read(ReadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Internal.RecordGuard.RequireAny(ReadRecords(context), context);
    }

    private static IEnumerable<TradeRecord> ReadRecords(ReadContext context)
    {
        // The file's own bytes decide, read leniently: FileSample's strict UTF-8 can fail on a Latin-1 file.
        if (!ComtradeText.TryReadHead(context, out var head))
        {
            return [];
        }

        var (layout, delimiter) = ComtradeSniffer.Detect(head);
        context.Dataset = ComtradeDataset.LayoutName(layout);
        switch (layout)
        {
            case ComtradeLayout.PlusJson:
                return ComtradeJsonReader.Read(context);
            case ComtradeLayout.PlusCsv or ComtradeLayout.PlusTsv or ComtradeLayout.LegacyCsv:
                return ComtradeCsvReader.Read(context, layout, delimiter, ComtradeSniffer.FirstLine(head).ToString());
            default:
                var empty = head.AsSpan().Trim("\uFEFF \t\r\n").IsEmpty;
                context.Error(empty ? 0 : 1, string.Empty, empty ? ComtradeMessages.EmptyFile : ComtradeMessages.NotComtrade);
                return [];
        }
    }
}
