using Turnover.Analytics.Targets;
using Turnover.Core;
using Turnover.Core.Targets;

namespace Turnover.Application;

/// <summary>A target judged on every reporter that has its pair, and how far the sides' statistics differ.</summary>
/// <param name="Target">The target.</param>
/// <param name="Reports">One report per reporter; the first is the chosen (or fullest) side.</param>
/// <param name="Gaps">The first side against each other side; empty when only one side reports.</param>
public sealed record TargetCheck(Target Target, IReadOnlyList<TargetReport> Reports, IReadOnlyList<StatisticsGap> Gaps)
{
    /// <summary>The series each report was judged on, in the order of <see cref="Reports"/> (empty for no data): what its figures rest on.</summary>
    public IReadOnlyList<PairSeries> Evidence { get; init; } = [];
}
