using Turnover.Ingest;
using Turnover.Store;
using Turnover.Testing;

namespace Turnover.Application.Tests;

/// <summary>In-memory stores holding real files, ingested through the use case under test.</summary>
internal static class Stores
{
    public static string ChinaRussia => RepoPaths.Data("gacc", "china_russia.csv");

    public static string UsChina => RepoPaths.Data("national", "us_census_usa_china_monthly.csv");

    public static string Targets => RepoPaths.Data("targets.json");

    /// <summary>A fixed clock: retractions and ingestion times are whole seconds, equal when read back.</summary>
    public static TradeStore With(params string[] files)
    {
        var store = TradeStore.Open(":memory:", new TradeStoreOptions { Clock = FixedClock.On(new DateOnly(2026, 11, 28)) });
        var ingest = new IngestFiles(store);
        foreach (var file in files)
        {
            var report = ingest.Run(new FileIngestRequest(file, "auto", new IngestOptions()));
            Assert.True(report.Status == LoadStatus.Stored, $"{file}: {report.Status}: {string.Join("; ", report.Errors)}");
        }

        return store;
    }
}
