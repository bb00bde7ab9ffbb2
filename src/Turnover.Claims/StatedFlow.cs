namespace Turnover.Claims;

/// <summary>
/// The trade flow a text names, from the point of view of the claim's reporter: its exports to the partner, its
/// imports from the partner, or the turnover (exports plus imports) between the two.
/// </summary>
public enum StatedFlow : byte
{
    /// <summary>Exports plus imports between the two countries ("bilateral trade", "товарооборот", "贸易额").</summary>
    Turnover = 1,

    /// <summary>The reporter's exports to the partner.</summary>
    Exports = 2,

    /// <summary>The reporter's imports from the partner.</summary>
    Imports = 3,
}
