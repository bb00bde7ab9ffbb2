using Turnover.Store.ClickHouse.Internal;

namespace Turnover.Store.ClickHouse;

/// <summary>
/// The ClickHouse back-end of <see cref="ITradeStore"/> (docs/clickhouse.md): the records in the DuckDB store's packed
/// layout in a MergeTree table partitioned by release, and the small tables beside them. ClickHouse has no
/// transactions, so a release is staged (its records inserted under a fresh release id that no query names) and
/// published by writing its <c>releases</c> row last; every read names the live release ids it found first, so it
/// sees a release whole or not at all. A writable open sweeps what an interrupted ingest staged.
/// </summary>
/// <remarks>
/// On one server, or sharded over a cluster (<see cref="ClickHouseLocation.Cluster"/>): the records in a Distributed
/// table on the entry server over a local table on every shard, everything else on the entry server, whose release
/// row still publishes a load. What it cannot do (Parquet export, a publication date before 1970) throws a
/// <see cref="StoreException"/> that says so.
/// </remarks>
public sealed partial class ClickHouseTradeStore : ITradeStore
{
    private readonly ServerConnection _server;
    private readonly TimeProvider _clock;
    private RecordShards _shards;

    private ClickHouseTradeStore(ServerConnection server, ClickHouseLocation location, bool readOnly, TimeProvider clock)
    {
        _server = server;
        _shards = RecordShards.Single(server);
        _clock = clock;
        Location = location;
        ReadOnly = readOnly;
        Tables = new StoreTables(location.Database, location.Cluster);
    }

    /// <summary>The server and database.</summary>
    public ClickHouseLocation Location { get; }

    /// <inheritdoc />
    public string Path => Location.ToString();

    /// <inheritdoc />
    public bool ReadOnly { get; }

    /// <inheritdoc />
    public long SweptRecords { get; private set; }

    /// <summary>The server's version as it reported it (e.g. 18.16): which query paths the store may use.</summary>
    internal ServerVersion Version { get; private init; }

    internal StoreTables Tables { get; }

    /// <summary>
    /// Opens the store in a server's database: writable creates the database and tables when missing and sweeps what
    /// an interrupted ingest left; read-only needs them to exist and writes nothing.
    /// </summary>
    /// <exception cref="StoreException">The server does not answer or refuses; read-only and there is no store in the database.</exception>
    public static ClickHouseTradeStore Open(ClickHouseLocation location, TradeStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(location);
        var server = new ServerConnection(location, database: null, distributedInserts: location.Cluster is not null);
        ClickHouseTradeStore? store = null;
        try
        {
            store = new ClickHouseTradeStore(server, location, options.ReadOnly, options.Clock ?? TimeProvider.System)
            {
                Version = server.Version(),
            };
            store.RequireLayout();
            if (location.Cluster is not null)
            {
                store._shards = RecordShards.Discover(server, location);
            }

            if (options.ReadOnly)
            {
                store.RequireSchema();
            }
            else
            {
                store.CreateSchema();
                store.SweptRecords = store.Sweep();
            }

            return store;
        }
        catch
        {
            store?._shards.Dispose();
            server.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// The same database opened again, read-only: its own connections to the server (and shards) and its own caches,
    /// since whether one store's connections may serve two threads at once is not established.
    /// </remarks>
    public ITradeStore? SecondReader() => Open(Location, new TradeStoreOptions { ReadOnly = true, Clock = _clock });

    /// <inheritdoc />
    public void Dispose()
    {
        _shards.Dispose();
        _server.Dispose();
    }

    internal ServerConnection Server => _server;

    /// <exception cref="InvalidOperationException">The store was opened read-only.</exception>
    private void RequireWritable()
    {
        if (ReadOnly)
        {
            throw new InvalidOperationException($"The store {Path} was opened read-only; open it writable to change it.");
        }
    }
}
