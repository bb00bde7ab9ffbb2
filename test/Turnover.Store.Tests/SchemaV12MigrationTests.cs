using System.Globalization;

namespace Turnover.Store.Tests;

/// <summary>
/// Stores of schema 12 had no release_periods: opening one fills it from the records of every release, as a load
/// writes it, so that the edition check still finds an HS17 year clashing with the HS92 year stored before. The older
/// store is made by undoing what schema 13 writes.
/// </summary>
public sealed class SchemaV12MigrationTests : IDisposable
{
    private readonly StoreFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private const string Periods = "SELECT list(DISTINCT (release_id, reporter, period, edition) ORDER BY (release_id, reporter, period, edition)) FROM release_periods";

    [Fact]
    public void When_a_schema_12_store_opens_then_release_periods_are_filled_from_its_records()
    {
        var path = _folder.File("v12.duckdb");
        string written;
        long rows;
        using (var store = TradeStore.Open(path))
        {
            BaciFixture.Load(store, BaciFixture.CepiiLayout, "hs92");
            store.Load("gacc", RealFigures.FirstFourMonths2023(), () => RealFigures.Accept("gacc"));
            written = store.Scalar<string>($"SELECT CAST(({Periods}) AS VARCHAR)")!;
            rows = store.Scalar<long>("SELECT count(*) FROM release_periods");
            store.Execute("DROP TABLE release_periods");
            store.Execute("UPDATE store_meta SET value = '12' WHERE name = 'schema_version'");
        }

        using var reopened = TradeStore.Open(path);

        Assert.Equal(TradeStore.CurrentSchemaVersion.ToString(CultureInfo.InvariantCulture), reopened.Scalar<string>("SELECT value FROM store_meta WHERE name = 'schema_version'"));
        // Afghanistan's 2021 product lines (HS92), and China's totals of three periods (Jan-Feb, March, April 2023; no edition).
        Assert.Equal(4, rows);
        Assert.Equal(rows, reopened.Scalar<long>("SELECT count(*) FROM release_periods"));
        Assert.Equal(written, reopened.Scalar<string>($"SELECT CAST(({Periods}) AS VARCHAR)"));
        Assert.Equal(3L, reopened.Scalar<long>("SELECT count(*) FROM release_periods WHERE reporter = 156 AND edition IS NULL"));
        Assert.Equal(1L, reopened.Scalar<long>("SELECT count(*) FROM release_periods WHERE reporter = 4 AND edition = (SELECT id FROM classifications WHERE name = 'HS92')"));

        var hs17 = _folder.File("BACI_HS17_Y2021_V202301.csv");
        // The same rows named as the HS17 edition, one code changed so that the bytes are another release's.
        File.WriteAllText(hs17, File.ReadAllText(BaciFixture.CepiiLayout).Replace("2021,4,24,382390,", "2021,4,24,382499,", StringComparison.Ordinal));
        Assert.Equal(LoadStatus.RejectedMixedEditions, BaciFixture.Load(reopened, hs17, "hs17").Status);
    }
}
