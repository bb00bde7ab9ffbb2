using Turnover.Analytics.Forecasting;
using Turnover.Core.Targets;
using Turnover.Ingest;

namespace Turnover.Application;

/// <summary>What to judge saved claims and targets with.</summary>
/// <param name="Today">The day of the judgement.</param>
public sealed record WatchRequest(DateOnly Today)
{
    /// <summary>
    /// How every watch judges and records (the command line's ingest, retract, watch and claims --save; the web's save
    /// and watch): the default model with its default options, always the same, so that a probability that changed
    /// was changed by the data.
    /// </summary>
    /// <param name="today">The day of the judgement.</param>
    /// <param name="targets">The registered targets.</param>
    /// <param name="rates">Exchange rates for amounts stated in yuan; null when none are loaded.</param>
    public static WatchRequest Recording(DateOnly today, IReadOnlyList<Target> targets, ExchangeRateTable? rates) => new(today)
    {
        Targets = targets,
        Rates = rates,
        Forecaster = ForecasterCatalog.Create(ForecasterCatalog.Default),
        Options = new ForecastOptions(),
        Record = true,
    };

    /// <summary>The registered targets (the targets file's and the store's), judged and used for the claims' targets.</summary>
    public IReadOnlyList<Target> Targets { get; init; } = [];

    /// <summary>Exchange rates for amounts stated in yuan; null when none are loaded.</summary>
    public ExchangeRateTable? Rates { get; init; }

    /// <summary>The model for probabilities; null for none.</summary>
    public IForecaster? Forecaster { get; init; }

    /// <summary>Simulated paths and the seed of the model.</summary>
    public ForecastOptions Options { get; init; } = new();

    /// <summary>Record the judgements as the last ones (the store must be writable), so the next report shows only later changes.</summary>
    public bool Record { get; init; }
}
