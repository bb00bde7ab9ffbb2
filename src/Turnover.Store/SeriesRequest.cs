using Turnover.Core;

namespace Turnover.Store;

/// <summary>Which bilateral series to read.</summary>
/// <param name="Reporter">Whose statistics.</param>
/// <param name="Partner">The counterpart.</param>
/// <param name="Source">Which publisher's figures.</param>
/// <param name="Granularity">Month, Quarter or Year.</param>
/// <param name="AsOf">Only figures public on this date (latest vintage then); null for the latest of everything.</param>
public sealed record SeriesRequest(Country Reporter, Country Partner, SourceKind Source, Granularity Granularity, DateOnly? AsOf);
