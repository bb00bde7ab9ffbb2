namespace Turnover.Core;

/// <summary>The publisher family a file comes from; decides defaults such as publication lag.</summary>
public enum SourceKind : byte
{
    /// <summary>UN Comtrade (API, bulk, legacy).</summary>
    Comtrade = 1,

    /// <summary>CEPII BACI (reconciled mirror flows).</summary>
    Baci = 2,

    /// <summary>IMF trade (IMTS, legacy DOTS).</summary>
    Imf = 3,

    /// <summary>China's General Administration of Customs.</summary>
    Gacc = 4,

    /// <summary>US Census Bureau foreign-trade tables.</summary>
    UsCensus = 5,

    /// <summary>Korean Statistical Information Service.</summary>
    Kosis = 6,

    /// <summary>Any CSV read through a mapping file.</summary>
    Mapped = 7,

    /// <summary>Russia's Federal Customs Service (FCS), as its figures were stated by the service or Russian officials.</summary>
    Fcs = 8,

    /// <summary>FAO's FishStat fishery-commodity trade statistics (compiled from countries' own trade statistics).</summary>
    Fao = 9,
}
