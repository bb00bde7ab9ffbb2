using Turnover.Core;
using Turnover.Core.Targets;

namespace Turnover.Store;

/// <summary>
/// What the application layer asks of a store, whatever holds it: the embedded DuckDB file (<see cref="TradeStore"/>,
/// the default) or a ClickHouse server or cluster (<c>Turnover.Store.ClickHouse</c>). Every answer is a domain or store
/// type, so callers cannot tell the back-ends apart, and both must give the same answers to the same questions.
/// </summary>
/// <remarks>
/// Opening is not part of the interface: each back-end has its own (<see cref="TradeStore.Open(string, TradeStoreOptions)"/>,
/// a ClickHouse URL), and the command line picks one from <c>--store</c>. A back-end that cannot answer a member yet
/// throws <see cref="StoreException"/> saying so, never an empty or made-up answer.
/// </remarks>
public interface ITradeStore : IDisposable
{
    /// <summary>Where the store is, as a user names it: a file path, ":memory:", or a <c>clickhouse://host:port/db</c> URL.</summary>
    string Path { get; }

    /// <summary>True when opened for queries only.</summary>
    bool ReadOnly { get; }

    /// <summary>Records without a release row that this (writable) open removed: what an interrupted ingest left.</summary>
    long SweptRecords { get; }

    /// <summary>The release already holding a file with this content hash (however it was read), if any.</summary>
    /// <exception cref="StoreException">The store failed.</exception>
    int? FindRelease(string contentHash);

    /// <summary>What the store already holds of these bytes; null when they are new (see <see cref="ReleaseMatch"/>).</summary>
    /// <exception cref="StoreException">The store failed.</exception>
    ReleaseMatch? FindRelease(ReleaseReading reading);

    /// <summary>Stores a whole file or nothing, identified by its content hash alone.</summary>
    /// <exception cref="StoreException">The store failed, or a value does not fit its column; nothing is stored.</exception>
    LoadResult Load(string contentHash, IEnumerable<TradeRecord> records, Func<ReleaseOutcome> complete, CancellationToken cancellationToken = default);

    /// <summary>Stores a whole file read one way, or nothing; the same reading twice adds nothing.</summary>
    /// <exception cref="StoreException">The store failed, or a value does not fit its column; nothing is stored.</exception>
    LoadResult Load(ReleaseReading reading, IEnumerable<TradeRecord> records, Func<ReleaseOutcome> complete, LoadOptions options, CancellationToken cancellationToken = default);

    /// <summary>
    /// False only when no release, live or retracted, was stored under this file name: a re-ingest is then unlikely, and
    /// the file may be loaded while its hash is computed. A store that cannot tell says true.
    /// </summary>
    /// <param name="fileName">The file's name, without its folder.</param>
    /// <exception cref="StoreException">The store failed.</exception>
    bool MayHoldFile(string fileName) => true;

    /// <summary>
    /// Stores a whole file read one way, or nothing, its reading (the file's hash) computed by <paramref name="reading"/>,
    /// beside the load where the store can (DuckDB) and else first; the same reading twice adds nothing, and
    /// <paramref name="complete"/> is called after <paramref name="reading"/> has returned.
    /// </summary>
    /// <exception cref="StoreException">The store failed, or a value does not fit its column; nothing is stored.</exception>
    /// <remarks>Whatever <paramref name="reading"/> throws is rethrown; nothing is stored.</remarks>
    LoadResult Load(Func<ReleaseReading> reading, IEnumerable<TradeRecord> records, Func<ReleaseOutcome> complete, LoadOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return Load(reading(), records, complete, options, cancellationToken);
    }

    /// <summary>Every release, retracted ones included, oldest first.</summary>
    /// <exception cref="StoreException">The store failed.</exception>
    IReadOnlyList<ReleaseSummary> Releases();

    /// <summary>Retracts a release: its records stay for audit, but no answer reads them.</summary>
    /// <exception cref="StoreException">The store failed.</exception>
    RetractResult Retract(int releaseId, string reason);

    /// <summary>How many releases and records the store holds.</summary>
    /// <exception cref="StoreException">The store failed.</exception>
    StoreCounts Counts();

