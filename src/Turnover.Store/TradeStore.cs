using System.Reflection;
using DuckDB.NET.Data;
using Turnover.Store.Internal;

namespace Turnover.Store;

/// <summary>
/// The embedded DuckDB store: releases, records, evidence and code tables in one file. All aggregation is
/// set-based SQL; DuckDB types never leave this assembly.
/// </summary>
/// <remarks>
/// Queries open the file read-only (<see cref="TradeStoreOptions.ReadOnly"/>): many processes may read at once, and
/// nothing is written. A writable open takes the file for itself, brings an older schema up to date, and removes
/// records an interrupted ingest left without their release (TradeStore.Schema.cs).
/// </remarks>
public sealed partial class TradeStore : ITradeStore
{
    /// <summary>The default database file, relative to the working directory.</summary>
    public const string DefaultPath = "turnover.duckdb";

    private const string InMemory = ":memory:";

    // The embedded SQL, filled in once per process.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> s_sql = new(StringComparer.Ordinal);

    private readonly DuckDBConnection _connection;
    private readonly TimeProvider _clock;

    // Set once a writable open has prepared the file: only then is it remembered as sound on close.
    private bool _opened;

    private TradeStore(DuckDBConnection connection, string path, bool readOnly, TimeProvider clock)
    {
        _connection = connection;
        _clock = clock;
        Path = path;
        ReadOnly = readOnly;
    }

    /// <summary>The database path, or ":memory:".</summary>
    public string Path { get; }

    /// <summary>True when opened for queries only.</summary>
    public bool ReadOnly { get; }

    /// <summary>Records without a release row that this (writable) open removed: what an ingest killed at its commit left.</summary>
    public long SweptRecords { get; private set; }

    /// <summary>Opens (creating if needed) a store file for writing, without waiting; ":memory:" gives a private in-memory store.</summary>
    /// <exception cref="StoreException">The file is in use by another process, or cannot be opened as a store.</exception>
    public static TradeStore Open(string path) => Open(path, default);

    /// <summary>Opens a store file as the options say; ":memory:" gives a private in-memory store (writable only).</summary>
    /// <exception cref="StoreException">
    /// A read-only open found no file; the file is still in use by another process after the wait; or it is empty,
    /// damaged, newer than this version reads, or cannot be upgraded.
    /// </exception>
    public static TradeStore Open(string path, TradeStoreOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (path == InMemory)
        {
            return options.ReadOnly
                ? throw new ArgumentException("An in-memory store cannot be opened read-only.", nameof(options))
                : OpenWritable(path, options);
        }

        if (File.Exists(path) && new FileInfo(path).Length == 0)
        {
            throw new StoreException(StoreMessages.Empty(path));
        }

        if (options.ReadOnly)
        {
            return OpenReadOnly(path, options);
        }

        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        return OpenWritable(path, options);
    }

    /// <summary>
    /// Another read-only handle on this store's open database: its own DuckDB connection (DuckDB runs queries of
    /// different connections side by side), the same data, no caches shared. For a second reading thread.
    /// </summary>
    /// <exception cref="StoreException">The database refused another connection.</exception>
    public TradeStore SecondReader()
    {
        // A file's second connection is opened by its connection string: DuckDB.NET gives connections to one file the
        // same database (its cache of open files); only an in-memory database must be duplicated.
        var connection = Path == InMemory ? _connection.Duplicate() : new DuckDBConnection(_connection.ConnectionString);
        try
        {
            if (connection.State != System.Data.ConnectionState.Open)
            {
                connection.Open();
            }

            return new TradeStore(connection, Path, readOnly: true, _clock);
        }
        catch (DuckDBException ex)
        {
            connection.Dispose();
            throw new StoreException(StoreMessages.CannotOpen(Path, ex.Message), ex);
        }
    }

    /// <inheritdoc />
    ITradeStore? ITradeStore.SecondReader() => SecondReader();

    /// <inheritdoc />
    public void Dispose()
    {
        _connection.Dispose();
        if (_opened && !ReadOnly && Path != InMemory)
        {
            // Written and checkpointed by this process: the next open need not probe it (Internal/StoreProbe.cs).
            StoreProbe.RememberWritten(Path);
        }
    }

