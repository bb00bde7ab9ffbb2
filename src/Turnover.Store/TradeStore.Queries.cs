using System.Data.Common;
using Turnover.Core;
using Turnover.Store.Internal;

namespace Turnover.Store;

public sealed partial class TradeStore
{
    // One pair's coverage counts the lines of its totals, read from release_levels (schema.sql, visible_pair_totals); a
    // pair none of whose levels two live releases hold plans the statements without the revised-levels branch, and one
    // whose revisions its loads counted (release_overlaps) without reading its records (counted_pair_totals).
    private static readonly Lazy<string> s_coverageOfOnePair = new(() => CoverageOf("visible_pair_totals"));

    private static readonly Lazy<string> s_coverageOfUnrevisedPair = new(() => CoverageOf("unrevised_pair_totals"));

    private static readonly Lazy<string> s_coverageOfCountedPair = new(() => CoverageOf("counted_pair_totals"));

    private static readonly Lazy<string> s_seriesOfUnrevisedPair = new(() => SeriesOf("unrevised_pair_totals"));

    private static readonly Lazy<string> s_seriesOfCountedPair = new(() => SeriesOf("counted_pair_totals"));

    private static readonly Lazy<string> s_seriesOfAnyPair = new(() => Sql("series"));

    // How a pair's revised levels (held by several live releases, whatever the date) are summed: pair_revisions, so a
    // superset of the levels visible_pair_totals takes from the records on any date.
    private const string PairRevisionsSql =
        "SELECT count(*) AS revised, count(*) FILTER (WHERE NOT counted) AS uncounted FROM pair_revisions(CAST($1 AS SMALLINT), CAST($2 AS SMALLINT))";

    // Per pair and open store, forgotten by every load and retraction (as _sourcesWithRates): the check is a statement
    // of its own (a few ms), a pair's coverage and series both ask, and a read-only store answers many pair queries.
    private Dictionary<(short, short), PairRevisions>? _pairRevisions;

    private static readonly Lazy<string> s_coverageOfEveryPair = new(() =>
        Sql("coverage").Replace("FROM {counts}", "FROM every_visible_total_count(CAST($1 AS DATE))", StringComparison.Ordinal));

    // Which sources are one reconciled dataset (listed once per pair), for the coverage queries.
    private static readonly string s_reconciledSources = string.Join(',', SourceKinds.Reconciled.Select(s => SourceCatalog.Of(s).Code));

    /// <summary>Reads one reporter's bilateral totals at a granularity, plus the cumulatives it published.</summary>
    /// <exception cref="StoreException">The file is damaged.</exception>
    /// <exception cref="ArgumentException">Granularity is not Month, Quarter or Year.</exception>
    public PairSeries ReadSeries(SeriesRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ReadSeries([request])[0];
    }

    /// <summary>
    /// Reads several granularities of one reporter's bilateral totals at once: one statement for all of them, and the
    /// published rates and converted figures once (<see cref="ITradeStore.ReadSeries(IReadOnlyList{SeriesRequest})"/>).
    /// </summary>
    /// <exception cref="StoreException">The file is damaged.</exception>
    /// <exception cref="ArgumentException">A granularity is not Month, Quarter or Year, or the requests differ in more than their granularity.</exception>
    public IReadOnlyList<PairSeries> ReadSeries(IReadOnlyList<SeriesRequest> requests)
    {
        var first = SeriesRequests.Validate(requests);
        return Reading(() =>
        {
            // The reporter's own rates only: a reconciled source's rows for the other direction are not its statistics.
            List<PublishedRate> rates = [.. ReadPublishedRates(first.Reporter, first.Partner, first.Source, first.AsOf)
                .Where(r => r.Reporter == first.Reporter && r.Partner == first.Partner)];
            var converted = ReadConverted(first);
            var granularities = requests.Select(r => r.Granularity).Distinct().ToList();
            var read = ReadSeriesRows(first, granularities.Count == 1 ? granularities[0] : null);
            return requests.Select(r => read[r.Granularity] with { Converted = converted, PublishedRates = rates }).ToList();
        });
    }

    internal bool PairHasRevisions(short a, short b) => RevisionsOf(a, b) != PairRevisions.None;

