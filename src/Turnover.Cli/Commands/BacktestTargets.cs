using Turnover.Analytics.Calibration;
using Turnover.Analytics.Forecasting;
using Turnover.Core;
using Turnover.Store;

namespace Turnover.Cli.Commands;

/// <summary>
/// Reads each pair's monthly series once and runs the target backtest of every method on every flow, then on every
/// product line asked for, pooling the series per method.
/// </summary>
internal static class BacktestTargets
{
    /// <summary>What sets a product line's label apart from a pair's: the product code follows it.</summary>
    private const string LineMark = " HS ";

    /// <summary>The window of the recent-outcome maps, in years of deadlines up to the origin (chosen after a first run, not tuned).</summary>
    private const int RecentYears = 3;

    /// <summary>Where the eras of origins split (the 2008 crisis; chosen after a first run, to read, not to tune).</summary>
    private const int EraSplit = 2008;

    /// <summary>Bands of calendar years of history before an origin (chosen before the run: short, middling, long).</summary>
    private static readonly (int From, int? To)[] s_historyBands = [(0, 4), (5, 9), (10, null)];

    private static readonly (CrossCorrection Correction, string Name)[] s_corrections =
    [
        (CrossCorrection.Widths, "cross widths"),
        (CrossCorrection.WidthsBySide, "cross widths by side"),
        (CrossCorrection.WidthQuantiles, "cross width quantiles"),
        (CrossCorrection.Logistic, "cross logistic map"),
        (CrossCorrection.Binned, "cross binned map"),
        (CrossCorrection.Centre, "cross centre"),
        (CrossCorrection.CentreAndWidths, "cross centre and widths"),
    ];

    /// <summary>Every stored monthly product line of every publisher (China's customs for a Wind export).</summary>
    public static IReadOnlyList<ProductLineSeries> ProductLines(ITradeStore store) =>
        [.. Enum.GetValues<SourceKind>().SelectMany(source => store.ProductLineSeries(source))];

    public static IReadOnlyList<TargetBacktestRun> Run(
        ITradeStore store,
        IReadOnlyList<(Country Reporter, Country Partner, SourceKind Source)> pairs,
        IReadOnlyList<string> flows,
        IReadOnlyList<ProductLineSeries> productLines,
        IReadOnlyList<IForecaster> forecasters,
        TargetBacktestOptions options,
        Action<string> note)
    {
        var pooled = forecasters.Select(f => new TargetBacktestRun(f.Name, [], [], [])).ToArray();
        foreach (var (reporter, partner, source) in pairs)
        {
            var monthly = store.ReadSeries(new SeriesRequest(reporter, partner, source, Granularity.Month, null));
            foreach (var flow in flows)
            {
                Pool($"{reporter.Label}:{partner.Label} ({source}) {flow}", monthly, SeriesCommand.ParseMeasure(flow));
            }
        }

        // A product line is one flow (Wind's are China's imports): scored on each flow it has figures of, never on a
        // turnover that would need the other flow.
        foreach (var line in productLines)
        {
            var s = line.Series;
            foreach (var (measure, name) in new[] { (Measure.Imports, "imports"), (Measure.Exports, "exports") }.Where(m => s.Values.Any(v => v.Get(m.Item1) is not null)))
            {
                Pool($"{s.Reporter.Label}:{s.Partner.Label} ({s.Source}){LineMark}{line.ProductCode} {name}", s, measure);
            }
        }

        return pooled;

        void Pool(string label, PairSeries monthly, Measure measure)
        {
            for (var i = 0; i < forecasters.Count; i++)
            {
                var run = TargetBacktest.Run(monthly, measure, label, forecasters[i], options);
                if (run.Targets.Count == 0)
                {
                    // The origins depend on the data only: one note per series, not one per method.
                    if (i == 0)
                    {
                        note($"{label}: no December with {options.MinObservations} observed months before it and the next year's total after it; skipped.");
                    }

                    continue;
                }

                pooled[i] = pooled[i].Append(run);
            }
        }
    }