    /// <summary>Rows left out on purpose, per live release and reason.</summary>
    /// <exception cref="StoreException">The store failed.</exception>
    IReadOnlyList<(int ReleaseId, string Reason, long Rows)> SkippedRows();

    /// <summary>Disagreeing reports kept as evidence, with the live release they came with.</summary>
    /// <exception cref="StoreException">The store failed.</exception>
    IReadOnlyList<(int ReleaseId, Discrepancy Discrepancy)> Discrepancies();

    /// <summary>Disagreeing reports of a published rate kept as evidence, with the live release they came with.</summary>
    /// <exception cref="StoreException">The store failed.</exception>
    IReadOnlyList<(int ReleaseId, RateDisagreement Disagreement)> RateDisagreements();

    /// <summary>One reporter's bilateral totals at a granularity, plus the cumulatives it published, as visible on a date.</summary>
    /// <exception cref="StoreException">The store failed.</exception>
    PairSeries ReadSeries(SeriesRequest request);

    /// <summary>
    /// Several granularities of one reporter's series (the requests differ in their granularity only), read at once:
    /// what a text's claims ask of a pair and date, for less than a read each. In the order asked.
    /// </summary>
    /// <exception cref="StoreException">The store failed.</exception>
    /// <exception cref="ArgumentException">No request, a granularity that is not Month, Quarter or Year, or requests of different series.</exception>
    IReadOnlyList<PairSeries> ReadSeries(IReadOnlyList<SeriesRequest> requests);

    /// <summary>
    /// Another read-only handle on this open store, for reading on a second thread while this handle reads on the
    /// first (each handle used by one thread at a time); null when the back-end offers none. Disposed by the caller,
    /// before this store.
    /// </summary>
    /// <exception cref="StoreException">The store failed.</exception>
    ITradeStore? SecondReader();

    /// <summary>Coverage of all-goods totals per source, reporter and partner, as visible on a date.</summary>
    /// <exception cref="StoreException">The store failed.</exception>
    IReadOnlyList<SourceCoverage> Coverage(DateOnly? asOf = null);

    /// <summary>Coverage of one pair, in both directions (a reconciled source once, <paramref name="a"/> first).</summary>
    /// <exception cref="StoreException">The store failed.</exception>
    IReadOnlyList<SourceCoverage> Coverage(Country a, Country b, DateOnly? asOf = null);

    /// <summary>The releases behind a pair's figures visible on a date, both directions, per source (<see cref="Store.PairReleases"/>).</summary>
    /// <exception cref="StoreException">The store failed.</exception>
    IReadOnlyList<PairReleases> PairReleases(Country a, Country b, DateOnly? asOf = null);

    /// <summary>Product lines of a pair visible on a date that no all-goods total stands for, per source.</summary>
    /// <exception cref="StoreException">The store failed.</exception>
    IReadOnlyList<UnsummedLines> UnsummedProductLines(Country a, Country b, DateOnly? asOf = null);

    /// <summary>Every product line one source published month by month, as one monthly series per reporter, partner and product.</summary>
    /// <exception cref="StoreException">The store failed.</exception>
    IReadOnlyList<ProductLineSeries> ProductLineSeries(SourceKind source, DateOnly? asOf = null);

    /// <summary>Growth rates as a source printed them for a pair, as visible on a date.</summary>
    /// <exception cref="StoreException">The store failed.</exception>
    IReadOnlyList<PublishedRate> PublishedRates(Country a, Country b, SourceKind source, DateOnly? asOf = null);

    /// <summary>Figures as pages stated them for a pair, as visible on a date.</summary>
    /// <exception cref="StoreException">The store failed.</exception>
    IReadOnlyList<StatedFigure> StatedFigures(Country a, Country b, SourceKind source, DateOnly? asOf = null);

    /// <summary>Parts of a pair's reported totals (customs procedure, transport, second partner), as visible on a date.</summary>
    /// <exception cref="StoreException">The store failed.</exception>
    IReadOnlyList<StoredBreakdown> Breakdowns(Country a, Country b, DateOnly? asOf = null);

