using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Turnover.Application;
using Turnover.Cli.Rendering;
using Turnover.Core;
using Turnover.Store;

namespace Turnover.Benchmarks;

/// <summary>
/// Latency of <c>turnover products</c> and <c>turnover decompose</c> on a loaded store: the use case in process, the
/// store's part of it (<see cref="TradeStore.ProductYears"/>), rendering its table, and the whole command in process
/// (parsing the arguments, opening the store, the use case, rendering the table into a string).
/// </summary>
internal static class ProductsBench
{
    private const int Runs = 21;

    /// <summary><c>products DB [A B [YEAR]]</c>: each level, the year given or the latest against the year before.</summary>
    public static int RunProducts(string db, string? a, string? b, string? year)
    {
        if (Pair(db, a, b) is not var (first, second, records))
        {
            return 1;
        }

        var years = year is null ? YearRange.Default : YearRange.Of(Year(year));
        foreach (var level in new[] { ProductLevel.Chapter, ProductLevel.Heading, ProductLevel.Product })
        {
            var request = new ProductsRequest(first, second) { Years = years, Level = level };
            string[] command = ["products", first.Label, second.Label, "--level", level.ToString().ToLowerInvariant(), .. YearArguments("--year", year)];
            Measure(
                $"products {first.Label} {second.Label} --level {level.ToString().ToLowerInvariant()}", db, records, first, second, (int)level, command,
                store => new ProductsQuery(store).Run(request).Value,
                answer => $"{answer.Products.Count} products, {answer.Shown.Year}",
                (console, answer) => ProductsRenderer.RenderTable(console, answer, request.Top));
        }

        return 0;
    }

    /// <summary><c>decompose DB [A B [FROM TO]]</c>: HS6 (the command's default) and chapters.</summary>
    public static int RunDecompose(string db, string? a, string? b, string? from, string? to)
    {
        if (Pair(db, a, b) is not var (first, second, records))
        {
            return 1;
        }

        var years = from is null || to is null ? YearRange.Default : new YearRange(Year(from), Year(to));
        foreach (var level in new[] { ProductLevel.Product, ProductLevel.Chapter })
        {
            var request = new DecomposeRequest(first, second) { Years = years, Level = level };
            string[] command =
            [
                "decompose", first.Label, second.Label, "--level", level.ToString().ToLowerInvariant(), .. YearArguments("--from", from), .. YearArguments("--to", to),
            ];
            Measure(
                $"decompose {first.Label} {second.Label} --level {level.ToString().ToLowerInvariant()}", db, records, first, second, (int)level, command,
                store => new DecomposeQuery(store).Run(request).Value,
                answer => $"{answer.Products.Count} entries, {answer.BaseYear}→{answer.Year}",
                DecomposeRenderer.RenderTable);
        }

        return 0;
    }

    private static void Measure<T>(
        string name, string db, long records, Country a, Country b, int digits, string[] command,
        Func<TradeStore, T> useCase, Func<T, string> shapeOf, Action<IAnsiConsole, T> render)
    {
        var (storeTimes, useCaseTimes, renderTimes, commandTimes) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
        var answer = default(T);
        var output = new StringWriter(CultureInfo.InvariantCulture);
        var env = new Turnover.Cli.CliEnvironment(
            AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Interactive = InteractionSupport.No }),
            output,
            output,
            TimeProvider.System);
        string[] withDb = [.. command, "--db", db];
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i <= Runs; i++)
        {
            // The store is opened for each round as the command opens it, and closed before the command opens it again.
            using (var store = TradeStore.Open(db, new TradeStoreOptions { ReadOnly = true }))
            {
                storeTimes.Add(Time(() => store.ProductYears(a, b, digits)));
                useCaseTimes.Add(Time(() => answer = useCase(store)));
            }

            output.GetStringBuilder().Clear();
            renderTimes.Add(Time(() => render(env.Console, answer!)));
            output.GetStringBuilder().Clear();
            commandTimes.Add(Time(() =>
            {
                if (Turnover.Cli.TurnoverCli.Run(withDb, env) != 0)
                {
                    throw new InvalidOperationException($"turnover {string.Join(' ', command)} failed: {output}");
                }
            }));
            if (i == 0)
            {
                // The first round pays for JIT compilation and DuckDB's first reads: reported apart, left out of the medians.
                Console.WriteLine($"{name}: first round use case {useCaseTimes[0]:F1} ms, table {renderTimes[0]:F1} ms, command {commandTimes[0]:F1} ms");
                (storeTimes, useCaseTimes, renderTimes, commandTimes) = ([], [], [], []);
                cpu = Process.GetCurrentProcess().TotalProcessorTime;
            }
        }

        var cpuPerRound = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / Runs;
        Console.WriteLine(
            $"{name} on {records:N0} records ({shapeOf(answer!)}; load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}): "
            + $"use case median {Median(useCaseTimes):F1} ms (min {useCaseTimes.Min():F1}, max {useCaseTimes.Max():F1}), "
            + $"of which the store's ProductYears {Median(storeTimes):F1} ms; table {Median(renderTimes):F1} ms; "
            + $"whole command in process median {Median(commandTimes):F1} ms (min {commandTimes.Min():F1}); "
            + $"CPU {cpuPerRound:F0} ms a round (store lines, use case, table and command), {Runs} rounds");
    }

    // The pair asked for, else the one whose product lines are the most (both directions of a reconciled source count).
    private static (Country A, Country B, long Records)? Pair(string db, string? a, string? b)
    {
        using var store = TradeStore.Open(db, new TradeStoreOptions { ReadOnly = true });
        var records = store.Releases().Sum(r => r.RowsStored);
        if (a is not null && b is not null)
        {
            var countries = CountryCatalog.Default;
            if (!countries.TryResolve(a, out var first) || !countries.TryResolve(b, out var second))
            {
                Console.Error.WriteLine($"unknown country: {a} or {b}");
                return null;
            }

            return (first, second, records);
        }

        var coverage = store.Coverage();
        if (coverage.Count == 0)
        {
            Console.Error.WriteLine($"{db} holds no pair");
            return null;
        }

        var fullest = coverage
            .GroupBy(c => c.Reporter.Code < c.Partner.Code ? (c.Reporter, c.Partner) : (c.Partner, c.Reporter))
            .Select(g => (Pair: g.Key, Lines: g.Sum(c => c.SummedLines)))
            .OrderByDescending(p => p.Lines).ThenBy(p => p.Pair.Item1.Code).ThenBy(p => p.Pair.Item2.Code)
            .First();
        Console.WriteLine($"the pair with the most product lines: {fullest.Pair.Item1.Label}–{fullest.Pair.Item2.Label} ({fullest.Lines:N0} lines)");
        return (fullest.Pair.Item1, fullest.Pair.Item2, records);
    }

    private static string[] YearArguments(string option, string? year) => year is null ? [] : [option, year];

    private static int Year(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static double Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalMilliseconds;
    }
}
