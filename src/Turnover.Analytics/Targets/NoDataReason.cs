using Turnover.Core;

namespace Turnover.Analytics.Targets;

/// <summary>Why a target has no verdict on a date (<see cref="TargetVerdict.NoData"/>): the facts, worded by the renderers.</summary>
public abstract record NoDataReason;

/// <summary>The reporter's series holds no figure of the measure published by the date.</summary>
/// <param name="Measure">The reporter's measure that corresponds to the target's metric.</param>
/// <param name="Partner">The other country of the series.</param>
public sealed record NoFiguresPublished(Measure Measure, Country Partner) : NoDataReason;
