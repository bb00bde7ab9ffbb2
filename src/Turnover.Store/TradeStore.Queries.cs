using System.Data.Common;
using Turnover.Core;

namespace Turnover.Store;

public sealed partial class TradeStore
{
    private static readonly Lazy<string> s_coverageOfOnePair = new(() =>
        ReadSql("coverage").Replace("{counts}", "visible_total_counts(CAST($1 AS DATE), CAST($2 AS SMALLINT), CAST($3 AS SMALLINT))", StringComparison.Ordinal));

    private static readonly Lazy<string> s_coverageOfEveryPair = new(() =>
        ReadSql("coverage").Replace("{counts}", "every_visible_total_count(CAST($1 AS DATE))", StringComparison.Ordinal));

    // Which sources are one reconciled dataset (listed once per pair), for the coverage queries.
    private static readonly string s_reconciledSources = string.Join(',', SourceKinds.Reconciled);

    /// <summary>Reads one reporter's bilateral totals at a granularity, plus the cumulatives it published.</summary>
    /// <exception cref="StoreException">The file is damaged.</exception>
    /// <exception cref="ArgumentException">Granularity is not Month, Quarter or Year.</exception>
    public PairSeries ReadSeries(SeriesRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Granularity is not (Granularity.Month or Granularity.Quarter or Granularity.Year))
        {
            throw new ArgumentException($"Granularity {request.Granularity} should be Month, Quarter or Year.", nameof(request));
        }

