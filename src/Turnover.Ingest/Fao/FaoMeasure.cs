namespace Turnover.Ingest.Fao;

/// <summary>What a FishStat file gives: values (USD 1000) or quantities (tonnes, net product weight).</summary>
internal enum FaoMeasure
{
    /// <summary>The <c>Value</c> column, in thousands of US dollars.</summary>
    Value,

    /// <summary>The <c>Quantity</c> column, in tonnes of net product weight.</summary>
    Quantity,
}
