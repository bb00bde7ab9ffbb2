namespace Turnover.Core;

/// <summary>The descriptive facts about one trade-statistics country code.</summary>
/// <param name="Code">UN M49-based reporter code as used by UN Comtrade and BACI (842 USA, 251 France, 699 India…).</param>
/// <param name="Name">Short English name.</param>
/// <param name="FullName">Full English name.</param>
/// <param name="Iso2">ISO 3166 alpha-2, or null where the code is not an ISO country ("Other Asia, nes").</param>
/// <param name="Iso3">ISO 3166 alpha-3, or null likewise.</param>
public sealed record CountryInfo(int Code, string Name, string FullName, string? Iso2, string? Iso3);
