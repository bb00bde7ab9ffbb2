using Turnover.Core;

namespace Turnover.Ingest;

/// <summary>The first and last months an exchange-rate table holds a currency's rate for.</summary>
/// <param name="First">The first month.</param>
/// <param name="Last">The last month.</param>
public sealed record RateMonths(Period First, Period Last);
