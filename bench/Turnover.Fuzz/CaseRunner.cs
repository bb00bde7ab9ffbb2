using System.Diagnostics;
using System.Text.RegularExpressions;
using Spectre.Console;
using Turnover.Application;
using Turnover.Cli;
using Turnover.Cli.Commands;
using Turnover.Cli.Rendering;
using Turnover.Ingest;
using Turnover.Store;

namespace Turnover.Fuzz;

/// <summary>
/// Runs the cases of one reader in this process, each through <c>turnover ingest</c>'s own code path (the rates
/// loader, <see cref="IngestCommand.IngestAll"/>, the renderer, and the exceptions <see cref="TurnoverCli.Run"/>
/// turns into exit codes) on a store file holding the reader's unmutated files, and checks the properties:
/// (a) no unhandled exception, (b) a rejected file's error names the file and a line (or is about the whole file),
/// (c) a rejected file leaves the store unchanged: its file and log keep their bytes and no transaction is left
/// open (<see cref="StoreFiles"/>), or, where the bytes moved, every table's digest is as before.
/// </summary>
internal sealed partial class CaseRunner : IDisposable
{
    // A store that has taken this many accepted mutants is rebuilt, so that it stays small and each digest cheap.
    private const int AcceptedBeforeReset = 50;

    private readonly string _reader;
    private readonly int _seed;
    private readonly double _giantLineRate;
    private readonly IReadOnlyList<FuzzTarget> _targets;
    private readonly Dictionary<string, byte[]> _originals = [];
    private readonly string _folder;
    private readonly CliEnvironment _env;
    private readonly ExchangeRateTable? _bundledRates;
    private readonly Dictionary<string, ExchangeRateTable?> _rates = [];
    private readonly string _storePath;
    private TradeStore? _store;
    private StoreFiles? _files;
    private string? _digest;
    private int _acceptedSinceReset;

    /// <summary>Where a worker's time goes (make and write the mutant, ingest it, digest the store), for tuning the harness.</summary>
    public PhaseTimes Times { get; } = new();

