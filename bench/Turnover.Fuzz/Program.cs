// The reliability harness (see bench/README.md):
//   [fuzz] [--cases N] [--first N] [--seed S] [--reader R]... [--giant-lines RATE] [--jobs J] [--report-every N]
//                                    mutated real fixtures through `turnover ingest`'s code path, per reader
//   replay --reader R --seed S --case N [--out DIR]
//                                    writes one case's mutant and runs it here, printing what happened
//   crash [--trials N] [--seed S] [--baci-rows R]
//                                    SIGKILL a child `turnover ingest` at seeded moments, then check the store
//   worker …                         (internal) runs cases for `fuzz`, which watches it
using System.Diagnostics;
using System.Globalization;
using Turnover.Fuzz;

var command = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "fuzz";
var options = Options.Parse(command == "fuzz" && (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal)) ? args : args[1..]);
var seed = options.Int("--seed", 1);
switch (command)
{
    case "fuzz":
        {
            var readers = options.All("--reader") is { Count: > 0 } chosen ? chosen : FuzzTarget.Readers;
            // A harness that cannot find its real files would count every case as a crash: say so once, run nothing.
            if (FuzzTarget.Missing() is { Count: > 0 } missing)
            {
                Console.Error.WriteLine($"the fuzz's real files are missing ({string.Join(", ", missing)}): run it from a build inside the repository (dotnet run --project bench/Turnover.Fuzz), not a copy of its output");
                return 2;
            }

            var cases = options.Long("--cases", 1000);
            var giantLines = options.Double("--giant-lines", 1.0 / 2000);
            var jobs = options.Int("--jobs", 1);
            var first = options.Long("--first", 0);
            var reportEvery = options.Long("--report-every", 0);
            var printing = new object();
            void Progress(ReaderSummary s)
            {
                lock (printing)
                {
                    Console.WriteLine($"{DateTime.UtcNow:HH:mm:ss} so far: {s.Line()}");
                }
            }

            var clock = Stopwatch.StartNew();
            var summaries = new ReaderSummary[readers.Count];
            Parallel.For(0, readers.Count, new ParallelOptions { MaxDegreeOfParallelism = jobs }, i =>
            {
                summaries[i] = new FuzzRun(readers[i], seed, first, cases, giantLines, TimeSpan.FromSeconds(options.Int("--hang-seconds", 120)), reportEvery, Progress).Run();
                Console.Error.WriteLine($"{readers[i]}: {summaries[i].Cases:N0} cases in {summaries[i].Elapsed.TotalSeconds:0.0} s");
            });
            Console.WriteLine($"seed {seed}, {cases:N0} cases per reader from case {first:N0}, giant lines {giantLines.ToString("0.#####", CultureInfo.InvariantCulture)} of cases, {jobs} job(s), {clock.Elapsed.TotalSeconds:0.0} s wall");
            ReaderSummary.Print(Console.Out, summaries);
            return summaries.Any(s => s.Failed > 0) ? 1 : 0;
        }

    case "worker":
        return FuzzRun.Work(options.One("--reader"), seed, options.Long("--from", 0), options.Long("--to", 1), options.Double("--giant-lines", 0));

    case "replay":
        {
            var out_ = options.All("--out") is [var dir] ? dir : Path.Combine(Path.GetTempPath(), "turnover-fuzz-replay");
            Directory.CreateDirectory(out_);
            using var runner = new CaseRunner(options.One("--reader"), seed, options.Double("--giant-lines", 1.0 / 2000));
            var index = options.Long("--case", 0);
            var (target, path, description) = runner.Write(index, out_);
            Console.WriteLine($"mutant: {path} ({description})");
            Console.WriteLine($"as a command: turnover ingest {(target.MutateRates ? target.Input : path)} --format {target.Format}"
                + (target.Mapping is null ? string.Empty : $" --mapping {target.Mapping}") + (target.Rates is null ? string.Empty : $" --rates {(target.MutateRates ? path : target.Rates)}")
                + (target.Quantities is null ? string.Empty : $" --quantities {target.Quantities}"));
            var result = runner.Run(index);
            Console.WriteLine($"{result.Outcome} {result.Property} {result.Class} {result.Detail}".TrimEnd());
            return result.Outcome == Outcome.Failed ? 1 : 0;
        }

    case "crash":
        {
            var summary = new CrashTrials(seed, options.Int("--trials", 100), options.Long("--baci-rows", 2_000_000), Console.Out).Run();
            summary.Print(Console.Out);
            return summary.Inconsistent > 0 ? 1 : 0;
        }

    default:
        Console.Error.WriteLine($"unknown command '{command}' (fuzz, replay, crash)");
        return 1;
}
