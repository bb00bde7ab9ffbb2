using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;

namespace Turnover.Ingest.Internal;

/// <summary>
/// Checks that a gzip input is whole. .NET's <see cref="GZipStream"/> ends quietly at the end of a cut file (half a
/// file inflates to half its text, with no exception), so the inflated length is compared with the length the gzip
/// trailer announces (its last four bytes, modulo 2^32).
/// </summary>
/// <remarks>
/// A file of several gzip members announces only its last member's length; every real download read here (the
/// Comtrade bulk files) is one member, so a mismatch is reported as a cut. A corrupt stream that does not inflate
/// is left to the read, which reports it.
/// </remarks>
internal static class GzipTrailer
{
    /// <summary>The problem with a gzip file's length, or null when it is whole or not gzip at all.</summary>
    public static string? Problem(string path)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            Span<byte> head = stackalloc byte[2];
            if (file.ReadAtLeast(head, 2, throwOnEndOfStream: false) != 2 || head[0] != 0x1F || head[1] != 0x8B)
            {
                return null;
            }

            // 10-byte header and 8-byte trailer at the least.
            if (file.Length < 18)
            {
                return "the gzip file is cut short (shorter than a gzip header and trailer); download it again";
            }

            Span<byte> trailer = stackalloc byte[4];
            file.Position = file.Length - 4;
            file.ReadExactly(trailer);
            var announced = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
            file.Position = 0;
            using var inflated = new GZipStream(file, CompressionMode.Decompress);
            var buffer = new byte[1 << 16];
            long length = 0;
            int read;
            while ((read = inflated.Read(buffer)) > 0)
            {
                length += read;
            }

            return unchecked((uint)length) == announced
                ? null
                : string.Create(CultureInfo.InvariantCulture, $"the gzip file is cut short: it inflates to {length:N0} bytes, but its trailer announces {announced:N0}; download it again");
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
