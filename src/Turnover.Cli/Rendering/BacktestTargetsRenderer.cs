using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Turnover.Analytics.Calibration;
using Turnover.Presentation.Json;

namespace Turnover.Cli.Rendering;

/// <summary>Prints the target backtest: per method the scores by horizon, then the reliability of the stated probabilities.</summary>
internal static class BacktestTargetsRenderer
{
    public static void RenderJson(TextWriter output, IReadOnlyList<TargetBacktestRun> runs, TargetBacktestOptions options) =>
        output.WriteLine(JsonSerializer.Serialize(BacktestTargetsDocument.From(runs, options), TurnoverJsonContext.Readable.BacktestTargetsDocument));

    public static void Render(IAnsiConsole console, IReadOnlyList<TargetBacktestRun> runs, TargetBacktestOptions options, IReadOnlyList<string> flows)
    {
        var growth = string.Join(", ", options.GrowthPercents.Select(g => g.ToString("+0.#;−0.#;0", CultureInfo.InvariantCulture) + "%"));
        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"Target backtest ({string.Join(", ", flows)}): at every December, P(some year in the next k reaches that year's total × (1+g)^k), k = 1–{options.Years}, g = {growth}; {options.Forecast.Paths:N0} paths, seed {options.Forecast.Seed}")));
        foreach (var origins in runs.FirstOrDefault()?.Origins ?? [])
        {
            console.WriteLine($"{origins.Series}: origins {Years(origins.Years)}");
        }

        var scores = new Table().Border(TableBorder.Rounded);
        scores.AddColumns("method", "years ahead", "targets", "met", "Brier", "climat.", "base rate", "skill", "years", "80% cover", "95% cover");
        foreach (var run in runs)
        {
            // Each horizon, then the near ones (1–3) and all of them pooled, each pooled row only when it pools something new.
            var near = Math.Min(BacktestTargetsDocument.NearYears, options.Years);
            var pooled = new[] { near, options.Years }.Distinct().Where(to => to > 1);
            var rows = Enumerable.Range(1, options.Years).Select(k => CalibrationScores.Score(run, k, k))
                .Concat(pooled.Select(to => CalibrationScores.Score(run, 1, to)));
            foreach (var s in rows)
            {
                scores.AddRow(
                    Markup.Escape(run.Method), s.FromHorizon == s.ToHorizon ? Int(s.FromHorizon) : $"{s.FromHorizon}–{s.ToHorizon}", Int(s.Targets), Percent(s.BaseRate),
                    Fixed(s.Brier, "0.000"), Fixed(s.BrierClimatology, "0.000"), Fixed(s.BrierBaseRate, "0.000"), Percent(s.SkillVsClimatology),
                    Int(s.Years), Percent(s.Coverage80), Percent(s.Coverage95));
            }
        }

        console.WriteWhole(scores);
        console.WriteLine("Brier: mean of (stated − outcome)², lower is better; climatology: " + BacktestTargetsDocument.ClimatologyText
            + "; base rate: the share met among all these targets of the same growth and horizon (knows the outcomes); skill: 1 − Brier / climatology's.");
        foreach (var run in runs)
        {
            var factors = Enumerable.Range(1, options.Years).Select(k => $"{Int(k)} y ×{Fixed(WidthFactors.Estimate(run, k, k), "0.00")}");
            console.WriteLine($"Width factors, {run.Method}: {string.Join(", ", factors)}.");
        }

        console.WriteLine("Width factor: the scaling of the paths' log-deviations from their median that would have put these annual totals on 80% and 95% coverage"
            + " (geometric mean of the two; above 1: the intervals were too narrow); in sample, so to be applied (--widen) only to other series or later origins.");

        var reliability = new Table().Border(TableBorder.Rounded);
        reliability.AddColumns("method", "stated", "targets", "mean stated", "observed", "gap");
        foreach (var run in runs)
        {
            foreach (var bin in CalibrationScores.Reliability(run.Targets.Select(c => (c.Stated, c.Met))).Where(b => b.Cases > 0))
            {
                reliability.AddRow(
                    Markup.Escape(run.Method), $"{Int((int)Math.Round(bin.From * 100))}–{Int((int)Math.Round(bin.To * 100))}%", Int(bin.Cases), Percent(bin.MeanStated), Percent(bin.Observed),
                    Fixed(bin.GapPoints, "+0;−0;0") + " pts");
            }
        }

        console.WriteWhole(reliability);
        console.WriteLine("Reliability: targets by stated probability (every horizon pooled), the share of them met; gap: observed − mean stated.");
        if (options.Stability)
        {
            RenderStability(console, runs, options);
        }
    }

    private static void RenderStability(IAnsiConsole console, IReadOnlyList<TargetBacktestRun> runs, TargetBacktestOptions options)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumns("method", "years ahead", "changes", "months", "outside 80%", "median", "mean", "90th pct", "largest", "mean, all months");
        foreach (var run in runs)
        {
            foreach (var s in BacktestTargetsDocument.StabilityRanges(options.Years).Select(r => CalibrationScores.Stability(run, r.From, r.To)))
            {
                table.AddRow(
                    Markup.Escape(run.Method), s.FromHorizon == s.ToHorizon ? Int(s.FromHorizon) : $"{s.FromHorizon}–{s.ToHorizon}", Int(s.Changes), Int(s.Steps), Int(s.StepsOutside),
                    Fixed(s.MedianPoints, "0.0"), Fixed(s.MeanPoints, "0.0"), Fixed(s.P90Points, "0.0"), Fixed(s.MaxPoints, "0.0"), Fixed(s.MeanAllPoints, "0.0"));
            }
        }

        console.WriteWhole(table);
        console.WriteLine("Stability: " + BacktestTargetsDocument.StabilityText + "; mean, all months: the mean |change| on every new month, inside the interval or not; in percentage points.");
    }

    private static string Years(IReadOnlyList<int> years) =>
        years.Count == 0 ? "none" : years.Count == 1 ? Int(years[0]) : $"{Int(years[0])}–{Int(years[^1])} ({Int(years.Count)})";

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Percent(double share) => Fixed(share * 100, "0") + "%";

    private static string Fixed(double value, string format) => double.IsNaN(value) ? "–" : value.ToString(format, CultureInfo.InvariantCulture);
}