    internal PairRevisions RevisionsOf(short a, short b)
    {
        var pair = a <= b ? (a, b) : (b, a);
        _pairRevisions ??= [];
        if (!_pairRevisions.TryGetValue(pair, out var revisions))
        {
            using var command = Command(PairRevisionsSql, pair.Item1, pair.Item2);
            using var reader = command.ExecuteReader();
            reader.Read();
            revisions = reader.GetInt64(reader.Column("revised")) == 0 ? PairRevisions.None
                : reader.GetInt64(reader.Column("uncounted")) == 0 ? PairRevisions.Counted
                : PairRevisions.FromRecords;
            _pairRevisions[pair] = revisions;
        }

        return revisions;
    }

    // The statement that reads a pair as its revisions allow: the cheapest exact one.
    private string ByRevisions(short a, short b, Lazy<string> unrevised, Lazy<string> counted, Lazy<string> fromRecords) =>
        RevisionsOf(a, b) switch
        {
            PairRevisions.None => unrevised.Value,
            PairRevisions.Counted => counted.Value,
            _ => fromRecords.Value,
        };

    private static string CoverageOf(string totals) =>
        Sql("coverage").Replace("FROM {counts}", $"FROM {totals}(CAST($1 AS DATE), CAST($2 AS SMALLINT), CAST($3 AS SMALLINT))", StringComparison.Ordinal);

    private static string SeriesOf(string totals) =>
        Sql("series").Replace("FROM visible_pair_totals(", $"FROM {totals}(", StringComparison.Ordinal);

    // The series of one granularity, or of all three when it is null (series.sql): the year-to-date figures are the same
    // for each, read once.
    private Dictionary<Granularity, PairSeries> ReadSeriesRows(SeriesRequest request, Granularity? only)
    {
        Granularity[] granularities = only is { } one ? [one] : [Granularity.Month, Granularity.Quarter, Granularity.Year];
        var values = granularities.ToDictionary(g => g, _ => new List<FlowValues>());
        var summed = granularities.ToDictionary(g => g, _ => new List<SummedTotal>());
        var fromMonths = granularities.ToDictionary(g => g, _ => new List<MonthsSum>());
        var ytd = new List<FlowValues>();
        using var threads = SingleThreaded();
        var (reporter, partner) = ((short)request.Reporter.Code, (short)request.Partner.Code);
        using var command = Command(
            ByRevisions(reporter, partner, s_seriesOfUnrevisedPair, s_seriesOfCountedPair, s_seriesOfAnyPair),
            reporter, partner, SourceCatalog.Of(request.Source).Code, request.AsOf,
            (int?)only, request.Source.IsReconciled());
        using var reader = command.ExecuteReader();
        int kind = reader.Column("kind"), year = reader.Column("year"), startMonth = reader.Column("start_month"), months = reader.Column("months");
        int exports = reader.Column("exports"), imports = reader.Column("imports"), turnover = reader.Column("turnover");
        int ytdExports = reader.Column("ytd_exports"), ytdImports = reader.Column("ytd_imports"), ytdTurnover = reader.Column("ytd_turnover");
        int flow = reader.Column("flow"), lines = reader.Column("lines"), coarsest = reader.Column("coarsest"), finest = reader.Column("finest");
        int granularity = reader.Column("granularity");
        while (reader.Read())
        {
            var period = Period.Span(reader.GetInt16(year), reader.GetByte(startMonth), reader.GetByte(months));
            switch (reader.GetString(kind))
            {
                case "summed":
                    summed[(Granularity)reader.GetInt32(granularity)].Add(
                        new SummedTotal(period, (Flow)reader.GetByte(flow), reader.GetInt64(lines), reader.GetByte(coarsest), reader.GetByte(finest)));
                    break;
                case "months":
                    fromMonths[(Granularity)reader.GetInt32(granularity)].Add(new MonthsSum(period, (Flow)reader.GetByte(flow)));
                    break;
                case "ytd":
                    ytd.Add(new FlowValues(period, NullableDecimal(reader, ytdExports), NullableDecimal(reader, ytdImports), NullableDecimal(reader, ytdTurnover)));
                    break;
                default:
                    values[(Granularity)reader.GetInt32(granularity)].Add(
                        new FlowValues(period, NullableDecimal(reader, exports), NullableDecimal(reader, imports), NullableDecimal(reader, turnover)));
                    break;
            }
        }

        return granularities.ToDictionary(g => g, g => new PairSeries(request.Reporter, request.Partner, request.Source, g, values[g], ytd) { Summed = summed[g], FromMonths = fromMonths[g] });
    }

