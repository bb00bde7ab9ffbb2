using Turnover.Claims;
using Turnover.Core;

namespace Turnover.Application;

internal sealed partial class ClaimChecker
{
    /// <summary>
    /// A fact whose period ends with the latest figure the text could have had, as the text names no end: the year so far
    /// ("so far this year", "с начала года", "今年以来"), a change since a year or over a span of years ("has more than
    /// doubled since 2016", "over the past decade"), the latest twelve months ("over the past 12 months", "за последние
    /// 12 месяцев", "过去12个月"). Judged on the latest cumulative, year or month published by the article's date; null
    /// for any other claim, or when nothing of the kind was published by then.
    /// </summary>
    private CheckedClaim? CheckToLatest(StatedClaim claim)
    {
        var namesNoEnd = claim.Period is { Period: null, YearSoFar: not null } or { Period: null, ToLatest: true }
            || claim is { Period: null, UnreadPeriod: { Kind: UnreadPeriodKind.LatestMonths, Months: 12 } };
        if (!namesNoEnd || claim is not { Kind: ClaimKind.Fact, Reporter: not null, Partner: not null } || Side(claim, articleDate) is not var (known, _))
        {
            return null;
        }

        if (claim.Period is { Period: null, YearSoFar: { } year } soFar)
        {
            if (known.LatestYearToDate(year) is not { } through)
            {
                // Nothing of the year: the store's figures may stop before it; else none had come out by the article's date.
                return (known.LatestMonth() ?? known.LatestYear()) is { } before
                    ? NotCovered(claim, known, before, soFar.Text)
                        ?? Unverifiable(claim, Question(claim, Quantity(claim)), new YearSoFarNotPublished(known.Choice.Reporter, known.Measure, year, articleDate, soFar.Text))
                    : null;
            }

            var judged = new StatedPeriod { Period = through, Kind = through.Months == 12 ? PeriodKind.Year : PeriodKind.YearToDate, Resolution = soFar.Resolution, Text = soFar.Text };
            if (NotCovered(claim, known, through, soFar.Text) is { } notCovered)
            {
                return notCovered;
            }

            var checkedSoFar = CheckWithPeriod(claim, judged, new YearSoFarThrough(soFar.Text, through, articleDate) { YearNotOver = soFar.YearNotOver });
            // "Trade this year reached a record $190 billion", said on 30 December: true or not on what was out then, and
            // what the whole year, published later, came to.
            var whole = new StatedPeriod { Period = Period.OfYear(year), Kind = PeriodKind.Year, Resolution = soFar.Resolution, Text = soFar.Text };
            return soFar.YearNotOver && through.Months < 12 && Check(claim with { Period = whole }) is { Verdict: not ClaimVerdict.NotVerifiable, Evidence: { } wholeYear } onWhole
                ? checkedSoFar with { Notes = [.. checkedSoFar.Notes, new WholeYearPublishedLater(Period.OfYear(year), onWhole.Verdict, wholeYear.ValueUsd, wholeYear.GrowthPercent)] }
                : checkedSoFar;
        }

        if (claim is { Period: { Period: null, ToLatest: true } toLatest, Growth: { } growth } && known.LatestYear() is { } latest
            && (growth.Since ?? Period.OfYear(latest.Year - (growth.YearsSpanned ?? 0))) is { } start && start.Year < latest.Year)
        {
            var judged = new StatedPeriod { Period = latest, Kind = PeriodKind.Year, Resolution = toLatest.Resolution, Text = toLatest.Text };
            return NotCovered(claim, known, latest, toLatest.Text)
                ?? CheckWithPeriod(claim with { Growth = growth with { Since = start } }, judged, new LatestYearAsEnd(toLatest.Text, start, latest, articleDate)) with { Stated = claim };
        }

        if (claim is { Period: null, UnreadPeriod: { Kind: UnreadPeriodKind.LatestMonths, Months: 12 } twelve } && known.LatestMonth() is { } month)
        {
            return NotCovered(claim, known, month, twelve.Text)
                ?? CheckTwelveMonths(claim, twelve, month) with { Notes = [new LatestTwelveMonths(twelve.Text, month, articleDate)] };
        }

        return null;
    }

    // The latest figure published by the article's date is the latest the text could have had only where the store
    // covers that date: it holds a later figure of the side (published after it), or the next could not have come out
    // yet (a year's within the year after it, a month's within two months). US–China's monthly figures stop at 2019-12:
    // "the past 12 months" in 2024 was judged on 2019.
    private CheckedClaim? NotCovered(StatedClaim claim, StoredFigures known, Period latest, string words) =>
        WasLatestThen(Side(claim, request.Today)?.Figures, latest) ? null
            : Unverifiable(claim, Question(claim, Quantity(claim)), new LatestNotStored(known.Choice.Reporter, known.Measure, latest, articleDate, words)) with { MissingHint = FailureHint.StoreContents };

    // Whether the latest period stored as of the article's date was the latest published then: today's figures hold a
    // later one, or the next could not have come out yet (a year's within the year after it, a month's within two months).
    private bool WasLatestThen(StoredFigures? now, Period latest)
    {
        var wholeYear = latest is { StartMonth: 1, Months: 12 };
        if (now is not null && (wholeYear ? now.LatestYear() : now.LatestMonth()) is { } latestNow
            && (latestNow.Year, latestNow.EndMonth).CompareTo((latest.Year, latest.EndMonth)) > 0)
        {
            return true;
        }

        var end = new DateOnly(latest.Year, latest.EndMonth, 1).AddMonths(1).AddDays(-1);
        return articleDate <= (wholeYear ? end.AddYears(1) : end.AddMonths(2));
    }
}
