using Turnover.Core;
using Turnover.Store;

namespace Turnover.Application;

/// <summary>The reporter and source chosen for a pair, what they hold, and the alternatives that also have data.</summary>
/// <param name="Reporter">Whose statistics.</param>
/// <param name="Partner">The other country.</param>
/// <param name="Source">The publisher.</param>
/// <param name="Coverage">What the chosen reporter and source hold for the pair.</param>
/// <param name="Alternatives">Other reporters or sources with data for the pair.</param>
public sealed record SourceChoice(Country Reporter, Country Partner, SourceKind Source, SourceCoverage Coverage, IReadOnlyList<SourceCoverage> Alternatives)
{
    /// <summary>True when the chosen source holds full years and no single month for the pair (BACI, Comtrade annual).</summary>
    public bool AnnualOnly => Coverage.MonthsPublished == 0 && Coverage.YearsPublished > 0;
}
