using System.Text;
using Turnover.Core;

namespace Turnover.Store.ClickHouse.Tests;

public abstract partial class StoreSuite
{
    private const string ExportHeader =
        "source,reporter,reporter_code,reporter_name,partner,partner_code,partner_name,flow,period,year,start_month,months,classification,product,product_digits,value_usd,quantity,quantity_unit,derivation,published,public_from,release_id,release_file,release_vintage,source_line\n";

    private static readonly Country C = Countries.FromCode(643);

    /// <summary>
    /// ARTIFICIAL records for the export facts: round values, quantities that DuckDB writes in either notation, codes
    /// with a leading zero, every kind of period, a figure with its own publication date, a release whose file name
    /// holds a comma, a dated revision of one figure, and a release stored after it but published before it.
    /// </summary>
    private void LoadForExport()
    {
        TradeRecord Weighed(int code, decimal usd, double amount, string unit) =>
            Line(Flow.Export, Hs(code, 6), usd) with { Quantity = new Quantity(amount, unit) };
        Load("first", null,
            Line(Flow.Export, Product.Total, 1000), Line(Flow.Import, Product.Total, 250.5m, Period.Span(2020, 4, 3)),
            Weighed(10110, 12.25m, 50, "kg"), Weighed(10120, 3, 0.00001, "kg"), Weighed(10130, 7, 1e16, "u"), Weighed(10190, 0, 0, "kg"),
            Line(Flow.Export, Hs(1, 2), 40, Period.Span(2019, 1, 2)), Line(Flow.Import, Hs(8542, 4), 9, Period.Month(2019, 11)),
            Line(Flow.Export, Product.Total, 77, Period.Month(2019, 12)) with { Published = new DateOnly(2020, 1, 15) },
            Line(Flow.Export, Product.Total, 5, Period.Month(2020, 1)) with { Reporter = B, Partner = A },
            Line(Flow.Export, Product.Total, 60, Period.Month(2020, 1)) with { Partner = C });
        Load("second, revised", new DateOnly(2022, 3, 1), Line(Flow.Export, Product.Total, 1100));
        // Stored last but published before the revision: the revision stays the latest.
        Load("third", new DateOnly(2021, 7, 1), Line(Flow.Export, Product.Total, 990));
    }

