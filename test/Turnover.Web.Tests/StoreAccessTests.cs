using Turnover.Store;
using Turnover.Web.Internal;

namespace Turnover.Web.Tests;

/// <summary>Answers are cached by request and the store's releases, and forgotten when the server writes.</summary>
public sealed class StoreAccessTests
{
    [Fact]
    public void When_the_same_question_is_asked_twice_then_the_store_is_asked_once_until_a_write()
    {
        var folder = Directory.CreateTempSubdirectory("turnover-web-cache-");
        try
        {
            Ask_twice_then_write(Path.Combine(folder.FullName, "store.duckdb"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void Ask_twice_then_write(string path)
    {
        using var access = StoreAccess.Open(new ServeOptions(path, "targets.json"), writable: true);
        var asked = 0;
        int Ask(TradeStore store) => ++asked;

        var first = access.Cached("q", Ask);
        var second = access.Cached("q", Ask);
        var other = access.Cached("other", Ask);
        var before = access.Fingerprint;
        access.Write(store => store.AddUserTarget(new Core.Targets.Target(
            "t", Core.CountryCatalog.Default.FromCode(156), Core.CountryCatalog.Default.FromCode(643), Core.Measure.Turnover, 1e9m,
            Core.Targets.TargetBasis.AnnualValue, 2020, 2030, null, "a test", new DateOnly(2020, 1, 1), "x", string.Empty)));
        var afterWrite = access.Cached("q", Ask);

        Assert.Equal((1, 1, 2, 3), (first, second, other, afterWrite));
        Assert.NotEqual(before, access.Fingerprint);
    }
}