        return Reading(() => ReadSeriesRows(request) with
        {
            // The reporter's own rates only: a reconciled source's rows for the other direction are not its statistics.
            PublishedRates = [.. ReadPublishedRates(request.Reporter, request.Partner, request.Source, request.AsOf)
                .Where(r => r.Reporter == request.Reporter && r.Partner == request.Partner)],
        });
    }

    private PairSeries ReadSeriesRows(SeriesRequest request)
    {
        var values = new List<FlowValues>();
        var ytd = new List<FlowValues>();
        using var threads = SingleThreaded();
        using var command = Command(
            ReadSql("series"), (short)request.Reporter.Code, (short)request.Partner.Code, request.Source.ToString(), request.AsOf, (int)request.Granularity,
            request.Source.IsReconciled());
        using var reader = command.ExecuteReader();
        var summed = new List<SummedTotal>();
        while (reader.Read())
        {
            var period = Period.Span(reader.GetInt16(1), reader.GetByte(2), reader.GetByte(3));
            switch (reader.GetString(0))
            {
                case "summed":
                    summed.Add(new SummedTotal(period, (Flow)reader.GetByte(10), reader.GetInt64(11), reader.GetByte(12), reader.GetByte(13)));
                    break;
                case "ytd":
                    ytd.Add(new FlowValues(period, NullableDecimal(reader, 7), NullableDecimal(reader, 8), NullableDecimal(reader, 9)));
                    break;
                default:
                    values.Add(new FlowValues(period, NullableDecimal(reader, 4), NullableDecimal(reader, 5), NullableDecimal(reader, 6)));
                    break;
            }
        }

        return new PairSeries(request.Reporter, request.Partner, request.Source, request.Granularity, values, ytd)
        {
            Summed = summed,
            Converted = ReadConverted(request),
        };
    }

    // Most sources publish in US dollars: only the readers that convert (GACC tables in yuan, mapped files with a
    // currency; Ingest's ReleaseReadings) can have stored a converted figure, and for the others even the look at the
    // releases' notes cost a pair query ~5 ms (bench `query`). For those two, the notes spare the record scan.
    private List<ConvertedFigure> ReadConverted(SeriesRequest request)
    {
        var converted = new List<ConvertedFigure>();
        if (request.Source is not (SourceKind.Gacc or SourceKind.Mapped))
        {
            return converted;
        }

        using (var any = Command("SELECT count(*) FROM releases WHERE source = $1 AND conversion_from IS NOT NULL", request.Source.ToString()))
        {
            if (Convert.ToInt64(any.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                return converted;
            }
        }

        using var command = Command(ReadSql("converted"), (short)request.Reporter.Code, (short)request.Partner.Code, request.Source.ToString(), request.AsOf);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            // A converted figure of a release that does not name its currency (a reader's defect) is left out.
            if (Conversion(reader) is { } conversion)
            {
                converted.Add(new ConvertedFigure(
                    Period.Span(reader.GetInt16(0), reader.GetByte(1), reader.GetByte(2)), (Flow)reader.GetByte(3), reader.GetInt32(4), reader.GetString(5), conversion));
            }
        }

        return converted;
    }

    /// <summary>Coverage of all-goods totals (published or summed from product lines) per source, reporter and partner, as visible on a date.</summary>
    /// <exception cref="StoreException">The file is damaged.</exception>
    public IReadOnlyList<SourceCoverage> Coverage(DateOnly? asOf = null) => Reading(() => ReadCoverage(asOf, null, null));

    /// <summary>
    /// Product lines of a pair (both directions) visible on a date that no all-goods total stands for, per source:
    /// what explains "no data" when a file held only some products (schema.sql, summable_level).
    /// </summary>
    /// <exception cref="StoreException">The file is damaged.</exception>
    public IReadOnlyList<UnsummedLines> UnsummedProductLines(Country a, Country b, DateOnly? asOf = null) => Reading(() =>
    {
        using var threads = SingleThreaded();
        using var command = Command(
            "SELECT source, CAST(min(product_digits) AS INTEGER), count(*) FROM visible_records(CAST($1 AS DATE), CAST($2 AS SMALLINT), CAST($3 AS SMALLINT)) WHERE product_digits > 0 GROUP BY source ORDER BY source",
            asOf, (short)a.Code, (short)b.Code);
        using var reader = command.ExecuteReader();
        var rows = new List<UnsummedLines>();
        while (reader.Read())
        {
            rows.Add(new UnsummedLines(Enum.Parse<SourceKind>(reader.GetString(0)), reader.GetInt32(1), reader.GetInt64(2)));
        }

        return rows;
    });

    /// <summary>Coverage of one pair, in both directions (each side's own statistics; a reconciled source once, <paramref name="a"/> first).</summary>
    /// <exception cref="StoreException">The file is damaged.</exception>
    public IReadOnlyList<SourceCoverage> Coverage(Country a, Country b, DateOnly? asOf = null) => Reading(() => ReadCoverage(asOf, (short)a.Code, (short)b.Code));

    private List<SourceCoverage> ReadCoverage(DateOnly? asOf, short? a, short? b)
    {
        var countries = CountryCatalog.Default;
        using var threads = a is null ? null : SingleThreaded();
        // One pair counts its lines key by key; every pair per release (schema.sql, every_visible_total_count, says why).
        using var command = Command(a is null ? s_coverageOfEveryPair.Value : s_coverageOfOnePair.Value, asOf, a, b, s_reconciledSources);
        using var reader = command.ExecuteReader();
        var rows = new List<SourceCoverage>();
        while (reader.Read())
        {
            rows.Add(new SourceCoverage(
                Enum.Parse<SourceKind>(reader.GetString(0)),
                countries.FromCode(reader.GetInt16(1)),
                countries.FromCode(reader.GetInt16(2)),
                reader.GetInt64(3),
                DateOnly.FromDateTime(reader.GetDateTime(4)),
                DateOnly.FromDateTime(reader.GetDateTime(5)),
                reader.GetInt64(6),
                reader.GetInt64(7))
            {
                Reconciled = reader.GetBoolean(8),
                SummedRecords = reader.GetInt64(9),
                SummedLines = reader.GetInt64(10),
                SummedDigits = reader.IsDBNull(11) ? null : (reader.GetByte(11), reader.GetByte(12)),
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
        var rows = new List<(int, string, long)>();
        while (reader.Read())
        {
            rows.Add((reader.GetInt32(0), reader.GetString(1), reader.GetInt64(2)));
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
        var rows = new List<(int, Discrepancy)>();
        while (reader.Read())
        {
            rows.Add((reader.GetInt32(0), new Discrepancy(
                countries.FromCode(reader.GetInt16(1)),
                countries.FromCode(reader.GetInt16(2)),
                (Flow)reader.GetByte(3),
                Period.Parse(reader.GetString(4)),
                reader.GetDecimal(5),
                reader.GetString(6),
                reader.GetDecimal(7),
                reader.GetString(8),
                reader.GetString(9))));
        }

        return rows;
    });

    // A pair query reads a few hundred rows from two key ranges: a second DuckDB thread only adds hand-offs, which
    // cost a third of its latency on two cores.
    private Internal.TemporarySetting SingleThreaded() => new(this, "threads", "1");

    private static decimal? NullableDecimal(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetDecimal(ordinal);
}
