using Turnover.Core;

namespace Turnover.Analytics;

/// <summary>
/// Finds levels that disagree with the growth rates the publisher printed around them. Pure: no I/O.
/// </summary>
/// <remarks>
/// <para>
/// A check takes a published rate r for period P and the levels of P and of the same period a year earlier, and
/// compares r with the rate those levels give. They may differ by rounding alone up to the tolerance, in percentage
/// points: one unit in the rate's last printed digit (pages truncate as often as they round: 2.2 covers [2.1, 2.3]),
/// plus the levels' own rounding carried into the rate, 100 × later/earlier × (step_later/later + step_earlier/earlier)
/// with each level's step one unit in its last stated digit (as published: 64.2 bn has step 0.1 bn), plus
/// <see cref="RevisionAllowancePoints"/>, because the publisher computes its rate on the revised, unrounded level of
/// the year before, which may differ from the level first published (China–Russia 2021: 36.3% from the levels
/// against 35.8% printed). Steps are capped at 1 bn and a rate's step at 1 point.
/// </para>
/// <para>
/// A failing check says that one of its two levels, or the rate, is wrong; it does not say which. Rule: a level is
/// suspect when it has a check on each side (the rate into it from the year before, and the next year's rate out of
/// it), both fail, and both published rates put it on the same side: each implies a level above it, or each one
/// below. A level too low makes the growth into it too low and the growth out of it too high; a run of levels that
/// were all revised later (China–Russia 2022's year-to-date totals, against the rates printed in 2023) pushes both
/// checks the same way instead, and is not one wrong figure. A wrong neighbour fails only the check it shares; a page that computed its rate in yuan (which
/// differs from the dollar rate by the exchange rate's change, several points in some years) fails only its own
/// check. A level with one check (the first or last of a run) is never flagged on that check alone. Example, on
/// GACC's China–Russia turnover: 2015 = 64.2 bn (one page) against 2015's printed −27.8% on 2014's 95.28 (implies
/// ≈68.8) and 2016's printed +2.2% on 69.525 (implies ≈68.0).
/// </para>
/// </remarks>
public static class SuspectLevels
{
    /// <summary>Added to every check's tolerance for the revision of the earlier level (percentage points).</summary>
    public const decimal RevisionAllowancePoints = 0.5m;

    private static readonly Measure[] s_measures = [Measure.Turnover, Measure.Exports, Measure.Imports];

    /// <summary>Every suspect level of the series' turnover, exports and imports (published periods of any span), in period order.</summary>
    public static IReadOnlyList<SuspectLevel> Find(PairSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var suspects = new List<SuspectLevel>();
        foreach (var measure in s_measures)
        {
            var levels = new Dictionary<Period, decimal>();
            foreach (var entry in series.Values.Concat(series.PublishedYearToDate))
            {
                if (entry.Get(measure) is { } value && value > 0)
                {
                    levels.TryAdd(entry.Period, value);
                }
            }

            foreach (var (period, value) in levels.OrderBy(l => l.Key))
            {
                var next = Period.Span(period.Year + 1, period.StartMonth, period.Months);
                if (Check(series, measure, levels, period) is { Fails: true } into && Check(series, measure, levels, next) is { Fails: true } outOf
                    && Math.Sign(into.ImpliedLaterUsd - value) == Math.Sign(outOf.ImpliedEarlierUsd - value))
                {
                    suspects.Add(new SuspectLevel(measure, period, value, [into, outOf]));
                }
            }
        }

        return [.. suspects.OrderBy(s => s.Period).ThenBy(s => s.Measure)];
    }

    /// <summary>The check of the published rate for <paramref name="period"/> against its level and the year before's; null when any is missing.</summary>
    public static RateCheck? Check(PairSeries series, Measure measure, IReadOnlyDictionary<Period, decimal> levels, Period period)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(levels);
        if (series.PublishedRate(measure, period) is not { } rate || !levels.TryGetValue(period, out var later)
            || !levels.TryGetValue(period.PreviousYear(), out var earlier) || earlier <= 0 || later <= 0)
        {
            return null;
        }

        var ratio = later / earlier;
        var computed = (ratio - 1m) * 100m;
        var tolerance = Step(rate, 1m) + (100m * ratio * ((Step(later, 1e9m) / later) + (Step(earlier, 1e9m) / earlier))) + RevisionAllowancePoints;
        return new RateCheck(period, rate, computed, tolerance, earlier, later, later / (1m + (rate / 100m)), earlier * (1m + (rate / 100m)));
    }

    /// <summary>The largest power of ten up to <paramref name="cap"/> that divides <paramref name="value"/>: one unit in its last stated digit (stored decimals carry trailing zeros).</summary>
    internal static decimal Step(decimal value, decimal cap)
    {
        var step = cap;
        while (step > 0.0001m && decimal.Remainder(value, step) != 0m)
        {
            step /= 10m;
        }

        return step;
    }
}
