using System.Globalization;
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
/// which window, applied from which value), and one that cannot be made is returned with the reason.
/// </remarks>
internal static class AtThisRate
{
    public const string YearToDateName = "year-to-date growth";
    public const string RollingName = "rolling 12 months";
    public const string CagrName = "CAGR of the last 3 years";
    private const int LastProjectedYear = 2100;

    public static (IReadOnlyList<Projection> Made, IReadOnlyList<UnmadeProjection> NotMade) Project(
        Target target, PairSeries series, Measure measure, MonthCoverage months, int latestYear, int latestMonth)
    {
        var made = new List<Projection>();
        var notMade = new List<UnmadeProjection>();
        void Add(Projection? projection, string name, string reason)
        {
            if (projection is null)
            {
                notMade.Add(new UnmadeProjection(name, reason));
            }
            else
            {
                made.Add(projection);
            }
        }

        Add(YearToDate(target, series, measure, months, latestYear, latestMonth, out var why), YearToDateName, why);
        Add(Rolling(target, months, latestYear, latestMonth, out why), RollingName, why);
        Add(Cagr(target, series, measure, months, latestMonth == 12 ? latestYear : latestYear - 1, out why), CagrName, why);
        return (made, notMade);
    }

    private static Projection? YearToDate(Target target, PairSeries series, Measure measure, MonthCoverage months, int year, int month, out string why)
    {
        var label = MonthLabel(month);
        var window = Period.YearToDate(year, month);
        var published = series.PublishedRate(measure, window);
        var ytd = months.YearToDate(year, month);
        var ytdBefore = months.YearToDate(year - 1, month);
        if (ytd is { } now && ytdBefore is { } before && before > 0 && months.YearToDate(year - 1, 12) is { } lastYear)
        {
            why = string.Empty;
            var growth = (double)(now / before) - 1;
            var explanation = Invariant($"computed: {label} {year} was {growth * 100:+0.0;-0.0}% on {label} {year - 1}{PublishedAside(published)}; that rate applied to {year - 1}'s total ({lastYear / 1e9m:N2} bn) for {year}, and to each later year");
            return Build(target, months, YearToDateName, explanation, growth, year - 1, lastYear) with { PublishedPercent = published };
        }

        if (published is not { } rate)
        {
            why = Invariant($"no rate: {(ytd is null ? $"{label} {year} is not in the data" : $"{label} {year - 1} is not in the data")} and no growth rate was published for {label} {year}");
            return null;
        }

        // Published rate: a full year's rate continues from that year's own total; a part year's applies to the
        // year before's total, which must then be known.
        var (baseYear, baseValue) = month == 12 ? (year, ytd) : (year - 1, months.YearToDate(year - 1, 12));
        if (baseValue is not { } value)
        {
            why = Invariant($"published {Percent(rate)} for {label} {year}, but {baseYear}'s total, to apply it to, is not in the data");
            return null;
        }

        why = string.Empty;
        var applied = month == 12 ? $"continued from {year}'s total ({value / 1e9m:N2} bn)" : $"applied to {baseYear}'s total ({value / 1e9m:N2} bn) for {year}, and to each later year";
        var text = Invariant($"published: {label} {year} was {Percent(rate)} on {label} {year - 1} as printed ({(ytdBefore is null ? $"{label} {year - 1} is not in the data" : "no computed rate")}); {applied}");
        return Build(target, months, YearToDateName, text, (double)rate / 100, baseYear, value) with { Origin = RateOrigin.Published, PublishedPercent = rate };
    }

    private static Projection? Rolling(Target target, MonthCoverage months, int year, int month, out string why)
    {
        if (months.Rolling12(year, month) is { } rolling && months.Rolling12(year - 1, month) is { } rollingBefore && rollingBefore > 0)
        {
            why = string.Empty;
            var growth = (double)(rolling / rollingBefore) - 1;
            // The 12 months to month m stand for a year centred earlier; scale to a calendar-year-end base.
            var base12 = (decimal)((double)rolling * Math.Pow(1 + growth, (12 - month) / 12.0));
            var explanation = Invariant($"computed: the 12 months to {year}-{month:D2} ({rolling / 1e9m:N2} bn) grew {growth * 100:+0.0;-0.0}% on the 12 months before; extrapolated month by month");
            return Build(target, months, RollingName, explanation, growth, year, base12);
        }

        var missing = months.Rolling12(year, month) is null ? $"the 12 months to {year}-{month:D2}" : $"the 12 months to {year - 1}-{month:D2}";
        why = Invariant($"no rate: {missing} are not all in the data, and no rolling rate is published");
        return null;
    }

    private static Projection? Cagr(Target target, PairSeries series, Measure measure, MonthCoverage months, int completeYear, out string why)
    {
        var end = months.YearToDate(completeYear, 12);
        if (end is { } last && months.YearToDate(completeYear - 3, 12) is { } start && start > 0)
        {
            why = string.Empty;
            var growth = Math.Pow((double)(last / start), 1 / 3.0) - 1;
            var explanation = Invariant($"computed: {completeYear - 3}–{completeYear}: {start / 1e9m:N2} → {last / 1e9m:N2} bn, {growth * 100:+0.0;-0.0}% a year, continued");
            return Build(target, months, CagrName, explanation, growth, completeYear, last);
        }

        var printed = Enumerable.Range(completeYear - 2, 3).Select(y => series.PublishedRate(measure, Period.OfYear(y))).ToList();
        if (end is { } endValue && printed.All(r => r is not null))
        {
            why = string.Empty;
            var chained = printed.Aggregate(1.0, (product, r) => product * (1 + ((double)r!.Value / 100)));
            var growth = Math.Pow(chained, 1 / 3.0) - 1;
            var explanation = Invariant($"published: {completeYear - 2}, {completeYear - 1} and {completeYear} grew {string.Join(", ", printed.Select(r => Percent(r!.Value)))} as printed ({completeYear - 3} is not in the data), {growth * 100:+0.0;-0.0}% a year; continued from {completeYear}'s total ({endValue / 1e9m:N2} bn)");
            return Build(target, months, CagrName, explanation, growth, completeYear, endValue) with { Origin = RateOrigin.Published };
        }

        var missingYears = new[] { completeYear - 3, completeYear }.Where(y => months.YearToDate(y, 12) is null);
        var missingRates = Enumerable.Range(completeYear - 2, 3).Where(y => series.PublishedRate(measure, Period.OfYear(y)) is null);
        why = Invariant($"no rate: the total of {string.Join(" and ", missingYears)} is not in the data, and no growth rate was published for {string.Join(", ", missingRates)}");
        return null;
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
        return new Projection(name, explanation, growth * 100, Math.Round(atDeadline, 0), crossing) { BaseYear = baseYear, BaseValueUsd = baseValue };
    }

    private static string PublishedAside(decimal? published) => published is { } p ? Invariant($" (published: {Percent(p)})") : string.Empty;

    private static string Percent(decimal rate) => Invariant($"{rate:+0.###;-0.###;0}%");

    private static string MonthLabel(int month) =>
        month == 12 ? "the full year" : month == 1 ? "January" : $"Jan–{CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(month)}";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
