namespace Turnover.Ingest;

/// <summary>Passes reads through and reports the compressed (on-disk) position, so progress bars track file bytes.</summary>
internal sealed class ProgressStream(FileStream inner, IProgress<long> progress) : Stream
{
    private long _lastReported;

    public override bool CanRead => true;

    public override bool CanSeek => inner.CanSeek;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => inner.Position = value;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        // Report at most every 1 MiB: progress callbacks are not free.
        if (inner.Position - _lastReported >= 1 << 20 || n == 0)
        {
            _lastReported = inner.Position;
            progress.Report(_lastReported);
        }

        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
