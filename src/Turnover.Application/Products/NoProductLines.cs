using Turnover.Core;

namespace Turnover.Application;

/// <summary>No product lines of the pair are stored (from any source).</summary>
/// <param name="A">The first country.</param>
/// <param name="B">The second country.</param>
public sealed record NoProductLines(Country A, Country B) : FailureReason;
