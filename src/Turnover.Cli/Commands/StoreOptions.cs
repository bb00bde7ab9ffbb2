using System.CommandLine;
using System.Globalization;
using Turnover.Store;

namespace Turnover.Cli.Commands;

/// <summary>
/// <c>--db</c> and <c>--wait</c> of a command that opens the store, and how it opens it: queries read-only (many at
/// once), commands that write alone; either waits, bounded, while another process has the file.
/// </summary>
internal sealed class StoreOptions
{
    private const int DefaultWaitSeconds = 60;

    public Option<string> Db { get; } = CommonOptions.Database();

    public Option<int> Wait { get; } = new("--wait")
    {
        Description = $"Seconds to wait while another turnover process has the store, e.g. an ingest (default: {DefaultWaitSeconds})",
        DefaultValueFactory = _ => DefaultWaitSeconds,
    };

    /// <summary>Adds both options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Db);
        command.Options.Add(Wait);
    }

    /// <summary>Opens the store read-only: nothing is written, and other queries may run at the same time.</summary>
    /// <exception cref="StoreException">There is no store at the path, or it stays in use past the wait, or it is damaged.</exception>
    public TradeStore OpenForQuery(ParseResult parse, CliEnvironment env)
    {
        var path = parse.GetValue(Db)!;
        // A query never creates a store: an empty one would only answer "no data" for a mistyped --db.
        if (!File.Exists(path))
        {
            throw new StoreException($"no store at {path}; run 'turnover ingest' or 'turnover demo' first.");
        }

        return TradeStore.Open(path, Options(parse, env) with { ReadOnly = true });
    }

    /// <summary>Opens the store read-only when there is one; null when the --db file does not exist.</summary>
    /// <exception cref="StoreException">The store stays in use past the wait, or it is damaged.</exception>
    public TradeStore? OpenForQueryIfPresent(ParseResult parse, CliEnvironment env) =>
        File.Exists(parse.GetValue(Db)) ? OpenForQuery(parse, env) : null;

    /// <summary>Opens (creating if needed) the store for writing; says so when it removed what an interrupted ingest left.</summary>
    /// <exception cref="StoreException">The store stays in use past the wait, or it is damaged.</exception>
    public TradeStore OpenForWriting(ParseResult parse, CliEnvironment env)
    {
        var store = TradeStore.Open(parse.GetValue(Db)!, Options(parse, env));
        if (store.SweptRecords > 0)
        {
            env.Error.WriteLine($"note: removed {store.SweptRecords.ToString("N0", CultureInfo.InvariantCulture)} records an interrupted ingest had left without their release; 'turnover store vacuum' gives their space back.");
        }

        return store;
    }

    /// <summary>Opens an existing store for writing (claims --save, watch): a command that only adds to a store never creates one.</summary>
    /// <exception cref="StoreException">There is no store at the path, or it stays in use past the wait, or it is damaged.</exception>
    public TradeStore OpenExistingForWriting(ParseResult parse, CliEnvironment env) =>
        File.Exists(parse.GetValue(Db))
            ? OpenForWriting(parse, env)
            : throw new StoreException($"no store at {parse.GetValue(Db)}; run 'turnover ingest' or 'turnover demo' first.");

    /// <summary>The lock wait, the command line's clock for ingestion times, and a one-line notice on stderr when waiting.</summary>
    public TradeStoreOptions Options(ParseResult parse, CliEnvironment env)
    {
        var seconds = parse.GetValue(Wait);
        if (seconds < 0)
        {
            throw new UserInputException($"--wait {seconds.ToString(CultureInfo.InvariantCulture)} should be 0 or more seconds.");
        }

        return new TradeStoreOptions
        {
            LockWait = TimeSpan.FromSeconds(seconds),
            Clock = env.Clock,
            Waiting = message => env.Error.WriteLine(message),
        };
    }
}
