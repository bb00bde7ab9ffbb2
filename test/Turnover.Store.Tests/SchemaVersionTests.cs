using System.Security.Cryptography;
using System.Text;

namespace Turnover.Store.Tests;

/// <summary>A writable open runs schema.sql only for an older store, so a change to it must come with a new version.</summary>
public sealed class SchemaVersionTests
{
    // schema.sql as of the version below. When this test fails: raise TradeStore.CurrentSchemaVersion, then put the
    // new version and the new hash here.
    private const int Version = 17;
    private const string SchemaHash = "e713d831d32471fcc2b8336ad0a776573a3dbab2d9b0d7c27fac6aa4b551209c";

    [Fact]
    public void When_schema_sql_changes_then_the_schema_version_is_raised()
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(TradeStore.ReadSql("schema").ReplaceLineEndings("\n"))));

        Assert.Equal((Version, SchemaHash), (TradeStore.CurrentSchemaVersion, hash));
    }
}
