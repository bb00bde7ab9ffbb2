namespace Turnover.Ingest;

/// <summary>Passes reads through and reports the compressed (on-disk) position, so progress bars track file bytes.</summary>
internal sealed class ProgressStream(FileStream file, IProgress<long> progress) : Internal.ReadOnlyWrapperStream(file)
{
    private long _lastReported;

    public override bool CanSeek => Inner.CanSeek;

    public override long Length => Inner.Length;

    public override long Position
    {
        get => Inner.Position;
        set => Inner.Position = value;
    }

    public override int Read(Span<byte> buffer)
    {
        var n = Inner.Read(buffer);
        // Report at most every 1 MiB: progress callbacks are not free.
        if (Inner.Position - _lastReported >= 1 << 20 || n == 0)
        {
            _lastReported = Inner.Position;
            progress.Report(_lastReported);
        }

        return n;
    }

    public override long Seek(long offset, SeekOrigin origin) => Inner.Seek(offset, origin);
}
