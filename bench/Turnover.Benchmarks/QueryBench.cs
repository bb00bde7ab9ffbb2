using System.Diagnostics;
using Turnover.Core;
using Turnover.Store;
using Turnover.Store.ClickHouse;

namespace Turnover.Benchmarks;

/// <summary>Latency of a pair series query (what <c>turnover series</c> runs) on a loaded store.</summary>
internal static class QueryBench
{
    /// <summary>
    /// Times <c>turnover series A B</c>'s store work on the pair given, else on the pair with the most records, in a
    /// DuckDB file or a ClickHouse store (<c>clickhouse://host:port/db[?cluster=NAME]</c>, opened read-only).
    /// </summary>
    /// <returns>0; 1 when the store holds no pair; 2 when the store fails or refuses a query (its error printed, as the CLI does).</returns>
    public static int Run(string db, string? a = null, string? b = null)
    {
        try
        {
            return Measure(db, a, b);
        }
        catch (StoreException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 2;
        }
    }

    private static int Measure(string db, string? a, string? b)
    {
        // BACI rows are HS6 lines; the store sums them into pair totals (exports from i→j, imports from j→i), so a
        // store holding only the benchmark file has a series for every pair and needs no other source.
        using ITradeStore store = ClickHouseLocation.IsClickHouse(db)
            ? ClickHouseTradeStore.Open(ClickHouseLocation.Parse(db), new TradeStoreOptions { ReadOnly = true })
            : TradeStore.Open(db);
        var records = store.Releases().Sum(r => r.RowsStored);
        var clock = Stopwatch.StartNew();
        var coverage = store.Coverage();
        var everyPair = clock.Elapsed.TotalMilliseconds;
        if (coverage.Count == 0)
        {
            Console.Error.WriteLine($"{db} holds no pair");
            return 1;
        }

        var pair = a is null || b is null
            ? coverage.OrderByDescending(c => c.Records).ThenBy(c => c.Reporter.Code).ThenBy(c => c.Partner.Code).First()
            : Find(store, a, b);
        // What 'turnover series A B' runs: coverage of the pair (to choose the reporter), then the series.
        var (coverageTimes, seriesTimes) = (new List<double>(), new List<double>());
        void Query()
        {
            coverageTimes.Add(Time(() => store.Coverage(pair.Reporter, pair.Partner)));
            seriesTimes.Add(Time(() => store.ReadSeries(new SeriesRequest(pair.Reporter, pair.Partner, pair.Source, Granularity.Year, null))));
        }

        Query(); // warm-up
        coverageTimes.Clear();
        seriesTimes.Clear();
        var timings = new List<double>();
        for (var i = 0; i < 21; i++)
        {
            timings.Add(Time(Query));
        }

        timings.Sort();
        Console.WriteLine(
            $"series query {pair.Reporter.Label}->{pair.Partner.Label} ({pair.Source}) on {records:N0} records: "
            + $"median {timings[10]:F1} ms, min {timings[0]:F1} ms, max {timings[^1]:F1} ms over 21 runs "
            + $"(coverage of the pair {Median(coverageTimes):F1} ms, series {Median(seriesTimes):F1} ms); "
            + $"coverage() of every pair {Time(() => store.Coverage()):F0} ms ({everyPair:F0} ms cold, {coverage.Count:N0} entries)");
        return 0;
    }

    // The pair's entry with the most records, from either side.
    private static SourceCoverage Find(ITradeStore store, string a, string b)
    {
        var countries = CountryCatalog.Default;
        countries.TryResolve(a, out var first);
        countries.TryResolve(b, out var second);
        return store.Coverage(first, second).OrderByDescending(c => c.Records).First();
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static double Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalMilliseconds;
    }
}
