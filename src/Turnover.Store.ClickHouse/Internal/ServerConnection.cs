using System.Globalization;
using ClickHouse.Driver;
using ClickHouse.Driver.Compression;

namespace Turnover.Store.ClickHouse.Internal;

/// <summary>
/// One ClickHouse server over HTTP (ClickHouse.Driver), in the calls that work on every server the store supports
/// (docs/clickhouse.md, "Driver on 18.16"): statements, reads as raw TabSeparated text parsed here, and binary
/// inserts with explicit column types and no compression. Every failure (the server refusing a query, or not
/// answering) becomes a <see cref="StoreException"/> naming the store.
/// </summary>
internal sealed class ServerConnection : IDisposable
{
    // The driver sends settings 18.16 does not know unless told not to (JSON modes): every query failed without these.
    private const string OldServerSettings = ";JsonReadMode=None;JsonWriteMode=None";

    private readonly ClickHouseClient _client;
    private readonly ClickHouseClient _insertSelectClient;
    private readonly string _where;

    /// <param name="location">The server (its host and HTTP port) and the store it is part of, named in errors.</param>
    /// <param name="database">The session's default database (null: <c>default</c>); queries qualify their tables anyway.</param>
    /// <param name="distributedInserts">
    /// Sends <c>insert_distributed_sync=1</c> with every query: an INSERT into a Distributed table returns only once
    /// every shard holds its rows, so that the release row written after it publishes rows that are all there.
    /// </param>
    public ServerConnection(ClickHouseLocation location, string? database, bool distributedInserts = false)
    {
        _where = location.ToString();
        var builder = string.Create(CultureInfo.InvariantCulture,
            $"Host={location.Host};Port={location.Port};Protocol=http;Username=default;Password=;Database={database ?? "default"}");
        _client = new ClickHouseClient(builder + OldServerSettings + (distributedInserts ? ";set_insert_distributed_sync=1" : string.Empty));
        _insertSelectClient = new ClickHouseClient(builder + OldServerSettings + ";set_default_format=TabSeparated" + (distributedInserts ? ";set_insert_distributed_sync=1" : string.Empty));
    }

    /// <summary>The store location this connection names in its errors.</summary>
    public string Where => _where;

    /// <summary>The server's version, e.g. 18.16.1: read as text, the one way every server version answers.</summary>
    public ServerVersion Version()
    {
        var text = Text("SELECT version() FORMAT TabSeparated").Trim();
        return ServerVersion.Parse(text);
    }

    /// <summary>Runs a statement (DDL, INSERT … VALUES, ALTER).</summary>
    public void Execute(string sql) => Run(() => _client.ExecuteNonQueryAsync(sql));

    /// <summary>
    /// Runs an <c>INSERT … SELECT</c>: as a raw query, since the driver's statement call asks 18.16 for a result format
    /// it lacks (RowBinaryWithNamesAndTypes), which an INSERT … SELECT cannot override with a FORMAT clause.
    /// </summary>
    public void InsertSelect(string sql) => Run(() => _insertSelectClient.ExecuteNonQueryAsync(sql));

    /// <summary>Runs a query and returns its rows as TabSeparated fields, unescaped; <c>\N</c> becomes null.</summary>
    public List<string?[]> Rows(string sql) => TabSeparated.Parse(Text(sql + "\nFORMAT TabSeparated"));

    /// <summary>
    /// Runs a query and hands its TabSeparated rows to <paramref name="row"/> one at a time as they arrive, for results
    /// too large to hold as one text (an export). A row of another width than <paramref name="columns"/> is refused: a
    /// server that fails after it started answering writes its error into the body.
    /// </summary>
    public void EachRow(string sql, int columns, Action<string?[]> row) => Run(async () =>
    {
        using var result = await _client.ExecuteRawResultAsync(sql + "\nFORMAT TabSeparated").ConfigureAwait(false);
        using var stream = await result.ReadAsStreamAsync().ConfigureAwait(false);
        // TabSeparated escapes \r and \n inside fields, so every line break is a row's end.
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            var fields = TabSeparated.ParseLine(line);
            if (fields.Length != columns)
            {
                throw new StoreException($"ClickHouse at {_where} broke off its answer: {FirstLine(line)}");
            }

            row(fields);
        }

        return 0;
    });

    /// <summary>Inserts rows with the column types given (the driver would otherwise look them up with a typed read 18.16 lacks).</summary>
    public long Insert(string table, IReadOnlyList<string> columns, IReadOnlyDictionary<string, string> types, IEnumerable<object[]> rows, CancellationToken cancellationToken)
    {
        var options = new InsertOptions
        {
            ColumnTypes = types.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal),
            // Loopback and LAN: compression costs CPU and saves nothing (docs/clickhouse.md, insert figures); 18.16 takes gzip or none.
            Compressor = null,
        };
        return Run(() => _client.InsertBinaryAsync(table, columns, rows, options, cancellationToken));
    }

    public void Dispose()
    {
        _client.Dispose();
        _insertSelectClient.Dispose();
    }

    private string Text(string sql) => Run(async () =>
    {
        using var result = await _client.ExecuteRawResultAsync(sql).ConfigureAwait(false);
        return await result.ReadAsStringAsync().ConfigureAwait(false);
    });

    // The store's interface is synchronous, like the DuckDB store's; the driver's calls are awaited here, on a
    // process without a synchronization context (the command line, the tests), so blocking cannot deadlock.
    private T Run<T>(Func<Task<T>> call)
    {
        try
        {
            return call().GetAwaiter().GetResult();
        }
        catch (ClickHouseServerException ex)
        {
            throw new StoreException($"ClickHouse at {_where} refused a query: {FirstLine(ex.Message)}", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new StoreException($"ClickHouse at {_where} does not answer: {FirstLine(ex.Message)}", ex);
        }
        catch (TaskCanceledException ex) when (ex.InnerException is TimeoutException)
        {
            throw new StoreException($"ClickHouse at {_where} did not answer in time.", ex);
        }
        catch (global::ClickHouse.Driver.Copy.ClickHouseBulkCopySerializationException ex)
        {
            throw new StoreException($"a value does not fit its ClickHouse column: {FirstLine(ex.InnerException?.Message ?? ex.Message)}", ex);
        }
    }

    private void Run(Func<Task> call) => Run(async () =>
    {
        await call().ConfigureAwait(false);
        return 0;
    });

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
