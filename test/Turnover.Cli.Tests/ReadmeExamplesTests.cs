using Turnover.Testing;

namespace Turnover.Cli.Tests;

/// <summary>
/// Runs every <c>$ turnover …</c> example in README.md against the bundled data, on the README's "today"
/// (2026-11-28) and a 120-column console, and checks that the lines the README shows appear, in order, in what the
/// command prints now: examples cannot drift from the code. A line of <c>...</c> marks output left out.
/// </summary>
public sealed class ReadmeExamplesTests : IClassFixture<ReadmeExamplesTests.BundledStore>
{
    private static readonly DateOnly s_readmeToday = new(2026, 11, 28);
    private static readonly Lazy<IReadOnlyList<ReadmeExample>> s_examples = new(() => ReadmeExample.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"))));
    private readonly BundledStore _store;

    public ReadmeExamplesTests(BundledStore store) => _store = store;

    public static TheoryData<int, string> Examples()
    {
        var data = new TheoryData<int, string>();
        foreach (var example in s_examples.Value)
        {
            data.Add(example.Line, example.Command);
        }

        return data;
    }

    [Fact]
    public void When_the_readme_is_read_then_it_has_examples_of_every_command()
    {
        var commands = s_examples.Value.Select(e => e.Arguments[0]).ToHashSet();

        Assert.Superset(new HashSet<string> { "demo", "ingest", "series", "info", "target", "backtest", "release", "claims", "watch", "forecast" }, commands);
    }

    [Fact]
    public void When_the_readme_examples_run_then_the_backtest_prints_no_wall_time_that_could_widen_its_table()
    {
        // The README's backtest times are masked by Normalise, but a time of 10 s or more on a loaded machine would
        // widen the column and every border line: the examples' stopped clock makes every time 0.00 s.
        var (exit, console, _, _) = _store.Cli.Run("backtest", "CHN:RUS", "--origins", "2", "--methods", "theta", "drift");

        Assert.Equal(0, exit);
        var times = System.Text.RegularExpressions.Regex.Matches(console, @"(\d+\.\d\d) s +│").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["0.00", "0.00"], times);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void When_a_readme_example_runs_then_it_prints_what_the_readme_shows(int line, string command)
    {
        var examples = s_examples.Value;
        var example = examples.Single(e => e.Line == line);
        var block = examples.Where(e => e.Block == example.Block).ToList();

        // A block that starts by building a store (demo, ingest) gets its own, with the block's earlier commands run
        // first; the other examples read the store the demo would have built.
        var cli = block[0].Arguments[0] is "demo" or "ingest" ? Fresh() : _store.Cli;
        foreach (var earlier in block.TakeWhile(e => e.Line != line).Where(_ => cli != _store.Cli))
        {
            cli.Run(Resolved(earlier));
        }

        var (exit, console, output, error) = cli.Run(Resolved(example));

        // Files are named as the README's reader, at the repository root, would see them.
        var printed = (console + output + error)
            .Replace(_store.Folder + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal)
            .Replace(RepoPaths.Root + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal);
        var actual = printed.Split('\n').Select(ReadmeExample.Normalise).ToList();
        var expected = example.Output.Select(ReadmeExample.Normalise).Where(l => l.Length > 0).ToList();
        var position = 0;
        foreach (var wanted in expected.Where(l => l != "..." && !l.StartsWith("exit code", StringComparison.Ordinal)))
        {
            var found = actual.FindIndex(position, l => l == wanted);
            Assert.True(found >= 0, $"README line {line} ($ turnover {command}): expected, in order,\n{wanted}\nbut the command printed:\n{string.Join('\n', actual)}");
            position = found + 1;
        }

        // An example that ends in an error line failed (exit code 1) unless it states its exit code.
        var expectedExit = expected.Where(l => l.StartsWith("exit code ", StringComparison.Ordinal)).Select(l => int.Parse(l["exit code ".Length..], System.Globalization.CultureInfo.InvariantCulture))
            .DefaultIfEmpty(expected.Any(l => l.StartsWith("error: ", StringComparison.Ordinal)) ? 1 : 0).First();
        Assert.Equal(expectedExit, exit);
    }

    private CliRun Fresh() => _store.Own(new CliRun(120, StoppedClock.On(s_readmeToday)));

    /// <summary>
    /// The arguments with repository-relative files made absolute; an ingest whose comment says "a copy with … changed
    /// to …" reads such a copy of the bundled file, made here.
    /// </summary>
    private string[] Resolved(ReadmeExample example)
    {
        var args = example.Arguments.Select(a => File.Exists(Path.Combine(RepoPaths.Root, a)) ? Path.Combine(RepoPaths.Root, a) : a).ToArray();
        // A file an example writes (--out) goes into the test's own folder, never the repository.
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i - 1] == "--out" && !Path.IsPathRooted(args[i]))
            {
                args[i] = Path.Combine(_store.Folder, args[i]);
            }
        }

        if (args[0] != "ingest" || !example.Remark.Contains("changed to", StringComparison.Ordinal))
        {
            return args;
        }

        var name = args[1];
        var original = File.ReadAllLines(RepoPaths.Data("national", name));
        original[5] = original[5].Replace("1,596.0", "1,x96.0", StringComparison.Ordinal);
        var copy = Path.Combine(_store.Folder, name);
        File.WriteAllLines(copy, original);
        return ["ingest", copy, .. args[2..]];
    }

    /// <summary>The store the README's commands run on: the bundled data, ingested once for all examples.</summary>
    public sealed class BundledStore : IDisposable
    {
        private readonly List<CliRun> _runs = [];

        public BundledStore()
        {
            Cli = Own(new CliRun(120, StoppedClock.On(s_readmeToday)));
            Folder = Cli.Folder;
            Cli.Run("ingest", Bundled.ChinaRussia, Bundled.UsChina, Bundled.KoreaChina);
        }

        internal CliRun Cli { get; }

        public string Folder { get; }

        internal CliRun Own(CliRun run)
        {
            _runs.Add(run);
            return run;
        }

        public void Dispose() => _runs.ForEach(r => r.Dispose());
    }
}
