using Turnover.Core;

namespace Turnover.Analytics.Targets;

/// <summary>
/// No statistics of the pair could be chosen: why (<see cref="Cause"/>) and what the store holds instead, for the
/// renderers to word (this assembly chooses no source; the layer that chose fills the facts).
/// </summary>
/// <param name="A">The first country of the pair asked for.</param>
/// <param name="B">The second country.</param>
/// <param name="AsOf">Only figures published by this date were considered; null for everything stored.</param>
/// <param name="Cause">Why none was chosen.</param>
public sealed record NoStatisticsChosen(Country A, Country B, DateOnly? AsOf, NoChoiceCause Cause) : NoDataReason
{
    /// <summary>
    /// The statistics of the pair that are stored but not those asked for (<see cref="NoChoiceCause.NoneAsAsked"/>),
    /// in the store's order; empty otherwise.
    /// </summary>
    public IReadOnlyList<StoredStatistics> Available { get; init; } = [];

    /// <summary>
    /// The product lines stored per source, too few to stand for the total (<see cref="NoChoiceCause.OnlyProductLines"/>);
    /// empty otherwise.
    /// </summary>
    public IReadOnlyList<StoredProductLines> ProductLines { get; init; } = [];

    /// <summary>True when nothing of the pair is stored at all: a renderer then points to what is.</summary>
    public bool NothingOfThePair => Cause == NoChoiceCause.NothingStored;
}
