using System.Diagnostics;
using System.Globalization;
using System.Text;
using Turnover.Analytics.Forecasting;

/// <summary>
/// The synthetic benchmark (README.md): generates the series, and compares Turnover's forecasters, fitted here, with
/// R's forecasts and times read from compare_synthetic.R's output. Single-threaded, one fit per series and method.
/// </summary>
internal static class SyntheticBench
{
    private const int H = 24;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>
    /// synthetic generate [out/synthetic.csv] [--count 1000] [--seed S]
    /// synthetic compare [out/synthetic.csv] [out/r_synthetic.csv] [--series M] [--csv out/cs_synthetic.csv]
    /// </summary>
    public static int Run(string[] args)
    {
        var positional = Positional(args);
        switch (positional.FirstOrDefault())
        {
            case "generate":
                var path = positional.ElementAtOrDefault(1) ?? "out/synthetic.csv";
                var count = int.Parse(Option(args, "--count") ?? "1000", Inv);
                var seed = ulong.Parse(Option(args, "--seed") ?? SyntheticSeries.DefaultSeed.ToString(Inv), Inv);
                SyntheticSeries.Write(path, count, seed);
                Console.WriteLine(string.Create(Inv, $"Wrote {count} series of {SyntheticSeries.Length} months (seed {seed}) to {path}."));
                return 0;
            case "compare":
                Compare(
                    positional.ElementAtOrDefault(1) ?? "out/synthetic.csv",
                    positional.ElementAtOrDefault(2) ?? "out/r_synthetic.csv",
                    Option(args, "--series") is { } limit ? int.Parse(limit, Inv) : int.MaxValue,
                    Option(args, "--csv") ?? "out/cs_synthetic.csv",
                    Option(args, "--python") ?? "out/py_synthetic.csv");
                return 0;
            default:
                Console.Error.WriteLine("Usage: synthetic generate [csv] [--count N] [--seed S] | synthetic compare [csv] [r csv] [--python statsmodels csv] [--series M] [--csv per-series output]");
                return 2;
        }
    }

    private sealed record Result(int Id, string Method, string Model, double Cpu, double Wall, double Mase, double Smape);

