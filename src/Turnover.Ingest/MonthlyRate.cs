using Turnover.Core;

namespace Turnover.Ingest;

/// <summary>The average of the daily rates of one month, in currency units per US dollar.</summary>
/// <param name="Currency">The currency.</param>
/// <param name="Year">Calendar year.</param>
/// <param name="Month">Calendar month 1–12.</param>
/// <param name="UnitsPerUsd">Average units of <paramref name="Currency"/> per USD.</param>
public readonly record struct MonthlyRate(Currency Currency, int Year, int Month, decimal UnitsPerUsd);
