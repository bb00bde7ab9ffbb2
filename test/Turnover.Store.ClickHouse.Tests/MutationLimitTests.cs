namespace Turnover.Store.ClickHouse.Tests;

/// <summary>How long a load waits for ClickHouse to date a revising release: it grows with the release.</summary>
public sealed class MutationLimitTests
{
    [Fact]
    public void When_a_release_is_larger_then_its_dating_may_take_longer_and_a_ten_million_row_year_gets_more_than_it_was_measured_to_need()
    {
        var small = ClickHouseTradeStore.MutationLimit(1_000);
        var year = ClickHouseTradeStore.MutationLimit(10_000_000);

        Assert.Equal(TimeSpan.FromSeconds(120), small);
        // A generated 10 M-row BACI year revised on one 18.16 server took 95 s to date at load 12-18 (docs/clickhouse.md),
        // where the fixed 60 s of before failed the load every time.
        Assert.True(year > TimeSpan.FromSeconds(95 * 2), $"{year}");
        Assert.True(ClickHouseTradeStore.MutationLimit(20_000_000) > year);
    }
}
