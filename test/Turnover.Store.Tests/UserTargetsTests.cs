using Turnover.Core;
using Turnover.Core.Targets;

namespace Turnover.Store.Tests;

/// <summary>Targets users register are kept in the store, whole, and can be removed again.</summary>
public sealed class UserTargetsTests : IDisposable
{
    private readonly StoreFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void When_a_target_is_added_then_a_read_only_open_gives_it_back_field_for_field()
    {
        var countries = CountryCatalog.Default;
        var target = new Target(
            "us-cn-phase-one", countries.FromCode(842), countries.FromCode(156), Measure.Exports, 200e9m, TargetBasis.Increment,
            2020, 2021, 2017, "US and Chinese governments", new DateOnly(2020, 1, 15), "https://ustr.gov/", "goods and services");
        var path = _folder.File("targets.duckdb");

        using (var store = TradeStore.Open(path))
        {
            Assert.True(store.AddUserTarget(target));
            Assert.False(store.AddUserTarget(target with { Name = "US-CN-PHASE-ONE" }));
        }

        using (var store = TradeStore.Open(path, new TradeStoreOptions { ReadOnly = true }))
        {
            Assert.Equal([target], store.UserTargets());
            Assert.Throws<InvalidOperationException>(() => store.RemoveUserTarget(target.Name));
        }

        using (var store = TradeStore.Open(path))
        {
            Assert.True(store.RemoveUserTarget("US-CN-phase-one"));
            Assert.False(store.RemoveUserTarget(target.Name));
            Assert.Empty(store.UserTargets());
        }
    }
}
