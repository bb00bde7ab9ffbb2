using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Turnover.Benchmarks;
using Turnover.Store;
using Turnover.Testing;

namespace Turnover.Fuzz;

/// <summary>
/// Kills <c>turnover ingest</c> (a child process of this output folder's build) with SIGKILL after a seeded delay
/// drawn across a clean ingest's duration, then checks that the store opens, that the file is wholly present (its
/// release row and as many records as a clean ingest stores) or wholly absent (no release row, no records without
/// one), that the release already in the store is untouched, and that ingesting the file again completes.
/// </summary>
internal sealed class CrashTrials(int seed, int trials, long baciRows, TextWriter log)
{
    private static readonly TimeSpan s_ingestLimit = TimeSpan.FromMinutes(10);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"turnover-crash-{Environment.ProcessId}-{seed}");

    public CrashSummary Run()
    {
        Directory.CreateDirectory(_folder);
        try
        {
            var files = new List<TrialFile> { Prepare(RepoPaths.Data("national", "kosis_korea_china_monthly.csv"), "kosis") };
            if (baciRows > 0)
            {
                // A real-layout file large enough that a kill can land in the load and its commit, not only in start-up.
                var baci = Path.Combine(_folder, "BACI_HS92_Y2021_V202301.csv");
                BaciGenerator.Run(baciRows, baci);
                files.Add(Prepare(baci, "baci"));
            }

            var random = new Random(seed);
            var summary = new CrashSummary();
            for (var i = 0; i < trials; i++)
            {
                var file = files[random.Next(files.Count)];
                var delay = TimeSpan.FromMilliseconds(random.NextDouble() * file.CleanTime.TotalMilliseconds * 1.1);
                var trial = Trial(i, file, delay);
                summary.Add(trial);
                log.WriteLine(trial);
            }

            return summary;
        }
        finally
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private string BaseStore()
    {
        var path = Path.Combine(_folder, "base.duckdb");
        if (!File.Exists(path))
        {
            // The store already holds another file's release, which a killed ingest must leave as it was.
            Ingest(RepoPaths.Data("gacc", "china_russia.csv"), "gacc", path, out _);
        }

        return path;
    }

    private TrialFile Prepare(string path, string format)
    {
        var store = Copy(BaseStore(), "clean-" + format);
        var time = Ingest(path, format, store, out var exit);
        if (exit != 0)
        {
            throw new InvalidOperationException($"a clean ingest of {path} failed with exit {exit}");
        }

        var hash = Sha256(path);
        var state = Inspect(store, hash);
        log.WriteLine($"clean ingest of {Path.GetFileName(path)}: {state.Records:N0} records in {time.TotalSeconds:0.00} s (delays drawn from 0 to 1.1 times that)");
        return new TrialFile(path, format, hash, state.Records, state.BaseRecords, time);
    }

    private TrialResult Trial(int number, TrialFile file, TimeSpan delay)
    {
        var store = Copy(BaseStore(), $"trial-{number}");
        using var child = ChildProcess.Start("turnover.dll", Arguments(file.Path, file.Format, store));
        child.StandardOutput.ReadToEndAsync();
        child.StandardError.ReadToEndAsync();
        var killed = !child.WaitForExit(delay);
        if (killed)
        {
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
        }

        StoreState after;
        try
        {
            after = Inspect(store, file.Hash);
        }
        catch (StoreException ex)
        {
            return new TrialResult(number, file.Format, delay, killed, TrialState.DoesNotOpen, 0, false, ex.Message);
        }

        var state = after switch
        {
            { Orphans: > 0 } => TrialState.Orphans,
            { BaseRecords: var b } when b != file.BaseRecords => TrialState.BaseChanged,
            { Release: true, Records: var r } when r == file.Records => TrialState.Present,
            { Release: false, Records: 0 } => TrialState.Absent,
            _ => TrialState.Partial,
        };
        Ingest(file.Path, file.Format, store, out var exit);
        var again = exit == 0 && Inspect(store, file.Hash) is { Release: true } s && s.Records == file.Records;
        File.Delete(store);
        File.Delete(store + ".wal");
        return new TrialResult(number, file.Format, delay, killed, state, after.Orphans, again, exit == 0 ? string.Empty : $"re-ingest exit {exit}");
    }

    private static string[] Arguments(string path, string format, string store) => ["ingest", path, "--format", format, "--db", store];

    private static TimeSpan Ingest(string path, string format, string store, out int exit)
    {
        var clock = Stopwatch.StartNew();
        using var child = ChildProcess.Start("turnover.dll", Arguments(path, format, store));
        child.StandardOutput.ReadToEndAsync();
        var error = child.StandardError.ReadToEndAsync();
        if (!child.WaitForExit(s_ingestLimit))
        {
            child.Kill(entireProcessTree: true);
            throw new TimeoutException($"turnover ingest {path} did not finish within {s_ingestLimit.TotalMinutes} minutes");
        }

        exit = child.ExitCode;
        if (exit != 0)
        {
            Console.Error.WriteLine($"turnover ingest {Path.GetFileName(path)} exited {exit}: {error.Result}");
        }

        return clock.Elapsed;
    }

    private static StoreState Inspect(string path, string hash)
    {
        using var store = TradeStore.Open(path);
        var release = store.FindRelease(hash);
        var records = release is { } id ? store.Scalar<long>("SELECT count(*) FROM records WHERE release_id = ?", id) : 0;
        var orphans = store.Scalar<long>("SELECT count(*) FROM records WHERE release_id NOT IN (SELECT release_id FROM releases)");
        var others = store.Scalar<long>("SELECT count(*) FROM records WHERE release_id IN (SELECT release_id FROM releases WHERE content_hash <> ?)", hash);
        return new StoreState(release is not null, records, orphans, others);
    }

    private string Copy(string store, string name)
    {
        var copy = Path.Combine(_folder, name + ".duckdb");
        File.Copy(store, copy, overwrite: true);
        File.Delete(copy + ".wal");
        if (File.Exists(store + ".wal"))
        {
            File.Copy(store + ".wal", copy + ".wal");
        }

        return copy;
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private sealed record TrialFile(string Path, string Format, string Hash, long Records, long BaseRecords, TimeSpan CleanTime);

    private sealed record StoreState(bool Release, long Records, long Orphans, long BaseRecords);
}

/// <summary>What a kill left in the store.</summary>
internal enum TrialState
{
    /// <summary>The release row and every record: the commit happened before the kill.</summary>
    Present,

    /// <summary>No release row and no records of it: the kill came before the commit.</summary>
    Absent,

    /// <summary>Records whose release row is missing.</summary>
    Orphans,

    /// <summary>A release row with fewer or more records than a clean ingest stores.</summary>
    Partial,

    /// <summary>The release already in the store lost or gained records.</summary>
    BaseChanged,

    /// <summary>The store cannot be opened.</summary>
    DoesNotOpen,
}

/// <summary>One kill: when, what it left, and whether ingesting again completed with the whole file.</summary>
internal sealed record TrialResult(int Number, string Format, TimeSpan Delay, bool Killed, TrialState State, long OrphanRows, bool ReingestComplete, string Note)
{
    public bool Consistent => State is TrialState.Present or TrialState.Absent && ReingestComplete;

    public override string ToString() => FormattableString.Invariant(
        $"trial {Number,3}: {Format,-5} {(Killed ? "killed" : "ended ")} at {Delay.TotalMilliseconds,7:0} ms: {State}{(OrphanRows > 0 ? $" ({OrphanRows:N0} orphan records)" : string.Empty)}, re-ingest {(ReingestComplete ? "complete" : "FAILED")} {Note}").TrimEnd();
}

/// <summary>All trials.</summary>
internal sealed class CrashSummary
{
    private readonly List<TrialResult> _trials = [];

    public IReadOnlyList<TrialResult> Trials => _trials;

    public int Inconsistent => _trials.Count(t => !t.Consistent);

    public void Add(TrialResult trial) => _trials.Add(trial);

    public void Print(TextWriter output)
    {
        foreach (var format in _trials.Select(t => t.Format).Distinct())
        {
            var of = _trials.Where(t => t.Format == format).ToList();
            output.WriteLine(FormattableString.Invariant(
                $"{format}: {of.Count} trials, {of.Count(t => t.Killed)} killed before the end; present {of.Count(t => t.State == TrialState.Present)}, absent {of.Count(t => t.State == TrialState.Absent)}, orphans {of.Count(t => t.State == TrialState.Orphans)} ({of.Sum(t => t.OrphanRows):N0} rows), partial {of.Count(t => t.State == TrialState.Partial)}, other release changed {of.Count(t => t.State == TrialState.BaseChanged)}, store does not open {of.Count(t => t.State == TrialState.DoesNotOpen)}; re-ingest complete {of.Count(t => t.ReingestComplete)}"));
        }

        output.WriteLine($"{_trials.Count} trials, {Inconsistent} inconsistent");
    }
}
