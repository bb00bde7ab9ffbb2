namespace Turnover.Ingest.Internal;

/// <summary>
/// The page a stated figure cites, kept as its evidence: a control character in it (a NUL or an escape from a damaged
/// or mis-decoded file) makes no address a page can have, and would be stored and shown as the figure's source.
/// </summary>
internal static class SourceUrl
{
    /// <summary>True when the URL holds a control character (C0 or DEL).</summary>
    public static bool HoldsControl(string url) => url.AsSpan().ContainsAnyInRange('\0', '\u001f') || url.Contains('\u007f', StringComparison.Ordinal);

    /// <summary>The message for such a URL, the character escaped.</summary>
    public static string ControlRefused(string url) => $"source URL {Echo.Of(url)} holds a control character: no page has such an address (a damaged file?)";
}
