namespace Turnover.Ingest.Gacc;

/// <summary>
/// Rows of GACC's country table that are sums of other rows: continents (written with a trailing colon, "Asia:"),
/// blocs and initiatives. Keeping them would double count.
/// </summary>
internal static class PartnerGroups
{
    private static readonly HashSet<string> s_names = new(StringComparer.OrdinalIgnoreCase)
    {
        "Asia", "Africa", "Europe", "Latin America", "North America", "Oceania", "Oceania and Pacific Islands",
        "European Union", "EU", "ASEAN", "APEC", "RCEP", "Belt and Road", "Countries along the Belt and Road",
        "Gulf Cooperation Council", "GCC", "Middle East", "Central Asia", "Other", "Others",
    };

    /// <summary>True for a subtotal row (trailing colon, as GACC marks them) or a known group name.</summary>
    public static bool IsGroup(string label)
    {
        var trimmed = label.Trim();
        return trimmed.EndsWith(':') || trimmed.EndsWith('：') || s_names.Contains(trimmed);
    }

    /// <summary>True for the all-partners row.</summary>
    public static bool IsTotal(string label) =>
        label.Trim().Equals("TOTAL", StringComparison.OrdinalIgnoreCase) || label.Trim().Equals("Total", StringComparison.Ordinal);
}
