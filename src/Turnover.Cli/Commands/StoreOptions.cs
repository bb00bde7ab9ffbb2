using System.CommandLine;
using System.Globalization;
using Turnover.Store;
using Turnover.Store.ClickHouse;

namespace Turnover.Cli.Commands;

/// <summary>
/// <c>--db</c>, <c>--store</c> and <c>--wait</c> of a command that opens the store, and how it opens it: queries
/// read-only (many at once), commands that write alone; either waits, bounded, while another process has the file.
/// <c>--store</c> (or <c>TURNOVER_STORE</c>) names any back-end: a DuckDB file, or <c>clickhouse://host:port/db</c>.
/// </summary>
internal sealed class StoreOptions
{
    private const int DefaultWaitSeconds = 60;

    /// <summary>The environment variable naming the store when neither --store nor --db is given.</summary>
    public const string StoreVariable = "TURNOVER_STORE";

    public Option<string> Db { get; } = CommonOptions.Database();

    public Option<string?> Store { get; } = new("--store")
    {
        Description = $"The store: a DuckDB file, or clickhouse://host:port/database[?cluster=NAME] (default: --db, or ${StoreVariable})",
    };

    public Option<int> Wait { get; } = new("--wait")
    {
        Description = $"Seconds to wait while another turnover process has the store, e.g. an ingest (default: {DefaultWaitSeconds})",
        DefaultValueFactory = _ => DefaultWaitSeconds,
    };

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Db);
        command.Options.Add(Store);
        command.Options.Add(Wait);
    }

    /// <summary>
    /// Where the store is, as the user named it: <c>--store</c>, else <c>--db</c> when given, else
    /// <c>$TURNOVER_STORE</c>, else <c>--db</c>'s default (<c>$TURNOVER_DB</c> or the file in the current folder).
    /// </summary>
    /// <exception cref="UserInputException">Both --store and --db were given.</exception>
    public string Location(ParseResult parse)
    {
        var store = parse.GetValue(Store);
        var dbGiven = parse.GetResult(Db) is { Implicit: false };
        if (store is { Length: > 0 } && dbGiven)
        {
            throw new UserInputException("give --store or --db, not both.");
        }

        return store is { Length: > 0 } ? store
            : dbGiven ? parse.GetValue(Db)!
            : Environment.GetEnvironmentVariable(StoreVariable) is { Length: > 0 } fromEnv ? fromEnv
            : parse.GetValue(Db)!;
    }

    /// <summary>The DuckDB file, for a command that works on DuckDB stores only.</summary>
    /// <exception cref="UserInputException">The store named is a ClickHouse store.</exception>
    public string DuckDbPath(ParseResult parse, string what)
    {
        var location = Location(parse);
        return ClickHouseLocation.IsClickHouse(location)
            ? throw new UserInputException($"{what} works on a DuckDB store only, not on {location}.")
            : location;
    }

    /// <summary>Opens the store read-only: nothing is written, and other queries may run at the same time.</summary>
    /// <exception cref="StoreException">There is no store at the location, or it stays in use past the wait, or it is damaged, or its server does not answer.</exception>
    /// <exception cref="UserInputException">A malformed ClickHouse URL.</exception>
    public ITradeStore OpenForQuery(ParseResult parse, CliEnvironment env)
    {
        var location = Location(parse);
        if (ClickHouseLocation.IsClickHouse(location))
        {
            return ClickHouseTradeStore.Open(ParseClickHouse(location), Options(parse, env) with { ReadOnly = true });
        }

        // A query never creates a store: an empty one would only answer "no data" for a mistyped --db.
        if (!File.Exists(location))
        {
            throw new StoreException($"no store at {location}; run 'turnover ingest' or 'turnover demo' first.");
        }

        return TradeStore.Open(location, Options(parse, env) with { ReadOnly = true });
    }

    /// <summary>Opens the store read-only when there is one; null when the DuckDB file does not exist.</summary>
    /// <exception cref="StoreException">The store stays in use past the wait, or it is damaged, or its server does not answer.</exception>
    public ITradeStore? OpenForQueryIfPresent(ParseResult parse, CliEnvironment env) =>
        ClickHouseLocation.IsClickHouse(Location(parse)) || File.Exists(Location(parse)) ? OpenForQuery(parse, env) : null;

    /// <summary>Opens (creating if needed) the store for writing; says so when it removed what an interrupted ingest left.</summary>
    /// <exception cref="StoreException">The store stays in use past the wait, or it is damaged, or its server does not answer.</exception>
    /// <exception cref="UserInputException">A malformed ClickHouse URL.</exception>
    public ITradeStore OpenForWriting(ParseResult parse, CliEnvironment env)
    {
        var location = Location(parse);
        ITradeStore store = ClickHouseLocation.IsClickHouse(location)
            ? ClickHouseTradeStore.Open(ParseClickHouse(location), Options(parse, env))
            : TradeStore.Open(location, Options(parse, env));
        if (store.SweptRecords > 0)
        {
            env.Error.WriteLine($"note: removed {store.SweptRecords.ToString("N0", CultureInfo.InvariantCulture)} records an interrupted ingest had left without their release; 'turnover store vacuum' gives their space back.");
        }

        return store;
    }

    /// <summary>Opens an existing store for writing (claims --save, watch): a command that only adds to a store never creates one.</summary>
    /// <exception cref="StoreException">There is no store at the path, or it stays in use past the wait, or it is damaged.</exception>
    public ITradeStore OpenExistingForWriting(ParseResult parse, CliEnvironment env) =>
        ClickHouseLocation.IsClickHouse(Location(parse)) || File.Exists(Location(parse))
            ? OpenForWriting(parse, env)
            : throw new StoreException($"no store at {Location(parse)}; run 'turnover ingest' or 'turnover demo' first.");

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

    private static ClickHouseLocation ParseClickHouse(string location)
    {
        try
        {
            return ClickHouseLocation.Parse(location);
        }
        catch (FormatException ex)
        {
            throw new UserInputException($"--store {ex.Message}");
        }
    }
}
