namespace Turnover.Ingest;

/// <summary>A defect in an input file, located precisely enough to fix by hand.</summary>
/// <param name="File">File name as given.</param>
/// <param name="Line">1-based line, in JSON and XML the one the record opens on (the message then names the record or observation), 0 when the problem is the whole file.</param>
/// <param name="Column">Column or field name, empty when not applicable.</param>
/// <param name="Message">What is wrong, naming the value and the rule.</param>
/// <remarks>
/// Every part that can come from the input (a file name, a header cell, a value quoted in the message) is made
/// safe to print by <see cref="Echo"/> here, once for every reader: control characters escaped, long values cut.
/// </remarks>
public sealed record IngestError(string File, long Line, string Column, string Message)
{
    /// <summary>File name as given, control characters escaped.</summary>
    public string File { get; init; } = Echo.Controls(File);

    /// <summary>Column or field name, empty when not applicable; control characters escaped, a long name cut.</summary>
    public string Column { get; init; } = Echo.Name(Column);

    /// <summary>What is wrong, naming the value and the rule; made safe by <see cref="Echo.Message"/>.</summary>
    public string Message { get; init; } = Echo.Message(Message);

    /// <inheritdoc />
    public override string ToString() =>
        Line == 0 ? $"{File}: {Message}"
        : Column.Length == 0 ? $"{File}:{Line}: {Message}"
        : $"{File}:{Line}: column '{Column}': {Message}";
}
