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