    private static void Compare(string dataPath, string rPath, int limit, string csvPath, string pyPath)
    {
        var series = SyntheticSeries.Read(dataPath).Take(limit).ToList();
        var methods = new (string Key, IForecaster Forecaster)[]
        {
            ("ets", new EtsForecaster()),
            ("etsw", EtsForecaster.AkaikeWeighted()),
            ("theta", new ThetaForecaster()),
            ("snaive", new SeasonalNaiveForecaster()),
            ("ens3", new EnsembleForecaster()),
            ("ens3w", new EnsembleForecaster(EtsForecaster.AkaikeWeighted(), new ThetaForecaster(), new SeasonalNaiveForecaster())),
            ("ens2", new EnsembleForecaster(new EtsForecaster(), new ThetaForecaster())),
            ("ens2w", new EnsembleForecaster(EtsForecaster.AkaikeWeighted(), new ThetaForecaster())),
                ("hw3", new HoldoutWeightedEnsemble(new EtsForecaster(), new ThetaForecaster(), new SeasonalNaiveForecaster())),
                ("hw3w", new HoldoutWeightedEnsemble(EtsForecaster.AkaikeWeighted(), new ThetaForecaster(), new SeasonalNaiveForecaster())),
                ("hw2w", new HoldoutWeightedEnsemble()), // the registered weighted-ensemble: AICc-weighted ETS + Theta
            ("sadrift", new DriftForecaster { SeasonallyAdjusted = true }),
            ("etsd", new EnsembleForecaster(EtsForecaster.AkaikeWeighted(), new DriftForecaster())), // the backtest's --ets-drift
            ("etsdsa", new EnsembleForecaster(EtsForecaster.AkaikeWeighted(), new DriftForecaster { SeasonallyAdjusted = true })),
            ("etsmix", new OwnWeightMixtureForecaster { PointMember = null }), // drift's share of the paths per series, ETS's point forecast (the default until 4 December 2026)
            ("etsmixp", new OwnWeightMixtureForecaster { PointMember = null, PointWeighted = true }), // the point forecast mixed too, by the series' own point errors
            ("etsmixpsa", new OwnWeightMixtureForecaster(EtsForecaster.AkaikeWeighted(), new DriftForecaster { SeasonallyAdjusted = true }) { PointWeighted = true }),
            // The default (ets-drift): the point forecast weighs ETS against Theta (used for the point only) at the same earlier origins.
            ("etsmixt", new OwnWeightMixtureForecaster { PointMember = new ThetaForecaster() }),
        };
        if (Environment.GetEnvironmentVariable("BENCH_METHODS") is { Length: > 0 } only)
        {
            // A quick check of a few methods (comma-separated keys), e.g. BENCH_METHODS=etsw,etsd.
            methods = [.. methods.Where(m => only.Split(',').Contains(m.Key))];
        }

        var noPaths = new ForecastOptions { Paths = 0 };

        // Warm-up: JIT and tiered compilation, so timings measure the steady state.
        foreach (var (_, values) in series.Take(20))
        {
            foreach (var (_, forecaster) in methods)
            {
                forecaster.Forecast(Training(values), H, noPaths);
            }
        }

        var results = new List<Result>();
        var rAicc = new Dictionary<int, (string Model, double Aicc)>();
        if (File.Exists(rPath))
        {
            var byId = series.ToDictionary(s => s.Key, s => s.Value);
            foreach (var row in File.ReadLines(rPath).Skip(1).Select(l => l.Split(';')))
            {
                var id = int.Parse(row[0], Inv);
                if (!byId.TryGetValue(id, out var values))
                {
                    continue;
                }

                var mean = row[5..].Select(v => double.Parse(v, Inv)).ToArray();
                var model = row[2].Split('|');
                results.Add(new Result(id, "R " + row[1], model[0], double.Parse(row[3], Inv), double.Parse(row[4], Inv), Mase(values, mean), Smape(values, mean)));
                if (row[1] == "ets")
                {
                    rAicc[id] = (model[0], double.Parse(model[1], Inv));
                }
            }
        }
        else
        {
            Console.WriteLine($"No R results ({rPath}): C# side only.");
        }

        // statsmodels' rows (compare_statsmodels.py) have R's layout; their AICc is statsmodels' own, not compared.
        if (File.Exists(pyPath))
        {
            var byId = series.ToDictionary(s => s.Key, s => s.Value);
            foreach (var row in File.ReadLines(pyPath).Skip(1).Select(l => l.Split(';')))
            {
                if (byId.TryGetValue(int.Parse(row[0], Inv), out var values))
                {
                    var mean = row[5..].Select(v => double.Parse(v, Inv)).ToArray();
                    results.Add(new Result(int.Parse(row[0], Inv), "Py " + row[1], row[2].Split('|')[0], double.Parse(row[3], Inv), double.Parse(row[4], Inv), Mase(values, mean), Smape(values, mean)));
                }
            }
        }
        else
        {
            Console.WriteLine($"No statsmodels results ({pyPath}).");
        }

        var clock = Stopwatch.StartNew();
        foreach (var (id, values) in series)
        {
            var training = Training(values);
            foreach (var (key, forecaster) in methods)
            {
                var cpu = Environment.CpuUsage.TotalTime;
                var wall = Stopwatch.GetTimestamp();
                var forecast = forecaster.Forecast(training, H, noPaths);
                var wallSeconds = Stopwatch.GetElapsedTime(wall).TotalSeconds;
                var cpuSeconds = (Environment.CpuUsage.TotalTime - cpu).TotalSeconds;
                results.Add(new Result(id, "C# " + key, MethodLabel.Of(forecast.Method), cpuSeconds, wallSeconds, Mase(values, forecast.Mean), Smape(values, forecast.Mean)));
            }
        }

        var elapsed = clock.Elapsed.TotalSeconds;
        WriteCsv(csvPath, results);

        var byMethod = results.GroupBy(r => r.Method).ToDictionary(g => g.Key, g => g.ToList());
        var arimaIds = byMethod.TryGetValue("R auto.arima", out var arima) ? arima.Select(r => r.Id).ToHashSet() : [];
        Console.WriteLine(string.Create(Inv, $"Synthetic benchmark: {series.Count} monthly series ({dataPath}), fitted on the first {SyntheticSeries.Training} months, {H} held out."));
        Console.WriteLine(string.Create(Inv, $"Single-threaded on both sides, one fit + {H}-month point forecast per series and method; C# side {elapsed:F0} s wall for {methods.Length} methods."));
        Table($"All {series.Count} series (auto.arima: only the {arimaIds.Count} series it was run on):", _ => true);
        if (arimaIds.Count > 0 && arimaIds.Count < series.Count)
        {
            Table($"The {arimaIds.Count} series auto.arima was run on (ids {arimaIds.Min()}–{arimaIds.Max()}):", r => arimaIds.Contains(r.Id));
        }

        Console.WriteLine();
        PointWeights.Print(methods, [.. series.Select(s => Training(s.Value))]);
        Wins("C# ets", "R ets");
        Wins("C# etsw", "R ets");
        Wins("C# ens3", "R ets");
        Wins("C# ens3w", "R ets");
        Wins("C# ens2", "R ets");
        Wins("C# ens2w", "R ets");
        Wins("C# hw2w", "R ets");
        Wins("C# etsmixt", "R ets");
        Wins("C# theta", "R thetaf");
        Wins("Py ets", "R ets");
        Wins("C# etsw", "Py ets");
        Wins("C# ets", "Py ets");
        Wins("Py hw", "R ets");
        Wins("C# ens3", "R auto.arima");

        if (rAicc.Count > 0)
        {
            // Model choice and optimiser quality against R's ets: the same model? our AICc for R's model vs R's own?
            var same = 0;
            var gaps = new List<double>();
            var choices = new Dictionary<(string R, string Ours), int>();
            foreach (var (id, values) in series)
            {
                if (!rAicc.TryGetValue(id, out var r))
                {
                    continue;
                }

                var training = Training(values);
                var ours = byMethod["C# ets"].First(x => x.Id == id).Model;
                same += ours == r.Model ? 1 : 0;
                choices[(r.Model, ours)] = choices.GetValueOrDefault((r.Model, ours)) + 1;
                var refit = new EtsForecaster(EtsModel.Parse(r.Model)).Fit(training, out _);
                gaps.Add((refit?.Aicc ?? double.NaN) - r.Aicc);
            }

            gaps.Sort();
            Console.WriteLine();
            Console.WriteLine(string.Create(Inv, $"Our ETS chose R's model in {same} of {rAicc.Count} series. Most frequent (R's choice → ours):"));
            foreach (var ((rModel, ours), n) in choices.OrderByDescending(c => c.Value).Take(10))
            {
                Console.WriteLine(string.Create(Inv, $"   {rModel,-13} → {ours,-13} {n,5}"));
            }

            Console.WriteLine(string.Create(Inv, $"Our fit of R's model has the lower AICc in {gaps.Count(g => g < 0)} of {gaps.Count} series (median difference {gaps[gaps.Count / 2]:F2}, worst {gaps[^1]:F2})."));
        }

        void Table(string title, Func<Result, bool> filter)
        {
            var rEts = byMethod.TryGetValue("R ets", out var list) ? list.Where(filter).Average(r => r.Cpu) : double.NaN;
            Console.WriteLine();
            Console.WriteLine(title);
            Console.WriteLine("   method         series  mean MASE  median MASE  mean sMAPE %  wall ms/series  CPU ms/series  R ets CPU ÷ CPU");
            foreach (var (method, rows) in byMethod.OrderBy(m => m.Key.StartsWith("R ", StringComparison.Ordinal) ? 0 : m.Key.StartsWith("Py ", StringComparison.Ordinal) ? 1 : 2))
            {
                var selected = rows.Where(filter).ToList();
                if (selected.Count == 0)
                {
                    continue;
                }

                var mase = selected.Select(r => r.Mase).Order().ToArray();
                var cpu = selected.Average(r => r.Cpu);
                Console.WriteLine(string.Create(Inv, $"   {method,-14} {selected.Count,6} {mase.Average(),10:F3} {Median(mase),12:F3} {selected.Average(r => r.Smape),13:F2} {selected.Average(r => r.Wall) * 1000,15:F2} {cpu * 1000,14:F2} {rEts / cpu,16:F1}"));
            }
        }

        void Wins(string a, string b)
        {
            if (!byMethod.TryGetValue(a, out var ra) || !byMethod.TryGetValue(b, out var rb))
            {
                return;
            }

            var pairs = ra.Join(rb, x => x.Id, y => y.Id, (x, y) => (A: x.Mase, B: y.Mase)).ToList();
            Console.WriteLine(string.Create(Inv, $"{a} has the lower MASE than {b} in {pairs.Count(p => p.A < p.B)} of {pairs.Count} series (ties {pairs.Count(p => p.A == p.B)}); mean MASE difference {pairs.Average(p => p.A - p.B):+0.000;-0.000;0.000}."));
        }
    }

    private static ModelSeries Training(double[] values) =>
        new(values.Take(SyntheticSeries.Training).Select(v => (double?)v).ToArray(), 12);

    private static double Mase(double[] values, IReadOnlyList<double> mean) =>
        ForecastAccuracy.Mase(Actual(values), mean, Training(values));

    private static double Smape(double[] values, IReadOnlyList<double> mean) =>
        ForecastAccuracy.Smape(Actual(values), mean);

    private static double?[] Actual(double[] values) =>
        values.Skip(SyntheticSeries.Training).Take(H).Select(v => (double?)v).ToArray();

    private static double Median(double[] sorted) =>
        sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;

    private static void WriteCsv(string path, List<Result> results)
    {
        var text = new StringBuilder("id;method;model;cpu_seconds;wall_seconds;mase;smape\n");
        foreach (var r in results.OrderBy(r => r.Id))
        {
            text.Append(Inv, $"{r.Id};{r.Method};{r.Model};{r.Cpu:F6};{r.Wall:F6};{r.Mase:F6};{r.Smape:F6}\n");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, text.ToString());
    }

    private static List<string> Positional(string[] args)
    {
        var list = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                i++; // every option takes a value
                continue;
            }

            list.Add(args[i]);
        }

        return list;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
