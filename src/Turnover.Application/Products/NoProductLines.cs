using Turnover.Core;

namespace Turnover.Application;

/// <summary>No product lines of the pair are stored (from any source), or none inside the product asked for.</summary>
/// <param name="A">The first country.</param>
/// <param name="B">The second country.</param>
public sealed record NoProductLines(Country A, Country B) : FailureReason
{
    /// <summary>The HS code the lines were looked for inside; null for any line.</summary>
    public Product? Within { get; init; }
}
