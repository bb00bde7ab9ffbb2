using Turnover.Analytics.Forecasting;
using Turnover.Claims;
using Turnover.Core.Targets;
using Turnover.Ingest;

namespace Turnover.Application;

/// <summary>A news text whose trade claims are to be read and checked against the store.</summary>
/// <param name="Text">The text, already decoded (see <see cref="ClaimTextDecoder"/>).</param>
/// <param name="Today">The day the outcome is judged on ("today"), and the article date when neither the request nor the text gives one.</param>
public sealed record ClaimCheckRequest(string Text, DateOnly Today)
{
    /// <summary>The article's date: anchors relative periods and is the date projections and targets are judged as of; null to read it from the text's dateline, else assume <see cref="Today"/>.</summary>
    public DateOnly? ArticleDate { get; init; }

    /// <summary>The text's language, or <see cref="ClaimLanguage.Auto"/> (the default) to detect it per sentence.</summary>
    public ClaimLanguage Language { get; init; }

    /// <summary>Monthly exchange rates to convert amounts stated in yuan (or another currency); null when none are loaded (such claims are then not verifiable).</summary>
    public ExchangeRateTable? Rates { get; init; }

    /// <summary>Registered targets: a target or projection that matches one (pair, metric, amount, deadline year) is judged as that target.</summary>
    public IReadOnlyList<Target> KnownTargets { get; init; } = [];

    /// <summary>The model for the probability of projections and targets; null for none.</summary>
    public IForecaster? Forecaster { get; init; }

    /// <summary>Simulated paths and the seed of the model.</summary>
    public ForecastOptions Options { get; init; } = new();
}
