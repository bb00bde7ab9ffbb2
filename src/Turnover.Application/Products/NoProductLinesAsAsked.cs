using Turnover.Analytics.Targets;
using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// Product lines of the pair are stored, but none of the statistics asked for (<c>--reporter</c>, <c>--source</c>,
/// <c>--flow</c>); <see cref="Available"/> lists what is.
/// </summary>
/// <param name="A">The first country.</param>
/// <param name="B">The second country.</param>
/// <param name="Reporter">The reporter asked for; null for either.</param>
/// <param name="Source">The source asked for; null for any.</param>
/// <param name="Flow">The flow asked for (exports or imports, from the reporter's side); null for both.</param>
/// <param name="Available">Each source and reporter with product lines of the pair.</param>
public sealed record NoProductLinesAsAsked(Country A, Country B, Country? Reporter, SourceKind? Source, Flow? Flow, IReadOnlyList<StoredStatistics> Available) : FailureReason;
