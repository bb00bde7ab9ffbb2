using Turnover.Core;

namespace Turnover.Application;

/// <summary>The reporter asked for is neither country of the pair.</summary>
/// <param name="Reporter">The reporter asked for.</param>
/// <param name="A">The first country of the pair.</param>
/// <param name="B">The second country.</param>
public sealed record ReporterNotOfPair(Country Reporter, Country A, Country B) : FailureReason;
