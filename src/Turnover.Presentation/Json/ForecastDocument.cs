using Turnover.Analytics.Forecasting;
using Turnover.Application;
using Turnover.Presentation.Wording;

namespace Turnover.Presentation.Json;

/// <summary><c>turnover forecast --format json</c> and <c>GET /api/forecast</c>: contract <c>turnover.forecast/2</c> (docs/json-contract.md).</summary>
/// <param name="Contract">"turnover.forecast/2".</param>
/// <param name="Reporter">Whose statistics the model was fitted on.</param>
/// <param name="Partner">The other country.</param>
/// <param name="Source">The publisher.</param>
/// <param name="Measure">"turnover", "exports" or "imports", from the reporter's side.</param>
/// <param name="Frequency">"month" (steps and years) or "year" (years only).</param>
/// <param name="AsOf">The date the model's data is as of; null for everything stored.</param>
/// <param name="Currency">"USD": every <c>…Usd</c> amount.</param>
/// <param name="Model">The method asked for, how it was chosen, the model as fitted and any fallback.</param>
/// <param name="FittedOn">The observed months the model saw and the releases they come from.</param>
/// <param name="Simulation">Paths and seed: the same request gives the same numbers.</param>
/// <param name="ObservedYearToDateUsd">January to the last observed month of its year, included in that year's totals; null when the last observed month is a December.</param>
/// <param name="Steps">One per future month (China's combined January–February as one step); empty by year.</param>
/// <param name="Years">One per calendar year the forecast completes.</param>
internal sealed record ForecastDocument(
    string Contract,
    CountryJson Reporter,
    CountryJson Partner,
    SourceJson Source,
    string Measure,
    string Frequency,
    string? AsOf,
    string Currency,
    ForecastModelJson Model,
    FittedOnJson FittedOn,
    SimulationJson Simulation,
    decimal? ObservedYearToDateUsd,
    IReadOnlyList<FanStepJson> Steps,
    IReadOnlyList<FanStepJson> Years)
{
    public const string Name = "turnover.forecast/2";

    public static ForecastDocument From(ForecastAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var request = answer.Request;
        return new ForecastDocument(
            Name,
            CountryJson.From(answer.Choice.Reporter),
            CountryJson.From(answer.Choice.Partner),
            SourceJson.From(answer.Choice.Source),
            request.Measure.ToString().ToLowerInvariant(),
            request.Granularity.ToString().ToLowerInvariant(),
            JsonDates.Date(request.Pair.AsOf),
            "USD",
            new ForecastModelJson(request.Forecaster.Name, request.MethodNamed ? "named" : "default", ForecastMethodWording.Name(answer.Method), ForecastWording.Describe(request.Forecaster), ForecastNoteWording.Text(answer.Notes), PointJson.From(answer.Point)),
            new FittedOnJson(answer.FittedFrom.ToString(), answer.FittedThrough.ToString(), answer.Observations,
                [.. answer.Releases.Select(r => new ReleaseRefJson(r.Id, r.FileName, JsonDates.Date(r.Vintage)))], answer.UnpublishedSteps),
            new SimulationJson(request.Options.Paths, request.Options.Seed),
            JsonNumbers.Usd(answer.ObservedYearToDate),
            [.. answer.Steps.Select(FanStepJson.From)],
            [.. answer.Years.Select(FanStepJson.From)]);
    }
}

/// <summary>The model of a forecast.</summary>
/// <param name="Method">The method asked for, as it names itself ("Ensemble", "ETS (AICc)", "Theta"…).</param>
/// <param name="Chosen">"default" (no method named) or "named".</param>
/// <param name="Fitted">The model as fitted, e.g. "Ensemble(ETS(M,Ad,M), Theta, Seasonal naive)": ETS's form is the one AICc chose.</param>
/// <param name="Description">What the method does, in a sentence.</param>
/// <param name="Note">Why a fallback was used (a short series, zeros…); null when none was.</param>
/// <param name="Point">How the point forecast (<c>meanUsd</c>) was made apart from the paths; null when it is their average.</param>
internal sealed record ForecastModelJson(string Method, string Chosen, string Fitted, string Description, string? Note, PointJson? Point);

/// <summary>A point forecast made apart from the paths: its members with their weights.</summary>
/// <param name="Members">Each member as fitted, with its share of the point forecast.</param>
/// <param name="ScoredOrigins">The series' earlier year ends the weights were scored on; 0: the prior weights.</param>
internal sealed record PointJson(IReadOnlyList<PointMemberJson> Members, int ScoredOrigins)
{
    public static PointJson? From(PointForecastMethod? point) => point is null
        ? null
        : new([.. point.Blend.Parts.Select(p => new PointMemberJson(ForecastMethodWording.Name(p.Method), JsonNumbers.SharePercent(p.Weight ?? 1)))], point.ScoredOrigins);
}

/// <summary>One member of a point forecast.</summary>
/// <param name="Fitted">The member as fitted, as <c>fitted</c> words a model.</param>
/// <param name="WeightPct">Its share of the point forecast, percent.</param>
internal sealed record PointMemberJson(string Fitted, decimal WeightPct);

/// <summary>What the model was fitted on.</summary>
/// <param name="From">The first observed month.</param>
/// <param name="Through">The last observed month: the forecast starts after it.</param>
/// <param name="Observations">Months with a figure (China's combined January–February counts once).</param>
/// <param name="Releases">The live releases of the source published by the as-of date: what the figures come from.</param>
/// <param name="UnpublishedSteps">Steps between From and Through with no figure, left missing (never filled).</param>
internal sealed record FittedOnJson(string From, string Through, int Observations, IReadOnlyList<ReleaseRefJson> Releases, int UnpublishedSteps);

/// <summary>The simulation behind the intervals.</summary>
/// <param name="Paths">Simulated sample paths.</param>
/// <param name="Seed">The random seed.</param>
internal sealed record SimulationJson(int Paths, int Seed);

/// <summary>The forecast distribution of one future period, US dollars.</summary>
/// <param name="Period">As printed: "2025-03", "2025-01..02", "2025".</param>
/// <param name="MeanUsd">The point forecast: the mean of the simulated paths, or the point made apart from them (<see cref="ForecastModelJson.Point"/>).</param>
/// <param name="MedianUsd">Their median.</param>
/// <param name="Lower80Usd">10th percentile.</param>
/// <param name="Upper80Usd">90th percentile.</param>
/// <param name="Lower95Usd">2.5th percentile.</param>
/// <param name="Upper95Usd">97.5th percentile.</param>
internal sealed record FanStepJson(string Period, decimal? MeanUsd, decimal MedianUsd, decimal Lower80Usd, decimal Upper80Usd, decimal Lower95Usd, decimal Upper95Usd)
{
    public static FanStepJson From(FanStep s) => new(
        s.Period.ToString(), JsonNumbers.Usd(s.Mean), JsonNumbers.Usd(s.Median), JsonNumbers.Usd(s.Lower80), JsonNumbers.Usd(s.Upper80), JsonNumbers.Usd(s.Lower95), JsonNumbers.Usd(s.Upper95));
}
