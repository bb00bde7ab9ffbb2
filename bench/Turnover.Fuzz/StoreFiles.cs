using Turnover.Store;

namespace Turnover.Fuzz;

/// <summary>
/// The bytes of a store's file and its write-ahead log. DuckDB writes every committed change to one of them, so
/// equal bytes after an ingest, with no transaction left open, prove the store unchanged without reading a table:
/// far cheaper per case than <see cref="StoreDigest"/>, which stays the fallback when the bytes differ.
/// </summary>
internal sealed class StoreFiles
{
    private readonly byte[] _database;
    private readonly byte[] _log;

    // Reused by every comparison: reading a whole store per case would make the collector sweep large objects often.
    private readonly byte[] _buffer = new byte[1 << 16];

    private StoreFiles(byte[] database, byte[] log)
    {
        _database = database;
        _log = log;
    }

    public static StoreFiles Of(string path) => new(Read(path), Read(LogOf(path)));

    /// <summary>Removes a store's file and its log, so the next open starts an empty store.</summary>
    public static void Delete(string path)
    {
        File.Delete(path);
        File.Delete(LogOf(path));
    }

    /// <summary>True when the store at <paramref name="path"/> has the bytes taken here.</summary>
    public bool Match(string path) => Same(path, _database) && Same(LogOf(path), _log);

    private static string LogOf(string path) => path + ".wal";

    private bool Same(string path, byte[] expected)
    {
        if (!File.Exists(path))
        {
            return expected.Length == 0;
        }

        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
        if (file.Length != expected.Length)
        {
            return false;
        }

        for (var offset = 0; offset < expected.Length;)
        {
            var read = file.Read(_buffer, 0, Math.Min(_buffer.Length, expected.Length - offset));
            if (read == 0 || !_buffer.AsSpan(0, read).SequenceEqual(expected.AsSpan(offset, read)))
            {
                return false;
            }

            offset += read;
        }

        return true;
    }

    /// <summary>
    /// True when the connection has no transaction open: one a rejected ingest left open would write nothing to the
    /// files yet could commit its rows with the next statement.
    /// </summary>
    public static bool NoTransactionOpen(TradeStore store)
    {
        try
        {
            store.Execute("BEGIN TRANSACTION");
        }
        catch (DuckDB.NET.Data.DuckDBException)
        {
            return false;
        }

        store.Execute("ROLLBACK");
        return true;
    }

    private static byte[] Read(string path) => File.Exists(path) ? File.ReadAllBytes(path) : [];
}