    private static TradeStore OpenWritable(string path, TradeStoreOptions options)
    {
        var store = new TradeStore(StoreConnection.Open(path, readOnly: false, options), path, readOnly: false, options.Clock ?? TimeProvider.System);
        try
        {
            store.Prepare();
            store._opened = true;
            return store;
        }
        catch (DuckDBException ex)
        {
            store.Dispose();
            throw new StoreException(StoreMessages.Damaged(path, ex.Message), ex);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    // A store written by an older version (or with another schema text or source catalogue at the same version) is
    // upgraded through a brief writable open, then opened again read-only: queries keep working across an upgrade
    // without a separate step (only the first one needs write access).
    private static TradeStore OpenReadOnly(string path, TradeStoreOptions options)
    {
        if (!File.Exists(path))
        {
            throw new StoreException(StoreMessages.NoStore(path));
        }

        var clock = options.Clock ?? TimeProvider.System;
        var store = new TradeStore(StoreConnection.Open(path, readOnly: true, options), path, readOnly: true, clock);
        int version;
        bool current;
        try
        {
            version = store.Reading(store.SchemaVersion);
            current = version == CurrentSchemaVersion && store.Reading(store.SchemaIsCurrent);
        }
        catch
        {
            store.Dispose();
            throw;
        }

        if (current)
        {
            return store;
        }

        store.Dispose();
        if (version > CurrentSchemaVersion)
        {
            throw new StoreException(StoreMessages.Newer(path, version, CurrentSchemaVersion));
        }

        try
        {
            OpenWritable(path, options).Dispose();
        }
        catch (StoreException ex) when (!(ex.InnerException is DuckDBException d && StoreConnection.IsLockConflict(d.Message, out _)))
        {
            throw new StoreException(StoreMessages.NeedsUpgrade(path, ex.Message), ex);
        }

        return new TradeStore(StoreConnection.Open(path, readOnly: true, options), path, readOnly: true, clock);
    }

    /// <summary>An embedded SQL file with its placeholders filled (Internal/SqlText.cs): what runs.</summary>
    internal static string Sql(string name) => s_sql.GetOrAdd(name, static n => SqlText.Expand(ReadSql(n)));

    /// <summary>An embedded SQL file as written.</summary>
    internal static string ReadSql(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Turnover.Store.Sql.{name}.sql")
            ?? throw new InvalidOperationException($"Embedded SQL '{name}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    internal void Execute(string sql, params object?[] parameters)
    {
        using var command = Command(sql, parameters);
        command.ExecuteNonQuery();
    }

    internal T? Scalar<T>(string sql, params object?[] parameters)
    {
        using var command = Command(sql, parameters);
        var value = command.ExecuteScalar();
        return value is null or DBNull
            ? default
            : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    internal DuckDBCommand Command(string sql, params object?[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var value in parameters)
        {
            command.Parameters.Add(new DuckDBParameter(value ?? DBNull.Value));
        }

        return command;
    }

    /// <exception cref="InvalidOperationException">The store was opened read-only.</exception>
    private void RequireWritable()
    {
        if (ReadOnly)
        {
            throw new InvalidOperationException($"The store {Path} was opened read-only; open it writable to change it.");
        }
    }

    // Every change other than a load runs through here: a change DuckDB refuses (a value too wide for its column, a
    // constraint) is rolled back with its transaction, and saying the file is damaged would send the user to restore a
    // backup for nothing.
    private T Writing<T>(Func<T> change)
    {
        try
        {
            return change();
        }
        catch (DuckDBException ex)
        {
            throw new StoreException(StoreMessages.WriteFailed(Path, ex.Message), ex);
        }
    }

    // Every query runs through here: DuckDB finding a damaged block in the middle of a query (its checksums) becomes a
    // message naming the file and what to do, never a raw DuckDB error.
    private T Reading<T>(Func<T> query)
    {
        try
        {
            return query();
        }
        catch (DuckDBException ex)
        {
            throw new StoreException(StoreMessages.Damaged(Path, ex.Message), ex);
        }
    }
}
