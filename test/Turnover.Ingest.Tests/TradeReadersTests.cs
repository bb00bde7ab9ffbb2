using System.Text;
using Turnover.Core;
using Turnover.Testing;

namespace Turnover.Ingest.Tests;

public sealed class TradeReadersTests
{
    [Theory]
    [InlineData("comtrade/TradeData.csv", "comtrade")]
    [InlineData("comtrade/TradeData_bulk.txt.gz", "comtrade")]
    [InlineData("comtrade/HS-60a6ad.json", "comtrade")]
    [InlineData("comtrade/comtrade.csv", "comtrade")]
    [InlineData("imf/IMTS_USA.XG_FOB_USD.G001+G998.A.xml", "imf")]
    [InlineData("imf/IMTS_USA.XG_FOB_USD.G001+G998.A.csv", "imf")]
    [InlineData("imf/CompactData_DOT_A.US.TXG_FOB_USD.W00+B0.json", "imf")]
    [InlineData("baci/ExampleTradeData.csv", "baci")]
    [InlineData("baci/BACI_HS92_Y2021_V202301.csv", "baci")]
    [InlineData("gacc/country_table_2023_11.csv", "gacc")]
    [InlineData("fao/fao_china_seafood_imports_by_partner_value_2019_excerpt.csv", "fao")]
    [InlineData("fao/fao_china_seafood_imports_by_partner_quantity_2019_excerpt.csv", "fao")]
    public void When_format_is_auto_then_each_real_fixture_is_detected_as_its_layout(string fixture, string format)
    {
        var sample = FileSample.Of(RepoPaths.Fixture(fixture.Split('/')));

        Assert.Equal(format, TradeReaders.Detect(sample)?.Format);
    }

    [Theory]
    [InlineData("gacc/china_russia.csv", "gacc")]
    [InlineData("national/us_census_usa_china_monthly.csv", "census")]
    [InlineData("national/kosis_korea_china_monthly.csv", "kosis")]
    public void When_format_is_auto_then_each_bundled_file_is_detected_as_its_layout(string file, string format)
    {
        Assert.Equal(format, TradeReaders.Detect(FileSample.Of(RepoPaths.Data(file.Split('/'))))?.Format);
    }

    // A spreadsheet's "CSV (Macintosh)" export ends its lines with a lone CR: the Wind export and a Census table with a
    // title line were not recognised (their first lines were looked for between LFs), though every reader reads them.
    [Theory]
    [InlineData("data:products/crea_china_customs_fossil_imports_from_russia_monthly_1995-2023-02.csv", "", "wind")]
    [InlineData("data:national/us_census_usa_china_monthly.csv", "Trade in Goods with China\r", "census")]
    [InlineData("data:national/kosis_korea_china_monthly.csv", "", "kosis")]
    [InlineData("data:gacc/china_russia.csv", "", "gacc")]
    [InlineData("gacc/country_table_2023_11.csv", "", "gacc")]
    [InlineData("baci/BACI_HS92_Y2021_V202301.csv", "", "baci")]
    [InlineData("fao/fao_china_seafood_imports_by_partner_value_2019_excerpt.csv", "", "fao")]
    [InlineData("imf/IMTS_USA.XG_FOB_USD.G001+G998.A.csv", "", "imf")]
    [InlineData("comtrade/TradeData.csv", "", "comtrade")]
    public void When_a_file_ends_its_lines_with_cr_only_then_it_is_detected_as_its_layout(string source, string title, string format)
    {
        var path = source.StartsWith("data:", StringComparison.Ordinal)
            ? RepoPaths.Data([.. source["data:".Length..].Split('/')])
            : RepoPaths.Fixture([.. source.Split('/')]);
        var text = Encoding.Latin1.GetString(File.ReadAllBytes(path)).Replace("\r\n", "\r", StringComparison.Ordinal).Replace('\n', '\r');
        using var file = TempFile.WithBytes(Path.GetFileName(path), Encoding.Latin1.GetBytes(title + text));

        Assert.Equal(format, TradeReaders.Detect(FileSample.Of(file.Path))?.Format);
    }

    [Theory]
    [InlineData("imf/README.md")]
    [InlineData("comtrade/README.md")]
    [InlineData("baci/README.md")]
    [InlineData("mapped/census_usa_china.json")]
    public void When_a_file_only_mentions_a_layout_then_no_reader_claims_it(string file)
    {
        Assert.Null(TradeReaders.Detect(FileSample.Of(RepoPaths.Fixture(file.Split('/')))));
    }

    [Fact]
    public void When_a_format_name_is_given_then_the_reader_is_found_case_insensitively()
    {
        Assert.Equal("baci", TradeReaders.ByFormat("BACI")?.Format);
        Assert.Null(TradeReaders.ByFormat("xlsx"));
        Assert.Equal(["auto", "comtrade", "imf", "gacc", "fcs", "fao", "census", "kosis", "baci", "wind", "mapped"], TradeReaders.FormatNames);
    }

    [Fact]
    public void When_sources_are_declared_then_each_has_exactly_one_reader_of_its_format_and_each_reader_a_declaration()
    {
        Assert.All(SourceCatalog.All, declared =>
        {
            var reader = Assert.Single(TradeReaders.All, r => r.Format == declared.ReaderFormat);
            Assert.Equal(declared.Kind, reader.Source);
        });
        // One publisher's figures in a second layout: China's customs statistics as exported by the Wind terminal are
        // GACC figures (each release records the format it was read with).
        Assert.Equal(["wind"], TradeReaders.All.Where(r => r.Format != SourceCatalog.Of(r.Source).ReaderFormat).Select(r => r.Format));
    }

    [Fact]
    public void When_a_gacc_figure_has_no_date_then_the_store_lag_is_the_estimate_latest_day()
    {
        // The store's last-resort lag for GACC (days after the month's end) is the estimate's latest day of the next month.
        var march = Period.Month(2023, 3);

        Assert.Equal(
            Turnover.Ingest.Gacc.GaccPublicationLag.EstimatedRelease(march),
            new DateOnly(2023, 3, 31).AddDays(SourceCatalog.Of(SourceKind.Gacc).PublicationLagDays));
    }
}
