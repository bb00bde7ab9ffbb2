using Turnover.Core;

namespace Turnover.Application;

/// <summary>A ranking among partners needs a country's trade with every partner; the store holds only some.</summary>
/// <param name="Reporter">Whose partners are ranked; null when the text does not say.</param>
/// <param name="PartnersStored">The partners of <paramref name="Reporter"/> with figures in the store (either side's), each once; empty when the reporter is unknown.</param>
public sealed record RankingNeedsEveryPartner(Country? Reporter, IReadOnlyList<Country> PartnersStored) : UnverifiableReason;
