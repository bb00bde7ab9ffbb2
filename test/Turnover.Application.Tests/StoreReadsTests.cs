using System.Reflection;
using Turnover.Core;
using Turnover.Store;

namespace Turnover.Application.Tests;

/// <summary>
/// The reads a text's claims share (StoreReads.Memoised) ask the store as little as they can and answer what the store
/// would: the month, quarter and year series of a pair and date in one read, and a pair's coverage asked the other way
/// round from the first answer. Real China–Russia figures as China's customs published them.
/// </summary>
public sealed class StoreReadsTests : IClassFixture<ClaimCheckQueryTests.ChinaRussiaStore>
{
    private static readonly Country China = CountryCatalog.Default.FromCode(156);
    private static readonly Country Russia = CountryCatalog.Default.FromCode(643);
    private readonly TradeStore _store;

    public StoreReadsTests(ClaimCheckQueryTests.ChinaRussiaStore store) => _store = store.Store;

    [Theory]
    [InlineData(null)]
    [InlineData("2022-12-30")]
    public void When_one_granularity_is_asked_then_the_three_are_read_at_once_and_each_is_the_stores(string? date)
    {
        var asOf = date is null ? (DateOnly?)null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var (counting, calls) = CountingStore.Over(_store);
        var reads = StoreReads.Memoised(counting);

        foreach (var granularity in new[] { Granularity.Quarter, Granularity.Month, Granularity.Year, Granularity.Month })
        {
            var request = new SeriesRequest(China, Russia, SourceKind.Gacc, granularity, asOf);
            var memo = reads.ReadSeries(request);
            var direct = _store.ReadSeries(request);
            Assert.Equal(direct.Granularity, memo.Granularity);
            Assert.Equal(direct.Values, memo.Values);
            Assert.Equal(direct.PublishedYearToDate, memo.PublishedYearToDate);
            Assert.Equal(direct.Summed, memo.Summed);
            Assert.Equal(direct.PublishedRates, memo.PublishedRates);
            Assert.Equal(direct.Converted.Select(c => c.ToString()), memo.Converted.Select(c => c.ToString()));
        }

        Assert.Equal(["ReadSeries(IReadOnlyList`1)"], calls);
        Assert.NotEmpty(reads.ReadSeries(new SeriesRequest(China, Russia, SourceKind.Gacc, Granularity.Month, asOf)).PublishedRates);
    }

    [Fact]
    public void When_a_pair_is_asked_both_ways_then_the_store_is_read_once_per_date()
    {
        var (counting, calls) = CountingStore.Over(_store);
        var reads = StoreReads.Memoised(counting);
        var date = new DateOnly(2022, 12, 30);

        Assert.Equal(_store.Coverage(Russia, China, date), reads.Coverage(Russia, China, date));
        Assert.Equal(_store.Coverage(China, Russia, date), reads.Coverage(China, Russia, date));
        Assert.Equal(_store.Coverage(China, Russia), reads.Coverage(China, Russia, null));

        Assert.Equal(["Coverage(Country,Country,Nullable`1)", "Coverage(Country,Country,Nullable`1)"], calls);
    }

    [Fact]
    public void When_threads_ask_at_once_over_two_handles_then_each_question_is_read_once_and_answered_as_the_store_does()
    {
        var (counting, calls) = CountingStore.Over(_store);
        using var secondHandle = _store.SecondReader();
        var (second, secondCalls) = CountingStore.Over(secondHandle);
        using var readers = new StoreReaders<ITradeStore>(counting, _ => second);
        var reads = StoreReads.Memoised(readers);
        var dates = new DateOnly?[] { null, new(2019, 12, 31), new(2022, 12, 30), new(2024, 6, 1) };
        var questions = dates.SelectMany(d => new[] { (China, Russia, d), (Russia, China, d) }).ToList();

        // Eight threads, each asking every question (coverage both ways, all three granularities) in its own order.
        var answers = new List<string>[8];
        Parallel.For(0, answers.Length, new ParallelOptions { MaxDegreeOfParallelism = answers.Length }, t =>
        {
            answers[t] = [];
            foreach (var (a, b, asOf) in questions.Skip(t % questions.Count).Concat(questions.Take(t % questions.Count)))
            {
                answers[t].Add($"{a} {b} {asOf}: " + string.Join(';', reads.Coverage(a, b, asOf)));
                foreach (var g in new[] { Granularity.Year, Granularity.Month, Granularity.Quarter })
                {
                    answers[t].Add($"{a} {b} {asOf} {g}: " + Text(reads.ReadSeries(new SeriesRequest(a, b, SourceKind.Gacc, g, asOf))));
                }
            }
        });

        var expected = questions.SelectMany(q => new[] { $"{q.Item1} {q.Item2} {q.d}: " + string.Join(';', _store.Coverage(q.Item1, q.Item2, q.d)) }
            .Concat(new[] { Granularity.Year, Granularity.Month, Granularity.Quarter }
                .Select(g => $"{q.Item1} {q.Item2} {q.d} {g}: " + Text(_store.ReadSeries(new SeriesRequest(q.Item1, q.Item2, SourceKind.Gacc, g, q.d))))))
            .Order(StringComparer.Ordinal);
        Assert.All(answers, a => Assert.Equal(expected, a.Order(StringComparer.Ordinal)));
        // Once per question over both handles: a coverage per date (the other way turned) and a series family per side and date.
        var made = calls.Concat(secondCalls).ToList();
        Assert.Equal(dates.Length, made.Count(c => c.StartsWith("Coverage", StringComparison.Ordinal)));
        Assert.Equal(questions.Count, made.Count(c => c.StartsWith("ReadSeries", StringComparison.Ordinal)));
    }

    private static string Text(PairSeries series) =>
        string.Join(',', series.Values.Select(v => v.ToString())) + "|" + string.Join(',', series.PublishedYearToDate.Select(v => v.ToString()))
        + "|" + string.Join(',', series.PublishedRates.Select(r => r.ToString()));

    /// <summary>An <see cref="ITradeStore"/> that passes every call on and writes down which were made.</summary>
    public class CountingStore : DispatchProxy
    {
        private ITradeStore _inner = null!;
        private System.Collections.Concurrent.ConcurrentQueue<string> _calls = null!;

        public static (ITradeStore Store, System.Collections.Concurrent.ConcurrentQueue<string> Calls) Over(ITradeStore inner)
        {
            var store = Create<ITradeStore, CountingStore>();
            var proxy = (CountingStore)(object)store;
            (proxy._inner, proxy._calls) = (inner, new());
            return (store, proxy._calls);
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            ArgumentNullException.ThrowIfNull(targetMethod);
            if (targetMethod.Name is "ReadSeries" or "Coverage")
            {
                _calls.Enqueue($"{targetMethod.Name}({string.Join(',', targetMethod.GetParameters().Select(p => p.ParameterType.Name))})");
            }

            try
            {
                return targetMethod.Invoke(_inner, args);
            }
            catch (TargetInvocationException ex) when (ex.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerException);
                throw;
            }
        }
    }
}
