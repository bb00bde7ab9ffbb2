using System.Globalization;
using System.Text;

namespace Turnover.Ingest;

/// <summary>The name and first bytes of a file, decoded leniently, for format detection.</summary>
public sealed class FileSample
{
    private const int SampleBytes = 8192;

    private FileSample(string fileName, string head, string? problem = null)
    {
        FileName = fileName;
        Head = head;
        Problem = problem;
    }

    /// <summary>File name without directory.</summary>
    public string FileName { get; }

    /// <summary>Up to the first 8 KiB as text (gzip is inflated, BOM removed; a second one too, as a tool that adds one to a file that had one writes).</summary>
    public string Head { get; }

    /// <summary>The first line of <see cref="Head"/>, without its line ending.</summary>
    public string FirstLine => Head.AsSpan().IndexOfAny('\r', '\n') is var i and >= 0 ? Head[..i] : Head;

    /// <summary>
    /// Why the sample stops short of the file's first 8 KiB although the file goes on (corrupt gzip data, a read
    /// error), in the user's terms; null when the sample is whole.
    /// </summary>
    public string? Problem { get; }

    /// <summary>
    /// Reads a sample from a file on disk. Never throws for a fault of the file itself (see <see cref="InputFault"/>):
    /// the sample then holds what could be read and <see cref="Problem"/> says why it stops. Call it on a regular
    /// file only (see <see cref="InputFile.Problem"/>): a named pipe would block.
    /// </summary>
    public static FileSample Of(string path)
    {
        var fileName = Path.GetFileName(path);
        var buffer = new byte[SampleBytes];
        var read = 0;
        var gzip = false;
        try
        {
            using var file = File.OpenRead(path);
            using var stream = TextDecoding.OpenMaybeGzip(file, path);
            gzip = !ReferenceEquals(stream, file);
            // Read in small pieces so a fault (corrupt gzip) keeps the bytes before it for detection.
            while (read < SampleBytes && stream.Read(buffer, read, Math.Min(512, SampleBytes - read)) is var n and > 0)
            {
                read += n;
            }
        }
        catch (Exception ex) when (InputFault.Is(ex))
        {
            var sample = FromBytes(fileName, buffer.AsSpan(0, read));
            return new FileSample(fileName, sample.Head, InputFault.Describe(ex, gzip, $"byte {read.ToString("N0", CultureInfo.InvariantCulture)}"));
        }

        return FromBytes(fileName, buffer.AsSpan(0, read));
    }

    /// <summary>Builds a sample from bytes already in memory (tests).</summary>
    public static FileSample FromBytes(string fileName, ReadOnlySpan<byte> bytes)
    {
        var encoding = TextDecoding.Detect(bytes, out var bomLength);
        // The sample may end inside a multi-byte character: decode leniently, detection only needs the head.
        var lenient = encoding.CodePage == Encoding.UTF8.CodePage ? Encoding.UTF8 : encoding;
        return new FileSample(fileName, lenient.GetString(bytes[bomLength..]).TrimStart('\uFEFF'));
    }

    /// <summary>Builds a sample from text (tests).</summary>
    public static FileSample FromText(string fileName, string text) => FromBytes(fileName, Encoding.UTF8.GetBytes(text));
}
