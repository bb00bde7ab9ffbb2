using Turnover.Core;
using Turnover.Store.Internal;
using static Turnover.Store.Tests.RealFigures;
using static Turnover.Store.Tests.ReleaseIdentityTests;

namespace Turnover.Store.Tests;

/// <summary>
/// A load given its reading as a function (the file's hash, computed beside the load): the same identity rules as a
/// reading known first, and a re-ingest stops as soon as the reading is known (issue 13: the hash off the serial path).
/// </summary>
public sealed class ReadingBesideTheLoadTests : IDisposable
{
    private const int Lines = 2_000_000;

    private readonly TradeStore _store = TradeStore.Open(":memory:");

    public void Dispose() => _store.Dispose();

    [Fact]
    public void When_the_reading_is_held_then_the_load_stops_before_the_file_ends_and_adds_nothing()
    {
        var first = _store.Load(Mapped("m1"), FirstFourMonths2023(), () => Accept("bytes-hash"), new LoadOptions());
        var pending = new PendingReading(() => Mapped("m1"), HeldReadings.Read(_store));
        var read = 0;

        var again = _store.Load(pending, Endless(() => pending.IsKnown, () => read++), () => Accept("bytes-hash"), new LoadOptions());

        Assert.Equal((LoadStatus.AlreadyIngested, first.ReleaseId, ReleaseMatchKind.SameReading), (again.Status, again.ReleaseId, again.Match!.Kind));
        Assert.InRange(read, 1, Lines - 1);
        Assert.Single(_store.Releases());
        Assert.Equal(first.RowsStored, _store.Counts().Records);
    }

    [Fact]
    public void When_the_reading_is_new_then_the_file_is_stored_with_it()
    {
        var first = _store.Load(Mapped("m1"), FirstFourMonths2023(), () => Accept("bytes-hash"), new LoadOptions());

        var second = _store.Load(() => Mapped("m2"), FirstFourMonths2023(), () => Accept("bytes-hash"), new LoadOptions());

        Assert.Equal(LoadStatus.Stored, second.Status);
        Assert.Equal((first.ReleaseId, ReleaseMatchKind.OtherReading, "mapping"), (second.Match!.ReleaseId, second.Match.Kind, second.Match.Differences.Single()));
        Assert.Equal(Mapped("m2").Identity, _store.Releases().Single(r => r.Id == second.ReleaseId).Reading!.Identity);
    }

    [Fact]
    public void When_the_reading_cannot_be_computed_then_its_exception_comes_out_and_nothing_is_stored()
    {
        var failure = Assert.Throws<IOException>(() => _store.Load(
            () => throw new IOException("disk gone"), FirstFourMonths2023(), () => Accept("bytes-hash"), new LoadOptions()));

        Assert.Equal("disk gone", failure.Message);
        Assert.Empty(_store.Releases());
        Assert.Equal(0, _store.Counts().Records);
    }

    [Fact]
    public void When_a_held_reading_is_known_then_the_pending_reading_says_stop_once()
    {
        _store.Load(Mapped("m1"), FirstFourMonths2023(), () => Accept("bytes-hash"), new LoadOptions());
        var held = HeldReadings.Read(_store);
        var pending = new PendingReading(() => Mapped("m1"), held);
        var fresh = new PendingReading(() => Mapped("m2"), held);

        pending.Wait();
        fresh.Wait();

        Assert.Equal((true, false), (pending.ShouldStop(), pending.ShouldStop()));
        Assert.False(fresh.ShouldStop());
    }

    // The records of a long file: after two batches the stream waits until the reading is known, so that a load
    // which checks it after every batch stops long before the end (the reader thread runs at most the batch pool,
    // 256 batches, ahead of the appending side).
    private static IEnumerable<TradeRecord> Endless(Func<bool> readingKnown, Action onRecord)
    {
        var template = FirstFourMonths2023().First();
        for (var line = 1; line <= Lines; line++)
        {
            if (line == 2 * 2048)
            {
                Assert.True(SpinWait.SpinUntil(readingKnown, TimeSpan.FromMinutes(2)));
            }

            onRecord();
            yield return template with { SourceLine = line };
        }
    }
}
