namespace Turnover.Ingest.Comtrade;

/// <summary>One input row (a CSV/TSV line or a JSON record) seen through the logical columns.</summary>
internal interface IComtradeFields
{
    /// <summary>True when the row carries the column (a CSV header names it, a JSON record has the property).</summary>
    bool Has(ComtradeColumn column);

    /// <summary>The value, trimmed and unquoted; empty when absent or null.</summary>
    ReadOnlySpan<char> this[ComtradeColumn column] { get; }
}
