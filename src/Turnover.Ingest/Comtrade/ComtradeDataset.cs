namespace Turnover.Ingest.Comtrade;

/// <summary>The release description a Comtrade file gets: layout, classifications and frequency seen.</summary>
internal static class ComtradeDataset
{
    public static string LayoutName(ComtradeLayout layout) => layout switch
    {
        ComtradeLayout.PlusCsv => "Comtrade+ CSV",
        ComtradeLayout.PlusTsv => "Comtrade+ bulk TSV",
        ComtradeLayout.PlusJson => "Comtrade+ API JSON",
        ComtradeLayout.LegacyCsv => "Comtrade legacy CSV",
        _ => "Comtrade",
    };

    /// <summary>For example <c>Comtrade+ CSV (H4+H5, annual)</c>.</summary>
    public static string Describe(ComtradeLayout layout, ComtradeRowParser? parser)
    {
        var name = LayoutName(layout);
        if (parser is null)
        {
            return name;
        }

        var parts = new List<string>(2);
        if (parser.Classifications.Count > 0)
        {
            parts.Add(string.Join('+', parser.Classifications));
        }

        var frequency = (parser.SawAnnual, parser.SawMonthly) switch
        {
            (true, true) => "annual+monthly",
            (true, false) => "annual",
            (false, true) => "monthly",
            _ => null,
        };
        if (frequency is not null)
        {
            parts.Add(frequency);
        }

        return parts.Count == 0 ? name : $"{name} ({string.Join(", ", parts)})";
    }

    public static string Note(ComtradeLayout layout, bool includeBreakdowns)
    {
        var value = layout == ComtradeLayout.LegacyCsv
            ? "Values are 'Trade Value (US$)' in US dollars as reported (imports CIF, exports FOB); commodity codes that lost a leading zero are restored (odd-length HS code: one zero in front)."
            : "Values are primaryValue in US dollars as reported (imports CIF, exports FOB).";
        var rows = includeBreakdowns
            ? " Breakdown rows (customs procedure, mode of transport, second partner) are kept apart from the totals (customsCode C00, motCode 0, partner2Code 0), which alone are summed; mode-of-supply breakdowns (mosCode not 0) are left out."
            : " Only all-inclusive rows are stored (customsCode C00, motCode 0, mosCode 0, partner2Code 0).";
        return value + " Quantities: net weight in kg where given, else the reported quantity in its own unit."
            + rows + " Partner World (0) is the all-partner total; aggregate product rows (isAggregate) are kept, so query one product level at a time.";
    }
}
