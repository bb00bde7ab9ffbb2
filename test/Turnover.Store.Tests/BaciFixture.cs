using Turnover.Core;
using Turnover.Ingest;
using Turnover.Ingest.Baci;
using Turnover.Testing;

namespace Turnover.Store.Tests;

/// <summary>
/// The real BACI fixtures (test/fixtures/baci: Afghanistan's exports in 2021, BACI HS92 V202301), loaded through the
/// BACI reader, and the figures the tests expect computed straight from the raw text, without the reader.
/// </summary>
internal static class BaciFixture
{
    public static string RLayout => RepoPaths.Fixture("baci", "ExampleTradeData.csv");

    public static string CepiiLayout => RepoPaths.Fixture("baci", "BACI_HS92_Y2021_V202301.csv");

    /// <summary>Reads a file with the BACI reader and stores it as one release.</summary>
    public static LoadResult Load(TradeStore store, string path, string hash)
    {
        var reader = new BaciReader();
        var context = new ReadContext(path, new IngestOptions());
        return store.Load(hash, reader.Read(context), () => new ReleaseOutcome(
            context.HasErrors ? null : new Release(reader.Source, context.Dataset, context.FileName, hash, context.Vintage, context.Note),
            reader.Format, context.RowsRead, context.Skipped, context.Discrepancies));
    }

    /// <summary>Per (exporter i, importer j) code: the sum of v × 1000 over the file's rows, and how many rows.</summary>
    public static Dictionary<(int I, int J), (decimal Usd, int Lines)> SumsByPair(string path) => BaciSums.ByPair(path);
}
