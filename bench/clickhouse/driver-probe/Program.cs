// What ClickHouse.Driver can do against a local server: each call is run and printed as OK or FAIL with its exception
// (docs/clickhouse.md records the results on 18.16.1). Not part of the solution: run it in a scratch project,
//
//   bench/clickhouse/up.sh /tmp/ch all
//   mkdir /tmp/probe && cd /tmp/probe && dotnet new console && dotnet add package ClickHouse.Driver --version 1.5.0
//   cp <repo>/bench/clickhouse/driver-probe/Program.cs . && dotnet build -c Release
//   PROBE_CS_EXTRA=";JsonReadMode=None;JsonWriteMode=None" dotnet bin/Release/net10.0/probe.dll 28100 28101 28110 28120
//   bench/clickhouse/down.sh /tmp/ch
//
// Arguments: single server HTTP port, its native TCP port, shard1 and shard2 HTTP ports (the Distributed step needs
// the last two). PROBE_CS_EXTRA is appended to the connection string; without it 18.16 refuses every query.
// It creates and fills the tables probe_records, probe_local and probe_dist (1 M rows at most).
using ClickHouse.Driver;
using ClickHouse.Driver.ADO;
using ClickHouse.Driver.ADO.Parameters;
using ClickHouse.Driver.Compression;
using ClickHouse.Driver.Utility;
#pragma warning disable CHTCP0001
using ClickHouse.Driver.Tcp;

var http = args.Length > 0 ? args[0] : "28100";
var tcp = args.Length > 1 ? args[1] : "28101";
var extra = Environment.GetEnvironmentVariable("PROBE_CS_EXTRA") ?? "";
var cs = $"Host=127.0.0.1;Port={http};Protocol=http;Username=default;Password=;Database=default{extra}";
Console.WriteLine($"connection string: {cs}");
using var client = new ClickHouseClient(cs);

async Task Step(string name, Func<Task<string>> body)
{
    try { Console.WriteLine($"OK   {name}: {await body()}"); }
    catch (Exception e)
    {
        var msg = e.Message.Split('\n')[0];
        Console.WriteLine($"FAIL {name}: {e.GetType().FullName}: {(msg.Length > 400 ? msg[..400] : msg)}");
        if (e.InnerException is { } i) Console.WriteLine($"       inner {i.GetType().FullName}: {i.Message.Split('\n')[0]}");
    }
}

await Step("PingAsync", async () => (await client.PingAsync()).ToString());
await Step("ExecuteScalarAsync SELECT version()", async () => $"{await client.ExecuteScalarAsync("SELECT version()")}");
await Step("ExecuteRawResultAsync SELECT version() FORMAT TSV", async () =>
{
    using var r = await client.ExecuteRawResultAsync("SELECT version() FORMAT TabSeparated");
    return (await r.ReadAsStringAsync()).Trim();
});
await Step("ClickHouseConnection.OpenAsync + ServerVersion", async () =>
{
    using var c = new ClickHouseConnection(cs);
    await c.OpenAsync();
    return c.ServerVersion;
});
await Step("ExecuteNonQueryAsync DROP/CREATE", async () =>
{
    await client.ExecuteNonQueryAsync("DROP TABLE IF EXISTS probe_records");
    await client.ExecuteNonQueryAsync("""
        CREATE TABLE probe_records (
            release_id Int32, key Int64, value_usd Decimal(18, 2), quantity Nullable(Float64),
            detail Int32, published Nullable(Date), source_line Int64, note String)
        ENGINE = MergeTree() ORDER BY key
        """);
    return "created";
});
string[] columns = ["release_id", "key", "value_usd", "quantity", "detail", "published", "source_line", "note"];
var types = new Dictionary<string, string>
{
    ["release_id"] = "Int32", ["key"] = "Int64", ["value_usd"] = "Decimal(18, 2)", ["quantity"] = "Nullable(Float64)",
    ["detail"] = "Int32", ["published"] = "Nullable(Date)", ["source_line"] = "Int64", ["note"] = "String",
};
object[] Row(int i) => [1, (long)i * 1000 + 7, 1234.56m + i, i % 2 == 0 ? (object)(i * 1.5) : DBNull.Value, 3,
    i % 3 == 0 ? DBNull.Value : new DateTime(2024, 1, 1).AddDays(i % 3000), (long)i + 1, $"tab\there 'quote' \\ ünï {i}"];
var rows = Enumerable.Range(0, 10_000).Select(Row).ToList();
await Step("InsertBinaryAsync without ColumnTypes (schema lookup)", async () =>
    $"{await client.InsertBinaryAsync("probe_records", columns, rows.Take(10))} rows");
await Step("InsertBinaryAsync ColumnTypes, default compressor", async () =>
    $"{await client.InsertBinaryAsync("probe_records", columns, rows, new InsertOptions { ColumnTypes = types })} rows");
