using Turnover.Analytics;
using Turnover.Core;
using Turnover.Store;

namespace Turnover.Application;

/// <summary>One side's level of a flow over a span, with the page that stated it where the source is news-sourced.</summary>
/// <param name="ValueUsd">US dollars.</param>
/// <param name="Origin">Published, summed from months, or exports plus imports.</param>
/// <param name="Stated">The statement the level was taken from (quote, page, attribution); null for a published table.</param>
public sealed record SideFigure(decimal ValueUsd, LevelOrigin Origin, StatedFigure? Stated)
{
    /// <summary>True when an official stated it without naming the agency (<see cref="Attribution.Probable"/>).</summary>
    public bool Probable => Stated?.Attribution == Attribution.Probable;

    /// <summary>
    /// Set when the level is one its own publisher's printed rates on both sides contradict (<see cref="SuspectLevels"/>:
    /// China's customs' 2015 China–Russia $64.2 bn): a gap on it may be the figure's error, not the sides' difference.
    /// </summary>
    public SuspectLevel? Suspect { get; init; }
}
