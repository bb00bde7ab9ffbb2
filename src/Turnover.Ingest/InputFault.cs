using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Xml;
using nietras.SeparatedValues;

namespace Turnover.Ingest;

/// <summary>
/// Tells faults of the input itself (bytes that are not what they claim to be, or that cannot be read) from
/// programming errors, and says what they mean in the user's terms.
/// </summary>
/// <remarks>
/// Only these types count as faults of the input: <see cref="InvalidDataException"/> (corrupt or cut gzip, text
/// Sep cannot read), <see cref="DecoderFallbackException"/> (text not valid in its encoding),
/// <see cref="IOException"/> (the disk or file failed mid-read), <see cref="UnauthorizedAccessException"/>
/// (permission), <see cref="JsonException"/> and <see cref="XmlException"/> (malformed documents), and
/// <see cref="NotSupportedException"/> thrown by Sep itself (a row over its 16 MiB limit), and an
/// <see cref="ArgumentException"/> thrown while Sep reads a header row (a column name twice). Everything else, such as
/// a <see cref="NullReferenceException"/> or an <see cref="ArgumentException"/> from our own code, is a bug and is
/// left to surface.
/// </remarks>
public static class InputFault
{
    private static readonly Assembly s_sep = typeof(Sep).Assembly;

    /// <summary>True when <paramref name="exception"/> is a fault of the input rather than a bug.</summary>
    public static bool Is(Exception exception) => exception switch
    {
        InvalidDataException or DecoderFallbackException or IOException or UnauthorizedAccessException
            or JsonException or XmlException => true,
        NotSupportedException e => e.TargetSite?.DeclaringType?.Assembly == s_sep,
        ArgumentException e => IsSepHeader(e),
        _ => false,
    };

    /// <summary>What the fault means, in the user's terms (the file and line are added by the caller).</summary>
    /// <param name="exception">A fault for which <see cref="Is"/> is true.</param>
    /// <param name="gzip">True when the file is gzip-compressed (a corrupt stream then means corrupt gzip).</param>
    /// <param name="place">Where reading got to, as the message says it ("this line", "byte 8,192").</param>
    public static string Describe(Exception exception, bool gzip, string place = "this line")
    {
        ArgumentNullException.ThrowIfNull(exception);
        var detail = exception.Message;
        return exception switch
        {
            CorruptGzipException => detail,
            InvalidDataException when gzip => $"the gzip data is corrupt: it cannot be inflated past {place} ({detail})",
            InvalidDataException => $"the text is not readable as a table from {place} on ({detail})",
            DecoderFallbackException => $"the text is not valid UTF-8 at or before {place}; save the file as UTF-8 ({detail})",
            UnauthorizedAccessException => $"permission denied while reading ({detail})",
            JsonException => $"the file is not valid JSON ({detail})",
            XmlException => $"the file is not valid XML ({detail})",
            ArgumentException => $"the header row cannot be used: {detail} (every column needs its own name)",
            NotSupportedException => string.Create(
                CultureInfo.InvariantCulture,
                $"a row reaching {place} is longer than {SepMaxChars:N0} characters, the most a row may hold (a line that long, or a quote never closed)"),
            _ => $"the file could not be read past {place} ({detail})",
        };
    }

    // Sep checks the header row while opening a reader ("Col name 'j' found 2 times … in header row …", thrown by a
    // hidden throw helper of Sep's); its other argument checks are ours to get right, so they stay bugs.
    private static bool IsSepHeader(ArgumentException exception) =>
        exception.TargetSite?.DeclaringType?.Assembly == s_sep && exception.Message.Contains("header", StringComparison.OrdinalIgnoreCase);

    /// <summary>Sep's limit on the length of a row (and of its buffer), in characters.</summary>
    internal const int SepMaxChars = 16 * 1024 * 1024;
}
