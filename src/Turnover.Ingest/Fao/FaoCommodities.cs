namespace Turnover.Ingest.Fao;

/// <summary>
/// The HS line that is exactly an FAO commodity, where there is one. FAO's commodity list (ISSCFC) is linked to the
/// HS but not one to one: most commodities are a part of an HS line ("Fish nei, prepared or preserved, not minced") or
/// span several, and those have none here. An entry is listed only where the HS 2017 subheading's text
/// (data/reference/baci_product_codes.csv) names the same goods in the same state.
/// </summary>
public static class FaoCommodities
{
    private static readonly Dictionary<string, int> s_exactHs6 = new(StringComparer.Ordinal)
    {
        // 030475 "Fish fillets: frozen, Alaska pollack (Theragra chalcogramma)"
        ["Alaska pollock fillets, frozen"] = 030475,
    };

    /// <summary>The HS 2017 subheading (6 digits) that is exactly the commodity, or null when none is.</summary>
    public static int? ExactHs6(string commodity) => s_exactHs6.TryGetValue(commodity, out var code) ? code : null;
}
