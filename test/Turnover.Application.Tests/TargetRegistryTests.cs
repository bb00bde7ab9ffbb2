using Turnover.Core;
using Turnover.Core.Targets;
using Turnover.Store;
using Turnover.Testing;

namespace Turnover.Application.Tests;

/// <summary>The targets file (only read) and the store's targets: listing, adding, removing, and what is refused.</summary>
public sealed class TargetRegistryTests
{
    private static Target Added(string name) => new(
        name, CountryCatalog.Default.FromCode(842), CountryCatalog.Default.FromCode(156), Measure.Exports, 10e9m, TargetBasis.Increment,
        2018, 2019, 2017, "test", new DateOnly(2018, 1, 1), "https://example.org", string.Empty);

    [Fact]
    public void When_the_bundled_file_is_listed_then_every_target_is_registered_in_it()
    {
        var listed = new TargetRegistry(Stores.Targets).List(null).Value;

        Assert.Contains(listed, r => r.Target.Name == "cn-ru-200bn-2024");
        Assert.All(listed, r => Assert.Equal(Stores.Targets, r.Origin));
    }

    [Fact]
    public void When_a_target_is_added_and_removed_then_the_store_holds_it_in_between()
    {
        using var store = TradeStore.Open(":memory:");
        var registry = new TargetRegistry(Stores.Targets);

        var added = registry.Add(store, Added("us-cn-test")).Value;
        var listed = registry.List(store).Value;
        var removed = registry.Remove(store, "us-cn-test");

        Assert.Equal($"store {store.Path}", added.Origin);
        Assert.Contains(listed, r => r.Target.Name == "us-cn-test" && r.Origin == added.Origin);
        Assert.Equal(added.Origin, removed.Value);
        Assert.Equal(FailureKind.NotFound, registry.Remove(store, "us-cn-test").Failure?.Kind);
    }

    [Fact]
    public void When_a_name_is_the_files_then_adding_and_removing_it_are_refused()
    {
        using var store = TradeStore.Open(":memory:");
        var registry = new TargetRegistry(Stores.Targets);

        Assert.Equal(FailureKind.Conflict, registry.Add(store, Added("CN-RU-200BN-2024")).Failure?.Kind);
        Assert.Equal(FailureKind.BadInput, registry.Remove(store, "cn-ru-200bn-2024").Failure?.Kind);
        Assert.Empty(store.UserTargets());
    }

    [Fact]
    public void When_the_targets_file_is_missing_then_the_failure_names_the_hosts_parameter_only_when_given()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-targets-" + Guid.NewGuid().ToString("N") + ".json");

        var neutral = new TargetRegistry(missing).List(null);
        var cli = new TargetRegistry(missing) { FileParameter = "--targets" }.List(null);

        Assert.Equal($"{missing}: no such targets file.", neutral.Failure?.Message);
        Assert.Equal($"{missing}: no such targets file (name one with --targets).", cli.Failure?.Message);
    }

    [Fact]
    public void When_the_name_is_unknown_then_selecting_it_is_not_found()
    {
        var outcome = new TargetRegistry(Stores.Targets).Select(null, "no-such-target");

        Assert.Equal(new Failure(FailureKind.NotFound, "no target named 'no-such-target'.") { Hint = FailureHint.Targets }, outcome.Failure);
    }

    [Theory]
    [InlineData("""{ "targets": [ { "name": "x", "pair": ["CHN"] } ] }""", "target 'x': field 'pair' should list two countries.")]
    [InlineData("""{ "targets": [ { "name": "x", "pair": ["CHN", "RUS"], "amountUsd": "lots" } ] }""", "target 'x': field 'amountUsd' should be a number.")]
    [InlineData("""{ "targets": [ { "name": "x", "pair": ["CHN", "RUS"], "amountUsd": 1, "announcedOn": "2019-09-17", "metric": "volume" } ] }""", "target 'x': metric 'volume' should be turnover, exports or imports.")]
    [InlineData("""{ "targets": {} }""", "expected an object with a \"targets\" array.")]
    public void When_the_targets_file_is_wrong_then_the_failure_names_the_file_the_target_and_the_field(string json, string expected)
    {
        using var file = TempFile.WithText("targets.json", json);

        var outcome = TargetFile.Load(file.Path);

        Assert.Equal(FailureKind.BadInput, outcome.Failure?.Kind);
        Assert.Equal($"{file.Path}: {expected}", outcome.Failure?.Message);
    }
}
