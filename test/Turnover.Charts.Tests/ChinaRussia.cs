using Turnover.Analytics;
using Turnover.Core;
using Turnover.Ingest;
using Turnover.Ingest.Gacc;
using Turnover.Store;
using Turnover.Testing;

namespace Turnover.Charts.Tests;

/// <summary>China–Russia trade as China's customs published it (the bundled data/gacc/china_russia.csv), read through the GACC reader into an in-memory store.</summary>
internal static class ChinaRussia
{
    public static readonly Country China = CountryCatalog.Default.FromCode(156);
    public static readonly Country Russia = CountryCatalog.Default.FromCode(643);

    private static readonly Lazy<(PairSeries Monthly, PairSeries Annual)> s_series = new(Load);

    public static PairSeries Monthly => s_series.Value.Monthly;

    public static PairSeries Annual => s_series.Value.Annual;

    private static (PairSeries, PairSeries) Load()
    {
        using var store = TradeStore.Open(":memory:");
        var path = RepoPaths.Data("gacc", "china_russia.csv");
        var reader = new GaccReader();
        var context = new ReadContext(path, new IngestOptions());
        store.Load("china_russia", reader.Read(context), () => new ReleaseOutcome(
            context.HasErrors ? null : new Release(reader.Source, context.Dataset, context.FileName, "china_russia", context.Vintage, context.Note),
            reader.Format, context.RowsRead, context.Skipped, context.Discrepancies));
        return (Read(store, Granularity.Month), Read(store, Granularity.Year));
    }

    private static PairSeries Read(TradeStore store, Granularity granularity) =>
        store.ReadSeries(new SeriesRequest(China, Russia, SourceKind.Gacc, granularity, null));
}
