namespace Turnover.Ingest;

/// <summary>
/// Gzip data that cannot be inflated, placed at the line reached. An <see cref="IOException"/> rather than
/// the <see cref="InvalidDataException"/> .NET throws, so readers that take <see cref="InvalidDataException"/> for
/// unreadable CSV text (and place it on the row they were at, which read-ahead makes the first) let it through to
/// <see cref="TradeReaders.ReadSafely"/>, which reports it with this line.
/// </summary>
internal sealed class CorruptGzipException(long line, string message, Exception inner) : IOException(message, inner)
{
    /// <summary>The 1-based line the inflated text reached before the fault.</summary>
    public long Line { get; } = line;
}