    /// <summary>Both sides' figures of a pair, level by level, for mirror comparisons.</summary>
    /// <exception cref="StoreException">The store failed.</exception>
    IReadOnlyList<MirrorLevel> MirrorLevels(MirrorRequest request);

    /// <summary>
    /// A pair's yearly trade by product at one level of the HS, as visible on a date; with <paramref name="throughMonth"/>,
    /// each year's January to that month only (a year in progress against the same months of the year before).
    /// </summary>
    /// <param name="a">One country.</param>
    /// <param name="b">The other.</param>
    /// <param name="levelDigits">2 (chapters), 4 (headings) or 6 (products).</param>
    /// <param name="asOf">Only what was public by this date; null for everything stored.</param>
    /// <param name="throughMonth">
    /// 1–12: only the periods that end by this month count, the shortest stored; a line-year with none of them but an
    /// annual figure keeps the annual figure, its month mask whole, so that the caller sees it is not cut. Null: whole years.
    /// </param>
    /// <exception cref="StoreException">The store failed.</exception>
    IReadOnlyList<ProductYear> ProductYears(Country a, Country b, int levelDigits, DateOnly? asOf = null, int? throughMonth = null);

    /// <summary>An importer's yearly imports of one product by supplier, as visible on a date.</summary>
    /// <param name="importer">The importing country.</param>
    /// <param name="product">An HS chapter, heading or product, whose finer lines are summed; or a commodity (by name).</param>
    /// <param name="asOf">Only what was public by this date; null for everything stored.</param>
    /// <param name="levelDigits">
    /// The level an HS product's lines are summed to (2, 4 or 6, not coarser than the product); null: the product's
    /// own. Finer, it shows which products inside it each origin and the world have lines of.
    /// </param>
    /// <param name="throughMonth">As in <see cref="ProductYears"/>: each year's periods that end by this month; null: whole years.</param>
    /// <exception cref="ArgumentOutOfRangeException">The level is not 2, 4 or 6, or coarser than the product, or the month not 1–12.</exception>
    /// <exception cref="StoreException">The store failed.</exception>
    IReadOnlyList<ProductYear> SupplierYears(Country importer, Product product, DateOnly? asOf = null, int? levelDigits = null, int? throughMonth = null);

    /// <summary>The targets users registered in this store.</summary>
    /// <exception cref="StoreException">The store failed.</exception>
    IReadOnlyList<Target> UserTargets();

    /// <summary>Registers a target; false when one of that name exists.</summary>
    /// <exception cref="StoreException">The store failed.</exception>
    bool AddUserTarget(Target target);

    /// <summary>Removes a registered target; false when there was none of that name.</summary>
    /// <exception cref="StoreException">The store failed.</exception>
    bool RemoveUserTarget(string name);

    /// <summary>Keeps an article and its claims, so that later ingests judge them again.</summary>
    /// <exception cref="StoreException">The store failed.</exception>
    SaveResult SaveArticle(SavedArticle article, IReadOnlyList<SavedClaim> claims);

    /// <summary>Every saved article.</summary>
    /// <exception cref="StoreException">The store failed.</exception>
    IReadOnlyList<SavedArticle> SavedArticles();

    /// <summary>Every saved claim.</summary>
    /// <exception cref="StoreException">The store failed.</exception>
    IReadOnlyList<SavedClaim> SavedClaims();

    /// <summary>True when the store watches anything: claims were saved, or judgements recorded.</summary>
    /// <exception cref="StoreException">The store failed.</exception>
    bool Watching();

    /// <summary>The last verdict recorded for each watched subject.</summary>
    /// <exception cref="StoreException">The store failed.</exception>
    IReadOnlyList<WatchedVerdict> WatchedVerdicts();

    /// <summary>Records verdicts, replacing each subject's previous one.</summary>
    /// <exception cref="StoreException">The store failed.</exception>
    void RecordVerdicts(IReadOnlyList<WatchedVerdict> verdicts);

    /// <summary>Writes the visible records a selection names to a file.</summary>
    /// <exception cref="StoreException">The store failed, or the file could not be written.</exception>
    ExportedFile Export(ExportSelection selection, string path, ExportFileFormat format);
}
