using Turnover.Core;

namespace Turnover.Application;

/// <summary>The reporter asked for is neither country of the pair.</summary>
/// <param name="Reporter">The reporter asked for.</param>
/// <param name="A">The first country of the pair.</param>
/// <param name="B">The second country.</param>
public sealed record ReporterNotOfPair(Country Reporter, Country A, Country B) : FailureReason
{
    /// <summary>The refusal of a request whose reporter is neither country of its pair; null when it has none or one of them.</summary>
    internal static Failure? Refusal(SourceRequest pair) =>
        pair.Reporter is { } reporter && reporter != pair.A && reporter != pair.B
            ? Failure.Because(FailureKind.BadInput, new ReporterNotOfPair(reporter, pair.A, pair.B))
            : null;
}