    /// <summary>
    /// Each method's run, then the run restated by every cross-series correction, learnt from every other series and
    /// (when both pairs and product lines were scored) from the other series of the same set; when both sets were
    /// scored, each of these also on the pairs alone and on the lines alone.
    /// </summary>
    public static IReadOnlyList<TargetBacktestRun> CrossCalibrated(IReadOnlyList<TargetBacktestRun> runs)
    {
        var result = new List<TargetBacktestRun>();
        foreach (var run in runs)
        {
            var bothSets = BothSets(run);
            var scored = new List<TargetBacktestRun> { run with { Paths = [] } };
            foreach (var (correction, name) in s_corrections)
            {
                scored.Add(CrossCalibration.Apply(run, correction, null, $"{run.Method}, {name}"));
                if (bothSets)
                {
                    scored.Add(CrossCalibration.Apply(run, correction, Set, $"{run.Method}, {name}, same set"));
                }
            }

            // The maps learnt from the last three years' outcomes only, after a first run showed the drift over time.
            scored.Add(CrossCalibration.Apply(run, CrossCorrection.Logistic, null, $"{run.Method}, cross logistic map, last {RecentYears} years", RecentYears));
            scored.Add(CrossCalibration.Apply(run, CrossCorrection.Binned, null, $"{run.Method}, cross binned map, last {RecentYears} years", RecentYears));

            // The centre learnt from the last three years' outcomes only: the one that can follow an era (posed before its run).
            scored.Add(CrossCalibration.Apply(run, CrossCorrection.Centre, null, $"{run.Method}, cross centre, last {RecentYears} years", RecentYears));

            // Diagnostics, never a stated probability: the maps learnt also from outcomes decided after each origin.
            scored.Add(CrossCalibration.Apply(run, CrossCorrection.Logistic, null, $"{run.Method}, cross logistic map, any year (diagnostic: sees later outcomes)", includingLater: true));
            scored.Add(CrossCalibration.Apply(run, CrossCorrection.Binned, null, $"{run.Method}, cross binned map, any year (diagnostic: sees later outcomes)", includingLater: true));
            scored.Add(CrossCalibration.Apply(run, CrossCorrection.Centre, null, $"{run.Method}, cross centre, any year (diagnostic: sees later outcomes)", includingLater: true));
            foreach (var s in scored)
            {
                result.Add(s);
                if (bothSets)
                {
                    result.Add(Only(s, (l, _) => !IsProductLine(l), " (pairs)"));
                    result.Add(Only(s, (l, _) => IsProductLine(l), " (lines)"));
                }

                // The same cases by era of origin: whether a correction learnt from earlier years holds in later ones.
                result.Add(Only(s, (_, origin) => origin < EraSplit, $" (origins before {EraSplit})"));
                result.Add(Only(s, (_, origin) => origin >= EraSplit, $" (origins {EraSplit} on)"));
            }
        }

        return result;
    }

    /// <summary>
    /// Each method's run, then the same cases by set (pairs, product lines, when both were scored), by era of origin,
    /// by years of history before the origin (under 5, 5 to 9, 10 on), and by history within each era: whether a miss
    /// follows the length of the series the model saw or the years it was posed in (issue 11).
    /// </summary>
    public static IReadOnlyList<TargetBacktestRun> ByHistory(IReadOnlyList<TargetBacktestRun> runs)
    {
        var result = new List<TargetBacktestRun>();
        foreach (var run in runs)
        {
            var whole = run with { Paths = [] };
            result.Add(whole);
            if (BothSets(run))
            {
                result.Add(Only(whole, (l, _) => !IsProductLine(l), " (pairs)"));
                result.Add(Only(whole, (l, _) => IsProductLine(l), " (lines)"));
            }

            // A series' history at an origin is the same for every case posed there.
            var history = run.Targets.DistinctBy(c => (c.Series, c.OriginYear)).ToDictionary(c => (c.Series, c.OriginYear), c => c.HistoryYears);
            (Func<int, bool> Keep, string Name)[] eras = [(y => true, string.Empty), (y => y < EraSplit, $"origins before {EraSplit}, "), (y => y >= EraSplit, $"origins {EraSplit} on, ")];
            foreach (var (inEra, era) in eras)
            {
                foreach (var (from, to) in s_historyBands)
                {
                    var band = to is { } last ? (from == 0 ? $"history under {last + 1} years" : $"history {from}–{last} years") : $"history {from} years on";
                    var split = Only(whole, (l, y) => inEra(y) && history.TryGetValue((l, y), out var h) && h >= from && (to is not { } t || h <= t), $" ({era}{band})");
                    if (split.Targets.Count > 0)
                    {
                        result.Add(split);
                    }
                }
            }
        }

        return result;
    }

    // True when the run scored pairs and product lines both, so each set is also shown alone.
    private static bool BothSets(TargetBacktestRun run) =>
        run.Origins.Any(o => IsProductLine(o.Series)) && !run.Origins.All(o => IsProductLine(o.Series));

    private static bool IsProductLine(string label) => label.Contains(LineMark, StringComparison.Ordinal);

    private static string Set(string label) => IsProductLine(label) ? "lines" : "pairs";

    private static TargetBacktestRun Only(TargetBacktestRun run, Func<string, int, bool> keep, string suffix) => new(
        run.Method + suffix,
        [.. run.Origins.Select(o => o with { Years = [.. o.Years.Where(y => keep(o.Series, y))] }).Where(o => o.Years.Count > 0)],
        [.. run.Targets.Where(c => keep(c.Series, c.OriginYear))],
        [.. run.Intervals.Where(c => keep(c.Series, c.OriginYear))]);
}
