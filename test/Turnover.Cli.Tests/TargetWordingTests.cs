using Turnover.Analytics.Forecasting;
using Turnover.Analytics.Targets;
using Turnover.Cli.Rendering;
using Turnover.Core;
using Turnover.Core.Targets;
using Turnover.Presentation.Wording;

namespace Turnover.Cli.Tests;

/// <summary>
/// The words for what the target analysis returns as data (projection bases, projections not made, gap rows,
/// valuation): the sentences the analysis used to build, now the renderer's. The China–Russia figures are those of
/// the bundled GACC compilation; the US–China gap series are constructed round numbers (the bundled data holds no
/// pair both sides report), not data.
/// </summary>
public sealed class TargetWordingTests
{
    private static readonly Country s_china = CountryCatalog.Default.FromCode(156);
    private static readonly Country s_russia = CountryCatalog.Default.FromCode(643);
    private static readonly Country s_usa = CountryCatalog.Default.FromCode(842);

    private static FlowValues Turnover(Period period, decimal billions) => new(period, null, null, billions * 1e9m);

    private static PublishedRate Rate(Period period, decimal percent) => new(s_china, s_russia, Flow.Turnover, period, percent, null, 0, "china_russia.csv");

    private static Target Annual(decimal billions, int from, int deadline) =>
        new("t", s_china, s_russia, Measure.Turnover, billions * 1e9m, TargetBasis.AnnualValue, from, deadline, null, "test", new DateOnly(from, 1, 1), "https://example.org", string.Empty);

    private static TargetReport As2014() => TargetEvaluator.Evaluate(
        Annual(100m, 2011, 2015),
        new PairSeries(s_china, s_russia, SourceKind.Gacc, Granularity.Month, [], [Turnover(Period.OfYear(2013), 89.21m), Turnover(Period.YearToDate(2014, 4), 29.05m)])
        {
            PublishedRates = [Rate(Period.OfYear(2013), 1.1m), Rate(Period.YearToDate(2014, 4), 3.4m)],
        },
        new DateOnly(2014, 6, 1), null, new ForecastOptions());

    [Fact]
    public void When_a_published_rate_is_used_then_the_explanation_says_so_and_why_the_others_were_not_made()
    {
        var report = As2014();

        Assert.Equal(
            "published: Jan–Apr 2014 was +3.4% on Jan–Apr 2013 as printed (Jan–Apr 2013 is not in the data); applied to 2013's total (89.21 bn) for 2014, and to each later year",
            TargetWording.Explanation(Assert.Single(report.Projections)));
        Assert.Equal(
            [
                ("rolling 12 months", "no rate: the 12 months to 2014-04 are not all in the data, and no rolling rate is published"),
                ("CAGR of the last 3 years", "no rate: the total of 2010 is not in the data, and no growth rate was published for 2011, 2012"),
            ],
            report.ProjectionsNotMade.Select(u => (TargetWording.Name(u.Kind), TargetWording.Reason(u))));
    }

    [Fact]
    public void When_two_totals_are_missing_for_the_cagr_then_the_reason_names_both_in_the_plural()
    {
        // Russia's side of China–Russia: 2020 and January–October 2023 only ("the total of 2019 and 2022 is not in the data").
        var report = TargetEvaluator.Evaluate(
            Annual(200m, 2019, 2024),
            new PairSeries(s_russia, s_china, SourceKind.Fcs, Granularity.Month, [], [Turnover(Period.OfYear(2020), 104m), Turnover(Period.YearToDate(2023, 10), 186m)]),
            new DateOnly(2026, 12, 6), null, new ForecastOptions());

        var cagr = report.ProjectionsNotMade.Single(u => u.Kind == ProjectionKind.Cagr3);
        Assert.Equal("no rate: the totals of 2019 and 2022 are not in the data, and no growth rate was published for 2020, 2021, 2022", TargetWording.Reason(cagr));
    }

    [Fact]
    public void When_a_projection_cannot_be_made_then_the_verdict_sentence_names_it_and_the_missing_figure()
    {
        var report = As2014();

        Assert.Equal(
            "open: no \"at this rate\" projection reaches $100 bn by 2015 (no model run; no projection from the rolling 12 months: the 12 months to 2014-04 "
            + "are not all in the data; no projection from the CAGR of the last 3 years: 2010's total is not in the data)",
            TargetWording.Verdict(report, CommandLineHints.Instance));
    }

    [Fact]
    public void When_no_projection_is_missing_then_the_verdict_sentence_is_the_verdicts_own()
    {
        var report = As2014() with { ProjectionsNotMade = [] };

        Assert.Equal(TargetWording.Judgement(report, CommandLineHints.Instance), TargetWording.Verdict(report, CommandLineHints.Instance));
    }

    [Fact]
    public void When_the_levels_give_the_rate_then_the_printed_one_is_stated_beside_it()
    {
        var series = new PairSeries(s_china, s_russia, SourceKind.Gacc, Granularity.Month, [],
            [Turnover(Period.OfYear(2021), 146.887m), Turnover(Period.YearToDate(2021, 11), 130.4m), Turnover(Period.YearToDate(2022, 11), 172.4m)])
        {
            PublishedRates = [Rate(Period.YearToDate(2022, 11), 32m)],
        };

        var report = TargetEvaluator.Evaluate(Annual(200m, 2019, 2024), series, new DateOnly(2022, 12, 30), null, new ForecastOptions());

        Assert.StartsWith(
            "computed: Jan–Nov 2022 was +32.2% on Jan–Nov 2021 (published: +32%);",
            TargetWording.Explanation(report.Projections.Single(p => p.Kind == ProjectionKind.YearToDate)),
            StringComparison.Ordinal);
    }

    [Fact]
    public void When_two_sides_are_compared_then_rows_months_and_valuation_are_worded_as_before()
    {
        var target = new Target("t", s_usa, s_china, Measure.Exports, 200e9m, TargetBasis.Increment, 2020, 2021, 2017, "test", new DateOnly(2020, 1, 15), "https://example.org", string.Empty);
        var us = new PairSeries(s_usa, s_china, SourceKind.UsCensus, Granularity.Month,
            [new FlowValues(Period.OfYear(2017), 100e9m, null, null), new FlowValues(Period.OfYear(2020), 110e9m, null, null), new FlowValues(Period.Span(2021, 1, 6), 70e9m, null, null)], []);
        var china = new PairSeries(s_china, s_usa, SourceKind.Gacc, Granularity.Month, [],
            [new FlowValues(Period.OfYear(2017), null, 120e9m, null), new FlowValues(Period.OfYear(2020), null, 121e9m, null), new FlowValues(Period.YearToDate(2021, 6), null, 77e9m, null)]);

        var gap = StatisticsGapAnalysis.Compare(target, china, us);

        Assert.Equal(
            [("baseline year 2017", "2017"), ("year 2020", "2020"), ("year to date 2021", "2021-01..06"), ("increment over 2017, 2020 to 2021-06", "2020-01..2021-06")],
            gap.Rows.Select(r => (TargetWording.What(r, target), TargetWording.Months(r))));
        Assert.StartsWith(
            $"China's imports are valued CIF (with freight and insurance) and {s_usa.Name}'s exports at f.a.s. value (free alongside ship at the US port), so the importer's figure is usually higher;",
            TargetWording.Explanation(gap),
            StringComparison.Ordinal);
    }
}
