namespace Turnover.Claims;

/// <summary>
/// The trade flow a text names, from the point of view of the claim's reporter: its exports to the partner, its
/// imports from the partner, the turnover (exports plus imports) between the two, or the reporter's surplus or
/// deficit with the partner.
/// </summary>
public enum StatedFlow : byte
{
    /// <summary>Exports plus imports between the two countries ("bilateral trade", "товарооборот", "贸易额").</summary>
    Turnover = 1,

    /// <summary>The reporter's exports to the partner.</summary>
    Exports = 2,

    /// <summary>The reporter's imports from the partner.</summary>
    Imports = 3,

    /// <summary>The reporter's exports to the partner less its imports from it ("China's trade surplus with the U.S.", "профицит России", "中方顺差").</summary>
    Surplus = 4,

    /// <summary>The reporter's imports from the partner less its exports to it ("the U.S. trade deficit with China", "дефицит США", "美国对华贸易逆差").</summary>
    Deficit = 5,
}
