using Turnover.Core;

namespace Turnover.Application;

/// <summary>Neither country's own statistics of the pair are stored: there is nothing to set side by side.</summary>
/// <param name="A">One country.</param>
/// <param name="B">The other.</param>
public sealed record NoOwnStatistics(Country A, Country B) : FailureReason;
