namespace Turnover.Core;

/// <summary>How a publisher values one direction of trade: what its figures include besides the goods.</summary>
public enum ValuationBasis : byte
{
    /// <summary>Not stated: whatever the file's publisher used (a mapped file).</summary>
    Unknown = 0,

    /// <summary>Free on board: the goods at the exporter's border, without international freight and insurance.</summary>
    Fob = 1,

    /// <summary>Cost, insurance and freight: the goods at the importer's border, freight and insurance included.</summary>
    Cif = 2,

    /// <summary>Customs value: the transaction price, without freight and insurance (US general imports).</summary>
    CustomsValue = 3,

    /// <summary>Free alongside ship at the exporter's port (US exports).</summary>
    Fas = 4,

    /// <summary>As each reporter declared it (UN Comtrade: usually exports FOB, imports CIF).</summary>
    AsDeclared = 5,
}
