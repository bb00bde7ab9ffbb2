using Turnover.Core;

namespace Turnover.Analytics.Targets;

/// <summary>Why a target has no verdict on a date (<see cref="TargetVerdict.NoData"/>): the facts, worded by the renderers.</summary>
public abstract record NoDataReason;

/// <summary>The reporter's series holds no figure of the measure published by the date.</summary>
/// <param name="Measure">The reporter's measure that corresponds to the target's metric.</param>
/// <param name="Partner">The other country of the series.</param>
public sealed record NoFiguresPublished(Measure Measure, Country Partner) : NoDataReason;

/// <summary>No statistics of the pair could be chosen to judge it on.</summary>
/// <param name="Explanation">Why, as the layer that chose explained it (its words: this assembly chooses no source).</param>
public sealed record NoStatisticsChosen(string Explanation) : NoDataReason
{
    /// <summary>True when nothing of the pair is stored at all: a renderer then points to what is.</summary>
    public bool NothingOfThePair { get; init; }
}
