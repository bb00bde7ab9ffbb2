using System.Globalization;
using Turnover.Core;
using Turnover.Store.ClickHouse.Internal;
using Turnover.Store.Internal;

namespace Turnover.Store.ClickHouse;

public sealed partial class ClickHouseTradeStore
{
    /// <inheritdoc />
    /// <remarks>
    /// CSV only, the same file as the DuckDB store's (export.sql's columns, rows and number formats, ExportCsv): the
    /// server chooses the records (VisibleSql.Revisions, and each figure's latest by visible_latest's rule unless every
    /// revision is asked for) and streams them; their keys, countries, codes and releases are decoded and written here,
    /// a row at a time. A pair's rows in key order, as DuckDB writes them; every pair's as they come. Parquet is refused:
    /// ClickHouse 18.16 writes none (docs/clickhouse.md, "What works").
    /// </remarks>
    /// <exception cref="StoreException">Parquet was asked for; the server failed; the file cannot be written.</exception>
    public ExportedFile Export(ExportSelection selection, string path, ExportFileFormat format)
    {
        ArgumentNullException.ThrowIfNull(selection);
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (format != ExportFileFormat.Csv)
        {
            throw new StoreException(
                $"exporting Parquet from the ClickHouse store {Path} is not possible: ClickHouse 18.16 writes no Parquet. Export --format csv (the same columns), or export Parquet from a DuckDB store (--db).");
        }

        try
        {
            return WriteCsv(selection, path);
        }
        catch (Exception ex) when (ex is StoreException or IOException or UnauthorizedAccessException)
        {
            throw new StoreException(StoreMessages.ExportFailed(Path, ex.Message), ex);
        }
    }

    private ExportedFile WriteCsv(ExportSelection selection, string path)
    {
        var live = LiveReleases();
        using var csv = new ExportCsv(path);
        if (live.Count == 0)
        {
            return new ExportedFile(0, [], 0, null, null);
        }

        var releases = live.ToDictionary(l => l.Summary.Id, l => l.Summary);
        var countries = CountryCatalog.Default.All.ToDictionary(c => c.Code);
        var classifications = CodeNames(Tables.Classifications);
        var units = CodeNames(Tables.Units);
        var commodities = CodeNames(Tables.Commodities);
        var (rows, releaseIds, pairs) = (0L, new SortedSet<int>(), new HashSet<(int, int)>());
        var (firstYear, lastYear) = ((int?)null, (int?)null);
        _server.EachRow(ExportQuery(selection, live), 9, r =>
        {
            // source, key, release_id, value_usd, quantity, detail, published, effective_published, source_line
            var key = KeyFields.Of(Long(r[1]));
            var detail = Int(r[5]);
            var release = releases[Int(r[2])];
            csv.Text(r[0]);
            Country(key.Reporter);
            Country(key.Partner);
            csv.Text(Name(key.Flow));
            csv.Text(PeriodText(key.Period));
            csv.Number(key.Period.Year);
            csv.Number(key.Period.StartMonth);
            csv.Number(key.Period.Months);
            csv.Text(classifications.GetValueOrDefault(detail >> RecordDetail.ClassificationShift));
            // export.sql's product: HS digits, a commodity's own name (FAO's), or empty for all goods.
            csv.Text(key.ProductDigits switch
            {
                0 => null,
                Product.CommodityDigits => commodities.GetValueOrDefault(key.ProductCode),
                _ => ProductText(key.ProductCode, key.ProductDigits),
            });
            csv.Number(key.ProductDigits);
            csv.Money(Money(r[3]));
            csv.Quantity(r[4] is null ? null : double.Parse(r[4]!, NumberStyles.Float, CultureInfo.InvariantCulture));
            csv.Text(units.GetValueOrDefault((detail >> RecordDetail.UnitShift) & ((1 << RecordDetail.UnitBits) - 1)));
            csv.Text(Name((Derivation)(detail & ((1 << RecordDetail.DerivationBits) - 1))));
            csv.Date(r[6] is null ? null : Day(r[6]));
            csv.Date(Day(r[7]));
            csv.Number(release.Id);
            csv.Text(release.FileName);
            csv.Date(release.Vintage);
            csv.Number(Long(r[8]));
            csv.EndRow();

            rows++;
            releaseIds.Add(release.Id);
            pairs.Add((key.Reporter, key.Partner));
            firstYear = Math.Min(firstYear ?? int.MaxValue, key.Period.Year);
            lastYear = Math.Max(lastYear ?? int.MinValue, key.Period.Year);

            // export.sql's country columns: ISO3, code and name, empty where the catalogue does not know the code.
            void Country(int code)
            {
                var known = countries.TryGetValue(code, out var country);
                csv.Text(known ? country.Iso3 : null);
                csv.Number(code);
                csv.Text(known ? country.Name : null);
            }
        });
        return new ExportedFile(rows, [.. releaseIds], pairs.Count, firstYear, lastYear);
    }