    private (string Csv, ExportedFile File) ExportCsv(ExportSelection selection)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"suite-export-{Guid.NewGuid():N}.csv");
        try
        {
            var file = Store.Export(selection, path, ExportFileFormat.Csv);
            return (Encoding.UTF8.GetString(File.ReadAllBytes(path)), file);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// A pair's export is byte for byte the file the DuckDB store writes: export.sql's columns and header, each figure's
    /// latest revision in key order, NULL as an empty field, texts quoted only where they must be, money with two
    /// places, quantities as DuckDB prints a DOUBLE, dates as yyyy-MM-dd.
    /// </summary>
    [BackendFact]
    public void When_a_pair_is_exported_as_csv_then_the_file_is_the_duckdb_stores_byte_for_byte()
    {
        LoadForExport();

        var (csv, file) = ExportCsv(new ExportSelection(new CountryPair(A, B), null, null, null, false));

        Assert.Equal(ExportHeader + ExpectedPairLatest, csv);
        Assert.Equal(new ExportedFile(10, [1, 2], 2, 2019, 2020), file, ExportedFileComparer);
    }

    /// <summary>Every revision visible on a date, of some years: the revision not yet public, the earlier year left out.</summary>
    [BackendFact]
    public void When_every_revision_of_some_years_is_exported_as_of_a_date_then_only_those_rows_are_written()
    {
        LoadForExport();

        var (before, _) = ExportCsv(new ExportSelection(new CountryPair(A, B), 2020, 2020, new DateOnly(2022, 2, 28), true));
        var (after, file) = ExportCsv(new ExportSelection(new CountryPair(A, B), 2020, null, null, true));

        Assert.Equal(ExportHeader + ExpectedPair2020Before, before);
        Assert.Equal(ExportHeader + ExpectedPair2020Every, after);
        Assert.Equal(new ExportedFile(9, [1, 2, 3], 2, 2020, 2020), file, ExportedFileComparer);
    }

    /// <summary>Every pair: the same rows (in no set order), and an empty store writes the header alone.</summary>
    [BackendFact]
    public void When_every_pair_is_exported_then_each_pairs_rows_are_written_once()
    {
        var (empty, nothing) = ExportCsv(new ExportSelection(null, null, null, null, false));
        Assert.Equal(ExportHeader, empty);
        Assert.Equal(new ExportedFile(0, [], 0, null, null), nothing, ExportedFileComparer);
        LoadForExport();

        var (csv, file) = ExportCsv(new ExportSelection(null, null, null, null, false));

        Assert.StartsWith(ExportHeader, csv, StringComparison.Ordinal);
        Assert.Equal(
            [.. (ExpectedPairLatest + ExpectedOtherPair).Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)],
            csv[ExportHeader.Length..].Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
        Assert.Equal(new ExportedFile(11, [1, 2], 3, 2019, 2020), file, ExportedFileComparer);
    }

    private static readonly IEqualityComparer<ExportedFile> ExportedFileComparer = EqualityComparer<ExportedFile>.Create(
        (x, y) => x is not null && y is not null && (x.Rows, x.Pairs, x.FirstYear, x.LastYear) == (y.Rows, y.Pairs, y.FirstYear, y.LastYear) && x.ReleaseIds.SequenceEqual(y.ReleaseIds),
        x => x.Rows.GetHashCode());

    // The rows as the DuckDB store's COPY wrote them for LoadForExport's records, checked field by field against them
    // (public_from: the period's end plus Comtrade's lag where neither the record nor its release is dated).
    private const string ExpectedPairLatest =
        "Comtrade,AFG,4,Afghanistan,CHN,156,China,export,2019-01..02,2019,1,2,H5,01,2,40.00,,,reported,,2019-08-27,1,first.csv,,7\n"
        + "Comtrade,AFG,4,Afghanistan,CHN,156,China,export,2019-12,2019,12,1,,,0,77.00,,,reported,2020-01-15,2020-01-15,1,first.csv,,9\n"
        + "Comtrade,AFG,4,Afghanistan,CHN,156,China,export,2020,2020,1,12,,,0,1100.00,,,reported,,2022-03-01,2,\"second, revised.csv\",2022-03-01,12\n"
        + "Comtrade,AFG,4,Afghanistan,CHN,156,China,export,2020,2020,1,12,H5,010110,6,12.25,50.0,kg,reported,,2021-06-29,1,first.csv,,3\n"
        + "Comtrade,AFG,4,Afghanistan,CHN,156,China,export,2020,2020,1,12,H5,010120,6,3.00,1e-05,kg,reported,,2021-06-29,1,first.csv,,4\n"
        + "Comtrade,AFG,4,Afghanistan,CHN,156,China,export,2020,2020,1,12,H5,010130,6,7.00,1e+16,u,reported,,2021-06-29,1,first.csv,,5\n"
        + "Comtrade,AFG,4,Afghanistan,CHN,156,China,export,2020,2020,1,12,H5,010190,6,0.00,0.0,kg,reported,,2021-06-29,1,first.csv,,6\n"
        + "Comtrade,AFG,4,Afghanistan,CHN,156,China,import,2019-11,2019,11,1,H5,8542,4,9.00,,,reported,,2020-05-28,1,first.csv,,8\n"
        + "Comtrade,AFG,4,Afghanistan,CHN,156,China,import,2020-Q2,2020,4,3,,,0,250.50,,,reported,,2020-12-27,1,first.csv,,2\n"
        + "Comtrade,CHN,156,China,AFG,4,Afghanistan,export,2020-01,2020,1,1,,,0,5.00,,,reported,,2020-07-29,1,first.csv,,10\n";

    private const string ExpectedPair2020Before =
        "Comtrade,AFG,4,Afghanistan,CHN,156,China,export,2020,2020,1,12,,,0,1000.00,,,reported,,2021-06-29,1,first.csv,,1\n"
        + "Comtrade,AFG,4,Afghanistan,CHN,156,China,export,2020,2020,1,12,,,0,990.00,,,reported,,2021-07-01,3,third.csv,2021-07-01,13\n"
        + "Comtrade,AFG,4,Afghanistan,CHN,156,China,export,2020,2020,1,12,H5,010110,6,12.25,50.0,kg,reported,,2021-06-29,1,first.csv,,3\n"
        + "Comtrade,AFG,4,Afghanistan,CHN,156,China,export,2020,2020,1,12,H5,010120,6,3.00,1e-05,kg,reported,,2021-06-29,1,first.csv,,4\n"
        + "Comtrade,AFG,4,Afghanistan,CHN,156,China,export,2020,2020,1,12,H5,010130,6,7.00,1e+16,u,reported,,2021-06-29,1,first.csv,,5\n"
        + "Comtrade,AFG,4,Afghanistan,CHN,156,China,export,2020,2020,1,12,H5,010190,6,0.00,0.0,kg,reported,,2021-06-29,1,first.csv,,6\n"
        + "Comtrade,AFG,4,Afghanistan,CHN,156,China,import,2020-Q2,2020,4,3,,,0,250.50,,,reported,,2020-12-27,1,first.csv,,2\n"
        + "Comtrade,CHN,156,China,AFG,4,Afghanistan,export,2020-01,2020,1,1,,,0,5.00,,,reported,,2020-07-29,1,first.csv,,10\n";

    private const string ExpectedPair2020Every =
        "Comtrade,AFG,4,Afghanistan,CHN,156,China,export,2020,2020,1,12,,,0,1000.00,,,reported,,2021-06-29,1,first.csv,,1\n"
        + "Comtrade,AFG,4,Afghanistan,CHN,156,China,export,2020,2020,1,12,,,0,1100.00,,,reported,,2022-03-01,2,\"second, revised.csv\",2022-03-01,12\n"
        + "Comtrade,AFG,4,Afghanistan,CHN,156,China,export,2020,2020,1,12,,,0,990.00,,,reported,,2021-07-01,3,third.csv,2021-07-01,13\n"
        + "Comtrade,AFG,4,Afghanistan,CHN,156,China,export,2020,2020,1,12,H5,010110,6,12.25,50.0,kg,reported,,2021-06-29,1,first.csv,,3\n"
        + "Comtrade,AFG,4,Afghanistan,CHN,156,China,export,2020,2020,1,12,H5,010120,6,3.00,1e-05,kg,reported,,2021-06-29,1,first.csv,,4\n"
        + "Comtrade,AFG,4,Afghanistan,CHN,156,China,export,2020,2020,1,12,H5,010130,6,7.00,1e+16,u,reported,,2021-06-29,1,first.csv,,5\n"
        + "Comtrade,AFG,4,Afghanistan,CHN,156,China,export,2020,2020,1,12,H5,010190,6,0.00,0.0,kg,reported,,2021-06-29,1,first.csv,,6\n"
        + "Comtrade,AFG,4,Afghanistan,CHN,156,China,import,2020-Q2,2020,4,3,,,0,250.50,,,reported,,2020-12-27,1,first.csv,,2\n"
        + "Comtrade,CHN,156,China,AFG,4,Afghanistan,export,2020-01,2020,1,1,,,0,5.00,,,reported,,2020-07-29,1,first.csv,,10\n";

    private const string ExpectedOtherPair =
        "Comtrade,AFG,4,Afghanistan,RUS,643,Russian Federation,export,2020-01,2020,1,1,,,0,60.00,,,reported,,2020-07-29,1,first.csv,,11\n";
}
