using Turnover.Store.ClickHouse.Internal;
using Turnover.Store.Internal;

namespace Turnover.Store.ClickHouse;

public sealed partial class ClickHouseTradeStore
{
    // A code table (classifications, units) as stored, with the names a load adds in memory until it publishes.
    private StoredCodes ReadCodes(string table, int maxId)
    {
        var known = _server.Rows($"SELECT id, name FROM {table} FINAL").Select(r => (Int(r[0]), r[1]!)).ToList();
        return new StoredCodes(CodeTable.Of(table, maxId, known), known);
    }

    // A code table's names by id, as the DuckDB store's queries join them.
    private Dictionary<int, string> CodeNames(string table) =>
        _server.Rows($"SELECT id, name FROM {table} FINAL").ToDictionary(r => Int(r[0]), r => r[1]!);

    // Before the release row, so that a published release's ids always have their names; a name left by a load
    // that failed after this names nothing and keeps its id (CodeTable reads it back for the next load).
    private void SaveNewCodes(string table, StoredCodes codes)
    {
        if (codes.New.Count > 0)
        {
            _server.Execute($"INSERT INTO {table} (id, name) VALUES {string.Join(", ", codes.New.Select(c => $"({SqlLiteral.Of(c.Id)}, {SqlLiteral.Of(c.Name)})"))}");
        }
    }

    /// <summary>A code table's stored names and the load's in-memory one (which hands out ids for new names).</summary>
    private sealed record StoredCodes(CodeTable Table, IReadOnlyList<(int Id, string Name)> Known)
    {
        public IReadOnlyList<(int Id, string Name)> New => Table.New;
    }
}
