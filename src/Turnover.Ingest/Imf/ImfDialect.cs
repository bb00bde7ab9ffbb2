namespace Turnover.Ingest.Imf;

/// <summary>
/// The field names and area-code system of one IMF layout, so that one mapper serves all three and messages use
/// the names the user sees in the file.
/// </summary>
internal sealed record ImfDialect(
    string Reporter,
    string Indicator,
    string Counterpart,
    string Frequency,
    string TimePeriod,
    string Value)
{
    /// <summary>IMTS (SDMX-CSV and SDMX-ML): ISO3 areas, G001 world, other G… groups.</summary>
    public static readonly ImfDialect Imts = new("COUNTRY", "INDICATOR", "COUNTERPART_COUNTRY", "FREQUENCY", "TIME_PERIOD", "OBS_VALUE");

    /// <summary>Legacy DOTS CompactData JSON: ISO2 areas, W00 world, coded groups (B0, F6…).</summary>
    public static readonly ImfDialect Dots = new("@REF_AREA", "@INDICATOR", "@COUNTERPART_AREA", "@FREQ", "@TIME_PERIOD", "@OBS_VALUE");
}
