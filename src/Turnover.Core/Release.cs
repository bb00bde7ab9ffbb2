namespace Turnover.Core;

/// <summary>
/// One ingested file: which publication it is, its vintage and its content hash. Records keep their release,
/// so an older vintage can still be queried (<c>--as-of</c>).
/// </summary>
/// <param name="Source">Publisher family.</param>
/// <param name="Dataset">What the file is, in the publisher's words (e.g. "Comtrade+ API, HS, annual").</param>
/// <param name="FileName">The file name as given (no directory).</param>
/// <param name="ContentHash">Lower-case hex SHA-256 of the file bytes: the same file twice is one release.</param>
/// <param name="Vintage">When the publisher released this data, where known; else null and per-source lags apply.</param>
/// <param name="Note">How values were normalised (units, currency, derivations), for the evidence trail.</param>
public sealed record Release(SourceKind Source, string Dataset, string FileName, string ContentHash, DateOnly? Vintage, string Note)
{
    /// <summary>How the values were converted to US dollars; null when the file was published in US dollars.</summary>
    public CurrencyConversion? Conversion { get; init; }

    /// <summary>
    /// The day the file says its figures were last updated, where that is not when they were published (Wind's
    /// <c>Update</c> row: the latest of its series'). Unlike <see cref="Vintage"/>, the figures do not count from it: it
    /// dates only the figures that revise ones already stored, and orders two such files of one source by which is newer.
    /// Null where the file says nothing of it.
    /// </summary>
    public DateOnly? UpdatedOn { get; init; }
}
