namespace Turnover.Store;

/// <summary>The file format of an export.</summary>
public enum ExportFileFormat
{
    /// <summary>Apache Parquet (typed columns, compressed): what analysis tools read fastest.</summary>
    Parquet,

    /// <summary>Comma-separated text with a header row, UTF-8.</summary>
    Csv,
}
