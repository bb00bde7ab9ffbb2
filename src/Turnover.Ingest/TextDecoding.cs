using System.IO.Compression;
using System.Text;

namespace Turnover.Ingest;

/// <summary>
/// Picks the text encoding of a trade file. Official downloads are not always UTF-8 (Comtrade+ CSVs come in
/// Windows-1252), so a file whose first bytes are not valid UTF-8 is read as Latin-1 rather than crashing
/// or producing replacement characters.
/// </summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly byte[] s_twoMarks = [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF];

    /// <summary>Detects UTF-8 (with or without BOM), UTF-16 by BOM, or falls back to Latin-1.</summary>
    public static Encoding Detect(ReadOnlySpan<byte> head, out int bomLength)
    {
        bomLength = 0;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bomLength = 3;
            return s_strictUtf8;
        }

        if (head.Length >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF)))
        {
            bomLength = 2;
            return head[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
        }

        // A multi-byte sequence may be cut at the end of the sample: validate all but the last 3 bytes.
        var probe = head.Length > 3 ? head[..^3] : head;
        return System.Text.Unicode.Utf8.IsValid(probe) ? s_strictUtf8 : Encoding.Latin1;
    }

    /// <summary>Wraps the stream in a gzip decompressor when the file is gzipped (by magic bytes, not name).</summary>
    public static Stream OpenMaybeGzip(Stream stream, string path)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanSeek)
        {
            return stream;
        }

        var gzip = StartsWithGzipMagic(stream);
        stream.Position = 0;
        return gzip ? new GZipStream(stream, CompressionMode.Decompress) : stream;
    }

    /// <summary>True when the stream's next two bytes are gzip's magic number (1F 8B); reads them.</summary>
    public static bool StartsWithGzipMagic(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Span<byte> magic = stackalloc byte[2];
        return stream.ReadAtLeast(magic, 2, throwOnEndOfStream: false) == 2 && magic[0] == 0x1F && magic[1] == 0x8B;
    }

    /// <summary>
    /// Opens a reader with the detected encoding. UTF-8 is decoded strictly so a stray Latin-1 byte later in the
    /// file surfaces as a <see cref="DecoderFallbackException"/> that readers report with the line.
    /// </summary>
    public static StreamReader OpenText(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffered = new BufferedStream(stream, 1 << 16);
        // A Latin-1 byte beyond the sniffed head surfaces as a DecoderFallbackException that readers report with its
        // line (the Comtrade reader, whose real downloads are Latin-1 after 23 KB of ASCII, decodes on its own).
        var head = new byte[4096];
        var length = buffered.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var encoding = Detect(head.AsSpan(0, length), out _);
        // A second UTF-8 byte-order mark (a tool that adds one to a file that had one) would be read as text: a first
        // header name "\uFEFFCountry" that no reader knows. The reader below removes the first; the others go here.
        var start = 0;
        while (head.AsSpan(start, length - start).StartsWith(s_twoMarks))
        {
            start += 3;
        }

        var replay = new ReplayStream(head[start..length], buffered);
        return new StreamReader(replay, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }
}
