using Turnover.Store;
using Turnover.Web.Internal;

namespace Turnover.Web.Tests;

/// <summary>
/// Answers are cached by request and the store's releases, and forgotten when the server writes; two requests read at
/// once, each on its own handle, and a write is alone.
/// </summary>
public sealed class StoreAccessTests
{
    [Fact]
    public void When_two_requests_read_at_once_then_each_has_its_own_handle_and_a_write_renews_the_second()
    {
        var folder = Directory.CreateTempSubdirectory("turnover-web-handles-");
        try
        {
            using var access = StoreAccess.Open(new ServeOptions(Path.Combine(folder.FullName, "store.duckdb"), "targets.json"), writable: true);
            // The store (writable) and its second reader, whichever thread gets which.
            var before = ReadTwoAtOnce(access);
            Assert.Equal([false, true], before.Select(h => h.ReadOnly).Order());

            // A read asked while a write runs waits for it.
            using var readDone = new ManualResetEventSlim();
            var targetsRead = -1;
            access.Write(store =>
            {
                new Thread(() =>
                {
                    targetsRead = access.Read(s => s.UserTargets().Count);
                    readDone.Set();
                }).Start();
                Assert.False(readDone.Wait(TimeSpan.FromMilliseconds(300)), "a read ran during a write");
                return store.AddUserTarget(new Core.Targets.Target(
                    "t", Core.CountryCatalog.Default.FromCode(156), Core.CountryCatalog.Default.FromCode(643), Core.Measure.Turnover, 1e9m,
                    Core.Targets.TargetBasis.AnnualValue, 2020, 2030, null, "a test", new DateOnly(2020, 1, 1), "x", string.Empty));
            });
            Assert.True(readDone.Wait(TimeSpan.FromSeconds(60)));
            Assert.Equal(1, targetsRead);

            // The second handle, whose caches did not see the write, is replaced; both handles see what was written.
            var after = ReadTwoAtOnce(access);
            Assert.Same(before.Single(h => !h.ReadOnly), after.Single(h => !h.ReadOnly));
            Assert.NotSame(before.Single(h => h.ReadOnly), after.Single(h => h.ReadOnly));
            Assert.All(after, handle => Assert.Equal(["t"], handle.UserTargets().Select(t => t.Name)));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    // Two reads, on threads of their own, that each wait inside the store for the other: they can only both finish if
    // they run at once.
    private static TradeStore[] ReadTwoAtOnce(StoreAccess access)
    {
        using var bothInside = new Barrier(2);
        var handles = new TradeStore[2];
        var met = new bool[2];
        var readers = Enumerable.Range(0, 2).Select(i => new Thread(() => access.Read(store =>
        {
            handles[i] = store;
            met[i] = bothInside.SignalAndWait(TimeSpan.FromSeconds(60));
            return store.Releases().Count;
        }))).ToList();
        readers.ForEach(r => r.Start());
        readers.ForEach(r => r.Join());
        Assert.True(met.All(m => m), "the second read did not start while the first was reading");
        return handles;
    }

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
