using System.Buffers.Binary;
using System.Globalization;

namespace Turnover.Ingest;

/// <summary>
/// Passes the decoded bytes of an input file through, counting them and their line breaks, so a fault found while
/// reading (corrupt gzip, a line too long, an I/O error) can be placed at the line reached. For gzip it also checks
/// the end: .NET's <see cref="System.IO.Compression.GZipStream"/> ends quietly when the compressed data is cut
/// short, so at the end the inflated size is compared with the size the gzip trailer promises, and a mismatch is
/// kept in <see cref="Truncation"/> for whoever finishes the read (the end is reported after the rows before it,
/// not thrown at a reader that reads ahead and would place it on its first row).
/// </summary>
/// <remarks>
/// Counting <c>\n</c> bytes gives the line in UTF-8 and Latin-1; in UTF-16 it may over-count (a character such as
/// U+010A holds the byte), which only makes a reported line later, never hides a fault. A gzip file of several
/// members (as <c>bgzip</c> writes) has the last member's size in its trailer and is refused as cut short: trade
/// publishers ship single-member gzip.
/// </remarks>
internal sealed class CountingStream(Stream decoded, FileStream file, bool gzip) : Internal.ReadOnlyWrapperStream(decoded)
{
    private const int GzipStep = 4096;

    private bool _endChecked;

    /// <summary>Decoded bytes passed through so far.</summary>
    public long Bytes { get; private set; }

    /// <summary>Line breaks (<c>\n</c>) passed through so far; the line reached is one more.</summary>
    public long LineBreaks { get; private set; }

    /// <summary>Where in the file on disk the last read got to (compressed bytes for gzip).</summary>
    public long FileOffset { get; private set; }

    /// <summary>The size of the file on disk.</summary>
    public long FileLength { get; } = file.CanSeek ? file.Length : 0;

    /// <summary>True when the file is gzip-compressed.</summary>
    public bool Gzip => gzip;

    /// <summary>Why the gzip data ended before its end, once the end was read; null otherwise.</summary>
    public string? Truncation { get; private set; }

    public override long Position
    {
        get => Bytes;
        set => throw new NotSupportedException();
    }

    public override int Read(Span<byte> buffer)
    {
        int n;
        try
        {
            // Inflate in small steps so a corrupt block loses at most this much text before it: the line reached
            // (what was delivered) is then close to the fault.
            n = Inner.Read(gzip && buffer.Length > GzipStep ? buffer[..GzipStep] : buffer);
        }
        catch (InvalidDataException ex) when (gzip)
        {
            FileOffset = file.Position;
            throw new CorruptGzipException(LineBreaks + 1, string.Create(
                CultureInfo.InvariantCulture,
                $"the gzip data is corrupt: it cannot be inflated past line {LineBreaks + 1:N0} (near compressed byte {FileOffset:N0} of {FileLength:N0}: {ex.Message})"), ex);
        }
        finally
        {
            // Taken here, while the file is open: by the time a fault is reported the reader has disposed it.
            FileOffset = file.CanSeek ? file.Position : 0;
        }

        Bytes += n;
        LineBreaks += buffer[..n].Count((byte)'\n');
        if (n == 0 && buffer.Length > 0 && gzip && !_endChecked)
        {
            _endChecked = true;
            Truncation = CheckGzipEnd();
        }

        return n;
    }

    /// <summary>Null when the inflated size is the trailer's (ISIZE, RFC 1952), otherwise what is wrong.</summary>
    private string? CheckGzipEnd()
    {
        if (FileLength < 18)
        {
            return "the gzip data is shorter than a gzip header and trailer; the file is cut short";
        }

        Span<byte> trailer = stackalloc byte[4];
        RandomAccess.Read(file.SafeFileHandle, trailer, FileLength - 4);
        var promised = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        var inflated = unchecked((uint)Bytes);
        return promised == inflated
            ? null
            : string.Create(
                CultureInfo.InvariantCulture,
                $"the gzip data ends early, in or after this line: {Bytes:N0} bytes inflated where its trailer promises {promised:N0}; the file is cut short");
    }
}
