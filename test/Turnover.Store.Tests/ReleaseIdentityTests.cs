using Turnover.Core;
using static Turnover.Store.Tests.RealFigures;

namespace Turnover.Store.Tests;

/// <summary>A release is its bytes and how they were read: the same reading once, another reading a new release (issue 8 point 4).</summary>
public sealed class ReleaseIdentityTests : IDisposable
{
    private readonly TradeStore _store = TradeStore.Open(":memory:");

    public void Dispose() => _store.Dispose();

    internal static ReleaseReading Mapped(string mappingHash) => new(
    [
        ReadingComponent.OfFile(ReleaseReading.BytesName, "china_russia.csv", "bytes-hash"),
        ReadingComponent.OfSetting("format", "mapped"),
        ReadingComponent.OfFile("mapping", "china_russia.json", mappingHash),
    ]);

    [Fact]
    public void When_the_same_bytes_are_read_the_same_way_then_nothing_is_added()
    {
        var first = _store.Load(Mapped("m1"), FirstFourMonths2023(), () => Accept("bytes-hash"), new LoadOptions());
        var second = _store.Load(Mapped("m1"), FirstFourMonths2023(), () => Accept("bytes-hash"), new LoadOptions());

        Assert.Equal((LoadStatus.Stored, LoadStatus.AlreadyIngested), (first.Status, second.Status));
        Assert.Equal((first.ReleaseId, ReleaseMatchKind.SameReading), (second.ReleaseId, second.Match!.Kind));
    }

    [Fact]
    public void When_the_same_bytes_are_read_with_another_mapping_then_a_new_release_names_what_differs()
    {
        var first = _store.Load(Mapped("m1"), FirstFourMonths2023(), () => Accept("bytes-hash"), new LoadOptions());
        var second = _store.Load(Mapped("m2"), FirstFourMonths2023(), () => Accept("bytes-hash"), new LoadOptions());

        Assert.Equal(LoadStatus.Stored, second.Status);
        Assert.NotEqual(first.ReleaseId, second.ReleaseId);
        Assert.Equal((first.ReleaseId, ReleaseMatchKind.OtherReading), (second.Match!.ReleaseId, second.Match.Kind));
        Assert.Equal(["mapping"], second.Match.Differences);
        var stored = _store.Releases().Single(r => r.Id == second.ReleaseId);
        Assert.Equal(["bytes", "format", "mapping"], stored.Reading!.Components.Select(c => c.Name));
        Assert.Equal(("china_russia.json", "m2"), (stored.Reading.Components[2].Label, stored.Reading.Components[2].Fingerprint));
        Assert.Equal(Mapped("m2").Identity, stored.Reading.Identity);
    }

    [Fact]
    public void When_a_file_is_renamed_then_its_identity_is_unchanged_but_another_component_changes_it()
    {
        var renamed = new ReleaseReading([ReadingComponent.OfFile(ReleaseReading.BytesName, "copy.csv", "bytes-hash"), .. Mapped("m1").Components.Skip(1)]);
        var withRates = new ReleaseReading([.. Mapped("m1").Components, ReadingComponent.OfFile("rates", "imf.csv", "r1")]);

        Assert.Equal(Mapped("m1").Identity, renamed.Identity);
        Assert.NotEqual(Mapped("m1").Identity, withRates.Identity);
        Assert.Equal(["rates"], withRates.DifferencesFrom(Mapped("m1")));
        Assert.Equal(["rates"], Mapped("m1").DifferencesFrom(withRates));
    }

    [Fact]
    public void When_a_retracted_reading_is_ingested_again_then_it_is_refused_with_the_retraction()
    {
        var first = _store.Load(Mapped("m1"), FirstFourMonths2023(), () => Accept("bytes-hash"), new LoadOptions());
        _store.Retract(first.ReleaseId, "wrong unit");

        var again = _store.Load(Mapped("m1"), FirstFourMonths2023(), () => Accept("bytes-hash"), new LoadOptions());

        Assert.Equal((LoadStatus.AlreadyRetracted, first.ReleaseId, "wrong unit"), (again.Status, again.ReleaseId, again.Match!.Retraction!.Reason));
        Assert.Single(_store.Releases());
    }
}
