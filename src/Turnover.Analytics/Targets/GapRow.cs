using Turnover.Core;

namespace Turnover.Analytics.Targets;

/// <summary>One figure of a target's metric as each side's statistics give it.</summary>
/// <param name="Figure">What the figure is: a year, a year to date, the baseline, or the progress measure.</param>
/// <param name="FromYear">The first year it covers (January on); equals <paramref name="Through"/>'s year unless it spans years.</param>
/// <param name="Through">The last months it covers: a year, a year to date, or the months of the last year of a span.</param>
/// <param name="FirstUsd">The first reporter's value.</param>
/// <param name="SecondUsd">The second reporter's value.</param>
public sealed record GapRow(GapFigure Figure, int FromYear, Period Through, decimal FirstUsd, decimal SecondUsd)
{
    /// <summary>First minus second.</summary>
    public decimal DifferenceUsd => FirstUsd - SecondUsd;

    /// <summary>The difference as a percentage of the second side's value; null when that is zero.</summary>
    public decimal? DifferencePercent => SecondUsd == 0 ? null : Math.Round(DifferenceUsd / SecondUsd * 100m, 1);
}
