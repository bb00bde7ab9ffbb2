using Turnover.Ingest;

namespace Turnover.Application;

/// <summary>An exchange-rate table, and the rows left out of it.</summary>
/// <param name="Table">The rates; null when no file was given and none is bundled.</param>
/// <param name="Warnings">Flagged rate rows, each not used.</param>
public sealed record LoadedRates(ExchangeRateTable? Table, IReadOnlyList<IngestError> Warnings);
