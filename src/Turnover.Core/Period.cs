using System.Globalization;

namespace Turnover.Core;

/// <summary>
/// A run of consecutive calendar months inside one year: a month, a quarter, a year, or a span such as
/// China's combined January–February or a year-to-date cumulative. The end month is inclusive.
/// </summary>
/// <remarks>
/// A period never crosses a year boundary: every official source reports within calendar years, and keeping
/// that rule makes "same period last year" well defined.
/// </remarks>
public readonly struct Period : IEquatable<Period>, IComparable<Period>
{
    private Period(int year, int startMonth, int months)
    {
        Year = year;
        StartMonth = startMonth;
        Months = months;
    }

    /// <summary>The calendar year, 1900–2200.</summary>
    public int Year { get; }

    /// <summary>First month, 1–12.</summary>
    public int StartMonth { get; }

    /// <summary>Number of months covered, 1–12.</summary>
    public int Months { get; }

    /// <summary>Last month covered (inclusive), 1–12.</summary>
    public int EndMonth => StartMonth + Months - 1;

    /// <summary>Month, quarter, year, or another span.</summary>
    public Granularity Granularity => Months switch
    {
        1 => Granularity.Month,
        3 when (StartMonth - 1) % 3 == 0 => Granularity.Quarter,
        12 => Granularity.Year,
        _ => Granularity.Span,
    };

    /// <summary>True when the period runs from January to some month: a year-to-date window.</summary>
    public bool IsYearToDate => StartMonth == 1;

    /// <summary>A single month.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Year outside 1900–2200 or month outside 1–12.</exception>
    public static Period Month(int year, int month) => Span(year, month, 1);

    /// <summary>A calendar quarter, 1–4.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Quarter outside 1–4.</exception>
    public static Period Quarter(int year, int quarter)
    {
        if (quarter is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "Quarter should be in range [1-4].");
        }

        return Span(year, ((quarter - 1) * 3) + 1, 3);
    }

    /// <summary>A calendar year.</summary>
    public static Period OfYear(int year) => Span(year, 1, 12);

    /// <summary>January to <paramref name="month"/> inclusive.</summary>
    public static Period YearToDate(int year, int month) => Span(year, 1, month);

    /// <summary>Any run of <paramref name="months"/> months starting at <paramref name="startMonth"/>, inside one year.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The run is empty, crosses the year end, or the year is implausible.</exception>
    public static Period Span(int year, int startMonth, int months)
    {
        if (!TryValidate(year, startMonth, months, out var error))
        {
            throw new ArgumentOutOfRangeException(nameof(months), error);
        }

        return new Period(year, startMonth, months);
    }

    /// <summary>Validates the parts of a period without throwing.</summary>
    public static bool TryCreate(int year, int startMonth, int months, out Period period)
    {
        period = TryValidate(year, startMonth, months, out _) ? new Period(year, startMonth, months) : default;
        return period.Months != 0;
    }

    /// <summary>The same period one year earlier (for year-on-year growth).</summary>
    public Period PreviousYear() => new(Year - 1, StartMonth, Months);

    /// <summary>The next period of the same length; crosses into the next year only for months, quarters and years.</summary>
    /// <exception cref="InvalidOperationException">A span has no well-defined successor.</exception>
    public Period Next() => Granularity switch
    {
        Granularity.Span => throw new InvalidOperationException($"The span {this} has no next period."),
        _ when EndMonth == 12 => new Period(Year + 1, 1, Months),
        _ => new Period(Year, StartMonth + Months, Months),
    };

    /// <summary>The previous period of the same length; crosses into the previous year only for months, quarters and years.</summary>
    /// <exception cref="InvalidOperationException">A span has no well-defined predecessor.</exception>
    public Period Previous() => Granularity switch
    {
        Granularity.Span => throw new InvalidOperationException($"The span {this} has no previous period."),
        _ when StartMonth == 1 => new Period(Year - 1, 13 - Months, Months),
        _ => new Period(Year, StartMonth - Months, Months),
    };

    /// <summary>True when <paramref name="other"/> lies wholly inside this period.</summary>
    public bool Contains(Period other) =>
        other.Year == Year && other.StartMonth >= StartMonth && other.EndMonth <= EndMonth;

    /// <summary>First day of the period.</summary>
    public DateOnly Start => new(Year, StartMonth, 1);

    /// <summary>Last day of the period (inclusive).</summary>
    public DateOnly End => new DateOnly(Year, EndMonth, 1).AddMonths(1).AddDays(-1);

    /// <summary>
    /// Text form: <c>2022</c>, <c>2022-Q3</c>, <c>2022-04</c>, or <c>2022-01..02</c> for a span.
    /// </summary>
    public override string ToString() => Granularity switch
    {
        Granularity.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        Granularity.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-Q{((StartMonth - 1) / 3) + 1}"),
        Granularity.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{StartMonth:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{StartMonth:D2}..{EndMonth:D2}"),
    };

    /// <summary>Parses the forms written by <see cref="ToString"/>, plus <c>2022-M04</c> (SDMX) and <c>202204</c> (Comtrade).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out Period period) => PeriodText.TryParse(text, out period);

    /// <summary>Parses a period or throws with the offending text.</summary>
    /// <exception cref="FormatException">The text is not a period.</exception>
    public static Period Parse(string text) =>
        TryParse(text, out var period) ? period : throw new FormatException($"'{text}' is not a period (expected 2022, 2022-Q1, 2022-04 or 2022-01..02).");

    /// <inheritdoc />
    public bool Equals(Period other) => Year == other.Year && StartMonth == other.StartMonth && Months == other.Months;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Period other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Year, StartMonth, Months);

    /// <summary>Chronological by start, then shorter first.</summary>
    public int CompareTo(Period other) =>
        (Year, StartMonth, Months).CompareTo((other.Year, other.StartMonth, other.Months));

    /// <summary>Equality.</summary>
    public static bool operator ==(Period left, Period right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Period left, Period right) => !left.Equals(right);

    /// <summary>Chronological order.</summary>
    public static bool operator <(Period left, Period right) => left.CompareTo(right) < 0;

    /// <summary>Chronological order.</summary>
    public static bool operator >(Period left, Period right) => left.CompareTo(right) > 0;

    /// <summary>Chronological order.</summary>
    public static bool operator <=(Period left, Period right) => left.CompareTo(right) <= 0;

    /// <summary>Chronological order.</summary>
    public static bool operator >=(Period left, Period right) => left.CompareTo(right) >= 0;

    private static bool TryValidate(int year, int startMonth, int months, out string error)
    {
        error = year is < 1900 or > 2200 ? $"Year {year} should be in range [1900-2200]."
            : startMonth is < 1 or > 12 ? $"Month {startMonth} should be in range [1-12]."
            : months < 1 || startMonth + months - 1 > 12 ? $"A period of {months} month(s) from month {startMonth} does not fit inside {year}."
            : string.Empty;
        return error.Length == 0;
    }
}
