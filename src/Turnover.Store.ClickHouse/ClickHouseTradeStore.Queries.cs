using System.Globalization;
using Turnover.Core;
using Turnover.Store.ClickHouse.Internal;
using Turnover.Store.Internal;

namespace Turnover.Store.ClickHouse;

public sealed partial class ClickHouseTradeStore
{
    /// <inheritdoc />
    /// <remarks>
    /// The visible totals come from the server (VisibleSql.Totals); the series is assembled from them by the rules of
    /// the DuckDB store's series.sql (SeriesAssembly); the reporter's own published rates beside them, as in the DuckDB store.
    /// </remarks>
    public PairSeries ReadSeries(SeriesRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ReadSeries([request])[0];
    }

    /// <inheritdoc />
    /// <remarks>The visible totals, converted figures and rates read once, the series assembled from them per granularity.</remarks>
    public IReadOnlyList<PairSeries> ReadSeries(IReadOnlyList<SeriesRequest> requests)
    {
        var first = SeriesRequests.Validate(requests);
        var live = LiveReleases();
        var totals = VisibleTotals(live, first.AsOf, (first.Reporter.Code, first.Partner.Code));
        var converted = ReadConverted(live, first);
        // The reporter's own rates only: a reconciled source's rows for the other direction are not its statistics.
        List<PublishedRate> rates = [.. PublishedRates(first.Reporter, first.Partner, first.Source, first.AsOf)
            .Where(r => r.Reporter == first.Reporter && r.Partner == first.Partner)];
        return [.. requests.Select(request =>
        {
            var (values, ytd, summed, fromMonths) = SeriesAssembly.Assemble(totals, request);
            return new PairSeries(request.Reporter, request.Partner, request.Source, request.Granularity, values, ytd)
            {
                Summed = summed,
                FromMonths = fromMonths,
                Converted = converted,
                PublishedRates = rates,
            };
        })];
    }

    /// <inheritdoc />
    /// <remarks>Every pair's from the release level counts, assembled on the servers (ClickHouseTradeStore.Levels.cs); one pair's from its records.</remarks>
    public IReadOnlyList<SourceCoverage> Coverage(DateOnly? asOf = null) => EveryPairCoverage(LiveReleases(), asOf);

    /// <inheritdoc />
    public IReadOnlyList<SourceCoverage> Coverage(Country a, Country b, DateOnly? asOf = null) =>
        CoverageAssembly.Assemble(VisibleTotals(LiveReleases(), asOf, (a.Code, b.Code)), a.Code, b.Code);

    private List<VisibleTotal> VisibleTotals(List<StoredRelease> live, DateOnly? asOf, (int A, int B)? pair)
    {
        if (live.Count == 0)
        {
            return [];
        }

        // Each shard computes the totals of the pairs it holds, at once: a total is of one pair, and a pair's rows of
        // every release are on one shard (the sharding key), so no group spans two shards and only totals travel.
        return [.. _shards.RowsOfEach(VisibleSql.Totals(Tables.LocalRecords, live, asOf, pair)).Select(r =>
        {
            var digits = Int(r[4]);
            return new VisibleTotal(SourceCatalog.FromCode(r[0]!), KeyFields.Of(Long(r[1])), Money(r[2]), digits == 0 ? 0 : Long(r[3]), digits);
        })];
    }

    // As the DuckDB store's converted.sql: the reporter's own visible all-goods figures that were converted to US
    // dollars, with their release's file and conversion; only for sources that convert and releases that did.
    private List<ConvertedFigure> ReadConverted(List<StoredRelease> live, SeriesRequest request)
    {
        var converting = live.Where(l => l.Summary.Source == request.Source && l.Summary.Conversion is not null).ToList();
        if (!SourceCatalog.Of(request.Source).ConvertsCurrency || converting.Count == 0)
        {
            return [];
        }

        var (a, b) = (request.Reporter.Code, request.Partner.Code);
        var derivationMask = (1 << RecordDetail.DerivationBits) - 1;
        var rows = _server.Rows($"""
            SELECT key, tupleElement(r, 2) AS release_id
            FROM ({VisibleSql.Latest(Tables.Records, live, request.AsOf, (a, b))})
            WHERE source = {SqlLiteral.Of(SourceCatalog.Of(request.Source).Code)}
              AND key BETWEEN {SqlLiteral.Of(KeyFields.PairKey(a, b))} AND {SqlLiteral.Of(KeyFields.PairKey(a, b) + KeyFields.PairLast)}
              AND bitAnd(tupleElement(r, 3), {SqlLiteral.Of(derivationMask)}) = {SqlLiteral.Of((int)Derivation.CurrencyConverted)}
            """);
        var byId = live.ToDictionary(l => l.Summary.Id);
        return [.. rows
            .Select(r => (Key: KeyFields.Of(Long(r[0])), Release: byId[Int(r[1])].Summary))
            .Where(x => x.Key.ProductDigits == 0 && x.Key.Flow is Flow.Export or Flow.Import or Flow.Turnover && x.Release.Conversion is not null)
            .OrderBy(x => (x.Key.Period.Year, x.Key.Period.StartMonth, x.Key.Period.Months, (int)x.Key.Flow))
            .Select(x => new ConvertedFigure(x.Key.Period, x.Key.Flow, x.Release.Id, x.Release.FileName, x.Release.Conversion!))];
    }
}
