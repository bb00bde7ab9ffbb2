namespace Turnover.Core;

/// <summary>Direction of a reported trade flow, always from the reporter's point of view.</summary>
public enum Flow : byte
{
    /// <summary>Goods leaving the reporter for the partner (valued FOB by convention).</summary>
    Export = 1,

    /// <summary>Goods entering the reporter from the partner (valued CIF by convention).</summary>
    Import = 2,

    /// <summary>Re-export of foreign goods.</summary>
    ReExport = 3,

    /// <summary>Re-import of domestic goods.</summary>
    ReImport = 4,

    /// <summary>
    /// Exports plus imports, where the source publishes only the sum (China's customs often reports
    /// "trade turnover" alone). Never stored alongside a derivation from exports and imports of the same release.
    /// </summary>
    Turnover = 5,
}
