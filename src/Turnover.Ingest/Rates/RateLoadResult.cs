namespace Turnover.Ingest.Rates;

/// <summary>
/// Monthly average exchange rates loaded from a daily-rate file, with every row or cell that was left out of
/// the averages (and why), and any defect that made the whole file unusable.
/// </summary>
public sealed class RateLoadResult
{
    internal RateLoadResult(ExchangeRateTable table, IReadOnlyList<IngestError> warnings, IReadOnlyList<IngestError> errors)
    {
        Table = table;
        Warnings = warnings;
        Errors = errors;
    }

    /// <summary>The monthly averages (empty when <see cref="Errors"/> is not empty).</summary>
    public ExchangeRateTable Table { get; }

    /// <summary>
    /// Rows and cells excluded from the averages, each with file, line, column and reason (a USD check cell that
    /// is not 1, an unreadable date, a rate that is not a positive number). The table is still usable.
    /// </summary>
    public IReadOnlyList<IngestError> Warnings { get; }

    /// <summary>Whole-file defects (missing file header, wrong delimiter, undecodable text); the table is then empty.</summary>
    public IReadOnlyList<IngestError> Errors { get; }

    /// <summary>True when the file was read; <see cref="Warnings"/> may still list excluded rows.</summary>
    public bool Succeeded => Errors.Count == 0;
}
