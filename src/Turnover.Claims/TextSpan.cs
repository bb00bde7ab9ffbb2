namespace Turnover.Claims;

/// <summary>A run of characters in the text that was read: <see cref="Start"/> is 0-based, the end is exclusive.</summary>
/// <param name="Start">Index of the first character (UTF-16 code units, 0-based).</param>
/// <param name="Length">Number of characters.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>Index just past the last character.</summary>
    public int End => Start + Length;
}
