using Turnover.Analytics.Calibration;

namespace Turnover.Presentation.Json;

/// <summary><c>turnover backtest --targets --format json</c>: contract <c>turnover.backtest-targets/1</c> (docs/json-contract.md).</summary>
/// <param name="Contract">"turnover.backtest-targets/1".</param>
/// <param name="Settings">What was posed at each origin, and the simulation.</param>
/// <param name="Climatology">How the baseline probability was formed, in a sentence.</param>
/// <param name="Series">Each series with its origin years.</param>
/// <param name="Methods">Per method: scores per horizon, pooled over 1–3 and over all horizons, and the reliability table.</param>
internal sealed record BacktestTargetsDocument(
    string Contract,
    TargetBacktestSettingsJson Settings,
    string Climatology,
    IReadOnlyList<BacktestSeriesJson> Series,
    IReadOnlyList<MethodCalibrationJson> Methods)
{
    public const string Name = "turnover.backtest-targets/1";

    /// <summary>The horizons pooled for the near-term goals (80% and 95% coverage up to three years ahead).</summary>
    public const int NearYears = 3;

    public const string ClimatologyText =
        "the share of the same target (same growth, same horizon) met when posed at each earlier December of the training years, as (met + 1/2) / (posed + 1): 1/2 without history";

    public const string StabilityText =
        "|change| of each target's probability when one more month of the year after its origin arrived and lay inside the previous forecast's 80% interval for it (months: such arrivals; outside 80%: arrivals left out)";

    /// <summary>The deadline ranges the stability is reported over: each horizon, then 1–3 and all pooled.</summary>
    public static IEnumerable<(int From, int To)> StabilityRanges(int years) =>
        Enumerable.Range(1, years).Select(k => (k, k))
            .Concat(new[] { Math.Min(NearYears, years), years }.Distinct().Where(to => to > 1).Select(to => (1, to)));

    public static BacktestTargetsDocument From(IReadOnlyList<TargetBacktestRun> runs, TargetBacktestOptions options)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return new BacktestTargetsDocument(
            Name,
            new TargetBacktestSettingsJson(options.Years, [.. options.GrowthPercents.Select(g => JsonNumbers.Percent(g)!.Value)], options.MinObservations, options.Forecast.Paths, options.Forecast.Seed, options.Stability, options.LunarNewYear),
            ClimatologyText,
            runs.Count == 0 ? [] : [.. runs[0].Origins.Select(o => new BacktestSeriesJson(o.Series, o.Years))],
            [.. runs.Select(run => MethodCalibrationJson.From(run, options))]);
    }
}

/// <summary>What the backtest posed.</summary>
/// <param name="Years">Deadlines 1 to this many calendar years after each origin.</param>
/// <param name="GrowthPct">Annual growth rates sizing the targets: origin year's total × (1 + g)^k.</param>
/// <param name="MinObservations">Observed monthly steps an origin's training part must hold.</param>
/// <param name="Paths">Simulated paths per forecast.</param>
/// <param name="Seed">The random seed.</param>
/// <param name="Stability">True when the month-by-month stability was measured (<c>--stability</c>).</param>
/// <param name="LunarNewYear">True when single-month series had the Lunar New Year's timing adjusted (<c>--lunar-new-year</c>).</param>
internal sealed record TargetBacktestSettingsJson(int Years, IReadOnlyList<decimal> GrowthPct, int MinObservations, int Paths, int Seed, bool Stability, bool LunarNewYear);

/// <summary>One series of the backtest.</summary>
/// <param name="Series">"REPORTER:PARTNER (Source) measure".</param>
/// <param name="OriginYears">The model saw the figures through December of each.</param>
internal sealed record BacktestSeriesJson(string Series, IReadOnlyList<int> OriginYears);

