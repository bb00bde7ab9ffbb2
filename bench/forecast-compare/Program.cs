// Compares Turnover's forecasters with R's forecast package (r_forecasts.csv, written by compare.R) on the bundled
// real monthly series: the same windows, a 24-month holdout, MASE and sMAPE, fit time.
// Usage: dotnet run -c Release -- [data/national folder] [r_forecasts.csv] [--per-model]
//        dotnet run -c Release -- synthetic generate|compare ...   (the synthetic benchmark: SyntheticBench.cs, run.sh)
using System.Diagnostics;
using System.Globalization;
using Turnover.Analytics.Forecasting;

if (args.Length > 0 && args[0] == "synthetic")
{
    Environment.ExitCode = SyntheticBench.Run(args[1..]);
    return;
}

const int H = 24;
var inv = CultureInfo.InvariantCulture;
var dir = args.Length > 0 ? args[0] : "../../data/national";
var rFile = args.Length > 1 ? args[1] : "r_forecasts.csv";

var kosis = File.ReadAllLines(Path.Combine(dir, "kosis_korea_china_monthly.csv")).Skip(1).Select(l => l.Split(',')).ToArray();
var census = File.ReadAllLines(Path.Combine(dir, "us_census_usa_china_monthly.csv")).Skip(1).Select(l => l.Split(';')).ToArray();
double Num(string s) => double.Parse(s.Replace(",", "", StringComparison.Ordinal), inv);
var series = new Dictionary<string, double[]>
{
    ["kr_exports"] = kosis.Select(r => Num(r[^2])).ToArray(),
    ["kr_imports"] = kosis.Select(r => Num(r[^1])).ToArray(),
    ["us_exports"] = census.Select(r => Num(r[1])).ToArray(),
    ["us_imports"] = census.Select(r => Num(r[2])).ToArray(),
};

var windows = new List<(string Name, int Start, int Length)>();
foreach (var (name, values) in series)
{
    windows.Add((name, 0, values.Length - H));
    for (var s = 0; s <= values.Length - 120 - H; s += 12)
    {
        windows.Add((name, s, 120));
    }
}

var rRows = File.Exists(rFile)
    ? File.ReadAllLines(rFile).Select(l => l.Split(';')).ToDictionary(r => (r[0], int.Parse(r[1], inv), int.Parse(r[2], inv), r[3]), r => r)
    : [];

var methods = new (string Key, IForecaster Forecaster)[]
{
    ("ets", new EtsForecaster()),
    ("theta", new ThetaForecaster()),
    ("snaive", new SeasonalNaiveForecaster()),
    ("ens3", new EnsembleForecaster()),
    ("ens2", new EnsembleForecaster(new EtsForecaster(), new ThetaForecaster())),
    ("etsw", EtsForecaster.AkaikeWeighted()),
    ("madm", new EtsForecaster(EtsModel.Parse("MAdM"))),
    ("mam", new EtsForecaster(EtsModel.Parse("MAM"))),
    ("ens3w", new EnsembleForecaster(EtsForecaster.AkaikeWeighted(), new ThetaForecaster(), new SeasonalNaiveForecaster())),
    ("ens2w", new EnsembleForecaster(EtsForecaster.AkaikeWeighted(), new ThetaForecaster())),
    ("hw3", new HoldoutWeightedEnsemble(new EtsForecaster(), new ThetaForecaster(), new SeasonalNaiveForecaster())),
    ("hw3w", new HoldoutWeightedEnsemble(EtsForecaster.AkaikeWeighted(), new ThetaForecaster(), new SeasonalNaiveForecaster())),
    ("hw2w", new HoldoutWeightedEnsemble()), // the registered weighted-ensemble: AICc-weighted ETS + Theta
    // The target backtest's --own-mix with its point forecast mixed too (etsmix's is etsw's). Its earlier fits are
    // kept by the instance, so the best of five times the final fits only: its time column understates it.
    ("etsmixp", new OwnWeightMixtureForecaster { PointMember = null, PointWeighted = true }),
    ("etsmixpsa", new OwnWeightMixtureForecaster(EtsForecaster.AkaikeWeighted(), new DriftForecaster { SeasonallyAdjusted = true }) { PointWeighted = true }),
    // The default (ets-drift): the point forecast weighs ETS against Theta (used for the point only) at the same earlier origins.
    ("etsmixt", new OwnWeightMixtureForecaster { PointMember = new ThetaForecaster() }),
};
if (Environment.GetEnvironmentVariable("BENCH_METHODS") is { Length: > 0 } only)
{
    // A quick check of a few methods (comma-separated keys), e.g. BENCH_METHODS=etsw,etsmixt.
    methods = [.. methods.Where(m => only.Split(',').Contains(m.Key))];
}

