namespace Turnover.Ingest.Mapped;

/// <summary>One part of a <see cref="PeriodPattern"/>.</summary>
internal enum PeriodToken
{
    Literal,
    Year,
    Month2,
    Month,
    MonthName,
    MonthAbbreviation,
    Quarter,
}