/// <summary>One method's calibration.</summary>
/// <param name="Method">The method as it names itself.</param>
/// <param name="Horizons">One entry per horizon, 1 to the settings' years.</param>
/// <param name="Near">Horizons 1–3 pooled.</param>
/// <param name="All">Every horizon pooled.</param>
/// <param name="Reliability">Ten bins of the stated probability, every horizon pooled.</param>
/// <param name="Stability">Per horizon, then 1–3 and all pooled, how much the probabilities moved on an ordinary month; null unless measured.</param>
/// <param name="StabilityByMonth">Per series and month of the year, every horizon pooled; null unless measured.</param>
internal sealed record MethodCalibrationJson(
    string Method, IReadOnlyList<HorizonScoresJson> Horizons, HorizonScoresJson Near, HorizonScoresJson All, IReadOnlyList<ReliabilityBinJson> Reliability,
    IReadOnlyList<StabilityScoresJson>? Stability, IReadOnlyList<StabilityMonthJson>? StabilityByMonth)
{
    public static MethodCalibrationJson From(TargetBacktestRun run, TargetBacktestOptions options) => new(
        run.Method,
        [.. Enumerable.Range(1, options.Years).Select(k => HorizonScoresJson.From(run, k, k))],
        HorizonScoresJson.From(run, 1, Math.Min(BacktestTargetsDocument.NearYears, options.Years)),
        HorizonScoresJson.From(run, 1, options.Years),
        [.. CalibrationScores.Reliability(run.Targets.Select(c => (c.Stated, c.Met))).Select(ReliabilityBinJson.From)],
        options.Stability ? [.. BacktestTargetsDocument.StabilityRanges(options.Years).Select(r => StabilityScoresJson.From(CalibrationScores.Stability(run, r.From, r.To)))] : null,
        options.Stability ? StabilityMonthJson.From(run) : null);
}

/// <summary>
/// How much the probabilities moved when one series' month of the year arrived, every horizon pooled: where a
/// pooled mean hides a month that moves them (the Lunar New Year's January and February on a single-month series).
/// </summary>
/// <param name="Series">The series, as in the document's series list.</param>
/// <param name="Month">The new step's first month (1 for China's combined January–February).</param>
/// <param name="Changes">Target probabilities compared across an ordinary new step of this month.</param>
/// <param name="MeanPct">Mean |change| on those, percentage points; null without any.</param>
/// <param name="ChangesAllMonths">Target probabilities compared across any new step of this month.</param>
/// <param name="MeanAllMonthsPct">Mean |change| on those.</param>
internal sealed record StabilityMonthJson(string Series, int Month, int Changes, decimal? MeanPct, int ChangesAllMonths, decimal? MeanAllMonthsPct)
{
    public static IReadOnlyList<StabilityMonthJson> From(TargetBacktestRun run) =>
        [.. run.Stability.Where(c => double.IsFinite(c.Before) && double.IsFinite(c.After))
            .GroupBy(c => (c.Series, c.NewStep.StartMonth))
            .OrderBy(g => g.Key.Series, StringComparer.Ordinal).ThenBy(g => g.Key.StartMonth)
            .Select(g =>
            {
                var ordinary = g.Where(c => c.Ordinary).ToList();
                return new StabilityMonthJson(
                    g.Key.Series, g.Key.StartMonth, ordinary.Count, ordinary.Count == 0 ? null : JsonNumbers.Percent(ordinary.Average(c => c.ChangePoints)),
                    g.Count(), JsonNumbers.Percent(g.Average(c => c.ChangePoints)));
            })];
}

/// <summary>How much the stated probabilities moved on ordinary months, over a range of horizons.</summary>
/// <param name="FromYears">The nearest deadline, in years after the origin.</param>
/// <param name="ToYears">The farthest.</param>
/// <param name="Changes">Target probabilities compared across an ordinary month.</param>
/// <param name="Months">Ordinary new months (series, origin and month) behind them.</param>
/// <param name="MonthsOutside">New months outside the previous forecast's 80% interval, left out.</param>
/// <param name="MedianPct">Median |change|, percentage points; null without changes.</param>
/// <param name="MeanPct">Mean |change|.</param>
/// <param name="P90Pct">90th percentile of |change|.</param>
/// <param name="MaxPct">Largest |change|.</param>
/// <param name="MeanAllMonthsPct">Mean |change| over every new month, inside the previous interval or not.</param>
internal sealed record StabilityScoresJson(
    int FromYears, int ToYears, int Changes, int Months, int MonthsOutside, decimal? MedianPct, decimal? MeanPct, decimal? P90Pct, decimal? MaxPct, decimal? MeanAllMonthsPct)
{
    public static StabilityScoresJson From(StabilityScores s) => new(
        s.FromHorizon, s.ToHorizon, s.Changes, s.Steps, s.StepsOutside,
        JsonNumbers.Percent(s.MedianPoints), JsonNumbers.Percent(s.MeanPoints), JsonNumbers.Percent(s.P90Points), JsonNumbers.Percent(s.MaxPoints), JsonNumbers.Percent(s.MeanAllPoints));
}

