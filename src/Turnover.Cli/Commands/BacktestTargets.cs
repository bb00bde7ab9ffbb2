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
                Pool($"{s.Reporter.Label}:{s.Partner.Label} ({s.Source}) HS {line.ProductCode} {name}", s, measure);
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
}
