using Turnover.Core;

namespace Turnover.Application;

/// <summary>No statistics of the pair are in the store (published by the date asked).</summary>
/// <param name="Reporter">The country whose trade the text states.</param>
/// <param name="Partner">The other country.</param>
public sealed record PairNotStored(Country Reporter, Country Partner) : UnverifiableReason;