/// <summary>Scores over a range of horizons.</summary>
/// <param name="FromYears">The nearest deadline, in years after the origin.</param>
/// <param name="ToYears">The farthest.</param>
/// <param name="Targets">Targets scored.</param>
/// <param name="MetPct">The share met.</param>
/// <param name="Brier">Brier score of the stated probabilities (0 perfect, lower is better); null without targets.</param>
/// <param name="BrierClimatology">Brier score of the climatology baseline.</param>
/// <param name="BrierBaseRate">Brier score of the in-sample base rate per growth and horizon (knows the outcomes).</param>
/// <param name="SkillPct">1 − Brier / climatology's, as a percentage: positive beats the baseline.</param>
/// <param name="AnnualTotals">Forecast annual totals compared with the actual.</param>
/// <param name="Coverage80Pct">Share of actual annual totals inside the 80% interval.</param>
/// <param name="Coverage95Pct">Share inside the 95% interval.</param>
/// <param name="WidthFactor">
/// The scaling of the paths' log-deviations from the median that would have brought these annual totals to nominal
/// coverage (geometric mean of the 80% and 95% levels' factors; <c>--widen</c> applies such factors); in sample:
/// fit on these very totals. Null when it cannot be measured.
/// </param>
internal sealed record HorizonScoresJson(
    int FromYears, int ToYears, int Targets, decimal? MetPct, decimal? Brier, decimal? BrierClimatology, decimal? BrierBaseRate, decimal? SkillPct,
    int AnnualTotals, decimal? Coverage80Pct, decimal? Coverage95Pct, decimal? WidthFactor)
{
    public static HorizonScoresJson From(TargetBacktestRun run, int fromYears, int toYears)
    {
        var s = CalibrationScores.Score(run, fromYears, toYears);
        return new(
            s.FromHorizon, s.ToHorizon, s.Targets, Pct(s.BaseRate), Score(s.Brier), Score(s.BrierClimatology), Score(s.BrierBaseRate), Pct(s.SkillVsClimatology),
            s.Years, Pct(s.Coverage80), Pct(s.Coverage95), Factor(WidthFactors.Estimate(run, fromYears, toYears)));
    }

    private static decimal? Factor(double factor) => double.IsFinite(factor) ? Math.Round((decimal)factor, 3, MidpointRounding.AwayFromZero) : null;

    internal static decimal? Pct(double share) => JsonNumbers.Percent(share * 100);

    private static decimal? Score(double brier) => double.IsFinite(brier) ? Math.Round((decimal)brier, 4, MidpointRounding.AwayFromZero) : null;
}

/// <summary>One bin of the reliability table.</summary>
/// <param name="FromPct">Lower bound of the stated probability (inclusive).</param>
/// <param name="ToPct">Upper bound (exclusive; 100 inclusive).</param>
/// <param name="Targets">Targets whose stated probability fell in the bin.</param>
/// <param name="MeanStatedPct">Their mean stated probability; null when empty.</param>
/// <param name="ObservedPct">The share of them met; null when empty.</param>
internal sealed record ReliabilityBinJson(decimal FromPct, decimal ToPct, int Targets, decimal? MeanStatedPct, decimal? ObservedPct)
{
    public static ReliabilityBinJson From(ReliabilityBin b) => new(
        HorizonScoresJson.Pct(b.From)!.Value, HorizonScoresJson.Pct(b.To)!.Value, b.Cases, HorizonScoresJson.Pct(b.MeanStated), HorizonScoresJson.Pct(b.Observed));
}