var noPaths = new ForecastOptions { Paths = 0 };

// BENCH_LUNAR_NEW_YEAR=1: each method also with the Lunar New Year adjustment (rows "C# KEY+lny", not timed).
var lunarNewYear = Environment.GetEnvironmentVariable("BENCH_LUNAR_NEW_YEAR") == "1";

// Warm-up: JIT and tiered compilation, so timings measure the steady state.
var warm = new ModelSeries(series["kr_exports"].Take(120).Select(v => (double?)v).ToArray(), 12);
for (var i = 0; i < 3; i++)
{
    foreach (var (_, f) in methods)
    {
        f.Forecast(warm, H, noPaths);
    }
}

if (args.Contains("--per-model"))
{
    // Time per model on one 120-month window: where the AICc search spends its time.
    foreach (var code in new[] { "ANN", "AAN", "AAdN", "MNN", "MAN", "MAdN", "ANA", "AAA", "AAdA", "MNA", "MAA", "MAdA", "MNM", "MAM", "MAdM" })
    {
        var forecaster = new EtsForecaster(EtsModel.Parse(code));
        var cpu = CpuSeconds();
        EtsFitInfo? info = null;
        for (var i = 0; i < 20; i++)
        {
            info = forecaster.Fit(warm, out _);
        }

        var ms = (CpuSeconds() - cpu) * 1000 / 20;
        Console.WriteLine(string.Create(inv, $"{code,-5} {ms,7:F2} ms CPU  {info?.Evaluations,5} evals  {ms * 1000 / (info?.Evaluations ?? 1),6:F2} µs/eval  AICc {info?.Aicc:F2}"));
    }

    return;
}

var results = new List<(string Window, string Method, string Model, double Seconds, double Mase, double Smape, bool Full)>();
var aiccRows = new List<string>();
var aiccGaps = new List<double>();
foreach (var (name, start, length) in windows)
{
    var all = series[name];
    var training = new ModelSeries(all.Skip(start).Take(length).Select(v => (double?)v).ToArray(), 12);
    var actual = all.Skip(start + length).Take(H).Select(v => (double?)v).ToArray();
    var label = string.Create(inv, $"{name}@{start}+{length}");
    var full = start == 0 && length == all.Length - H;
    foreach (var (key, forecaster) in methods)
    {
        // Best of five, as compare.R takes the best of three: the machine is shared.
        Forecast forecast = null!;
        var seconds = double.PositiveInfinity;
        for (var rep = 0; rep < 5; rep++)
        {
            var cpu = CpuSeconds();
            forecast = forecaster.Forecast(training, H, noPaths);
            seconds = Math.Min(seconds, CpuSeconds() - cpu);
        }
        results.Add((label, "C# " + key, MethodLabel.Of(forecast.Method), seconds, ForecastAccuracy.Mase(actual, forecast.Mean, training), ForecastAccuracy.Smape(actual, forecast.Mean), full));
        if (lunarNewYear)
        {
            // The same method with the Lunar New Year's timing taken out of the window's January and February and put
            // back in the forecast, as MonthlySteps does for the CLI (both series start in January 2001).
            var adjusted = LunarNewYearWindow.Forecast(forecaster, all.Skip(start).Take(length).ToArray(), 2001 + (start / 12), H, noPaths);
            results.Add((label, "C# " + key + "+lny", MethodLabel.Of(adjusted.Method), double.NaN, ForecastAccuracy.Mase(actual, adjusted.Mean, training), ForecastAccuracy.Smape(actual, adjusted.Mean), full));
        }
    }

    foreach (var rMethod in new[] { "ets", "thetaf", "auto.arima", "snaive" })
    {
        if (!rRows.TryGetValue((name, start, length, rMethod), out var row))
        {
            continue;
        }

        var mean = row[6..].Select(v => double.Parse(v, inv)).ToArray();
        var model = row[4].Split('|')[0];
        results.Add((label, "R " + rMethod, model, double.Parse(row[5], inv), ForecastAccuracy.Mase(actual, mean, training), ForecastAccuracy.Smape(actual, mean), full));
        if (rMethod == "ets")
        {
            // Optimiser quality: our AICc for the model R chose, against R's own.
            var rAicc = double.Parse(row[4].Split('|')[1], inv);
            var ours = new EtsForecaster(EtsModel.Parse(model)).Fit(training, out _);
            var auto = new EtsForecaster().Fit(training, out _);
            aiccGaps.Add((ours?.Aicc ?? double.NaN) - rAicc);
            aiccRows.Add(string.Create(inv, $"{label,-22} R {model,-13} AICc {rAicc,10:F2} | ours same model {ours?.Aicc,10:F2} ({ours?.Evaluations} evals) | ours auto {auto?.Model} {auto?.Aicc,10:F2}"));
        }
    }
}

