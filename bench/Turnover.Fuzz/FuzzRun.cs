using System.Diagnostics;
using System.Globalization;

namespace Turnover.Fuzz;

/// <summary>
/// Runs one reader's cases in a worker process and watches it: a case during which the worker dies (a stack
/// overflow cannot be caught) or stops answering fails property (a), and a new worker goes on with the next case.
/// </summary>
/// <param name="reader">The reader whose fixtures are mutated.</param>
/// <param name="seed">The run's seed: with the reader and a case number it makes the case's mutant.</param>
/// <param name="first">The first case number: a long run can be split into ranges run at different times.</param>
/// <param name="cases">How many cases to run.</param>
/// <param name="giantLineRate">The share of cases given a line over 16 MiB.</param>
/// <param name="hangAfter">How long a case may go without an answer before it fails as a hang.</param>
/// <param name="reportEvery">Cases between two progress reports; 0 for none.</param>
/// <param name="progress">Hears the summary so far every <paramref name="reportEvery"/> cases, so a run stopped early still tells what it covered.</param>
internal sealed class FuzzRun(string reader, int seed, long first, long cases, double giantLineRate, TimeSpan hangAfter, long reportEvery = 0, Action<ReaderSummary>? progress = null)
{
    public const string Started = "@@S";
    public const string Result = "@@R";

    private readonly Stopwatch _clock = new();

    public ReaderSummary Run()
    {
        var summary = new ReaderSummary(reader, seed, first);
        _clock.Restart();
        var next = first;
        while (next < first + cases)
        {
            next = RunWorker(next, summary);
        }

        summary.Elapsed = _clock.Elapsed;
        return summary;
    }

    /// <summary>The worker's side: runs cases [from, to) and reports each on standard output.</summary>
    public static int Work(string reader, int seed, long from, long to, double giantLineRate)
    {
        using var runner = new CaseRunner(reader, seed, giantLineRate);
        var output = Console.Out;
        for (var i = from; i < to; i++)
        {
            var r = runner.Run(i, description =>
            {
                output.WriteLine($"{Started}\t{i}\t{Clean(description)}");
                output.Flush();
            });
            output.WriteLine($"{Result}\t{r.Case}\t{r.Outcome}\t{r.Property}\t{Clean(r.Class)}\t{Clean(r.Detail)}");
        }

        output.Flush();
        if (Environment.GetEnvironmentVariable("TURNOVER_FUZZ_TIMES") == "1")
        {
            Console.Error.WriteLine($"{reader} cases {from}..{to}: {runner.Times}");
        }

        return 0;
    }

    private long RunWorker(long from, ReaderSummary summary)
    {
        using var worker = ChildProcess.Start("Turnover.Fuzz.dll", [
            "worker", "--reader", reader, "--seed", seed.ToString(CultureInfo.InvariantCulture),
            "--from", from.ToString(CultureInfo.InvariantCulture), "--to", (first + cases).ToString(CultureInfo.InvariantCulture),
            "--giant-lines", giantLineRate.ToString("R", CultureInfo.InvariantCulture)]);
        var stderr = new List<string>();
        worker.ErrorDataReceived += (_, e) =>
        {
            lock (stderr)
            {
                if (e.Data is not null && stderr.Count < 40)
                {
                    stderr.Add(e.Data);
                }
            }
        };
        worker.BeginErrorReadLine();
        long? running = null;
        var mutation = string.Empty;
        var next = from;
        while (true)
        {
            var line = worker.StandardOutput.ReadLineAsync();
            if (!line.Wait(hangAfter))
            {
                worker.Kill(entireProcessTree: true);
                var hung = running ?? next;
                Add(summary, CaseResult.Failure(hung, "a", "hang", $"{mutation} => no answer within {hangAfter.TotalSeconds:0} s"));
                return hung + 1;
            }

            if (line.Result is not { } text)
            {
                break;
            }

            var fields = text.Split('\t');
            if (fields[0] == Started)
            {
                running = long.Parse(fields[1], CultureInfo.InvariantCulture);
                mutation = fields[2];
            }
            else if (fields[0] == Result)
            {
                var result = new CaseResult(long.Parse(fields[1], CultureInfo.InvariantCulture), Enum.Parse<Outcome>(fields[2]), fields[3], fields[4], fields[5]);
                Add(summary, result);
                running = null;
                mutation = "(the mutation of this case could not be made)";
                next = result.Case + 1;
            }
        }

        worker.WaitForExit();
        if (running is null && next >= first + cases)
        {
            return next;
        }

        string[] said;
        lock (stderr)
        {
            said = [.. stderr];
        }

        // A dead worker's last words: the exception (or "Stack overflow.") and the innermost frame of the product.
        var lastWords = said.FirstOrDefault(l => l.Trim().Length > 0)?.Trim() ?? "(nothing on stderr)";
        var frame = said.Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("at Turnover.", StringComparison.Ordinal)) ?? string.Empty;
        var failed = running ?? next;
        Add(summary, CaseResult.Failure(failed, "a", $"process died (exit {worker.ExitCode}): {Cut(lastWords, 80)} {Cut(frame, 120)}".TrimEnd(), $"{mutation} => {Cut(string.Join(" | ", said.Take(6)), 400)}"));
        return failed + 1;
    }

    private void Add(ReaderSummary summary, CaseResult result)
    {
        summary.Add(result);
        if (reportEvery > 0 && summary.Cases % reportEvery == 0)
        {
            summary.Elapsed = _clock.Elapsed;
            progress?.Invoke(summary);
        }
    }

    private static string Clean(string text) => text.Replace('\t', ' ').ReplaceLineEndings(" ");

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length] + "…";
}
