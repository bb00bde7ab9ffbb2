using System.Collections.Concurrent;
using Turnover.Core;
using Turnover.Store;

namespace Turnover.Application;

/// <summary>
/// The store reads of the series and target queries, in one place: read every time (what a query made with a
/// <see cref="TradeStore"/> does), or once per question for a run that asks the same ones many times
/// (<see cref="Memoised"/>).
/// </summary>
internal class StoreReads(ITradeStore store)
{
    public ITradeStore Store => store;

    /// <summary>Reads made once per question, for one run over a store that does not change meanwhile.</summary>
    public static StoreReads Memoised(ITradeStore store) => new MemoisedReads(store);

    public virtual IReadOnlyList<SourceCoverage> Coverage(Country a, Country b, DateOnly? asOf) => store.Coverage(a, b, asOf);

    public virtual IReadOnlyList<SourceCoverage> Coverage() => store.Coverage();

    public virtual PairSeries ReadSeries(SeriesRequest request) => store.ReadSeries(request);

    public virtual IReadOnlyList<ReleaseSummary> Releases() => store.Releases();

    public virtual TargetCheck Check(TargetCheckRequest request, Func<TargetCheckRequest, TargetCheck> check) => check(request);

    /// <summary>
    /// A text's claims fall on a few pair-and-date questions, asked again by every claim, every granularity's series
    /// and every target check (9,690 claims of a megabyte of news made 21 coverage and 14 series queries, each tenths
    /// of a second); a watch asks the same for each saved article and registered target. Safe for several threads at
    /// once (a long text's claims are judged in parallel): the store is read by one at a time, and each target check is
    /// made once, by the first thread that asks, while the others asking for it wait.
    /// </summary>
    private sealed class MemoisedReads(ITradeStore store) : StoreReads(store)
    {
        private static readonly Granularity[] s_granularities = [Granularity.Month, Granularity.Quarter, Granularity.Year];
        private readonly object _store = new();
        private readonly Dictionary<(Country A, Country B, DateOnly? AsOf), IReadOnlyList<SourceCoverage>> _coverage = [];
        private readonly Dictionary<SeriesRequest, PairSeries> _series = [];
        private readonly ConcurrentDictionary<TargetCheckRequest, Lazy<TargetCheck>> _checks = [];
        private IReadOnlyList<SourceCoverage>? _everyPair;
        private IReadOnlyList<ReleaseSummary>? _releases;

        public override IReadOnlyList<SourceCoverage> Coverage(Country a, Country b, DateOnly? asOf)
        {
            lock (_store)
            {
                if (!_coverage.TryGetValue((a, b, asOf), out var coverage))
                {
                    // The pair asked the other way round is the same read, turned (claims ask of both sides).
                    coverage = _coverage.TryGetValue((b, a, asOf), out var turned) ? SourceCoverage.AskedTheOtherWay(turned) : base.Coverage(a, b, asOf);
                    _coverage[(a, b, asOf)] = coverage;
                }

                return coverage;
            }
        }

        public override IReadOnlyList<SourceCoverage> Coverage()
        {
            lock (_store)
            {
                return _everyPair ??= base.Coverage();
            }
        }

        public override IReadOnlyList<ReleaseSummary> Releases()
        {
            lock (_store)
            {
                return _releases ??= base.Releases();
            }
        }

        // A miss reads the month, quarter and year series of the pair, source and date at once: a text's claims ask for
        // two or three of them, and each read of one cost as much as the three (planning, the rates; docs/claims.md).
        public override PairSeries ReadSeries(SeriesRequest request)
        {
            lock (_store)
            {
                if (!_series.TryGetValue(request, out var series))
                {
                    SeriesRequest[] family = [.. s_granularities.Select(g => request with { Granularity = g })];
                    var read = Store.ReadSeries(family);
                    for (var i = 0; i < family.Length; i++)
                    {
                        _series.TryAdd(family[i], read[i]);
                    }

                    series = _series[request];
                }

                return series;
            }
        }

        // The request holds the model and its options: the same target on the same date with another model is another check.
        // Not under the store's lock: a check reads the store through this object, and its model run is most of its time.
        public override TargetCheck Check(TargetCheckRequest request, Func<TargetCheckRequest, TargetCheck> check) =>
            _checks.GetOrAdd(request, static (r, check) => new Lazy<TargetCheck>(() => check(r)), check).Value;
    }
}