    public CaseRunner(string reader, int seed, double giantLineRate)
    {
        _reader = reader;
        _seed = seed;
        _giantLineRate = giantLineRate;
        _targets = FuzzTarget.All().Where(t => t.Reader == reader).ToList();
        if (_targets.Count == 0)
        {
            throw new ArgumentException($"unknown reader '{reader}' (expected one of {string.Join(", ", FuzzTarget.Readers)})", nameof(reader));
        }

        foreach (var path in _targets.Select(t => t.Mutated).Distinct())
        {
            _originals[path] = File.ReadAllBytes(path);
        }

        _folder = Path.Combine(Path.GetTempPath(), $"turnover-fuzz-{Environment.ProcessId}-{reader}");
        Directory.CreateDirectory(_folder);
        // In memory where the machine has a RAM disk: a commit then costs no disk write.
        var stores = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        _storePath = Path.Combine(stores, $"turnover-fuzz-{Environment.ProcessId}-{reader}.duckdb");
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null), Interactive = InteractionSupport.No });
        _env = new CliEnvironment(console, TextWriter.Null, TextWriter.Null, TimeProvider.System);
        _bundledRates = IngestCommand.LoadRates(null, _env);
    }

    /// <summary>The generator of one case: the same (seed, reader, case) always gives the same mutant.</summary>
    public static Random CaseRandom(int seed, string reader, long index)
    {
        var readerIndex = FuzzTarget.Readers.ToList().IndexOf(reader) + 1;
        var mixed = unchecked(((ulong)(uint)seed * 0x9E3779B97F4A7C15UL) ^ ((ulong)readerIndex * 0xC2B2AE3D27D4EB4FUL) ^ ((ulong)index * 0x165667B19E3779F9UL));
        mixed = unchecked((mixed ^ (mixed >> 31)) * 0xBF58476D1CE4E5B9UL);
        return new Random(unchecked((int)(mixed ^ (mixed >> 32))));
    }

    /// <summary>Makes the mutant of a case: which target, the file's name, and its bytes.</summary>
    public (FuzzTarget Target, string FileName, Mutant Mutant) Make(long index)
    {
        var random = CaseRandom(_seed, _reader, index);
        var target = _targets[random.Next(_targets.Count)];
        var original = target.Mutated;
        var gzipped = original.EndsWith(".gz", StringComparison.Ordinal);
        var mutant = new Mutator(random, _giantLineRate).Mutate(_originals[original], gzipped);
        var name = Path.GetFileName(original);
        return (target, mutant.Gzipped && !gzipped ? name + ".gz" : name, mutant);
    }

    /// <summary>Writes the mutant of a case into <paramref name="folder"/> and returns its path and target.</summary>
    public (FuzzTarget Target, string Path, string Description) Write(long index, string folder)
    {
        var (target, name, mutant) = Make(index);
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, mutant.Bytes);
        return (target, path, mutant.Description);
    }

    /// <summary>Runs one case; <paramref name="starting"/> hears what the mutant is before it is ingested.</summary>
    public CaseResult Run(long index, Action<string>? starting = null)
    {
        var started = Stopwatch.GetTimestamp();
        var (target, path, description) = Write(index, _folder);
        Times.Add("mutate", started);
        starting?.Invoke(description);
        var result = Check(index, target, path);
        return result.Outcome == Outcome.Failed ? result with { Detail = $"{description} => {result.Detail}" } : result;
    }

    private CaseResult Check(long index, FuzzTarget target, string path)
    {
        var started = Stopwatch.GetTimestamp();
        var store = Store();
        Times.Add("store", started);
        started = Stopwatch.GetTimestamp();
        var fileName = Path.GetFileName(path);
        string[] errors;
        var exit = ExitCodes.Ok;
        FileIngestReport? report = null;
        try
        {
            var options = new IngestOptions
            {
                MappingPath = target.Mapping,
                QuantitiesPath = target.Quantities,
                ExchangeRates = target.MutateRates ? IngestCommand.LoadRates(path, _env) : Rates(target),
            };
            var input = target.MutateRates ? target.Input : path;
            report = IngestCommand.IngestAll(_env, store, [input], target.Format, options)[0];
            IngestRenderer.Render(_env, [report]);
            errors = [.. ReleaseMessages.Errors(report)];
            exit = report.Rejected ? ExitCodes.BadInput : ExitCodes.Ok;
        }
        catch (UserInputException ex)
        {
            errors = [ex.Message];
            exit = ExitCodes.BadInput;
        }
        catch (StoreException ex)
        {
            errors = [ex.Message];
            exit = ExitCodes.StoreFailure;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            ResetStore();
            return CaseResult.Failure(index, "a", $"{ex.GetType().Name} at {Frame(ex)}", Cut(ex.GetType().Name + ": " + ex.Message));
        }

        Times.Add("ingest", started);
        if (exit == ExitCodes.Ok)
        {
            if (report!.Status == LoadStatus.Stored)
            {
                if (++_acceptedSinceReset >= AcceptedBeforeReset)
                {
                    ResetStore();
                }
                else
                {
                    started = Stopwatch.GetTimestamp();
                    Settle(store);
                    Times.Add("digest", started);
                }
            }

            return new CaseResult(index, Outcome.Accepted);
        }

        started = Stopwatch.GetTimestamp();
        var changed = Changed(store);
        Times.Add("check", started);
        if (changed is not null)
        {
            ResetStore();
            return CaseResult.Failure(index, "c", changed, Cut(string.Join(" / ", errors)));
        }

        if (exit == ExitCodes.StoreFailure)
        {
            return CaseResult.Failure(index, "b", "store failure (exit 2) for bad input: " + Shape(errors[0]), Cut(errors[0]));
        }

        if (errors.Length == 0)
        {
            return CaseResult.Failure(index, "b", "rejected without an error message", string.Empty);
        }

        // A rates file's defect may show where the rate is used: a line of the input file is as good.
        var located = Located(target.MutateRates ? [fileName, Path.GetFileName(target.Input)] : [fileName]);
        foreach (var error in errors)
        {
            if (!located.IsMatch(error))
            {
                return CaseResult.Failure(index, "b", "error names no file and line: " + Shape(error), Cut(error));
            }
        }

        return new CaseResult(index, Outcome.Rejected);
    }

    /// <summary>"name:LINE: …" with a line of 1 or more, or "name: …" for the whole file (the IngestError forms).</summary>
    private static Regex Located(string[] fileNames) =>
        new($@"(^|[/ '])({string.Join('|', fileNames.Select(Regex.Escape))})'?(:[1-9][0-9]*)?: ", RegexOptions.CultureInvariant);

    /// <summary>How a rejected file changed the store, or null when it did not.</summary>
    private string? Changed(TradeStore store)
    {
        if (!StoreFiles.NoTransactionOpen(store))
        {
            return "a rejected file left a transaction open";
        }

        if (_files!.Match(_storePath))
        {
            return null;
        }

        // The bytes may move without a change of content (DuckDB may write a large append's blocks before the
        // commit and free them on rollback): the tables decide.
        var started = Stopwatch.GetTimestamp();
        var same = StoreDigest.Of(store) == _digest;
        Times.Add("digest", started);
        if (!same)
        {
            return "store changed by a rejected file";
        }

        _files = StoreFiles.Of(_storePath);
        return null;
    }

    /// <summary>Takes the store as it now is as the state rejected files must leave unchanged.</summary>
    private void Settle(TradeStore store)
    {
        _digest = StoreDigest.Of(store);
        _files = StoreFiles.Of(_storePath);
    }

    private TradeStore Store()
    {
        if (_store is not null)
        {
            return _store;
        }

        StoreFiles.Delete(_storePath);
        _store = TradeStore.Open(_storePath);
        foreach (var target in _targets.Where(t => !t.MutateRates))
        {
            var options = new IngestOptions { MappingPath = target.Mapping, QuantitiesPath = target.Quantities, ExchangeRates = Rates(target) };
            IngestCommand.IngestAll(_env, _store, [target.Input], target.Format, options);
        }

        Settle(_store);
        _acceptedSinceReset = 0;
        return _store;
    }

    /// <summary>The unmutated rates a target is ingested with (the bundled ones by default, as the command does).</summary>
    private ExchangeRateTable? Rates(FuzzTarget target)
    {
        if (target.Rates is null)
        {
            return _bundledRates;
        }

        if (!_rates.TryGetValue(target.Rates, out var table))
        {
            _rates[target.Rates] = table = IngestCommand.LoadRates(target.Rates, _env);
        }

        return table;
    }

    private void ResetStore()
    {
        _store?.Dispose();
        _store = null;
        _digest = null;
        _files = null;
    }

    /// <summary>The innermost frame in the product's code: where the crash happened.</summary>
    private static string Frame(Exception ex)
    {
        var frames = (ex.StackTrace ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("at Turnover.", StringComparison.Ordinal));
        var frame = frames.FirstOrDefault() ?? "(no product frame)";
        var paren = frame.IndexOf('(', StringComparison.Ordinal);
        return paren > 0 ? frame[3..paren] : frame;
    }

    /// <summary>An error with its figures and quoted values blanked out, to group failures of one kind.</summary>
    private static string Shape(string error) => Cut(Quoted().Replace(Digits().Replace(error, "#"), "'…'"), 90);

    private static string Cut(string text, int length = 300)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= length ? flat : $"{flat[..length]}… ({flat.Length:N0} characters)";
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"'[^']*'")]
    private static partial Regex Quoted();

    public void Dispose()
    {
        ResetStore();
        StoreFiles.Delete(_storePath);
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is not worth failing a run for.
        }
    }
}
