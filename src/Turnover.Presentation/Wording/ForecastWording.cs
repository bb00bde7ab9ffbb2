using System.Globalization;
using Turnover.Analytics.Forecasting;
using Turnover.Application;
using Turnover.Core;

namespace Turnover.Presentation.Wording;

/// <summary>The words of a forecast: what each method does, and how the model and its data were chosen.</summary>
internal static class ForecastWording
{
    /// <summary>What the method does, in a sentence.</summary>
    public static string Describe(IForecaster forecaster) => forecaster switch
    {
        EnsembleForecaster => "ETS, Theta and seasonal naive, each simulating an equal share of the paths, so the intervals carry the methods' disagreement",
        HoldoutWeightedEnsemble => "AICc-weighted ETS and Theta, each weighted by the inverse of its squared error on the series' own last steps held out, then refitted on the whole series",
        EtsForecaster { IsAkaikeWeighted: true } => "exponential smoothing: every form that fits, weighted by AICc",
        EtsForecaster { Model: null } => "exponential smoothing: the form (error, trend, season) with the lowest AICc",
        EtsForecaster => "exponential smoothing of the form named",
        ThetaForecaster => "the Theta method (as R's thetaf): simple exponential smoothing plus half the slope of a straight line through the data, seasonally adjusted where the season is significant",
        SeasonalNaiveForecaster => "seasonal naive: each month as the same month a year before",
        DriftForecaster => "random walk with drift: the last value plus the average change per step",
        _ => forecaster.Name,
    };

    /// <summary>"China–Russia trade turnover, forecast from 2025-06, US$ bn, as reported by China (GACC)".</summary>
    public static string Title(ForecastAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var choice = answer.Choice;
        var by = answer.Request.Granularity == Granularity.Year ? "by calendar year" : "by month and calendar year";
        return $"{SeriesTitle.What(choice.Reporter, choice.Partner, answer.Request.Measure)}, forecast after {answer.FittedThrough} {by}, US$ bn, as reported by {choice.Reporter.Name} ({SourceNames.Describe(choice.Source)})";
    }

    /// <summary>
    /// "Model: Ensemble(…). How: what it does; the default method." as the console prints it; "Model of the paths
    /// (median and intervals): …" where the mean is made apart from them, so it does not read as contradicting the
    /// members and weights the mean line names.
    /// </summary>
    public static string Model(ForecastAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var chosen = answer.Request.MethodNamed ? "the method asked for" : $"the default method (--method to choose: {string.Join(", ", Forecasters.Names)})";
        var what = answer.Point is null ? "Model" : "Model of the paths (median and intervals)";
        return $"{what}: {ForecastMethodWording.Name(answer.Method)}. How: {Describe(answer.Request.Forecaster)}; {chosen}."
            + (ForecastNoteWording.Text(answer.Notes) is { } note ? $" Note: {note}" : string.Empty);
    }

    /// <summary>
    /// "mean: the point forecast (ETS AICc-weighted 0.62 and Theta 0.38, …); median, …" as the console prints it under
    /// the fans: what the mean column is, with the weights of a point made apart from the paths.
    /// </summary>
    public static string Point(ForecastAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var how = answer.Point switch
        {
            null => "the average of the simulated paths",
            { Blend.Parts: [var own] } => $"{ForecastMethodWording.Label(own.Method)}'s own",
            { ScoredOrigins: 0 } p => $"{Weights(p)}, the prior weights: no earlier year end of this series to weigh them on",
            var p => string.Create(CultureInfo.InvariantCulture, $"{Weights(p)}, weighed by how each forecast this series after {p.ScoredOrigins} of its earlier year ends"),
        };
        return $"mean: the point forecast ({how}); median, 80% and 95%: the middle and central shares of the paths.";

        static string Weights(PointForecastMethod point) => string.Join(
            " and ",
            point.Blend.Parts.Select(m => string.Create(CultureInfo.InvariantCulture, $"{ForecastMethodWording.Label(m.Method)} {m.Weight:0.00}")));
    }

    /// <summary>"Fitted on 138 months of China's statistics (GACC), 2014-01 to 2025-06, releases #1, #2 …; 2,000 simulated paths, seed …".</summary>
    public static string FittedOn(ForecastAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var choice = answer.Choice;
        var releases = answer.Releases.Count == 0
            ? "no release recorded"
            : (answer.Releases.Count == 1 ? "release " : "releases ") + string.Join(", ", answer.Releases.Select(r => $"#{r.Id} {r.FileName}"));
        var asOf = answer.Request.Pair.AsOf is { } d ? string.Create(CultureInfo.InvariantCulture, $", as published by {d:yyyy-MM-dd}") : string.Empty;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Fitted on {answer.Observations} monthly figures, {answer.FittedFrom} to {answer.FittedThrough}{Gaps(answer.UnpublishedSteps)}{asOf}, of {SourceNames.Describe(choice.Source)} ({releases}); {answer.Request.Options.Paths:N0} simulated paths, seed {answer.Request.Options.Seed}.");
    }

    // The span alone reads as every month of it: the models take the unpublished ones as missing.
    private static string Gaps(int unpublished) => unpublished switch
    {
        0 => string.Empty,
        1 => " (one step between them unpublished, left missing)",
        _ => string.Create(CultureInfo.InvariantCulture, $" ({unpublished} steps between them unpublished, left missing)"),
    };

    /// <summary>What the calendar-year totals are made of, when the last observed year is incomplete.</summary>
    public static string? YearToDate(ForecastAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var last = answer.FittedThrough;
        return answer.ObservedYearToDate is { } ytd && answer.Years.Any(y => y.Period.Year == last.Year)
            ? string.Create(CultureInfo.InvariantCulture, $"{last.Year}: January to {last} as observed ({Numbers.Billions(ytd)} bn) plus the simulated rest of the year.")
            : null;
    }
}
