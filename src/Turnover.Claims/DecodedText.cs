namespace Turnover.Claims;

/// <summary>Text decoded from bytes, with the encoding used, or why it could not be decoded.</summary>
public sealed class DecodedText
{
    internal DecodedText(string text, string encodingName, bool detected)
    {
        Text = text;
        EncodingName = encodingName;
        Detected = detected;
    }

    internal DecodedText(string error)
    {
        Text = string.Empty;
        EncodingName = string.Empty;
        Error = error;
    }

    /// <summary>True when the bytes were decoded.</summary>
    public bool Success => Error is null;

    /// <summary>The text (empty on failure).</summary>
    public string Text { get; }

    /// <summary>The encoding's web name: <c>utf-8</c>, <c>windows-1251</c>, <c>koi8-r</c>, <c>gb18030</c>, <c>big5</c>, <c>utf-16</c>…</summary>
    public string EncodingName { get; }

    /// <summary>True when the encoding was detected rather than named by the caller.</summary>
    public bool Detected { get; }

    /// <summary>Why the bytes were refused (empty, binary, too large, undecodable), in the user's terms; null on success.</summary>
    public string? Error { get; }
}
