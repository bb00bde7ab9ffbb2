using Turnover.Core;
using Turnover.Core.Targets;

namespace Turnover.Analytics.Targets;

/// <summary>
/// How much of a target is achieved at the end of a month, given year-to-date values: the year-to-date value
/// itself (annual basis: each year starts again), the sum since the first counted year (cumulative), or that sum
/// less the baseline year's pace (increment).
/// </summary>
internal sealed class Achievement(Target target, Func<int, int, decimal?> yearToDate)
{
    public Target Target => target;

    /// <summary>Achievement at the end of <paramref name="month"/> of <paramref name="year"/>; null where a needed figure is missing.</summary>
    public decimal? At(int year, int month) => target.Basis switch
    {
        TargetBasis.AnnualValue => yearToDate(year, month),
        _ when year < target.FromYear => 0m, // the counted years have not begun
        TargetBasis.Cumulative => Earlier(year) + yearToDate(year, month),
        _ => Earlier(year) + yearToDate(year, month) - (Baseline() * ((year - target.FromYear) + (month / 12m))),
    };

    /// <summary>Achievement from annual values (actual or projected) at the end of a year.</summary>
    public static decimal? AtYearEnd(Target target, int year, Func<int, decimal?> annual)
    {
        if (target.Basis == TargetBasis.AnnualValue)
        {
            return annual(year);
        }

        decimal? sum = 0m;
        for (var y = target.FromYear; y <= year; y++)
        {
            sum += annual(y);
        }

        return target.Basis == TargetBasis.Cumulative ? sum : sum - (annual(target.BaselineYear!.Value) * (year - target.FromYear + 1));
    }

    /// <summary>The first month in the target's window whose achievement reaches the amount, scanning up to <paramref name="lastYear"/>.</summary>
    public (int Year, int Month)? FirstCrossing(int lastYear)
    {
        for (var year = target.FromYear; year <= Math.Min(lastYear, target.DeadlineYear); year++)
        {
            for (var month = 1; month <= 12; month++)
            {
                if (At(year, month) >= target.AmountUsd)
                {
                    return (year, month);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The first month after the deadline year whose achievement reaches the amount, up to
    /// <paramref name="lastYear"/>-<paramref name="lastMonth"/>: a missed target that came true late. The years
    /// before it whose total is not in the figures are named: it may have been reached in one of them.
    /// </summary>
    public LateCrossing? FirstCrossingAfterDeadline(int lastYear, int lastMonth)
    {
        var unknown = new List<int>();
        for (var year = target.DeadlineYear + 1; year <= lastYear; year++)
        {
            for (var month = 1; month <= (year == lastYear ? lastMonth : 12); month++)
            {
                if (At(year, month) is { } value && value >= target.AmountUsd)
                {
                    return new LateCrossing(Period.Month(year, month), value, unknown);
                }
            }

            if (At(year, 12) is null)
            {
                unknown.Add(year);
            }
        }

        return null;
    }

    private decimal? Earlier(int year)
    {
        decimal? sum = 0m;
        for (var y = target.FromYear; y < year; y++)
        {
            sum += yearToDate(y, 12);
        }

        return sum;
    }

    private decimal? Baseline() => yearToDate(target.BaselineYear!.Value, 12);
}
