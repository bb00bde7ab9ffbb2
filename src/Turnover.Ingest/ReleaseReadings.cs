using System.Security.Cryptography;
using Turnover.Core;

namespace Turnover.Ingest;

/// <summary>
/// Which inputs decide the values a file gives, and so make up its release's identity: the bytes, the format, and
/// every file or setting in <see cref="IngestOptions"/> that the format uses. A new input that changes values (a
/// release calendar, say) is one more line in <see cref="Of"/>; re-reading stored bytes with another version of it
/// then makes a new release instead of "already stored".
/// </summary>
public static class ReleaseReadings
{
    // The formats that convert currencies with IngestOptions.ExchangeRates; other formats are USD-only, so another
    // rate file does not change what they read.
    private static readonly HashSet<string> s_converting = new(StringComparer.Ordinal) { "gacc", "mapped" };

    /// <summary>The reading of a file's bytes by a format with the given options.</summary>
    /// <param name="fileName">The data file's name, shown with its hash.</param>
    /// <param name="bytesHash">Lower-case hex SHA-256 of the data file.</param>
    /// <param name="format">The reader format that reads it (after detection).</param>
    /// <param name="options">The options it is read with.</param>
    /// <exception cref="IOException">The mapping or rates file cannot be read (the caller checked it just before).</exception>
    public static ReleaseReading Of(string fileName, string bytesHash, string format, IngestOptions options)
    {
        List<ReadingComponent> components =
        [
            ReadingComponent.OfFile(ReleaseReading.BytesName, fileName, bytesHash),
            ReadingComponent.OfSetting("format", format),
        ];
        if (format == "mapped" && !string.IsNullOrWhiteSpace(options.MappingPath))
        {
            components.Add(OfFile("mapping", options.MappingPath));
        }

        if (format == "fao" && !string.IsNullOrWhiteSpace(options.QuantitiesPath))
        {
            // The quantities are part of the records: another quantity file (or none) is another reading.
            components.Add(OfFile("quantities", options.QuantitiesPath));
        }

        if (s_converting.Contains(format) && options.ExchangeRates is { ContentHash: { } ratesHash } rates)
        {
            components.Add(ReadingComponent.OfFile("rates", rates.SourceFile ?? string.Empty, ratesHash));
        }

        if (format == "gacc")
        {
            // The calendar dates every figure of a month it lists: another calendar is another reading.
            components.Add(ReadingComponent.OfFile("calendar", options.GaccCalendar.Name, options.GaccCalendar.ContentHash));
        }

        if (options.Published is { } published)
        {
            components.Add(ReadingComponent.OfSetting("published", published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (format == "comtrade" && options.IncludeBreakdowns)
        {
            components.Add(ReadingComponent.OfSetting("breakdowns", "included"));
        }

        return new ReleaseReading(components);
    }

    /// <summary>Lower-case hex SHA-256 of a file.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <remarks>
    /// Read a megabyte at a time, unbuffered: through a default stream (4 KiB reads) hashing a 330 MB BACI year took
    /// 0.45–0.8 s before its load could start, half of it in system calls.
    /// </remarks>
    public static string Sha256(string path)
    {
        const int Chunk = 1 << 20;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Chunk);
        try
        {
            int read;
            while ((read = stream.Read(buffer, 0, Chunk)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }

            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static ReadingComponent OfFile(string name, string path) => ReadingComponent.OfFile(name, Path.GetFileName(path), Sha256(path));
}
