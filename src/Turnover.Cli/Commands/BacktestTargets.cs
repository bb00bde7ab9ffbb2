using Spectre.Console;
using Turnover.Analytics.Calibration;
using Turnover.Analytics.Forecasting;
using Turnover.Core;
using Turnover.Store;

namespace Turnover.Cli.Commands;

/// <summary>Reads each pair's monthly series once and runs the target backtest of every method on every flow, pooling the series per method.</summary>
internal static class BacktestTargets
{
    public static IReadOnlyList<TargetBacktestRun> Run(
        TradeStore store,
        IReadOnlyList<(Country Reporter, Country Partner, SourceKind Source)> pairs,
        IReadOnlyList<string> flows,
        IReadOnlyList<IForecaster> forecasters,
        TargetBacktestOptions options,
        IAnsiConsole console)
    {
        var pooled = forecasters.Select(f => new TargetBacktestRun(f.Name, [], [], [])).ToArray();
        foreach (var (reporter, partner, source) in pairs)
        {
            var monthly = store.ReadSeries(new SeriesRequest(reporter, partner, source, Granularity.Month, null));
            foreach (var flow in flows)
            {
                var label = $"{reporter.Label}:{partner.Label} ({source}) {flow}";
                for (var i = 0; i < forecasters.Count; i++)
                {
                    var run = TargetBacktest.Run(monthly, SeriesCommand.ParseMeasure(flow), label, forecasters[i], options);
                    if (run.Targets.Count == 0)
                    {
                        // The origins depend on the data only: one note per series, not one per method.
                        if (i == 0)
                        {
                            console.WriteLine($"{label}: no December with {options.MinObservations} observed months before it and the next year's total after it; skipped.");
                        }

                        continue;
                    }

                    pooled[i] = pooled[i].Append(run);
                }
            }
        }

        return pooled;
    }
}
