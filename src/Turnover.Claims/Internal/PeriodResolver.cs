using Turnover.Core;

namespace Turnover.Claims.Internal;

/// <summary>Turns a period mention into a <see cref="StatedPeriod"/>, anchoring relative ones to the article date.</summary>
internal static class PeriodResolver
{
    // A month or range with no year: a fact is about a period over before the article's month; a goal or forecast is
    // about the article's year. <paramref name="figureYear"/>: the year of the figure the sentence is part of ("Of this, …
    // in November" after January–November 2023), which a yearless month takes before the article date's.
    public static StatedPeriod Resolve(PeriodMention mention, IReadOnlyList<PeriodMention> sentencePeriods, DateOnly? articleDate, ClaimKind kind = ClaimKind.Fact, int? figureYear = null)
    {
        var startMonth = mention.StartMonth;
        var months = mention.Months;
        if (startMonth == PeriodMention.SameMonth)
        {
            // 当月: the month the rest of the sentence is about.
            var other = sentencePeriods.FirstOrDefault(p => p != mention && p.StartMonth > 0);
            if (other is null)
            {
                return Unresolved(mention);
            }

            startMonth = other.StartMonth + other.Months - 1;
            mention = mention with { Year = other.Year, Relative = other.Relative };
        }

        int? year = mention.Year;
        var resolution = PeriodResolution.Explicit;
        if (startMonth == PeriodMention.LastMonth)
        {
            if (articleDate is not { } date)
            {
                return Unresolved(mention);
            }

            var previous = date.AddMonths(-1);
            return Make(mention, previous.Year, previous.Month, 1, PeriodResolution.FromArticleDate);
        }

        if (startMonth == PeriodMention.ThisMonth)
        {
            // "This month", "в этом месяце": the article's own month (it was read as the month before).
            return articleDate is { } today ? Make(mention, today.Year, today.Month, 1, PeriodResolution.FromArticleDate) : Unresolved(mention);
        }

        if (startMonth == PeriodMention.SoFar)
        {
            return SoFar(mention, articleDate);
        }

        if (year is null && mention.Relative != RelativeYear.None)
        {
            if (articleDate is not { } date)
            {
                return Unresolved(mention);
            }

            year = mention.Relative switch
            {
                RelativeYear.ThisYear => date.Year,
                RelativeYear.NextYear => date.Year + 1,
                _ => date.Year - 1,
            };
            resolution = PeriodResolution.FromArticleDate;
            if (mention.Relative == RelativeYear.LastYear
                && sentencePeriods.Any(p => p != mention && p.Start < mention.Start && p.Year == year && p.Kind == PeriodKind.Year && !p.IsBase && !p.IsDeadline))
            {
                // "2023年…增长26.3%，上年增长29.3%", "$240.1 billion in 2023, up from $190.3 billion last year" of 2024: the
                // sentence's year is the article's last year, so "last year" is the one before it (both were read as 2023).
                year--;
            }
        }

        if (year is null)
        {
            // A month or range with no year: another explicit year in the sentence, else the latest one the date allows.
            var explicitYear = sentencePeriods.FirstOrDefault(p => p.Year is not null && !p.IsBase && p.Kind == PeriodKind.Year)?.Year;
            if (explicitYear is not null)
            {
                year = explicitYear;
            }
            else if (figureYear is not null)
            {
                year = figureYear;
            }
            else if (articleDate is { } date)
            {
                // "一季度" in a fact of 7 March 2024 is 2023's first quarter: 2024's is not over, and no figure of it can be
                // out. A forecast or goal of the same day is about 2024's.
                year = kind != ClaimKind.Fact || startMonth + months - 1 < date.Month ? date.Year : date.Year - 1;
                resolution = PeriodResolution.FromArticleDate;
            }
            else
            {
                return Unresolved(mention);
            }
        }

        return Make(mention, year.Value, startMonth, months, resolution);
    }

    private static StatedPeriod Make(PeriodMention mention, int year, int startMonth, int months, PeriodResolution resolution)
    {
        if (!Period.TryCreate(year, startMonth, months, out var period))
        {
            return Unresolved(mention);
        }

        var kind = mention.Kind switch
        {
            PeriodKind.None when months == 1 => PeriodKind.Month,
            PeriodKind.None when period.Granularity == Granularity.Quarter => PeriodKind.Quarter,
            PeriodKind.YearToDate when months == 12 => PeriodKind.Year,
            PeriodKind.YearToDate when months == 1 => PeriodKind.Month,
            _ => mention.Kind,
        };
        return new StatedPeriod { Period = period, Kind = kind, Resolution = resolution, Text = mention.Text.Trim(), IsDeadline = mention.IsDeadline };
    }

    // A year so far is the article's year to a month the text does not name: with no article date it cannot be placed,
    // and a year before the article's ("2022年以来" in 2024) is several years, no period at all.
    private static StatedPeriod SoFar(PeriodMention mention, DateOnly? articleDate)
    {
        if (articleDate is not { } date)
        {
            return Unresolved(mention);
        }

        var resolution = mention.Year is null ? PeriodResolution.FromArticleDate : PeriodResolution.Explicit;
        var year = mention.Year ?? (mention.Relative == RelativeYear.LastYear ? date.Year - 1 : date.Year);
        return new StatedPeriod
        {
            Kind = PeriodKind.YearToDate,
            Resolution = year == date.Year ? resolution : PeriodResolution.None,
            Text = mention.Text.Trim(),
            YearSoFar = year == date.Year ? year : null,
        };
    }

    private static StatedPeriod Unresolved(PeriodMention mention) =>
        new() { Kind = mention.Kind == PeriodKind.None ? PeriodKind.Month : mention.Kind, Resolution = PeriodResolution.Unresolved, Text = mention.Text.Trim(), IsDeadline = mention.IsDeadline };
}
