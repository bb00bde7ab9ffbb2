using System.Diagnostics;
using Turnover.Core;
using Turnover.Store;

namespace Turnover.Benchmarks;

/// <summary>Latency of a pair series query (what <c>turnover series</c> runs) on a loaded store.</summary>
internal static class QueryBench
{
    public static int Run(string db)
    {
        using var store = TradeStore.Open(db);
        var coverage = store.Coverage();
        if (coverage.Count == 0)
        {
            Console.Error.WriteLine("the store is empty");
            return 1;
        }

        var pair = coverage[coverage.Count / 2];
        // What 'turnover series A B' runs: coverage of the pair (to choose the reporter), then the series.
        void Query()
        {
            _ = store.Coverage(pair.Reporter, pair.Partner);
            _ = store.ReadSeries(new SeriesRequest(pair.Reporter, pair.Partner, pair.Source, Granularity.Year, null));
        }

        Query(); // warm-up
        var timings = new List<double>();
        for (var i = 0; i < 20; i++)
        {
            timings.Add(Time(Query));
        }

        timings.Sort();
        Console.WriteLine($"series query {pair.Reporter.Label}->{pair.Partner.Label} ({pair.Source}): median {timings[10]:F1} ms, max {timings[^1]:F1} ms over 20 runs; coverage() itself {Time(() => store.Coverage()):F0} ms");
        return 0;
    }

    private static double Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalMilliseconds;
    }
}
