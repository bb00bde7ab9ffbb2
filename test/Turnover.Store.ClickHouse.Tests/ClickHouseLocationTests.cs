namespace Turnover.Store.ClickHouse.Tests;

public sealed class ClickHouseLocationTests
{
    [Theory]
    [InlineData("clickhouse://127.0.0.1:28100/turnover", "127.0.0.1", 28100, "turnover")]
    [InlineData("clickhouse://db.example.org/trade_2024", "db.example.org", 8123, "trade_2024")]
    [InlineData("CLICKHOUSE://host:9/t/", "host", 9, "t")]
    public void When_a_store_url_is_well_formed_then_it_names_host_port_and_database(string text, string host, int port, string database)
    {
        Assert.Equal(new ClickHouseLocation(host, port, database), ClickHouseLocation.Parse(text));
    }

    [Theory]
    [InlineData("clickhouse://127.0.0.1:28100", "names no database")]
    [InlineData("clickhouse://127.0.0.1:28100/", "names no database")]
    [InlineData("clickhouse://127.0.0.1:28100/a/b", "should be letters, digits and underscores")]
    [InlineData("clickhouse://127.0.0.1:28100/1db", "should be letters, digits and underscores")]
    [InlineData("clickhouse://127.0.0.1:28100/db`; DROP", "should be letters, digits and underscores")]
    [InlineData("clickhouse://user:pw@127.0.0.1/db", "has a user, query or fragment")]
    [InlineData("clickhouse://127.0.0.1/db?x=1", "has a user, query or fragment")]
    [InlineData("clickhouse://127.0.0.1:port/db", "is not a ClickHouse store URL")]
    [InlineData("http://127.0.0.1/db", "is not a ClickHouse store URL")]
    public void When_a_store_url_is_malformed_then_the_error_says_what_is_wrong(string text, string says)
    {
        var error = Assert.Throws<FormatException>(() => ClickHouseLocation.Parse(text));

        Assert.Contains(says, error.Message, StringComparison.Ordinal);
        Assert.Contains("clickhouse://host:port/database", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_no_server_answers_then_opening_says_so()
    {
        // A port nothing listens on: 1 is reserved (tcpmux) and never served here.
        var error = Assert.Throws<StoreException>(() => ClickHouseTradeStore.Open(new ClickHouseLocation("127.0.0.1", 1, "turnover"), default));

        Assert.StartsWith("ClickHouse at clickhouse://127.0.0.1:1/turnover does not answer", error.Message, StringComparison.Ordinal);
    }
}
