using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Turnover.Analytics.Calibration;
using Turnover.Analytics.Forecasting;
using Turnover.Cli.Rendering;
using Turnover.Core;
using Turnover.Store;

namespace Turnover.Cli.Commands;

/// <summary><c>turnover backtest [REPORTER:PARTNER…]</c>: rolling-origin accuracy of each forecasting method on stored series.</summary>
internal static class BacktestCommand
{
    public static Command Create(CliEnvironment env)
    {
        var series = new Argument<string[]>("series") { Description = "Reporter:partner pairs, e.g. CHN:RUS USA:CHN (default: every stored pair)", Arity = ArgumentArity.ZeroOrMore };
        var horizon = new Option<int>("--horizon") { Description = "Steps ahead from each origin", DefaultValueFactory = _ => 12 };
        var origins = new Option<int>("--origins") { Description = "Number of forecast origins", DefaultValueFactory = _ => 12 };
        var methods = new Option<string[]>("--methods") { Description = $"Methods ({string.Join(", ", Forecasters.Names)})", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [.. Forecasters.Names] };
        var flow = new Option<string[]>("--flow") { Description = "turnover, exports or imports (several pool their series)", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => ["turnover"] };
        flow.AcceptOnlyFromAmong("turnover", "exports", "imports");
        var paths = new Option<int?>("--paths") { Description = "Simulated paths per forecast (default 500; with --targets 2,000, as the target check)" };
        var targets = new Option<bool>("--targets") { Description = "Target mode: at every December, the probability of reaching the year's total × (1+g)^k within k years, scored against what happened (Brier, reliability, annual 80%/95% coverage)" };
        var years = new Option<int>("--years") { Description = "With --targets: deadlines 1 to this many years ahead", DefaultValueFactory = _ => new TargetBacktestOptions().Years };
        var growth = new Option<double[]>("--growth") { Description = "With --targets: annual growth rates (%) sizing the targets", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [.. new TargetBacktestOptions().GrowthPercents] };
        var products = new Option<bool>("--products") { Description = "With --targets: also every stored monthly product line (e.g. China's energy imports by origin from a Wind export), each an imports or exports series" };
        var stability = new Option<bool>("--stability") { Description = "With --targets: also refit after every month of the year after each origin and report how much the probabilities move on a month inside the previous 80% interval (12 times the work)" };
        var productsOnly = new Option<bool>("--products-only") { Description = "With --targets: the product lines alone, without the pairs' totals" };
        var widen = new Option<double[]>("--widen") { Description = "With --targets: scale every method's paths around their median by these factors, 1 year ahead first (the last holds beyond), as estimated on other series (the width factors a backtest prints)", AllowMultipleArgumentsPerToken = true };
        var ownWidths = new Option<bool>("--own-widths") { Description = "With --targets: also score each method with its interval width set by the series' own earlier origins (up to 8 more fits per forecast)" };
        var ownChoice = new Option<bool>("--own-choice") { Description = "With --targets: also score the method chosen per series between ETS (AICc-weighted) and drift by their interval scores at the series' own earlier origins" };
        var borrowed = new Option<bool>("--ets-drift-spread") { Description = "With --targets: also score ETS (AICc-weighted)'s centre with drift's spread around it" };
        var etsDrift = new Option<bool>("--ets-drift") { Description = "With --targets: also score ETS (AICc-weighted) and drift, each simulating half the paths: drift as R's rwf, and on the seasonally adjusted series" };
        var ownMix = new Option<bool>("--own-mix") { Description = "With --targets: also score ETS (AICc-weighted) mixed with drift (plain, the method ets-drift, and seasonally adjusted) in shares set per series by the mixture's scores at the series' own earlier origins" };
        var ownMixWidths = new Option<bool>("--own-mix-widths") { Description = "With --targets: also score ets-drift with its paths scaled by the mixture's held-out errors at the series' own earlier origins up to 6 years ahead (both sides of the median alike, and each side apart), moved by its mean held-out log error, and both" };
        var monthlyWeights = new Option<bool>("--monthly-weights") { Description = "With --targets: also score ets-drift with its weights refitted on the series as it stands at every month (the default until 4 December 2026), not only at year ends" };
        var driftYearLevel = new Option<bool>("--drift-year-level") { Description = "With --targets: also score ets-drift with drift's level and slope taken from whole years (the last twelve months' mean, the slope between the first and last years' means) instead of the last month" };
        var driftLogScale = new Option<bool>("--drift-log-scale") { Description = "With --targets: also score ets-drift with drift on the log scale (geometric growth, R's rwf(lambda = 0, drift = TRUE); a series with a zero month keeps drift on the values), plain and on the seasonally adjusted series" };
        var crossCalibration = new Option<bool>("--cross-calibration") { Description = "With --targets: also score each method with corrections learnt at each origin from the other series' outcomes known by then (width factors and centre shifts per year ahead; maps of the stated probability), and each set (pairs, product lines) apart" };
        var byHistory = new Option<bool>("--by-history") { Description = "With --targets: also score each method on the pairs and the product lines apart, by era of origin (before 2008, 2008 on), by calendar years of history before the origin (under 5, 5–9, 10 on) and by history within each era (not with --cross-calibration)" };
        var estimatedParameters = new Option<bool>("--estimated-parameters") { Description = "With --targets: also score ets-drift with ETS's paths widened for its estimated parameters, by √(1 + h/T) at h steps after T observed ones (as drift's own paths are)" };
        var regimeDrift = new Option<bool>("--regime-drift") { Description = "With --targets: also score ets-drift with each drift path's growth drawn from the series' own rolling three-year growth rates (shrunk towards the whole history's by n / (n + 2), n its disjoint three-year windows)" };
        var lunarNewYear = new Option<bool>("--lunar-new-year") { Description = "With --targets: every method sees single-month series with the Lunar New Year's timing taken out of January and February (measured on each series' years before the origin) and put back in the paths" };
        var format = new Option<string>("--format") { Description = "table or json (json with --targets)", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var db = new StoreOptions();
        var command = new Command("backtest", "Rolling-origin evaluation of the forecasting methods: MASE, sMAPE, 80%/95% interval coverage; with --targets, the calibration of target probabilities")
        {
            series, horizon, origins, methods, flow, paths, targets, years, growth, stability, products, productsOnly, widen, ownWidths, ownChoice, borrowed, etsDrift, ownMix, ownMixWidths, monthlyWeights, driftYearLevel, driftLogScale, crossCalibration, byHistory, estimatedParameters, regimeDrift, lunarNewYear, format,
        };
        db.AddTo(command);
        command.SetAction(parse =>
        {
            // An option of the target mode alone: whether it is asked; refused without --targets.
            bool TargetsOnly(Option<bool> option)
            {
                if (parse.GetValue(option) && !parse.GetValue(targets))
                {
                    throw new UserInputException($"{option.Name} is for the target mode (--targets).");
                }

                return parse.GetValue(option);
            }

            var forecasters = parse.GetValue(methods)!.Select(m => Forecasters.TryGet(m, out var f) ? f : throw new UserInputException($"unknown method '{m}' (expected {string.Join(", ", Forecasters.Names)} or an ETS code such as MAdM).")).ToList();
            if (parse.GetValue(widen) is { Length: > 0 } factors)
            {
                if (!parse.GetValue(targets))
                {
                    throw new UserInputException("--widen is for the target mode (--targets).");
                }

                foreach (var w in factors.Where(w => !double.IsFinite(w) || w <= 0))
                {
                    throw new UserInputException($"--widen {w.ToString(CultureInfo.InvariantCulture)} should be a positive factor (1 leaves the intervals as they are).");
                }

                forecasters = [.. forecasters.Select(f => (IForecaster)new WidenedForecaster(f, factors))];
            }

            if (TargetsOnly(ownWidths))
            {
                forecasters = [.. forecasters, .. forecasters.Select(f => (IForecaster)new OwnErrorWidthForecaster(f))];
            }

            if (TargetsOnly(ownChoice))
            {
                forecasters = [.. forecasters, new OwnBacktestChoiceForecaster()];
            }

            if (TargetsOnly(borrowed))
            {
                forecasters = [.. forecasters, new BorrowedSpreadForecaster(EtsForecaster.AkaikeWeighted(), new DriftForecaster())];
            }

            if (TargetsOnly(etsDrift))
            {
                forecasters = [.. forecasters, .. EtsDriftMixtures()];
            }

            if (TargetsOnly(ownMix))
            {
                // The plain mixture is also the method ets-drift: scored once when --methods names it too.
                IForecaster[] mixtures = [new OwnWeightMixtureForecaster(), new OwnWeightMixtureForecaster(EtsForecaster.AkaikeWeighted(), new DriftForecaster { SeasonallyAdjusted = true })];
                forecasters = [.. forecasters, .. mixtures.Where(m => !forecasters.Any(f => f.Name == m.Name))];
            }

            if (TargetsOnly(ownMixWidths))
            {
                forecasters = [.. forecasters, .. HeldOutWidthMixtures()];
            }

            if (TargetsOnly(monthlyWeights))
            {
                var plain = new OwnWeightMixtureForecaster();
                forecasters = [.. forecasters, new OwnWeightMixtureForecaster { WeightsAtYearEnd = false, Name = plain.Name + ", refitted every month" }];
            }

            if (TargetsOnly(driftYearLevel))
            {
                forecasters = [.. forecasters, new OwnWeightMixtureForecaster(EtsForecaster.AkaikeWeighted(), new DriftForecaster { YearLevel = true })];
            }

            if (TargetsOnly(driftLogScale))
            {
                // Also on the seasonally adjusted series: a month's seasonal swing is otherwise a log shock, compounded.
                forecasters =
                [
                    .. forecasters,
                    new OwnWeightMixtureForecaster(EtsForecaster.AkaikeWeighted(), new DriftForecaster { LogScale = true }),
                    new OwnWeightMixtureForecaster(EtsForecaster.AkaikeWeighted(), new DriftForecaster { LogScale = true, SeasonallyAdjusted = true }),
                ];
            }

            if (TargetsOnly(regimeDrift))
            {
                // The default's members and point member, drift's growth drawn from the series' regimes.
                forecasters = [.. forecasters, new OwnWeightMixtureForecaster(EtsForecaster.AkaikeWeighted(), new DriftForecaster { RegimeGrowth = true }) { PointMember = new ThetaForecaster() }];
            }

            if (TargetsOnly(estimatedParameters))
            {
                // The default's members and point member, ETS's paths widened; drift's already carry its drift's uncertainty.
                var plain = new OwnWeightMixtureForecaster();
                forecasters = [.. forecasters, new OwnWeightMixtureForecaster(new EstimatedParameterForecaster(EtsForecaster.AkaikeWeighted()), new DriftForecaster()) { PointMember = new ThetaForecaster(), Name = plain.Name + ", ETS widened for estimated parameters" }];
            }

            if (TargetsOnly(byHistory) && parse.GetValue(crossCalibration))
            {
                throw new UserInputException("--by-history and --cross-calibration split the cases each their own way: ask for one at a time.");
            }

            var flows = parse.GetValue(flow)!.Distinct(StringComparer.Ordinal).ToList();
            if (parse.GetValue(targets))
            {
                foreach (var pointOnly in new Option[] { horizon, origins }.Where(o => parse.GetResult(o) is { Implicit: false }))
                {
                    throw new UserInputException($"{pointOnly.Name} is for the point backtest; --targets takes every December as an origin and --years as the horizons.");
                }

                var targetOptions = new TargetBacktestOptions
                {
                    Years = Positive(parse.GetValue(years), "--years"),
                    GrowthPercents = parse.GetValue(growth)!.Distinct().Order().Select(g => g > -100 ? g : throw new UserInputException($"--growth {g.ToString(CultureInfo.InvariantCulture)} should be above -100 (%).")).ToList(),
                    Forecast = new ForecastOptions { Paths = CommonOptions.Paths(parse.GetValue(paths) ?? new ForecastOptions().Paths) },
                    Stability = parse.GetValue(stability),
                    KeepPaths = parse.GetValue(crossCalibration),
                    LunarNewYear = parse.GetValue(lunarNewYear),
                };
                using var targetStore = db.OpenForQuery(parse, env);
                var lines = parse.GetValue(products) || parse.GetValue(productsOnly) ? BacktestTargets.ProductLines(targetStore) : [];
                var pairs = parse.GetValue(productsOnly) ? [] : Pairs(targetStore, parse.GetValue(series)!);
                var json = parse.GetValue(format) == "json";
                // A skipped series is a note beside the table, and on stderr beside JSON: stdout holds the document alone.
                var runs = BacktestTargets.Run(targetStore, pairs, flows, lines, forecasters, targetOptions, json ? m => env.Error.WriteLine("note: " + m) : env.Console.WriteLine);
                if (targetOptions.KeepPaths)
                {
                    runs = BacktestTargets.CrossCalibrated(runs);
                }

                if (parse.GetValue(byHistory))
                {
                    runs = BacktestTargets.ByHistory(runs);
                }

                if (json)
                {
                    BacktestTargetsRenderer.RenderJson(env.Out, runs, targetOptions);
                }
                else
                {
                    // What the heading names as the series scored: the pairs' flows, the product lines, or both.
                    IReadOnlyList<string> scored = parse.GetValue(productsOnly) ? ["product lines"] : parse.GetValue(products) ? [$"{string.Join(", ", flows)}; product lines"] : flows;
                    BacktestTargetsRenderer.Render(env.Console, runs, targetOptions, scored);
                }

                return ExitCodes.Ok;
            }

            if (parse.GetValue(format) == "json")
            {
                throw new UserInputException("JSON is written by the target mode (--targets); the point backtest prints a table.");
            }

            if (parse.GetValue(products) || parse.GetValue(productsOnly))
            {
                throw new UserInputException("--products and --products-only are for the target mode (--targets).");
            }

            if (parse.GetValue(stability))
            {
                throw new UserInputException("--stability is for the target mode (--targets).");
            }

            if (parse.GetValue(crossCalibration))
            {
                throw new UserInputException("--cross-calibration is for the target mode (--targets).");
            }

            if (parse.GetValue(lunarNewYear))
            {
                throw new UserInputException("--lunar-new-year is for the target mode (--targets).");
            }

            var h = Positive(parse.GetValue(horizon), "--horizon");
            var n = Positive(parse.GetValue(origins), "--origins");
            var options = new ForecastOptions { Paths = CommonOptions.Paths(parse.GetValue(paths) ?? 500) };
            using var store = db.OpenForQuery(parse, env);
            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumns("series", "method", "origins", "points", "MASE", "sMAPE", "80% cover", "95% cover", "time");
            foreach (var ((reporter, partner, source), flowName) in Pairs(store, parse.GetValue(series)!).SelectMany(p => flows.Select(f => (p, f))))
            {
                var measure = SeriesCommand.ParseMeasure(flowName);
                var label = $"{reporter.Label}:{partner.Label} ({source})" + (flows.Count > 1 ? " " + flowName : string.Empty);
                var monthly = store.ReadSeries(new SeriesRequest(reporter, partner, source, Granularity.Month, null));
                if (MonthlySteps.Build(monthly, measure) is not { } steps || steps.Series.ObservedCount < h + 4)
                {
                    env.Console.WriteLine($"{label}: too few monthly observations for horizon {h}; skipped.");
                    continue;
                }

                foreach (var forecaster in forecasters)
                {
                    // Timed with the injected clock, so a test's stopped clock prints fixed times (and fixed column widths).
                    var started = env.Clock.GetTimestamp();
                    var result = Backtest.Run(steps.Series, forecaster, h, n, options);
                    table.AddRow(
                        label, Markup.Escape(forecaster.Name), result.Origins.Count.ToString(CultureInfo.InvariantCulture),
                        result.Points.ToString(CultureInfo.InvariantCulture), Fixed(result.Mase, "0.000"), Fixed(result.Smape, "0.0") + "%",
                        Fixed(result.Coverage80 * 100, "0") + "%", Fixed(result.Coverage95 * 100, "0") + "%",
                        env.Clock.GetElapsedTime(started).TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s");
                }
            }

            env.Console.MarkupLine($"[bold]Rolling-origin backtest: horizon {h} steps, {n} origins, {Markup.Escape(string.Join(", ", flows))} (China's combined Jan–Feb is one step)[/]");
            env.Console.WriteWhole(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static IReadOnlyList<(Country Reporter, Country Partner, SourceKind Source)> Pairs(ITradeStore store, string[] specs)
    {
        if (specs.Length == 0)
        {
            return store.Coverage().Where(c => c.MonthsPublished > 0).Select(c => (c.Reporter, c.Partner, c.Source)).ToList();
        }

        return specs.Select(spec =>
        {
            var parts = spec.Split(':');
            if (parts.Length != 2)
            {
                throw new UserInputException($"series '{spec}' should be REPORTER:PARTNER, e.g. CHN:RUS.");
            }

            var (reporter, partner) = (CommonOptions.ParseCountry(parts[0]), CommonOptions.ParseCountry(parts[1]));
            var coverage = store.Coverage(reporter, partner).Where(c => c.Reporter == reporter).OrderByDescending(c => c.Records).FirstOrDefault()
                ?? throw new UserInputException($"no data reported by {reporter.Name} on {partner.Name}.");
            return (reporter, partner, coverage.Source);
        }).ToList();
    }

    private static int Positive(int value, string option) => value > 0 ? value : throw new UserInputException($"{option} should be positive.");

    private static string Fixed(double value, string format) => double.IsNaN(value) ? "–" : value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>
    /// ETS (AICc-weighted) and drift in equal shares of the paths, drift plain (R's rwf) and on the seasonally adjusted
    /// series: a centre between ETS's and the series' average growth, measured by the target backtest (README).
    /// </summary>
    private static IForecaster[] EtsDriftMixtures() =>
    [
        new EnsembleForecaster(EtsForecaster.AkaikeWeighted(), new DriftForecaster()) { Name = "ETS (AICc-weighted) and drift" },
        new EnsembleForecaster(EtsForecaster.AkaikeWeighted(), new DriftForecaster { SeasonallyAdjusted = true }) { Name = "ETS (AICc-weighted) and drift (seasonally adjusted)" },
    ];

    /// <summary>
    /// The default method, ets-drift, with its paths scaled by its held-out errors up to six years ahead (both sides
    /// alike, and each side apart), moved by its mean held-out error, and both.
    /// </summary>
    private static IForecaster[] HeldOutWidthMixtures()
    {
        var name = new OwnWeightMixtureForecaster().Name;
        return
        [
            new OwnWeightMixtureForecaster { Widening = HeldOutWidening.BothSides, Name = name + ", held-out widths" },
            new OwnWeightMixtureForecaster { Widening = HeldOutWidening.EachSide, Name = name + ", held-out widths by side" },
            new OwnWeightMixtureForecaster { HeldOutCentre = true, Name = name + ", held-out centre" },
            new OwnWeightMixtureForecaster { HeldOutCentre = true, Widening = HeldOutWidening.BothSides, Name = name + ", held-out centre and widths" },
        ];
    }
}
