using System.Data.Common;
using System.Reflection;
using DuckDB.NET.Data;
using Turnover.Core;

namespace Turnover.Store;

/// <summary>
/// The embedded DuckDB store: releases, records, evidence and code tables in one file. All aggregation is
/// set-based SQL; DuckDB types never leave this assembly.
/// </summary>
public sealed partial class TradeStore : IDisposable
{
    /// <summary>The default database file, relative to the working directory.</summary>
    public const string DefaultPath = "turnover.duckdb";

    private readonly DuckDBConnection _connection;

    private TradeStore(DuckDBConnection connection, string path)
    {
        _connection = connection;
        Path = path;
    }

    /// <summary>The database path, or ":memory:".</summary>
    public string Path { get; }

    /// <summary>Opens (creating if needed) a store file; ":memory:" gives a private in-memory store.</summary>
    /// <exception cref="StoreException">The file cannot be opened as a DuckDB database.</exception>
    public static TradeStore Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (path != ":memory:")
        {
            var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }
        }

        var connection = new DuckDBConnection($"DataSource={path}");
        try
        {
            connection.Open();
            var store = new TradeStore(connection, path);
            store.CreateSchema();
            store.SyncCountries(CountryCatalog.Default);
            return store;
        }
        catch (DbException ex)
        {
            connection.Dispose();
            throw new StoreException($"cannot open the store '{path}': {ex.Message}", ex);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

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

    // Stores written before records were packed still hold one column per field: their rows move to the packed
    // table in the same transaction that creates it.
    private void CreateSchema()
    {
        var unpacked = Scalar<long>(
            "SELECT count(*) FROM duckdb_columns() WHERE schema_name = 'main' AND table_name = 'records' AND column_name = 'reporter'") > 0;
        if (!unpacked)
        {
            Execute(ReadSql("schema"));
            return;
        }

        using var transaction = _connection.BeginTransaction();
        Execute("ALTER TABLE records RENAME TO records_v1");
        Execute(ReadSql("schema"));
        Execute(ReadSql("migrate_v1"));
        transaction.Commit();
    }

    private void SyncCountries(CountryCatalog catalog)
    {
        if (Scalar<long>("SELECT count(*) FROM countries") == catalog.All.Count)
        {
            return;
        }

        Execute("DELETE FROM countries");
        using var appender = _connection.CreateAppender("countries");
        foreach (var country in catalog.All)
        {
            var info = country.Info;
            appender.CreateRow()
                .AppendValue((short)info.Code)
                .AppendValue(info.Name)
                .AppendValue(info.FullName)
                .AppendValue(info.Iso2)
                .AppendValue(info.Iso3)
                .EndRow();
        }
    }
}
