using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;

namespace Turnover.Store.Internal;

/// <summary>Opens the DuckDB connection of a store file, waiting (bounded) while another process holds the file.</summary>
internal static partial class StoreConnection
{
    private static readonly TimeSpan s_firstPause = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan s_longestPause = TimeSpan.FromSeconds(1);

    /// <summary>The connection string for a path: built, never pasted, so a ';' in the path stays in the file name.</summary>
    public static string ConnectionString(string path, bool readOnly)
    {
        var builder = new DuckDBConnectionStringBuilder { DataSource = path };
        if (readOnly)
        {
            builder["access_mode"] = "READ_ONLY";
        }

        return builder.ConnectionString;
    }

    /// <summary>Opens the connection, retrying with growing pauses while the file is locked, for up to the options' wait.</summary>
    /// <exception cref="StoreException">The file is still locked after the wait, or cannot be opened as a DuckDB database.</exception>
    public static DuckDBConnection Open(string path, bool readOnly, TradeStoreOptions options)
    {
        StoreProbe.ThrowIfReadingCrashes(path);
        var connectionString = ConnectionString(path, readOnly);
        // Real elapsed time, not the options' clock: a test's fixed clock would otherwise wait for ever.
        var waited = Stopwatch.StartNew();
        var pause = s_firstPause;
        var told = false;
        while (true)
        {
            var connection = new DuckDBConnection(connectionString);
            try
            {
                connection.Open();
                return connection;
            }
            catch (DuckDBException ex) when (IsLockConflict(ex.Message, out var pid))
            {
                connection.Dispose();
                var left = options.LockWait - waited.Elapsed;
                if (left <= TimeSpan.Zero)
                {
                    throw new StoreException(StoreMessages.InUse(path, pid, options.LockWait), ex);
                }

                if (!told)
                {
                    options.Waiting?.Invoke(StoreMessages.Waiting(path, pid, options.LockWait));
                    told = true;
                }

                Thread.Sleep(pause < left ? pause : left);
                pause = pause * 2 < s_longestPause ? pause * 2 : s_longestPause;
            }
            catch (DuckDBException ex)
            {
                connection.Dispose();
                throw new StoreException(StoreMessages.CannotOpen(path, ex.Message), ex);
            }
        }
    }

    /// <summary>
    /// DuckDB's "Could not set lock on file …: Conflicting lock is held in PROGRAM (PID n)", raised when another
    /// process has the file (DuckDB.NET reports it as DuckDBOpen failed with error type Invalid, hence the text).
    /// </summary>
    public static bool IsLockConflict(string message, out int? pid)
    {
        pid = null;
        if (!message.Contains("Could not set lock on file", StringComparison.Ordinal))
        {
            return false;
        }

        var match = LockHolder().Match(message);
        pid = match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
        return true;
    }

    [GeneratedRegex(@"\(PID (\d{1,9})\)")]
    private static partial Regex LockHolder();
}
