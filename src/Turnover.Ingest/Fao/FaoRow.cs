using Turnover.Core;

namespace Turnover.Ingest.Fao;

/// <summary>One row of a FishStat file, checked: who, with whom, which commodity and flow, and the amount as given.</summary>
/// <param name="Line">The 1-based line.</param>
/// <param name="Reporter">The reporting country.</param>
/// <param name="Partner">The partner country.</param>
/// <param name="Commodity">The FAO commodity's name as the file spells it.</param>
/// <param name="Flow">Imports or exports.</param>
/// <param name="Amount">USD thousand or tonnes, as in the file.</param>
internal sealed record FaoRow(long Line, Country Reporter, Country Partner, string Commodity, Flow Flow, decimal Amount)
{
    /// <summary>What identifies the row: the same key in the value and quantity files is the same trade.</summary>
    public (int Reporter, int Partner, string Commodity, Flow Flow) Key => (Reporter.Code, Partner.Code, Commodity, Flow);
}