Console.WriteLine("Per window (MASE / sMAPE %, fit+forecast CPU time, model):");
foreach (var group in results.GroupBy(r => r.Window))
{
    Console.WriteLine(group.Key);
    foreach (var r in group)
    {
        Console.WriteLine(string.Create(inv, $"   {r.Method,-12} {r.Mase,7:F3} {r.Smape,7:F2}  {r.Seconds * 1000,8:F1} ms  {r.Model}"));
    }
}

Console.WriteLine();
Console.WriteLine("AICc of R's chosen model, R's fit vs ours:");
aiccRows.ForEach(Console.WriteLine);
Console.WriteLine(string.Create(inv, $"Our fit of R's model has the lower AICc in {aiccGaps.Count(g => g < 0)} of {aiccGaps.Count} windows (mean difference {aiccGaps.Average():F2}, worst {aiccGaps.Max():F2})."));

void Summary(string title, Func<(string Window, string Method, string Model, double Seconds, double Mase, double Smape, bool Full), bool> filter)
{
    Console.WriteLine();
    Console.WriteLine(title);
    Console.WriteLine("   method        mean MASE  median MASE  mean sMAPE  mean time   windows");
    foreach (var group in results.Where(filter).GroupBy(r => r.Method))
    {
        var mase = group.Select(r => r.Mase).Order().ToArray();
        Console.WriteLine(string.Create(inv, $"   {group.Key,-12} {mase.Average(),10:F3} {mase[mase.Length / 2],12:F3} {group.Average(r => r.Smape),11:F2} {group.Average(r => r.Seconds) * 1000,8:F1} ms {group.Count(),6}"));
    }
}

void Wins(string a, string b)
{
    var byWindow = results.GroupBy(r => r.Window)
        .Where(g => g.Any(r => r.Method == a) && g.Any(r => r.Method == b))
        .Select(g => (A: g.Single(r => r.Method == a).Mase, B: g.Single(r => r.Method == b).Mase)).ToList();
    if (byWindow.Count == 0)
    {
        return;
    }

    Console.WriteLine(string.Create(inv, $"{a} has the lower MASE than {b} in {byWindow.Count(w => w.A < w.B)} of {byWindow.Count} windows (ties {byWindow.Count(w => w.A == w.B)})."));
}

Console.WriteLine();
PointWeights.Print(methods, [.. windows.Select(w => new ModelSeries(series[w.Name].Skip(w.Start).Take(w.Length).Select(v => (double?)v).ToArray(), 12))]);
Wins("C# ets", "R ets");
Wins("C# etsw", "R ets");
Wins("C# ens3", "R ets");
Wins("C# ens2", "R ets");
Wins("C# ens2w", "R ets");
Wins("C# hw2w", "R ets");
Wins("C# etsmixt", "R ets");
Wins("C# etsw+lny", "C# etsw");
Wins("C# etsmixt+lny", "C# etsmixt");
Wins("C# theta", "R thetaf");
Wins("C# ens3", "R auto.arima");
Wins("R auto.arima", "R ets");

Summary("Full history, last 24 months held out (4 series):", r => r.Full);
Summary("120-month windows, next 24 months held out:", r => !r.Full);
Summary("All windows:", _ => true);

// CPU time rather than wall time: the comparison machine is shared, and both sides are single-threaded.
static double CpuSeconds() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
