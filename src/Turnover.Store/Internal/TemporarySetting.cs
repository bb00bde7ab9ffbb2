namespace Turnover.Store.Internal;

/// <summary>Changes a DuckDB setting until disposed, then resets it to DuckDB's default.</summary>
/// <remarks>
/// Settings are database-wide, and the store is the only user of its database in the process and sets these
/// nowhere else, so the default is the value they had. (Reading the value back to restore it would not do:
/// DuckDB rounds memory sizes when it prints them, so each load would shave a little off.)
/// </remarks>
internal sealed class TemporarySetting : IDisposable
{
    private readonly TradeStore _store;
    private readonly string _name;

    /// <param name="store">The store.</param>
    /// <param name="name">A setting name from this assembly, never user input (it is spliced into SQL).</param>
    /// <param name="value">The value while the setting is held.</param>
    public TemporarySetting(TradeStore store, string name, string value)
    {
        _store = store;
        _name = name;
        store.Execute($"SET {name} = ?", value);
    }

    /// <inheritdoc />
    public void Dispose() => _store.Execute($"RESET {_name}");
}
