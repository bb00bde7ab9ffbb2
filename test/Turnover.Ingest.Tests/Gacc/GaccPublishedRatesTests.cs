using Turnover.Core;
using Turnover.Testing;

namespace Turnover.Ingest.Tests.Gacc;

/// <summary>Growth rates as the pages printed them (the compilation's yoy_pct) and as the country table prints them (issue 8).</summary>
public sealed class GaccPublishedRatesTests
{
    private static readonly Lazy<GaccTestRead> s_read = new(() => GaccTestRead.Of(RepoPaths.Data("gacc", "china_russia.csv")));

    private static GaccTestRead Read => s_read.Value;

    private static PublishedRate Rate(Flow flow, Period period) => Read.Context.PublishedRates.Single(r => r.Flow == flow && r.Period == period);

    [Fact]
    public void When_five_pages_print_2016_turnover_at_plus_2_2_percent_then_one_rate_of_2_2_is_kept()
    {
        var rate = Rate(Flow.Turnover, Period.OfYear(2016));

        Assert.Equal(2.2m, rate.RatePercent);
        Assert.Equal("https://rt.com/business/384576-russia-china-trade-growth/amp", rate.Evidence);
        Assert.Equal(-27.8m, Rate(Flow.Turnover, Period.OfYear(2015)).RatePercent);
        Assert.Equal(35.8m, Rate(Flow.Turnover, Period.OfYear(2021)).RatePercent); // 35.8 ×4, 35.9 ×1 agree within rounding
    }

    [Fact]
    public void When_the_real_compilation_is_read_then_every_printed_rate_is_kept_once_per_period_and_flow()
    {
        var rates = Read.Context.PublishedRates;

        Assert.Equal(163, rates.Count);
        Assert.Equal(rates.Count, rates.Select(r => (r.Period, r.Flow)).Distinct().Count());
        Assert.All(rates, r => Assert.Equal(156, r.Reporter.Code));
        Assert.All(rates, r => Assert.Equal(643, r.Partner.Code));
        // A row with a rate and no value still gives its rate: June 2023 exports +90.9% (cultureru.com).
        Assert.Equal(90.9m, Rate(Flow.Export, Period.Month(2023, 6)).RatePercent);
    }

    [Fact]
    public void When_pages_print_19_8_and_19_85_then_the_more_precise_agreeing_rate_is_kept()
    {
        Assert.Equal(19.85m, Rate(Flow.Export, Period.YearToDate(2023, 2)).RatePercent);
        // 38.5, 38.5 and 38 (one unit = 1 point) agree: 38.5 is kept, no disagreement.
        Assert.Equal(38.5m, Rate(Flow.Turnover, Period.YearToDate(2022, 2)).RatePercent);
    }

    [Fact]
    public void When_one_page_prints_30_3_where_two_print_31_3_then_31_3_is_kept_and_30_3_is_evidence()
    {
        var disagreement = Assert.Single(Read.Context.RateDisagreements);

        Assert.Equal(Period.YearToDate(2023, 2), disagreement.Period);
        Assert.Equal(Flow.Import, disagreement.Flow);
        Assert.Equal(31.3m, disagreement.ChosenPercent);
        Assert.Equal(30.3m, disagreement.OtherPercent);
        Assert.Contains("pledgetimes.com", disagreement.OtherEvidence, StringComparison.Ordinal);
        Assert.Equal("2 of 3 reports agree with 31.3 within rounding, 1 with 30.3", disagreement.Reason);
    }

    [Fact]
    public void When_a_rate_is_dated_by_its_page_then_it_is_published_then()
    {
        // Jan–Nov 2022 +32% on mir24.tv and rt.com: neither URL is dated, so the customs release rule applies, as for the value.
        var rate = Rate(Flow.Turnover, Period.YearToDate(2022, 11));
        var value = Read.Single(Flow.Turnover, Period.YearToDate(2022, 11));

        Assert.Equal(32m, rate.RatePercent);
        Assert.Equal(value.Published, rate.Published);
    }

    [Fact]
    public void When_a_usd_country_table_is_read_then_its_percentage_changes_are_published_rates_for_january_to_the_month()
    {
        var read = GaccTestRead.Of(RepoPaths.Fixture("gacc", "country_table_2023_11.csv"));

        var rates = read.Context.PublishedRates.OrderBy(r => r.Flow).ToList();

        Assert.Equal([(Flow.Export, 50.2m), (Flow.Import, 11.8m), (Flow.Turnover, 26.7m)], rates.Select(r => (r.Flow, r.RatePercent)));
        Assert.All(rates, r => Assert.Equal(Period.YearToDate(2023, 11), r.Period));
        Assert.All(rates, r => Assert.Equal("country_table_2023_11.csv:6", r.Evidence));
    }
}
