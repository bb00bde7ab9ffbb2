using System.Text;

namespace Turnover.Ingest;

/// <summary>The name and first bytes of a file, decoded leniently, for format detection.</summary>
public sealed class FileSample
{
    private const int SampleBytes = 8192;

    private FileSample(string fileName, string head)
    {
        FileName = fileName;
        Head = head;
    }

    /// <summary>File name without directory.</summary>
    public string FileName { get; }

    /// <summary>Up to the first 8 KiB as text (gzip is inflated, BOM removed).</summary>
    public string Head { get; }

    /// <summary>The first line of <see cref="Head"/>, without its line ending.</summary>
    public string FirstLine => Head.AsSpan().IndexOfAny('\r', '\n') is var i and >= 0 ? Head[..i] : Head;

    /// <summary>Reads a sample from a file on disk.</summary>
    public static FileSample Of(string path)
    {
        using var stream = TextDecoding.OpenMaybeGzip(File.OpenRead(path), path);
        var buffer = new byte[SampleBytes];
        var read = stream.ReadAtLeast(buffer, SampleBytes, throwOnEndOfStream: false);
        return FromBytes(Path.GetFileName(path), buffer.AsSpan(0, read));
    }

    /// <summary>Builds a sample from bytes already in memory (tests).</summary>
    public static FileSample FromBytes(string fileName, ReadOnlySpan<byte> bytes)
    {
        var encoding = TextDecoding.Detect(bytes, out var bomLength);
        // The sample may end inside a multi-byte character: decode leniently, detection only needs the head.
        var lenient = encoding.CodePage == Encoding.UTF8.CodePage ? Encoding.UTF8 : encoding;
        return new FileSample(fileName, lenient.GetString(bytes[bomLength..]));
    }

    /// <summary>Builds a sample from text (tests).</summary>
    public static FileSample FromText(string fileName, string text) => FromBytes(fileName, Encoding.UTF8.GetBytes(text));
}