    // export.sql's revisions, visible and chosen; decoded in C#. The year is part of the key, so filtering before the
    // choice of revisions chooses the same.
    private string ExportQuery(ExportSelection selection, List<StoredRelease> live)
    {
        var year = $"(bitAnd(bitShiftRight(key, {RecordKey.YearShift}), {(1 << RecordKey.YearBits) - 1}) + {RecordKey.MinYear})";
        var filter = VisibleSql.PairFilter(selection.Pair is { } p ? (p.A.Code, p.B.Code) : null)
                     + (selection.FirstYear is { } first ? $" AND {year} >= {SqlLiteral.Of(first)}" : string.Empty)
                     + (selection.LastYear is { } last ? $" AND {year} <= {SqlLiteral.Of(last)}" : string.Empty);
        var visible = VisibleSql.Revisions(Tables.Records, live, selection.AsOf, filter);
        var chosen = selection.EveryRevision ? visible : $"""
            SELECT source, key, tupleElement(r, 1) AS release_id, tupleElement(r, 2) AS value_usd, tupleElement(r, 3) AS quantity,
                   tupleElement(r, 4) AS detail, tupleElement(r, 5) AS published, tupleElement(r, 6) AS effective_published, tupleElement(r, 7) AS source_line
            FROM (
                SELECT source, key,
                       argMax(tuple(release_id, value_usd, quantity, detail, published, effective_published, source_line), tuple(effective_published, release_id)) AS r
                FROM ({visible})
                GROUP BY source, key
            )
            """;
        // One pair's rows are few: in key order, as DuckDB writes them. Every pair's as they come (ordering them would
        // hold them all on the entry server).
        return $"SELECT source, key, release_id, value_usd, quantity, detail, published, effective_published, source_line FROM ({chosen})"
               + (selection.Pair is null ? string.Empty : "\nORDER BY key, source, release_id");
    }

    // export.sql's flow and derivation names: the member's name in snake case, empty for a code no member has.
    private static string? Name<T>(T value)
        where T : struct, Enum =>
        Enum.IsDefined(value) ? SqlText.SnakeCase(value.ToString()) : null;

    // As export.sql (and Period.ToString) writes a period: 2023, 2023-Q2, 2023-05 or 2023-01..05.
    private static string PeriodText(Period period) => period switch
    {
        { Months: 12 } => string.Create(CultureInfo.InvariantCulture, $"{period.Year:0000}"),
        { Months: 3, StartMonth: 1 or 4 or 7 or 10 } => string.Create(CultureInfo.InvariantCulture, $"{period.Year:0000}-Q{((period.StartMonth - 1) / 3) + 1}"),
        { Months: 1 } => string.Create(CultureInfo.InvariantCulture, $"{period.Year:0000}-{period.StartMonth:00}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{period.Year:0000}-{period.StartMonth:00}..{period.StartMonth + period.Months - 1:00}"),
    };

    // lpad(code, digits, '0'), which also cuts a longer text to its first digits.
    private static string ProductText(int code, int digits)
    {
        var text = code.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0');
        return text[..digits];
    }
}
