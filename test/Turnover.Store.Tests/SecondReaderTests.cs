using Turnover.Core;
using static Turnover.Store.Tests.RealFigures;

namespace Turnover.Store.Tests;

/// <summary>
/// A second handle on an open store (TradeStore.SecondReader) reads the same data on its own connection, at the same
/// time as the first, and writes nothing. Real China–Russia figures, a file store opened read-only and writable, and an
/// in-memory one.
/// </summary>
public sealed class SecondReaderTests : IDisposable
{
    private readonly StoreFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> Opens => new() { "read-only file", "writable file", "memory" };

    [Theory]
    [MemberData(nameof(Opens))]
    public void When_two_handles_read_at_once_then_each_answers_what_one_alone_does(string open)
    {
        using var store = Open(open);
        var requests = new[] { Granularity.Month, Granularity.Quarter, Granularity.Year }
            .SelectMany(g => new DateOnly?[] { null, new DateOnly(2023, 3, 31) }.Select(d => new SeriesRequest(China, Russia, SourceKind.Gacc, g, d)))
            .ToList();
        var alone = requests.Select(r => Text(store.ReadSeries(r))).ToList();
        var coverage = store.Coverage(China, Russia);

        using var second = store.SecondReader();
        Assert.True(second.ReadOnly);
        // Many rounds on two threads at once, one handle each: the same answers, whichever runs when.
        var answers = new string[2][];
        Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            var handle = i == 0 ? store : second;
            answers[i] = [.. Enumerable.Range(0, 20).SelectMany(_ => requests.Select(r => Text(handle.ReadSeries(r))))];
            Assert.Equal(coverage, handle.Coverage(China, Russia));
        });

        foreach (var answer in answers)
        {
            Assert.Equal(Enumerable.Range(0, 20).SelectMany(_ => alone), answer);
        }

        Assert.Throws<InvalidOperationException>(() => second.Load("x", FirstFourMonths2023(), () => Accept("x")));
        second.Dispose();
        // The first handle outlives the second.
        Assert.Equal(alone[0], Text(store.ReadSeries(requests[0])));
    }

    private TradeStore Open(string open)
    {
        if (open == "memory")
        {
            var memory = TradeStore.Open(":memory:");
            memory.Load("h", FirstFourMonths2023(), () => Accept("h"));
            return memory;
        }

        var path = _folder.File("store.duckdb");
        using (var writable = TradeStore.Open(path))
        {
            writable.Load("h", FirstFourMonths2023(), () => Accept("h"));
        }

        return TradeStore.Open(path, new TradeStoreOptions { ReadOnly = open == "read-only file" });
    }

    private static string Text(PairSeries series) =>
        string.Join('\n', series.Values.Select(v => v.ToString()).Concat(series.PublishedYearToDate.Select(v => v.ToString())));
}
