using Turnover.Core;
using Turnover.Core.Targets;

namespace Turnover.Analytics.Targets;

/// <summary>
/// The "at this rate" projections speakers use, each a growth rate carried forward from the latest data:
/// year-to-date growth applied to the rest of the year, the rolling-12-month growth extrapolated, and the CAGR of
/// the last three complete years. Deterministic; the model outlook gives the uncertainty.
/// </summary>
/// <remarks>
/// Each rate is computed from the levels where they allow; where they do not (the year before is not in the data),
/// the rate the publisher printed for the same window is used: the year-to-date rate, or for the CAGR the printed
/// rates of the three years chained. Every projection states its base (which rate, computed or published, over
/// which window, applied from which value) as data, and one that cannot be made is returned with the reason
/// and the missing figures; the words are the renderer's.
/// </remarks>
internal static class AtThisRate
{
    private const int LastProjectedYear = 2100;

    public static (IReadOnlyList<Projection> Made, IReadOnlyList<UnmadeProjection> NotMade) Project(
        Target target, PairSeries series, Measure measure, MonthCoverage months, int latestYear, int latestMonth)
    {
        var made = new List<Projection>();
        var notMade = new List<UnmadeProjection>();
        void Add(Projection? projection, UnmadeProjection? why)
        {
            if (projection is null)
            {
                notMade.Add(why!);
            }
            else
            {
                made.Add(projection);
            }
        }

        Add(YearToDate(target, series, measure, months, latestYear, latestMonth, out var why), why);
        Add(Rolling(target, months, latestYear, latestMonth, out why), why);
        Add(Cagr(target, series, measure, months, latestMonth == 12 ? latestYear : latestYear - 1, out why), why);
        return (made, notMade);
    }

    private static Projection? YearToDate(Target target, PairSeries series, Measure measure, MonthCoverage months, int year, int month, out UnmadeProjection? why)
    {
        var window = Period.YearToDate(year, month);
        var published = series.PublishedRate(measure, window);
        var ytd = months.YearToDate(year, month);
        var ytdBefore = months.YearToDate(year - 1, month);
        if (ytd is { } now && ytdBefore is { } before && before > 0 && months.YearToDate(year - 1, 12) is { } lastYear)
        {
            why = null;
            var growth = (double)(now / before) - 1;
            return Build(target, months, ProjectionKind.YearToDate, growth, year - 1, lastYear) with
            {
                PublishedPercent = published,
                Window = window,
                WindowValueUsd = now,
                EarlierValueUsd = before,
            };
        }

        if (published is not { } rate)
        {
            why = new UnmadeProjection(ProjectionKind.YearToDate, UnmadeReason.NoRate, window)
            {
                MissingFigures = [ytd is null ? window : Period.YearToDate(year - 1, month)],
            };
            return null;
        }

        // Published rate: a full year's rate continues from that year's own total; a part year's applies to the
        // year before's total, which must then be known.
        var (baseYear, baseValue) = month == 12 ? (year, ytd) : (year - 1, months.YearToDate(year - 1, 12));
        if (baseValue is not { } value)
        {
            why = new UnmadeProjection(ProjectionKind.YearToDate, UnmadeReason.NoBaseValue, window)
            {
                MissingFigures = [Period.OfYear(baseYear)],
                PublishedPercent = rate,
            };
            return null;
        }

        why = null;
        return Build(target, months, ProjectionKind.YearToDate, (double)rate / 100, baseYear, value) with
        {
            Origin = RateOrigin.Published,
            PublishedPercent = rate,
            Window = window,
            WindowValueUsd = ytd ?? 0m,
            EarlierValueUsd = ytdBefore,
        };
    }

    private static Projection? Rolling(Target target, MonthCoverage months, int year, int month, out UnmadeProjection? why)
    {
        var window = Period.Month(year, month);
        if (months.Rolling12(year, month) is { } rolling && months.Rolling12(year - 1, month) is { } rollingBefore && rollingBefore > 0)
        {
            why = null;
            var growth = (double)(rolling / rollingBefore) - 1;
            // The 12 months to month m stand for a year centred earlier; scale to a calendar-year-end base.
            var base12 = (decimal)((double)rolling * Math.Pow(1 + growth, (12 - month) / 12.0));
            return Build(target, months, ProjectionKind.Rolling12, growth, year, base12) with
            {
                Window = window,
                WindowValueUsd = rolling,
                EarlierValueUsd = rollingBefore,
            };
        }

        why = new UnmadeProjection(ProjectionKind.Rolling12, UnmadeReason.NoRate, window)
        {
            MissingFigures = [months.Rolling12(year, month) is null ? window : Period.Month(year - 1, month)],
        };
        return null;
    }

    private static Projection? Cagr(Target target, PairSeries series, Measure measure, MonthCoverage months, int completeYear, out UnmadeProjection? why)
    {
        var window = Period.OfYear(completeYear);
        var end = months.YearToDate(completeYear, 12);
        if (end is { } last && months.YearToDate(completeYear - 3, 12) is { } start && start > 0)
        {
            why = null;
            var growth = Math.Pow((double)(last / start), 1 / 3.0) - 1;
            return Build(target, months, ProjectionKind.Cagr3, growth, completeYear, last) with
            {
                Window = window,
                WindowValueUsd = last,
                EarlierValueUsd = start,
            };
        }

        var printed = Enumerable.Range(completeYear - 2, 3).Select(y => series.PublishedRate(measure, Period.OfYear(y))).ToList();
        if (end is { } endValue && printed.All(r => r is not null))
        {
            why = null;
            var chained = printed.Aggregate(1.0, (product, r) => product * (1 + ((double)r!.Value / 100)));
            var growth = Math.Pow(chained, 1 / 3.0) - 1;
            return Build(target, months, ProjectionKind.Cagr3, growth, completeYear, endValue) with
            {
                Origin = RateOrigin.Published,
                Window = window,
                WindowValueUsd = endValue,
                ChainedPublishedPercents = [.. printed.Select(r => r!.Value)],
            };
        }

        why = new UnmadeProjection(ProjectionKind.Cagr3, UnmadeReason.NoRate, window)
        {
            MissingFigures = [.. new[] { completeYear - 3, completeYear }.Where(y => months.YearToDate(y, 12) is null).Select(Period.OfYear)],
            MissingPublishedRates = [.. Enumerable.Range(completeYear - 2, 3).Where(y => series.PublishedRate(measure, Period.OfYear(y)) is null).Select(Period.OfYear)],
        };
        return null;
    }

    private static Projection Build(Target target, MonthCoverage months, ProjectionKind kind, double growth, int baseYear, decimal baseValue)
    {
        decimal? Annual(int year) =>
            year <= baseYear ? (year == baseYear ? baseValue : months.YearToDate(year, 12))
            : (decimal)((double)baseValue * Math.Pow(1 + growth, year - baseYear));

        int? crossing = null;
        for (var year = Math.Max(target.FromYear, baseYear); year <= LastProjectedYear && crossing is null; year++)
        {
            if (Achievement.AtYearEnd(target, year, Annual) >= target.AmountUsd)
            {
                crossing = year;
            }
        }

        var atDeadline = Achievement.AtYearEnd(target, target.DeadlineYear, Annual) ?? 0m;
        return new Projection(kind, growth * 100, Math.Round(atDeadline, 0), crossing) { BaseYear = baseYear, BaseValueUsd = baseValue };
    }
}
