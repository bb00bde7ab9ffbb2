using System.Diagnostics;
using Turnover.Core;
using Turnover.Store;

namespace Turnover.Benchmarks;

/// <summary>Latency of a pair series query (what <c>turnover series</c> runs) on a loaded store.</summary>
internal static class QueryBench
{
    public static int Run(string db)
    {
        // BACI rows are HS6 lines, never all-goods totals, so a store holding only the benchmark file has no series
        // to query: add China's customs table for China–Russia (bundled, 36 kB) the way a user would.
        if (!HasTotals(db))
        {
            var gacc = Path.Combine(BaciGenerator.FindRepoRoot(), "data", "gacc", "china_russia.csv");
            var exit = Turnover.Cli.TurnoverCli.Run(["ingest", gacc, "--db", db], Turnover.Cli.CliEnvironment.Plain());
            if (exit != 0 || !HasTotals(db))
            {
                Console.Error.WriteLine($"could not add {gacc} to {db} (exit {exit})");
                return 1;
            }
        }

        using var store = TradeStore.Open(db);
        var records = store.Releases().Sum(r => r.RowsStored);
        var coverage = store.Coverage();
        var pair = coverage.OrderByDescending(c => c.Records).First();
        // What 'turnover series A B' runs: coverage of the pair (to choose the reporter), then the series.
        void Query()
        {
            _ = store.Coverage(pair.Reporter, pair.Partner);
            _ = store.ReadSeries(new SeriesRequest(pair.Reporter, pair.Partner, pair.Source, Granularity.Year, null));
        }

        Query(); // warm-up
        var timings = new List<double>();
        for (var i = 0; i < 21; i++)
        {
            timings.Add(Time(Query));
        }

        timings.Sort();
        Console.WriteLine(
            $"series query {pair.Reporter.Label}->{pair.Partner.Label} ({pair.Source}) on {records:N0} records: "
            + $"median {timings[10]:F1} ms, min {timings[0]:F1} ms, max {timings[^1]:F1} ms over 21 runs; coverage() of every pair {Time(() => store.Coverage()):F0} ms");
        return 0;
    }

    private static bool HasTotals(string db)
    {
        using var store = TradeStore.Open(db);
        return store.Coverage().Count > 0;
    }

    private static double Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalMilliseconds;
    }
}
