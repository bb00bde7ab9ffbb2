using Turnover.Core;
using Turnover.Testing;
using static Turnover.Store.Tests.RealFigures;

namespace Turnover.Store.Tests;

/// <summary>
/// Stores written before schema 7 kept a release's currency conversion only in its note, and (before schema 6) did
/// not date undated revisions: opening one fills the conversion fields from the notes and dates the revisions as of
/// the day each was stored (issue 8, points 3 and 5). The older store is made by undoing what schema 7 writes.
/// </summary>
public sealed class SchemaV6MigrationTests : IDisposable
{
    private static readonly DateOnly s_storedOn = new(2023, 6, 1);
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"turnover-v6-{Guid.NewGuid():N}.duckdb");

    public void Dispose()
    {
        File.Delete(_path);
        File.Delete(_path + ".wal");
    }

    [Fact]
    public void When_a_schema_6_store_opens_then_conversions_come_from_the_notes_and_undated_revisions_are_dated()
    {
        var conversion = new CurrencyConversion(new Currency("CNY"), "imf_cny_usd.csv");
        using (var store = TradeStore.Open(_path, new TradeStoreOptions { Clock = FixedClock.On(s_storedOn) }))
        {
            store.Load("a", FirstFourMonths2023(), () => Converted("a", conversion));
            // A SYNTHETIC revision of March 2023 exports (9.044 -> 9.1), undated.
            store.Load("b", [Record(Period.Month(2023, 3), Flow.Export, 9.1m, 1)], () => Accept("b"));
            store.Execute("UPDATE records SET published = NULL");
            store.Execute("UPDATE releases SET conversion_from = NULL, conversion_rates = NULL");
            store.Execute("UPDATE store_meta SET value = '6' WHERE name = 'schema_version'");
        }

        using var reopened = TradeStore.Open(_path, new TradeStoreOptions { Clock = FixedClock.On(new DateOnly(2026, 12, 2)) });

        Assert.Equal([conversion, null], reopened.Releases().Select(r => r.Conversion));
        Assert.Equal("2023-06-01", reopened.Scalar<string>("SELECT CAST(published AS VARCHAR) FROM record_rows WHERE release_id = 2"));
        Assert.Equal(0L, reopened.Scalar<long>("SELECT count(*) FROM record_rows WHERE release_id = 1 AND published IS NOT NULL"));
        Assert.Equal(TradeStore.CurrentSchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
            reopened.Scalar<string>("SELECT value FROM store_meta WHERE name = 'schema_version'"));
    }

    [Fact]
    public void When_a_release_converts_then_its_conversion_is_stored_as_fields_not_read_from_its_note()
    {
        var conversion = new CurrencyConversion(new Currency("JPY"), "imf_jpy_usd.csv");
        using var store = TradeStore.Open(_path, new TradeStoreOptions { Clock = FixedClock.On(s_storedOn) });

        store.Load("a", FirstFourMonths2023(), () => Converted("a", conversion) with { Release = Converted("a", conversion).Release! with { Note = "values in thousands" } });

        Assert.Equal(conversion, Assert.Single(store.Releases()).Conversion);
        Assert.Equal(("JPY", "imf_jpy_usd.csv"), (store.Scalar<string>("SELECT conversion_from FROM releases"), store.Scalar<string>("SELECT conversion_rates FROM releases")));
    }

    private static ReleaseOutcome Converted(string hash, CurrencyConversion conversion)
    {
        var outcome = Accept(hash);
        return outcome with { Release = outcome.Release! with { Note = "values in yuan, " + conversion.ToNote(), Conversion = conversion } };
    }
}
