using Turnover.Core;
using Turnover.Ingest;
using Turnover.Testing;

namespace Turnover.Store.Tests;

/// <summary>
/// A load writes release_levels and release_periods from the lines as they streamed (Internal/LoadTally.cs), not from a
/// statement over the stored records: the rows must be those the statements give, on real files of every layout the
/// bundled data and fixtures hold (totals, product lines of several levels and editions, quantities, publication dates,
/// commodities, breakdowns left out of the records), loaded one after another into one store.
/// </summary>
public sealed class LoadTallyTests
{
    private static readonly string s_levelsFromRecords = $"""
        SELECT CAST(list((release_id, level_key, published, lines, value_usd) ORDER BY (release_id, level_key, published)) AS VARCHAR)
        FROM (SELECT release_id, key >> {Internal.RecordKey.ProductDigitsShift} AS level_key, published, count(*) AS lines, sum(value_usd) AS value_usd FROM records GROUP BY ALL)
        """;

    private const string LevelsWritten = """
        SELECT CAST(list((release_id, level_key, published, lines, value_usd) ORDER BY (release_id, level_key, published)) AS VARCHAR)
        FROM release_levels
        """;

    private const string PeriodsFromRecords = """
        SELECT CAST(list(p ORDER BY p) AS VARCHAR)
        FROM (SELECT DISTINCT (release_id, record_reporter(key), record_period(key), record_edition(key, detail)) AS p FROM records)
        """;

    private const string PeriodsWritten = """
        SELECT CAST(list(p ORDER BY p) AS VARCHAR)
        FROM (SELECT (release_id, reporter, period, edition) AS p FROM release_periods)
        """;

    public static TheoryData<string[]> Files => new()
    {
        { [RepoPaths.Fixture("baci", "BACI_HS92_Y2021_V202301.csv")] },
        { [RepoPaths.Fixture("baci", "ExampleTradeData.csv")] },
        {
            [
                RepoPaths.Fixture("comtrade", "TradeData.csv"), RepoPaths.Fixture("comtrade", "TradeData_breakdowns.csv"),
                RepoPaths.Fixture("comtrade", "HS-60a6ad.json"), RepoPaths.Fixture("comtrade", "legacy_full_dragonfly.csv"),
                RepoPaths.Fixture("comtrade", "TradeData_bulk.txt.gz"),
            ]
        },
        {
            [
                RepoPaths.Data("gacc", "china_russia.csv"), RepoPaths.Fixture("gacc", "country_table_2023_10.csv"),
                RepoPaths.Fixture("gacc", "country_table_2023_11.csv"), RepoPaths.Fixture("gacc", "country_table_2024_02_preliminary.csv"),
            ]
        },
        { [RepoPaths.Data("national", "us_census_usa_china_monthly.csv"), RepoPaths.Data("national", "kosis_korea_china_monthly.csv")] },
        { [RepoPaths.Data("products", "crea_china_customs_fossil_imports_from_russia_monthly_1995-2023-02.csv")] },
        { [RepoPaths.Data("products", "fao_china_seafood_imports_by_partner_value_2019_raw.csv")] },
        { [RepoPaths.Fixture("imf", "IMTS_USA.XG_FOB_USD.G001+G998.A.csv")] },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void When_files_are_loaded_then_release_levels_and_periods_are_what_the_records_give(string[] paths)
    {
        using var store = TradeStore.Open(":memory:");
        foreach (var path in paths)
        {
            var result = Load(store, path);
            Assert.True(result.Status == LoadStatus.Stored, $"{Path.GetFileName(path)}: {result.Status}");
        }

        Assert.Equal(paths.Length, store.Scalar<long>("SELECT count(DISTINCT release_id) FROM release_levels"));
        Assert.Equal(store.Scalar<string>(s_levelsFromRecords), store.Scalar<string>(LevelsWritten));
        Assert.Equal(store.Scalar<string>(PeriodsFromRecords), store.Scalar<string>(PeriodsWritten));
    }

    private static LoadResult Load(TradeStore store, string path)
    {
        var reader = TradeReaders.Detect(FileSample.Of(path)) ?? throw new InvalidOperationException($"{path}: no reader recognises it");
        var context = new ReadContext(path, new IngestOptions());
        var hash = ReleaseReadings.Sha256(path);
        return store.Load(hash, TradeReaders.ReadSafely(reader, context), () => new ReleaseOutcome(
            context.HasErrors ? null : new Release(reader.Source, context.Dataset.Length > 0 ? context.Dataset : reader.Format, context.FileName, hash, context.Vintage, context.Note),
            reader.Format, context.RowsRead, context.Skipped, context.Discrepancies));
    }
}
