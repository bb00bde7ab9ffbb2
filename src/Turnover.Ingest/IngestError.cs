namespace Turnover.Ingest;

/// <summary>A defect in an input file, located precisely enough to fix by hand.</summary>
/// <param name="File">File name as given.</param>
/// <param name="Line">1-based line (record number for JSON/XML), 0 when the problem is the whole file.</param>
/// <param name="Column">Column or field name, empty when not applicable.</param>
/// <param name="Message">What is wrong, naming the value and the rule.</param>
public sealed record IngestError(string File, long Line, string Column, string Message)
{
    /// <inheritdoc />
    public override string ToString() =>
        Line == 0 ? $"{File}: {Message}"
        : Column.Length == 0 ? $"{File}:{Line}: {Message}"
        : $"{File}:{Line}: column '{Column}': {Message}";
}