await Step("InsertBinaryAsync ColumnTypes, Compressor=null", async () =>
    $"{await client.InsertBinaryAsync("probe_records", columns, rows, new InsertOptions { ColumnTypes = types, Compressor = null })} rows");
await Step("InsertBinaryAsync ColumnTypes, GZipCompressor.Default", async () =>
    $"{await client.InsertBinaryAsync("probe_records", columns, rows, new InsertOptions { ColumnTypes = types, Compressor = GZipCompressor.Default })} rows");
await Step("InsertBinaryAsync ColumnTypes, Lz4Compressor.Default", async () =>
    $"{await client.InsertBinaryAsync("probe_records", columns, rows, new InsertOptions { ColumnTypes = types, Compressor = Lz4Compressor.Default })} rows");
await Step("InsertBinaryAsync ColumnTypes, ZstdCompressor.Default", async () =>
    $"{await client.InsertBinaryAsync("probe_records", columns, rows, new InsertOptions { ColumnTypes = types, Compressor = ZstdCompressor.Default })} rows");
await Step("InsertBinaryAsync ColumnTypes, RowBinaryWithDefaults", async () =>
    $"{await client.InsertBinaryAsync("probe_records", columns, rows, new InsertOptions { ColumnTypes = types, Format = ClickHouse.Driver.Copy.RowBinaryFormat.RowBinaryWithDefaults })} rows");
await Step("InsertBinaryAsync ColumnTypes, QueryPlacement=Url", async () =>
    $"{await client.InsertBinaryAsync("probe_records", columns, rows, new InsertOptions { ColumnTypes = types, QueryPlacement = InsertQueryPlacement.Url })} rows");
await Step("raw TSV count/sum", async () =>
{
    using var r = await client.ExecuteRawResultAsync("SELECT count(), sum(value_usd), countIf(quantity IS NULL), countIf(published IS NULL) FROM probe_records FORMAT TabSeparated");
    return (await r.ReadAsStringAsync()).Trim();
});
await Step("raw TSV text round trip", async () =>
{
    using var r = await client.ExecuteRawResultAsync("SELECT note, published, quantity, value_usd FROM probe_records WHERE key = 7007 LIMIT 1 FORMAT TabSeparated");
    return (await r.ReadAsStringAsync()).TrimEnd('\n');
});
await Step("raw JSONEachRow", async () =>
{
    using var r = await client.ExecuteRawResultAsync("SELECT release_id, key, value_usd, quantity, published, note FROM probe_records WHERE key = 7007 LIMIT 1 FORMAT JSONEachRow");
    return (await r.ReadAsStringAsync()).Trim();
});
await Step("ExecuteReaderAsync typed read", async () =>
{
    using var reader = await client.ExecuteReaderAsync("SELECT key, value_usd FROM probe_records LIMIT 2");
    var n = 0; while (reader.Read()) n++;
    return $"{n} rows";
});
await Step("ExecuteScalarAsync SELECT count()", async () => $"{await client.ExecuteScalarAsync("SELECT count() FROM probe_records")}");
await Step("QueryAsync<T> POCO", async () =>
{
    var n = 0;
    await foreach (var _ in client.QueryAsync<Probe>("SELECT key AS Key FROM probe_records LIMIT 2")) n++;
    return $"{n} rows";
});
await Step("parameters {k:Int64}", async () =>
{
    var p = new ClickHouseParameterCollection();
    p.AddParameter("k", 7007L);
    using var r = await client.ExecuteReaderAsync("SELECT count() FROM probe_records WHERE key = {k:Int64}", p);
    r.Read(); return $"{r.GetValue(0)}";
});
await Step("parameters {k:Int64} raw via ExecuteNonQuery", async () =>
{
    var p = new ClickHouseParameterCollection();
    p.AddParameter("k", 7007L);
    return $"{await client.ExecuteNonQueryAsync("ALTER TABLE probe_records DELETE WHERE key = {k:Int64}", p)}";
});

