using Turnover.Fuzz;

namespace Turnover.Reliability.Tests;

/// <summary>
/// A seeded, CI-sized run of the fuzz harness (bench/Turnover.Fuzz): mutated copies of every real fixture through
/// <c>turnover ingest</c>'s code path, each case in a watched worker process so a crash fails a case, not the run.
/// </summary>
public sealed class FuzzTests
{
    private const int Seed = 20261201;

    [Fact]
    public void When_every_reader_gets_a_seeded_run_of_mutated_real_files_then_no_case_fails()
    {
        // 250 cases a reader, 2,250 in all; no 16 MiB lines here (the bench run has them), giant cells as drawn.
        var summaries = FuzzTarget.Readers.AsParallel().WithDegreeOfParallelism(2)
            .Select(r => new FuzzRun(r, Seed, 0, 250, giantLineRate: 0, TimeSpan.FromMinutes(2)).Run())
            .ToList();

        var report = new StringWriter();
        ReaderSummary.Print(report, summaries);
        Assert.True(summaries.All(s => s.Failed == 0), report.ToString());
        Assert.All(summaries, s => Assert.Equal(250, s.Cases));
    }

    [Fact]
    public void When_a_case_is_made_twice_from_its_seed_then_the_mutant_is_the_same()
    {
        using var first = new CaseRunner("kosis", Seed, 0);
        using var second = new CaseRunner("kosis", Seed, 0);

        for (var i = 0; i < 50; i++)
        {
            var (target, name, mutant) = first.Make(i);
            var again = second.Make(i);
            Assert.Equal((target, name, mutant.Description), (again.Target, again.FileName, again.Mutant.Description));
            Assert.Equal(mutant.Bytes, again.Mutant.Bytes);
        }
    }

    [Fact]
    public void When_a_watched_worker_runs_cases_then_every_case_is_counted_once_and_mutants_are_both_accepted_and_rejected()
    {
        var summary = new FuzzRun("census", Seed, 0, 60, giantLineRate: 0, TimeSpan.FromMinutes(2)).Run();

        Assert.Equal(60, summary.Cases);
        Assert.Equal(summary.Cases, summary.Accepted + summary.Rejected + summary.Failed);
        Assert.True(summary.Accepted > 0, "some mutations are harmless (a BOM, CRLF line ends)");
        Assert.True(summary.Rejected > 0, "most mutations are defects the reader must refuse");
    }

    [Fact]
    public void When_a_run_starts_at_a_later_case_then_it_covers_that_range_and_reports_progress_on_the_way()
    {
        var progress = new List<string>();
        var summary = new FuzzRun("kosis", Seed, 1000, 40, giantLineRate: 0, TimeSpan.FromMinutes(2), reportEvery: 15, s => progress.Add(s.Line())).Run();

        Assert.Equal(40, summary.Cases);
        Assert.Equal(1000, summary.First);
        Assert.EndsWith("1000..1039", summary.Line(), StringComparison.Ordinal);
        Assert.Equal(2, progress.Count);
        Assert.EndsWith("1000..1014", progress[0], StringComparison.Ordinal);
        Assert.EndsWith("1000..1029", progress[1], StringComparison.Ordinal);
    }
}
