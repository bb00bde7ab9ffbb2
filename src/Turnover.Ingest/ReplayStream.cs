namespace Turnover.Ingest;

/// <summary>A forward-only stream that yields a sniffed prefix again before the rest of the inner stream.</summary>
internal sealed class ReplayStream(byte[] prefix, Stream rest) : Internal.ReadOnlyWrapperStream(rest)
{
    private int _prefixPosition;

    public override int Read(Span<byte> buffer)
    {
        if (_prefixPosition < prefix.Length)
        {
            var n = Math.Min(buffer.Length, prefix.Length - _prefixPosition);
            prefix.AsSpan(_prefixPosition, n).CopyTo(buffer);
            _prefixPosition += n;
            return n;
        }

        return Inner.Read(buffer);
    }
}
