using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// A growth rate one side stated without a level, shown as published beside the other side's published rate for the
/// same span; a rate over an approximate span is comparable with nothing.
/// </summary>
/// <param name="Stated">The statement (its span, rate, page, attribution).</param>
/// <param name="StatedBy">The side that stated it.</param>
/// <param name="Other">The other side's published rate of the same flow and exact span; null when it published none or the span is approximate.</param>
public sealed record MirrorRate(StatedFigure Stated, Country StatedBy, PublishedRate? Other)
{
    /// <summary>False when the statement gives no exact span (e.g. "to ~November"): no figure can be set beside it.</summary>
    public bool Comparable => Stated.Period is not null;
}
