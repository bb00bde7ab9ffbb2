using System.Globalization;
using Turnover.Core;
using Turnover.Store;
using Turnover.Testing;

namespace Turnover.Application.Tests;

/// <summary>
/// <c>turnover mirror</c> on the bundled files (issue 12): China's customs (data/gacc/china_russia.csv) against Russia's
/// side (data/mirror/russia_side_china_trade.csv). Expected levels are read here from the files' text.
/// </summary>
public sealed class MirrorQueryTests
{
    private static readonly Country s_china = CountryCatalog.Default.FromCode(156);
    private static readonly Country s_russia = CountryCatalog.Default.FromCode(643);
    private static readonly Country s_usa = CountryCatalog.Default.FromCode(842);
    private static readonly string s_russiaSide = RepoPaths.Data("mirror", "russia_side_china_trade.csv");

    // The first line of a file starting with prefix: its value in billions of USD (the field after the prefix) × 1e9.
    private static decimal Usd(string path, string prefix)
    {
        var line = File.ReadLines(path).First(l => l.StartsWith(prefix, StringComparison.Ordinal));
        return decimal.Parse(line[prefix.Length..].Split(',')[0], CultureInfo.InvariantCulture) * 1_000_000_000m;
    }

    private static MirrorAnswer ChinaRussia(YearRange years = default)
    {
        using var store = Stores.With(Stores.ChinaRussia, s_russiaSide);
        return new MirrorQuery(store).Run(new MirrorQueryRequest(s_china, s_russia) { Years = years }).Value;
    }

    [Theory]
    [InlineData(2013, 12, "2013,annual,turnover,", "2013,turnover,")]
    [InlineData(2020, 12, "2020,annual,turnover,", "2020,turnover,")]
    [InlineData(2023, 10, "2023-10,ytd,turnover,", "2023,turnover,")]
    public void When_both_sides_give_a_span_then_each_sides_figure_and_the_gap_are_the_files(int year, int months, string chinaLine, string russiaLine)
    {
        var answer = ChinaRussia();

        var row = Assert.Single(answer.Rows, r => r.Period == Period.YearToDate(year, months));
        var (china, russia) = (Usd(Stores.ChinaRussia, chinaLine), Usd(s_russiaSide, russiaLine));
        Assert.Equal((MirrorFlow.Turnover, china, russia), (row.Flow, row.A!.ValueUsd, row.B!.ValueUsd));
        Assert.Equal(russia - china, row.GapUsd);
        Assert.Equal((russia - china) / china * 100m, row.GapPercent);
    }

    [Fact]
    public void When_russia_gives_january_to_october_2023_then_it_is_never_set_against_a_full_year()
    {
        var answer = ChinaRussia();

        Assert.Null(Assert.Single(answer.Rows, r => r.Period == Period.OfYear(2023)).B);
        Assert.Null(Assert.Single(answer.Rows, r => r.Period == Period.YearToDate(2012, 7)).A);
        Assert.All(answer.Rows, r => Assert.Equal(MirrorFlow.Turnover, r.Flow));
        Assert.Equal([MirrorFlow.AToB, MirrorFlow.BToA], answer.OneSidedFlows);
    }

    [Fact]
    public void When_a_figure_was_stated_without_naming_the_agency_then_it_is_probable_with_its_page()
    {
        var answer = ChinaRussia();

        var lavrov = Assert.Single(answer.Rows, r => r.Period == Period.OfYear(2020)).B!;
        Assert.True(lavrov.Probable);
        Assert.Equal(("https://hk.outputnews.com/2021/fengwen/news_2021_06_01_1372460", 6L), (lavrov.Stated!.Evidence, lavrov.Stated.SourceLine));
        Assert.False(Assert.Single(answer.Rows, r => r.Period == Period.YearToDate(2023, 10)).B!.Probable);
        Assert.Null(Assert.Single(answer.Rows, r => r.Period == Period.OfYear(2013)).A!.Stated);
    }

    [Fact]
    public void When_a_side_stated_only_a_rate_then_it_is_shown_as_published_beside_the_other_sides_rate_of_the_same_span()
    {
        var answer = ChinaRussia();

        // russia_side_china_trade.csv line 10: Jan–Sep 2023 +27%; china_russia.csv: 2023-09 ytd turnover +29.5%.
        var september = Assert.Single(answer.Rates, r => r.Stated.SourceLine == 10);
        Assert.Equal((Period.YearToDate(2023, 9), 27m, 29.5m), (september.Stated.Period!.Value, september.Stated.RatePercent!.Value, september.Other!.RatePercent));
        var november = Assert.Single(answer.Rates, r => r.Stated.SourceLine == 8);
        Assert.False(november.Comparable);
        Assert.Null(november.Other);
    }