// The one escaping rule a string literal needs on 18.16 (no server-side parameters): backslash-escape \ and ', and
// write control characters as escapes so a literal never spans lines.
static string Literal(string v)
{
    var b = new System.Text.StringBuilder("'");
    foreach (var ch in v)
        b.Append(ch switch { '\\' => "\\\\", '\'' => "\\'", '\n' => "\\n", '\r' => "\\r", '\t' => "\\t", '\0' => "\\0", _ => ch.ToString() });
    return b.Append('\'').ToString();
}
var nasty = "a'b\\c\"d\te\nf\rg\0h ünï 中文 😀 ''; DROP TABLE probe_records; --";
await Step("string literal escaping round trip", async () =>
{
    using var r = await client.ExecuteRawResultAsync($"SELECT {Literal(nasty)} AS s, length(s) AS bytes FORMAT JSONEachRow");
    var line = (await r.ReadAsStringAsync()).Trim();
    var got = System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("s").GetString();
    return got == nasty ? $"identical ({System.Text.Encoding.UTF8.GetByteCount(nasty)} UTF-8 bytes) {line}" : $"DIFFERENT: {line}";
});
await Step("typed literals: toDate / toDecimal64 from string / Int64", async () =>
{
    using var r = await client.ExecuteRawResultAsync("SELECT toDate('2024-02-29') AS d, toDecimal64('12345678901234.56', 2) AS m, toInt64(9223372036854775807) AS k, toTypeName(m) AS t FORMAT TabSeparated");
    return (await r.ReadAsStringAsync()).Trim();
});
await Step("QueryOptions.CustomSettings output_format_json_quote_64bit_integers=0", async () =>
{
    using var r = await client.ExecuteRawResultAsync("SELECT toInt64(7007) AS key FORMAT JSONEachRow",
        new QueryOptions { CustomSettings = new Dictionary<string, object> { ["output_format_json_quote_64bit_integers"] = 0 } });
    return (await r.ReadAsStringAsync()).Trim();
});
await Step("1M-row InsertBinaryAsync gzip (timing)", async () =>
{
    await client.ExecuteNonQueryAsync("TRUNCATE TABLE probe_records");
    var big = Enumerable.Range(0, 1_000_000).Select(Row);
    var sw = System.Diagnostics.Stopwatch.StartNew();
    var n = await client.InsertBinaryAsync("probe_records", columns, big, new InsertOptions { ColumnTypes = types, Compressor = GZipCompressor.Default });
    var gz = sw.Elapsed.TotalSeconds;
    await client.ExecuteNonQueryAsync("TRUNCATE TABLE probe_records");
    sw.Restart();
    var n2 = await client.InsertBinaryAsync("probe_records", columns, Enumerable.Range(0, 1_000_000).Select(Row), new InsertOptions { ColumnTypes = types, Compressor = null });
    return $"{n} rows gzip {gz:F2} s wall; {n2} rows uncompressed {sw.Elapsed.TotalSeconds:F2} s wall";
});
await Step("server error shape", async () => { await client.ExecuteNonQueryAsync("SELECT no_such_column FROM probe_records"); return "?"; });
await Step("Distributed insert (cluster) via insert_distributed_sync", async () =>
{
    if (args.Length < 3) return "skipped (no cluster port given)";
    using var c2 = new ClickHouseClient($"Host=127.0.0.1;Port={args[2]};Protocol=http;Username=default;Password={extra}");
    foreach (var s in new[] { args[2], args[3] })
    {
        using var cs2 = new ClickHouseClient($"Host=127.0.0.1;Port={s};Protocol=http;Username=default;Password={extra}");
        await cs2.ExecuteNonQueryAsync("DROP TABLE IF EXISTS probe_local");
        await cs2.ExecuteNonQueryAsync("CREATE TABLE probe_local (key Int64, value_usd Decimal(18, 2)) ENGINE = MergeTree() ORDER BY key");
        await cs2.ExecuteNonQueryAsync("DROP TABLE IF EXISTS probe_dist");
        await cs2.ExecuteNonQueryAsync("CREATE TABLE probe_dist AS probe_local ENGINE = Distributed(turnover_2shards, default, probe_local, intHash64(key))");
    }
    var drows = Enumerable.Range(0, 100_000).Select(i => new object[] { (long)i, 0.01m * i });
    var n = await c2.InsertBinaryAsync("probe_dist", ["key", "value_usd"], drows,
        new InsertOptions { Compressor = GZipCompressor.Default, ColumnTypes = new Dictionary<string, string> { ["key"] = "Int64", ["value_usd"] = "Decimal(18, 2)" } });
    using var r = await c2.ExecuteRawResultAsync("SELECT count(), sum(value_usd) FROM probe_dist FORMAT TabSeparated");
    using var r1 = await c2.ExecuteRawResultAsync("SELECT count() FROM probe_local FORMAT TabSeparated");
    return $"inserted {n}; through Distributed: {(await r.ReadAsStringAsync()).Trim()}; shard1 local: {(await r1.ReadAsStringAsync()).Trim()}";
});
await Step("ClickHouseTcpClient (native, experimental)", async () =>
{
    using var t = new ClickHouseTcpClient($"Host=127.0.0.1;Port={tcp};Username=default;Password=");
    var info = await t.GetServerInfoAsync();
    var v = await t.ExecuteScalarAsync("SELECT count() FROM probe_records");
    return $"{info}; count {v}";
});
await Step("down server error shape", async () =>
{
    using var dead = new ClickHouseClient("Host=127.0.0.1;Port=28199;Protocol=http;Username=default;Password=");
    return $"{await dead.ExecuteScalarAsync("SELECT 1")}";
});

sealed class Probe { public long Key { get; set; } }