    // Most sources publish in US dollars: only the readers that convert (GACC tables in yuan, mapped files with a
    // currency; Ingest's ReleaseReadings) can have stored a converted figure, and for the others even the look at the
    // releases' notes cost a pair query ~5 ms (bench `query`). For those two, the notes spare the record scan.
    private List<ConvertedFigure> ReadConverted(SeriesRequest request)
    {
        var converted = new List<ConvertedFigure>();
        var source = SourceCatalog.Of(request.Source);
        if (!source.ConvertsCurrency)
        {
            return converted;
        }

        using (var any = Command("SELECT count(*) FROM releases WHERE source = $1 AND conversion_from IS NOT NULL", source.Code))
        {
            if (Convert.ToInt64(any.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                return converted;
            }
        }

        using var command = Command(Sql("converted"), (short)request.Reporter.Code, (short)request.Partner.Code, source.Code, request.AsOf);
        using var reader = command.ExecuteReader();
        int year = reader.Column("year"), startMonth = reader.Column("start_month"), months = reader.Column("months"), flow = reader.Column("flow");
        int releaseId = reader.Column("release_id"), fileName = reader.Column("file_name");
        int conversionFrom = reader.Column("conversion_from"), conversionRates = reader.Column("conversion_rates");
        while (reader.Read())
        {
            // A converted figure of a release that does not name its currency (a reader's defect) is left out.
            if (Conversion(reader, conversionFrom, conversionRates) is { } conversion)
            {
                converted.Add(new ConvertedFigure(
                    Period.Span(reader.GetInt16(year), reader.GetByte(startMonth), reader.GetByte(months)), (Flow)reader.GetByte(flow), reader.GetInt32(releaseId),
                    reader.GetString(fileName), conversion));
            }
        }

        return converted;
    }

    /// <summary>Coverage of all-goods totals (published or summed from product lines) per source, reporter and partner, as visible on a date.</summary>
    /// <exception cref="StoreException">The file is damaged.</exception>
    public IReadOnlyList<SourceCoverage> Coverage(DateOnly? asOf = null) => Reading(() => ReadCoverage(asOf, null, null));

    /// <summary>The releases behind a pair's figures visible on a date (each key's latest revision), both directions, per source.</summary>
    /// <exception cref="StoreException">The file is damaged.</exception>
    public IReadOnlyList<PairReleases> PairReleases(Country a, Country b, DateOnly? asOf = null) => Reading(() =>
    {
        using var threads = SingleThreaded();
        using var command = Command(
            """
            SELECT source, product_digits > 0 AS lines, list(DISTINCT CAST(release_id AS INTEGER)) AS releases
            FROM visible_records(CAST($1 AS DATE), CAST($2 AS SMALLINT), CAST($3 AS SMALLINT))
            GROUP BY ALL ORDER BY source, lines
            """,
            asOf, (short)a.Code, (short)b.Code);
        using var reader = command.ExecuteReader();
        int source = reader.Column("source"), lines = reader.Column("lines"), releases = reader.Column("releases");
        var rows = new List<(SourceKind Source, bool Lines, ReleaseIds Ids)>();
        while (reader.Read())
        {
            rows.Add((SourceCatalog.FromCode(reader.GetString(source)), reader.GetBoolean(lines), ReleaseIds.Of(reader.GetFieldValue<List<int>>(releases))));
        }

        return Store.PairReleases.Group(rows);
    });

    /// <summary>
    /// Product lines of a pair (both directions) visible on a date that no all-goods total stands for, per source:
    /// what explains "no data" when a file held only some products (schema.sql, summable_level).
    /// </summary>
    /// <exception cref="StoreException">The file is damaged.</exception>
    public IReadOnlyList<UnsummedLines> UnsummedProductLines(Country a, Country b, DateOnly? asOf = null) => Reading(() =>
    {
        using var threads = SingleThreaded();
        using var command = Command(
            "SELECT source, CAST(min(product_digits) AS INTEGER) AS coarsest, count(*) AS lines FROM visible_records(CAST($1 AS DATE), CAST($2 AS SMALLINT), CAST($3 AS SMALLINT)) WHERE product_digits > 0 GROUP BY source ORDER BY source",
            asOf, (short)a.Code, (short)b.Code);
        using var reader = command.ExecuteReader();
        int source = reader.Column("source"), coarsest = reader.Column("coarsest"), lines = reader.Column("lines");
        var rows = new List<UnsummedLines>();
        while (reader.Read())
        {
            rows.Add(new UnsummedLines(SourceCatalog.FromCode(reader.GetString(source)), reader.GetInt32(coarsest), reader.GetInt64(lines)));
        }

        return rows;
    });

    /// <summary>
    /// Every product line one source published month by month (single months and China's combined January–February;
    /// quarters and years left out), visible on a date, as one monthly series per reporter, partner and product, in
    /// that order: e.g. China's energy imports by origin read from Wind exports (source GACC). Values only.
    /// </summary>
    /// <exception cref="StoreException">The file is damaged.</exception>
    public IReadOnlyList<ProductLineSeries> ProductLineSeries(SourceKind source, DateOnly? asOf = null) => Reading(() =>
    {
        var countries = CountryCatalog.Default;
        using var command = Command(
            """
            SELECT reporter, partner, product_code, CAST(product_digits AS INTEGER) AS digits, year, start_month, months,
                   sum(value_usd) FILTER (WHERE flow = 1) AS exports, sum(value_usd) FILTER (WHERE flow = 2) AS imports
            FROM visible_records(CAST($1 AS DATE), NULL, NULL)
            WHERE source = $2 AND product_digits > 0 AND months <= 2 AND flow IN (1, 2)
            GROUP BY ALL
            ORDER BY reporter, partner, digits, product_code, year, start_month
            """,
            asOf, SourceCatalog.Of(source).Code);
        using var reader = command.ExecuteReader();
        int reporter = reader.Column("reporter"), partner = reader.Column("partner"), code = reader.Column("product_code"), digits = reader.Column("digits");
        int year = reader.Column("year"), startMonth = reader.Column("start_month"), months = reader.Column("months");
        int exports = reader.Column("exports"), imports = reader.Column("imports");
        var lines = new List<ProductLineSeries>();
        (short Reporter, short Partner, int Code, int Digits)? current = null;
        var values = new List<FlowValues>();
        while (reader.Read())
        {
            var key = (reader.GetInt16(reporter), reader.GetInt16(partner), reader.GetInt32(code), reader.GetInt32(digits));
            if (current != key)
            {
                Close();
                current = key;
            }

            var period = Period.Span(reader.GetInt16(year), reader.GetByte(startMonth), reader.GetByte(months));
            values.Add(new FlowValues(period, NullableDecimal(reader, exports), NullableDecimal(reader, imports), null));
        }

        Close();
        return lines;

        void Close()
        {
            if (current is { } line && values.Count > 0)
            {
                var series = new PairSeries(countries.FromCode(line.Reporter), countries.FromCode(line.Partner), source, Granularity.Month, [.. values], []);
                lines.Add(new ProductLineSeries(line.Code, line.Digits, series));
            }

            values.Clear();
        }
    });

    /// <summary>Coverage of one pair, in both directions (each side's own statistics; a reconciled source once, <paramref name="a"/> first).</summary>
    /// <exception cref="StoreException">The file is damaged.</exception>
    public IReadOnlyList<SourceCoverage> Coverage(Country a, Country b, DateOnly? asOf = null) => Reading(() => ReadCoverage(asOf, (short)a.Code, (short)b.Code));

    private List<SourceCoverage> ReadCoverage(DateOnly? asOf, short? a, short? b)
    {
        var countries = CountryCatalog.Default;
        using var threads = a is null ? null : SingleThreaded();
        // Both count lines per release from release_levels (schema.sql: visible_pair_totals, every_visible_total_count).
        var sql = a is null ? s_coverageOfEveryPair.Value : ByRevisions(a.Value, b!.Value, s_coverageOfUnrevisedPair, s_coverageOfCountedPair, s_coverageOfOnePair);
        using var command = Command(sql, asOf, a, b, s_reconciledSources);
        using var reader = command.ExecuteReader();
        int source = reader.Column("source"), reporter = reader.Column("reporter"), partner = reader.Column("partner"), records = reader.Column("records");
        int firstMonth = reader.Column("first_month"), lastMonth = reader.Column("last_month");
        int monthsPublished = reader.Column("months_published"), yearsPublished = reader.Column("years_published"), reconciled = reader.Column("reconciled");
        int summedRecords = reader.Column("summed_records"), summedLines = reader.Column("summed_lines"), coarsest = reader.Column("coarsest"), finest = reader.Column("finest");
        var rows = new List<SourceCoverage>();
        while (reader.Read())
        {
            rows.Add(new SourceCoverage(
                SourceCatalog.FromCode(reader.GetString(source)),
                countries.FromCode(reader.GetInt16(reporter)),
                countries.FromCode(reader.GetInt16(partner)),
                reader.GetInt64(records),
                DateOnly.FromDateTime(reader.GetDateTime(firstMonth)),
                DateOnly.FromDateTime(reader.GetDateTime(lastMonth)),
                reader.GetInt64(monthsPublished),
                reader.GetInt64(yearsPublished))
            {
                Reconciled = reader.GetBoolean(reconciled),
                SummedRecords = reader.GetInt64(summedRecords),
                SummedLines = reader.GetInt64(summedLines),
                SummedDigits = reader.IsDBNull(coarsest) ? null : (reader.GetByte(coarsest), reader.GetByte(finest)),
            });
        }

        return rows;
    }

    /// <summary>Rows left out on purpose, per live release and reason.</summary>
    /// <exception cref="StoreException">The file is damaged.</exception>
    public IReadOnlyList<(int ReleaseId, string Reason, long Rows)> SkippedRows() => Reading(() =>
    {
        using var command = Command("SELECT release_id, reason, row_count FROM skipped_rows SEMI JOIN live_releases() USING (release_id) ORDER BY release_id, reason");
        using var reader = command.ExecuteReader();
        int releaseId = reader.Column("release_id"), reason = reader.Column("reason"), rowCount = reader.Column("row_count");
        var rows = new List<(int, string, long)>();
        while (reader.Read())
        {
            rows.Add((reader.GetInt32(releaseId), reader.GetString(reason), reader.GetInt64(rowCount)));
        }

        return rows;
    });

    /// <summary>Disagreeing reports kept as evidence, with the live release they came with.</summary>
    /// <exception cref="StoreException">The file is damaged.</exception>
    public IReadOnlyList<(int ReleaseId, Discrepancy Discrepancy)> Discrepancies() => Reading(() =>
    {
        var countries = CountryCatalog.Default;
        using var command = Command("SELECT release_id, reporter, partner, flow, period, chosen_usd, chosen_evidence, other_usd, other_evidence, reason FROM discrepancies SEMI JOIN live_releases() USING (release_id) ORDER BY release_id, period, flow");
        using var reader = command.ExecuteReader();
        int releaseId = reader.Column("release_id"), reporter = reader.Column("reporter"), partner = reader.Column("partner"), flow = reader.Column("flow");
        int period = reader.Column("period"), chosenUsd = reader.Column("chosen_usd"), chosenEvidence = reader.Column("chosen_evidence");
        int otherUsd = reader.Column("other_usd"), otherEvidence = reader.Column("other_evidence"), reason = reader.Column("reason");
        var rows = new List<(int, Discrepancy)>();
        while (reader.Read())
        {
            rows.Add((reader.GetInt32(releaseId), new Discrepancy(
                countries.FromCode(reader.GetInt16(reporter)),
                countries.FromCode(reader.GetInt16(partner)),
                (Flow)reader.GetByte(flow),
                Period.Parse(reader.GetString(period)),
                reader.GetDecimal(chosenUsd),
                reader.GetString(chosenEvidence),
                reader.GetDecimal(otherUsd),
                reader.GetString(otherEvidence),
                reader.GetString(reason))));
        }

        return rows;
    });

    // A pair query reads a few hundred rows from two key ranges: a second DuckDB thread only adds hand-offs, which
    // cost a third of its latency on two cores.
    private Internal.TemporarySetting SingleThreaded() => new(this, "threads", "1");

    private static decimal? NullableDecimal(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetDecimal(ordinal);
}