    [Fact]
    public void When_the_reasons_are_given_then_they_come_from_both_publishers_declarations()
    {
        var answer = ChinaRussia();

        var valuations = answer.Reasons.OfType<ValuationDiffers>().ToList();
        Assert.Equal([(s_china, s_russia), (s_russia, s_china)], valuations.Select(v => (v.Exporter, v.Importer)));
        Assert.All(valuations, v => Assert.True(v.ImporterIncludesFreight));
        Assert.Equal(s_china, Assert.Single(answer.Reasons.OfType<ReExportsThroughHubs>()).Exporter);
        Assert.Equal([344], Assert.Single(answer.Reasons.OfType<ReExportsThroughHubs>()).Hubs.Select(h => h.Code));
        Assert.Equal((s_russia, SourceCatalog.Of(SourceKind.Fcs).PartnerDetailWithheldFrom!.Value), Assert.Single(answer.Reasons.OfType<PartnerDetailWithheld>()) is var w ? (w.Side, w.FromYear) : default);
        Assert.Equal(s_china, Assert.Single(answer.Reasons.OfType<OwnCurrency>()).Side);
        Assert.Equal(10, Assert.Single(answer.Reasons.OfType<TimingDiffers>()).ShortestMonths);
        // Lines 4 (Rogozin) and 6 (Lavrov) are probable; line 7 repeats line 6 and is not shown.
        Assert.Equal(2, Assert.Single(answer.Reasons.OfType<StatedByOfficials>()).Probable);
    }

    [Fact]
    public void When_a_sides_level_is_contradicted_by_its_own_printed_rates_then_the_row_and_the_reasons_say_so()
    {
        var answer = ChinaRussia();

        // china_russia.csv: 2015 = 64.2 bn from one page, against 2015's printed -27.8 % on 2014 and 2016's +2.2 % on it.
        var row2015 = Assert.Single(answer.Rows, r => r.Period == Period.OfYear(2015));
        Assert.Equal((Period.OfYear(2015), Measure.Turnover, Usd(Stores.ChinaRussia, "2015,annual,turnover,")),
            (row2015.A!.Suspect!.Period, row2015.A.Suspect.Measure, row2015.A.Suspect.ValueUsd));
        Assert.Null(row2015.B!.Suspect);
        Assert.All(answer.Rows.Where(r => r != row2015), r => Assert.Null(r.A?.Suspect));
        var reason = Assert.IsType<SuspectFigures>(answer.Reasons[0]);
        Assert.Equal((s_china, SourceKind.Gacc), (reason.Side, reason.Source));
        Assert.Same(row2015.A.Suspect, Assert.Single(reason.Levels));
    }

    [Fact]
    public void When_the_suspect_year_is_not_asked_then_no_suspect_reason_is_given()
    {
        var answer = ChinaRussia(new YearRange(2016, 2023));

        Assert.Empty(answer.Reasons.OfType<SuspectFigures>());
        Assert.All(answer.Rows, r => Assert.Null(r.A?.Suspect));
    }

    [Fact]
    public void When_years_are_asked_then_only_those_years_and_no_reason_for_later_years_are_shown()
    {
        var answer = ChinaRussia(new YearRange(2013, 2015));

        Assert.All(answer.Rows, r => Assert.InRange(r.Period.Year, 2013, 2015));
        Assert.Empty(answer.Rates);
        Assert.Empty(answer.Reasons.OfType<PartnerDetailWithheld>());
    }

    [Fact]
    public void When_only_one_side_is_stored_then_the_answer_says_which_side_is_missing()
    {
        using var store = Stores.With(Stores.UsChina);

        var answer = new MirrorQuery(store).Run(new MirrorQueryRequest(s_usa, s_china)).Value;

        Assert.Equal((SourceKind.UsCensus, (SourceKind?)null), (answer.A.Source!.Value, answer.B.Source));
        Assert.False(answer.BothSides);
        Assert.Empty(answer.Rows);
        Assert.Empty(answer.Reasons);
    }

    [Fact]
    public void When_nothing_or_one_country_is_asked_then_the_failure_says_so()
    {
        using var store = Stores.With(Stores.UsChina);
        var query = new MirrorQuery(store);

        Assert.Equal(FailureKind.NoData, query.Run(new MirrorQueryRequest(s_china, s_russia)).Failure!.Kind);
        Assert.Equal(FailureKind.BadInput, query.Run(new MirrorQueryRequest(s_china, s_china)).Failure!.Kind);
        Assert.Equal(FailureKind.BadInput, query.Run(new MirrorQueryRequest(s_usa, s_china) { Years = new YearRange(2020, 2010) }).Failure!.Kind);
    }
}
