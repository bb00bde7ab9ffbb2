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
    [InlineData("clickhouse://user:pw@127.0.0.1/db", "has a user or fragment")]
    [InlineData("clickhouse://127.0.0.1/db#c", "has a user or fragment")]
    [InlineData("clickhouse://127.0.0.1/db?x=1", "unknown option 'x'; the one option is cluster=NAME")]
    [InlineData("clickhouse://127.0.0.1/db?Cluster=c", "unknown option 'Cluster'")]
    [InlineData("clickhouse://127.0.0.1/db?cluster", "cluster '' should be letters")]
    [InlineData("clickhouse://127.0.0.1/db?cluster=", "cluster '' should be letters")]
    [InlineData("clickhouse://127.0.0.1/db?cluster=a-b", "cluster 'a-b' should be letters")]
    [InlineData("clickhouse://127.0.0.1/db?cluster=2shards", "cluster '2shards' should be letters")]
    [InlineData("clickhouse://127.0.0.1/db?cluster=a&cluster=b", "has 2 options; a store URL takes one")]
    [InlineData("clickhouse://127.0.0.1/db?cluster=a&x=1", "has 2 options; a store URL takes one")]
    [InlineData("clickhouse://127.0.0.1:port/db", "is not a ClickHouse store URL")]
    [InlineData("http://127.0.0.1/db", "is not a ClickHouse store URL")]
    public void When_a_store_url_is_malformed_then_the_error_says_what_is_wrong(string text, string says)
    {
        var error = Assert.Throws<FormatException>(() => ClickHouseLocation.Parse(text));

        Assert.Contains(says, error.Message, StringComparison.Ordinal);
        Assert.Contains("clickhouse://host:port/database", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("clickhouse://127.0.0.1:28110/turnover?cluster=turnover_2shards", "turnover_2shards")]
    [InlineData("clickhouse://db.example.org/t?cluster=C_1", "C_1")]
    [InlineData("clickhouse://db.example.org/t?", null)]
    public void When_a_store_url_names_a_cluster_then_the_records_are_sharded_over_it(string text, string? cluster)
    {
        var location = ClickHouseLocation.Parse(text);

        Assert.Equal(cluster, location.Cluster);
        Assert.Equal(location, ClickHouseLocation.Parse(location.ToString()));
    }

    [Fact]
    public void When_a_location_names_a_cluster_then_its_text_says_so()
    {
        Assert.Equal("clickhouse://h:1/db?cluster=c", new ClickHouseLocation("h", 1, "db") { Cluster = "c" }.ToString());
        Assert.NotEqual(new ClickHouseLocation("h", 1, "db"), new ClickHouseLocation("h", 1, "db") { Cluster = "c" });
    }

    [Fact]
    public void When_no_server_answers_then_opening_says_so()
    {
        // A port nothing listens on: 1 is reserved (tcpmux) and never served here.
        var error = Assert.Throws<StoreException>(() => ClickHouseTradeStore.Open(new ClickHouseLocation("127.0.0.1", 1, "turnover"), default));

        Assert.StartsWith("ClickHouse at clickhouse://127.0.0.1:1/turnover does not answer", error.Message, StringComparison.Ordinal);
    }
}
