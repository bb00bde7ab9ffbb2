using Turnover.Core;
using Turnover.Store;

namespace Turnover.Application.Tests;

/// <summary>
/// When a product with no line in the year shown is not known there (its files end before) rather than not traded.
/// ARTIFICIAL lines with round values, in the two shapes the rule tells apart: an export of some series that stops
/// while another file of other series runs on (the Wind exports), and one file per year (Comtrade, BACI).
/// </summary>
public sealed class FilesReachTests
{
    private static readonly Country s_china = CountryCatalog.Default.FromCode(156);
    private static readonly Country s_russia = CountryCatalog.Default.FromCode(643);
    private static readonly Product s_lng = Product.Hs(271111, 6, null);
    private static readonly Product s_crude = Product.Hs(2709, 4, null);
    private static readonly Product s_coal = Product.Hs(2701, 4, null);

    private static ProductLine Line(int release, Product product, int year, int months) => Line(release, product, year, months, []);

    // A line summed from one release's revision, which other releases hold too (in the months given).
    private static ProductLine Line(int release, Product product, int year, int months, ReleaseMonths[] alsoHeldBy) =>
        new(Flow.Import, new ProductYear(SourceKind.Gacc, s_china, s_russia, Flow.Import, year, product, null, 100m, null, 0m, months, 0, (1 << months) - 1)
        {
            Releases = ReleaseIds.Of([release]),
            HeldBy = ReleaseHoldings.Of([new ReleaseMonths(release, (1 << months) - 1), .. alsoHeldBy]),
        });

    private static ProductView View(params ProductLine[] lines) => new(SourceKind.Gacc, s_china, s_russia, [.. lines]);

    [Fact]
    public void When_a_products_only_file_stops_and_a_file_of_other_products_runs_on_then_the_product_is_not_known_after()
    {
        var view = View(
            Line(5, s_lng, 2021, 12), Line(5, s_lng, 2022, 11),
            Line(6, s_crude, 2021, 12), Line(6, s_crude, 2022, 12), Line(6, s_crude, 2023, 2));

        var ended = FilesReach.Ended(view, 2022, 2023, 2);

        Assert.Equal([(s_lng, Period.Month(2022, 11))], ended.Select(e => (e.Key, e.Value)));
    }

    [Fact]
    public void When_the_stopping_files_figures_are_the_latest_then_the_product_is_still_not_known_after()
    {
        // Ingested the other way round: the export by origin (5) is the latest revision of crude in 2021–2022, which the
        // file of Russia's fuels (6) holds too; the answer does not change with the order.
        var view = View(
            Line(5, s_lng, 2021, 12), Line(5, s_lng, 2022, 11),
            Line(5, s_crude, 2021, 12, [new(6, 0xFFF)]), Line(5, s_crude, 2022, 11, [new(6, 0xFFF)]), Line(6, s_crude, 2023, 2));

        var ended = FilesReach.Ended(view, 2022, 2023, 2);

        Assert.Equal([(s_lng, Period.Month(2022, 11))], ended.Select(e => (e.Key, e.Value)));
    }

    [Fact]
    public void When_a_later_file_holds_none_of_the_stopping_files_series_then_it_does_not_speak_for_them()
    {
        // A file beginning after the export of LNG ends, of other products only: LNG's absence is not its word.
        var view = View(Line(5, s_lng, 2021, 12), Line(5, s_lng, 2022, 11), Line(6, s_crude, 2023, 2));

        Assert.Equal([s_lng], FilesReach.Ended(view, 2022, 2023, 2).Keys);
    }

    [Fact]
    public void When_each_year_is_its_own_file_then_a_product_without_a_line_is_not_traded_not_unknown()
    {
        // The 2020 file continues the 2019 file (both hold coal): crude's absence in 2020 is no trade.
        var perYear = View(Line(1, s_crude, 2019, 12), Line(1, s_coal, 2019, 12), Line(2, s_coal, 2020, 12));
        var multiYear = View(Line(1, s_crude, 2018, 12), Line(1, s_crude, 2019, 12), Line(1, s_coal, 2019, 12), Line(2, s_coal, 2020, 12));

        Assert.Empty(FilesReach.Ended(perYear, 2019, 2020, 12));
        Assert.Empty(FilesReach.Ended(multiYear, 2019, 2020, 12));
    }

    [Fact]
    public void When_the_products_file_reaches_the_year_shown_then_its_absence_is_no_trade()
    {
        // The file holding LNG runs into 2023 with coal: LNG's absence there is the file's word.
        var view = View(Line(5, s_lng, 2022, 12), Line(5, s_coal, 2022, 12), Line(5, s_coal, 2023, 2));

        Assert.Empty(FilesReach.Ended(view, 2022, 2023, 2));
        Assert.True(ProductNesting.Inside(s_lng, Product.Hs(27, 2, null)));
        Assert.False(ProductNesting.Inside(s_lng, s_crude));
    }
}
