using Turnover.Core;

namespace Turnover.Store.Tests;

/// <summary>The store's sources table is written from Core's SourceCatalog, never by hand, so it cannot lack a source.</summary>
public sealed class SourcesTableTests : IDisposable
{
    private readonly StoreFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void When_a_store_is_created_then_its_sources_table_equals_the_catalogue()
    {
        using var store = TradeStore.Open(":memory:");

        Assert.Equal(Catalogue(), Table(store));
    }

    [Fact]
    public void When_a_row_was_lost_or_the_catalogue_changed_then_the_next_open_rewrites_the_table()
    {
        var path = _folder.File("sources.duckdb");
        using (var store = TradeStore.Open(path))
        {
            // What a store written with another catalogue looks like: a row missing, another changed, another fingerprint.
            store.Execute("DELETE FROM sources WHERE source = 'Kosis'");
            store.Execute("UPDATE sources SET lag_days = 1 WHERE source = 'Gacc'");
            store.Execute("UPDATE store_meta SET value = 'another catalogue' WHERE name = 'schema'");
        }

        using (var store = TradeStore.Open(path, new TradeStoreOptions { ReadOnly = true }))
        {
            Assert.Equal(Catalogue(), Table(store));
        }
    }

    [Fact]
    public void When_a_source_code_is_stored_then_it_is_the_enum_name_older_stores_hold()
    {
        // Releases of schema 6 and older hold SourceKind names: the catalogue's codes must stay those names.
        Assert.All(SourceCatalog.All, s => Assert.Equal(s.Kind.ToString(), s.Code));
    }

    private static List<string> Catalogue() =>
    [
        .. SourceCatalog.All.Select(s => string.Join(
            '|', s.Code, (int)s.Kind, s.DisplayName, s.ReaderFormat, s.PublicationLagDays, s.ExportsValuation, s.ImportsValuation, s.Reconciled, s.ConvertsCurrency)),
    ];

    private static List<string> Table(TradeStore store)
    {
        using var command = store.Command(
            "SELECT concat_ws('|', source, kind, name, reader_format, lag_days, exports_valuation, imports_valuation, CASE WHEN reconciled THEN 'True' ELSE 'False' END, CASE WHEN converts_currency THEN 'True' ELSE 'False' END) AS line FROM sources ORDER BY kind");
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
        {
            lines.Add(reader.GetString(reader.GetOrdinal("line")));
        }

        return lines;
    }
}
