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

    /// <summary>An <see cref="ITradeStore"/> that passes every call on and writes down which were made.</summary>
    public class CountingStore : DispatchProxy
    {
        private ITradeStore _inner = null!;
        private List<string> _calls = null!;

        public static (ITradeStore Store, List<string> Calls) Over(ITradeStore inner)
        {
            var store = Create<ITradeStore, CountingStore>();
            var proxy = (CountingStore)(object)store;
            (proxy._inner, proxy._calls) = (inner, []);
            return (store, proxy._calls);
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            ArgumentNullException.ThrowIfNull(targetMethod);
            if (targetMethod.Name is "ReadSeries" or "Coverage")
            {
                _calls.Add($"{targetMethod.Name}({string.Join(',', targetMethod.GetParameters().Select(p => p.ParameterType.Name))})");
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
