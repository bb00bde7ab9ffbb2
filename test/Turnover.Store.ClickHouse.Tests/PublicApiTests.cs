using Turnover.Testing;

namespace Turnover.Store.ClickHouse.Tests;

public sealed class PublicApiTests
{
    [Fact]
    public void When_the_public_api_changes_then_the_snapshot_shows_it()
    {
        Golden.Verify(PublicApi.Of(typeof(ClickHouseTradeStore).Assembly), "PublicApi");
    }
}
