using Turnover.Fuzz;

namespace Turnover.Reliability.Tests;

/// <summary>A few seeded SIGKILLs of a child <c>turnover ingest</c> (the bench runs 100, with a large BACI file too).</summary>
public sealed class CrashConsistencyTests
{
    [Fact]
    public void When_an_ingest_is_killed_at_seeded_moments_then_the_file_is_wholly_present_or_absent_and_ingests_again()
    {
        var log = new StringWriter();

        var summary = new CrashTrials(seed: 20261201, trials: 3, baciRows: 0, log).Run();

        summary.Print(log);
        Assert.Equal(3, summary.Trials.Count);
        Assert.True(summary.Inconsistent == 0, log.ToString());
    }
}
