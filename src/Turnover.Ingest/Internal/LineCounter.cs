namespace Turnover.Ingest.Internal;

/// <summary>
/// The line of a byte offset in a text read whole (JSON responses), for messages that name a line as every other
/// reader's do; offsets asked in increasing order count a file once (an offset before the last one asked counts again
/// from the start).
/// </summary>
internal sealed class LineCounter(ReadOnlyMemory<byte> text)
{
    private int _offset;
    private long _line = 1;

    /// <summary>The 1-based line holding the byte at <paramref name="offset"/>.</summary>
    public long LineAt(long offset)
    {
        var end = (int)Math.Min(offset, text.Length);
        if (end < _offset)
        {
            (_offset, _line) = (0, 1);
        }

        if (end > _offset)
        {
            _line += text.Span[_offset..end].Count((byte)'\n');
            _offset = end;
        }

        return _line;
    }
}
