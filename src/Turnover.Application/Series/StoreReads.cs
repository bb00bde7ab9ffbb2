using System.Collections.Concurrent;
using Turnover.Core;
using Turnover.Store;

namespace Turnover.Application;

/// <summary>
/// The store reads of the series and target queries, in one place: read every time (what a query made with a
/// <see cref="TradeStore"/> does), or once per question for a run that asks the same ones many times
/// (<see cref="Memoised(ITradeStore)"/>).
/// </summary>
internal class StoreReads(ITradeStore store)
{
    public ITradeStore Store => store;

    /// <summary>Reads made once per question, for one run over a store that does not change meanwhile, one at a time.</summary>
    public static StoreReads Memoised(ITradeStore store) => new MemoisedReads(new StoreReaders<ITradeStore>(store, _ => null));

    /// <summary>Reads made once per question, two different ones at a time when the readers have a second handle.</summary>
    public static StoreReads Memoised(StoreReaders<ITradeStore> readers) => new MemoisedReads(readers);

    public virtual IReadOnlyList<SourceCoverage> Coverage(Country a, Country b, DateOnly? asOf) => store.Coverage(a, b, asOf);

    public virtual IReadOnlyList<SourceCoverage> Coverage() => store.Coverage();

    public virtual PairSeries ReadSeries(SeriesRequest request) => store.ReadSeries(request);

    public virtual IReadOnlyList<ReleaseSummary> Releases() => store.Releases();

    public virtual IReadOnlyList<UnsummedLines> UnsummedProductLines(Country a, Country b, DateOnly? asOf) => store.UnsummedProductLines(a, b, asOf);

    public virtual IReadOnlyList<PairReleases> PairReleases(Country a, Country b, DateOnly? asOf) => store.PairReleases(a, b, asOf);

    public virtual IReadOnlyList<ProductYear> ProductYears(Country a, Country b, int levelDigits, DateOnly? asOf, int? throughMonth = null) =>
        store.ProductYears(a, b, levelDigits, asOf, throughMonth);

    public virtual TargetCheck Check(TargetCheckRequest request, Func<TargetCheckRequest, TargetCheck> check) => check(request);

    /// <summary>
    /// A text's claims fall on a few pair-and-date questions, asked again by every claim, every granularity's series
    /// and every target check (9,690 claims of a megabyte of news made 21 coverage and 14 series queries, each tenths
    /// of a second); a watch asks the same for each saved article and registered target. Safe for several threads at
    /// once (a long text's claims are judged in parallel): each question is read once, by the first thread that asks,
    /// while the others asking it wait; different questions are read side by side when there is a second handle, each
    /// handle by one thread at a time. Target checks are made the same way, outside the handles (their model run is
    /// most of their time).
    /// </summary>
    private sealed class MemoisedReads : StoreReads
    {
        private static readonly Granularity[] s_granularities = [Granularity.Month, Granularity.Quarter, Granularity.Year];
        private readonly StoreReaders<ITradeStore> _readers;
        private readonly ConcurrentDictionary<PairOnDate, Lazy<IReadOnlyList<SourceCoverage>>> _coverage = [];
        private readonly ConcurrentDictionary<SeriesRequest, Lazy<IReadOnlyList<PairSeries>>> _series = [];
        private readonly ConcurrentDictionary<PairOnDate, Lazy<IReadOnlyList<UnsummedLines>>> _unsummed = [];
        private readonly ConcurrentDictionary<PairOnDate, Lazy<IReadOnlyList<PairReleases>>> _pairReleases = [];
        private readonly ConcurrentDictionary<TargetCheckRequest, Lazy<TargetCheck>> _checks = [];
        private readonly ConcurrentDictionary<PairLevelOnDate, Lazy<IReadOnlyList<ProductYear>>> _productYears = [];
        private readonly Lazy<IReadOnlyList<SourceCoverage>> _everyPair;
        private readonly Lazy<IReadOnlyList<ReleaseSummary>> _releases;

        public MemoisedReads(StoreReaders<ITradeStore> readers)
            : base(readers.Store)
        {
            _readers = readers;
            _everyPair = new(() => Read(s => s.Coverage()));
            _releases = new(() => Read(s => s.Releases()));
        }

        // The pair asked the other way round is the same read, turned (claims ask of both sides): only the lower code
        // first is read from the store.
        public override IReadOnlyList<SourceCoverage> Coverage(Country a, Country b, DateOnly? asOf) =>
            Once(_coverage, new PairOnDate(a, b, asOf), key => key.A.Code <= key.B.Code
                ? Read(s => s.Coverage(key.A, key.B, key.AsOf))
                : SourceCoverage.AskedTheOtherWay(Coverage(key.B, key.A, key.AsOf)));

        public override IReadOnlyList<SourceCoverage> Coverage() => _everyPair.Value;

        public override IReadOnlyList<ReleaseSummary> Releases() => _releases.Value;

        public override IReadOnlyList<UnsummedLines> UnsummedProductLines(Country a, Country b, DateOnly? asOf) =>
            Once(_unsummed, new PairOnDate(a, b, asOf), key => Read(s => s.UnsummedProductLines(key.A, key.B, key.AsOf)));

        public override IReadOnlyList<PairReleases> PairReleases(Country a, Country b, DateOnly? asOf) =>
            Once(_pairReleases, new PairOnDate(a, b, asOf), key => Read(s => s.PairReleases(key.A, key.B, key.AsOf)));

        public override IReadOnlyList<ProductYear> ProductYears(Country a, Country b, int levelDigits, DateOnly? asOf, int? throughMonth = null) =>
            Once(_productYears, new PairLevelOnDate(a, b, levelDigits, asOf, throughMonth), key => Read(s => s.ProductYears(key.A, key.B, key.Digits, key.AsOf, key.ThroughMonth)));

        // The month, quarter and year series of the pair, source and date are read at once: a text's claims ask for two
        // or three of them, and each read of one cost as much as the three (planning, the rates; docs/claims.md).
        public override PairSeries ReadSeries(SeriesRequest request)
        {
            ArgumentNullException.ThrowIfNull(request);
            var index = Array.IndexOf(s_granularities, request.Granularity);
            if (index < 0)
            {
                return Read(s => s.ReadSeries(request));
            }

            var family = Once(_series, request with { Granularity = Granularity.Month }, month =>
                Read(s => s.ReadSeries([.. s_granularities.Select(g => month with { Granularity = g })])));
            return family[index];
        }

        // The request holds the model and its options: the same target on the same date with another model is another check.
        public override TargetCheck Check(TargetCheckRequest request, Func<TargetCheckRequest, TargetCheck> check) =>
            _checks.GetOrAdd(request, static (r, check) => new Lazy<TargetCheck>(() => check(r)), check).Value;

        private static TValue Once<TKey, TValue>(ConcurrentDictionary<TKey, Lazy<TValue>> memo, TKey key, Func<TKey, TValue> read)
            where TKey : notnull =>
            memo.GetOrAdd(key, static (k, read) => new Lazy<TValue>(() => read(k)), read).Value;

        private readonly record struct PairOnDate(Country A, Country B, DateOnly? AsOf);

        private readonly record struct PairLevelOnDate(Country A, Country B, int Digits, DateOnly? AsOf, int? ThroughMonth);

        private T Read<T>(Func<ITradeStore, T> read) => _readers.Read(read);
    }
}
