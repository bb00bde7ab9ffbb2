using System.Globalization;
using Turnover.Core.Targets;

namespace Turnover.Analytics.Targets;

/// <summary>
/// The "at this rate" projections speakers use, each a growth rate carried forward from the latest data:
/// year-to-date growth applied to the rest of the year, the rolling-12-month growth extrapolated, and the CAGR of
/// the last three complete years. Deterministic; the model outlook gives the uncertainty.
/// </summary>
internal static class AtThisRate
{
    private const int LastProjectedYear = 2100;

    public static IReadOnlyList<Projection> Project(Target target, MonthCoverage months, int latestYear, int latestMonth)
    {
        var projections = new List<Projection>();
        var completeYear = latestMonth == 12 ? latestYear : latestYear - 1;
        var label = MonthLabel(latestYear, latestMonth);

        if (months.YearToDate(latestYear, latestMonth) is { } ytd && months.YearToDate(latestYear - 1, latestMonth) is { } ytdBefore && ytdBefore > 0
            && months.YearToDate(latestYear - 1, 12) is { } lastYear)
        {
            var growth = (double)(ytd / ytdBefore) - 1;
            var explanation = string.Create(CultureInfo.InvariantCulture, $"{label} {latestYear} was {growth * 100:+0.0;-0.0}% on {label} {latestYear - 1}; that rate applied to {latestYear - 1}'s total ({lastYear / 1e9m:N2} bn) for {latestYear}, and to each later year");
            projections.Add(Build(target, months, "year-to-date growth", explanation, growth, latestYear - 1, lastYear));
        }

        if (months.Rolling12(latestYear, latestMonth) is { } rolling && months.Rolling12(latestYear - 1, latestMonth) is { } rollingBefore && rollingBefore > 0)
        {
            var growth = (double)(rolling / rollingBefore) - 1;
            // The 12 months to month m stand for a year centred earlier; scale to a calendar-year-end base.
            var base12 = (decimal)((double)rolling * Math.Pow(1 + growth, (12 - latestMonth) / 12.0));
            var explanation = string.Create(CultureInfo.InvariantCulture, $"the 12 months to {latestYear}-{latestMonth:D2} ({rolling / 1e9m:N2} bn) grew {growth * 100:+0.0;-0.0}% on the 12 months before; extrapolated month by month");
            projections.Add(Build(target, months, "rolling 12 months", explanation, growth, latestYear, base12));
        }

        if (months.YearToDate(completeYear, 12) is { } end && months.YearToDate(completeYear - 3, 12) is { } start && start > 0)
        {
            var growth = Math.Pow((double)(end / start), 1 / 3.0) - 1;
            var explanation = string.Create(CultureInfo.InvariantCulture, $"{completeYear - 3}–{completeYear}: {start / 1e9m:N2} → {end / 1e9m:N2} bn, {growth * 100:+0.0;-0.0}% a year, continued");
            projections.Add(Build(target, months, "CAGR of the last 3 years", explanation, growth, completeYear, end));
        }

        return projections;
    }

    private static Projection Build(Target target, MonthCoverage months, string name, string explanation, double growth, int baseYear, decimal baseValue)
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
        return new Projection(name, explanation, growth * 100, Math.Round(atDeadline, 0), crossing);
    }

    private static string MonthLabel(int year, int month) =>
        month == 12 ? "the full year" : month == 1 ? "January" : $"Jan–{CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(month)}";
}
