namespace Turnover.Store.Internal;

/// <summary>
/// Ids for the few distinct strings records carry (HS editions, quantity units), kept in a small table
/// (<c>classifications</c> or <c>units</c>) so that records store a number instead of text on every row.
/// </summary>
/// <remarks>
/// Ids are handed out in memory while a load streams and written by <see cref="SaveNew"/> inside the load's
/// transaction, so a rejected load leaves no new names behind. 0 stands for null and is never stored in the table.
/// </remarks>
internal sealed class CodeTable
{
    private readonly string _table;
    private readonly int _maxId;
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<(int Id, string Name)> _new = [];
    private string? _last;
    private int _lastId;
    private int _maxUsed;

    private CodeTable(string table, int maxId)
    {
        _table = table;
        _maxId = maxId;
    }

    /// <summary>Reads the table's current ids.</summary>
    /// <param name="store">The store.</param>
    /// <param name="table">"classifications" or "units": a fixed name, never user input.</param>
    /// <param name="maxId">The largest id the records' <c>detail</c> bits can hold.</param>
    public static CodeTable Read(TradeStore store, string table, int maxId)
    {
        var codes = new CodeTable(table, maxId);
        using var command = store.Command($"SELECT id, name FROM {table}");
        using var reader = command.ExecuteReader();
        int idColumn = reader.Column("id"), nameColumn = reader.Column("name");
        while (reader.Read())
        {
            var id = reader.GetInt16(idColumn);
            codes._ids[reader.GetString(nameColumn)] = id;
            codes._maxUsed = Math.Max(codes._maxUsed, id);
        }

        return codes;
    }

    /// <summary>A table's current ids as another store read them (the ClickHouse store keeps the same tables).</summary>
    /// <param name="table">The table's name, for messages.</param>
    /// <param name="maxId">The largest id the records' <c>detail</c> bits can hold.</param>
    /// <param name="existing">The ids and names stored.</param>
    public static CodeTable Of(string table, int maxId, IEnumerable<(int Id, string Name)> existing)
    {
        var codes = new CodeTable(table, maxId);
        foreach (var (id, name) in existing)
        {
            codes._ids[name] = id;
            codes._maxUsed = Math.Max(codes._maxUsed, id);
        }

        return codes;
    }

    /// <summary>The names this load introduced, not yet saved.</summary>
    public IReadOnlyList<(int Id, string Name)> New => _new;

    /// <summary>The id of a name, 0 for null; a new name gets the next free id.</summary>
    /// <exception cref="StoreException">The table has no free id left.</exception>
    public int IdOf(string? name)
    {
        if (name is null)
        {
            return 0;
        }

        // Readers hand out the same string instance row after row: skip the hash lookup.
        if (ReferenceEquals(name, _last))
        {
            return _lastId;
        }

        if (!_ids.TryGetValue(name, out var id))
        {
            id = _maxUsed + 1;
            if (id > _maxId)
            {
                throw new StoreException($"storing failed, nothing was stored: more than {_maxId} distinct {_table} (at '{name}').");
            }

            _maxUsed = id;
            _ids[name] = id;
            _new.Add((id, name));
        }

        _last = name;
        _lastId = id;
        return id;
    }

    /// <summary>Inserts the names this load introduced; call inside the load's transaction.</summary>
    public void SaveNew(TradeStore store)
    {
        foreach (var (id, name) in _new)
        {
            store.Execute($"INSERT INTO {_table} VALUES (?, ?)", (short)id, name);
        }
    }
}
