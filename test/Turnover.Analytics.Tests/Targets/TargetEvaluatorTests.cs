using Turnover.Analytics.Forecasting;
using Turnover.Analytics.Targets;
using Turnover.Core;
using Turnover.Core.Targets;

namespace Turnover.Analytics.Tests.Targets;

/// <summary>Targets judged on China–Russia turnover as published by China's customs (data/gacc/china_russia.csv), USD bn.</summary>
public sealed class TargetEvaluatorTests
{
    private static readonly Country s_china = CountryCatalog.Default.FromCode(156);
    private static readonly Country s_russia = CountryCatalog.Default.FromCode(643);

    private static Target Annual(decimal billions, int from, int deadline, DateOnly announced) =>
        new("t", s_china, s_russia, Measure.Turnover, billions * 1e9m, TargetBasis.AnnualValue, from, deadline, null, "test", announced, "https://example.org", string.Empty);

    private static FlowValues Turnover(Period period, decimal billions) => new(period, null, null, billions * 1e9m);

    private static PairSeries Cumulatives(params (Period Period, decimal Billions)[] ytd) =>
        new(s_china, s_russia, SourceKind.Gacc, Granularity.Month, [], ytd.Select(v => Turnover(v.Period, v.Billions)).ToList());

    /// <summary>What China's customs had published by 30 December 2022 (the day of the article).</summary>
    private static PairSeries PublishedBy30December2022() => Cumulatives(
        (Period.OfYear(2018), 107.06m), (Period.OfYear(2019), 110.75m), (Period.OfYear(2020), 107.76m), (Period.OfYear(2021), 146.887m),
        (Period.YearToDate(2021, 11), 130.4m), (Period.YearToDate(2022, 11), 172.4m));

    [Fact]
    public void When_a_year_to_date_total_passes_the_amount_then_the_target_is_met_in_that_month()
    {
        var series = Cumulatives((Period.OfYear(2022), 190.271m), (Period.YearToDate(2023, 10), 196.48m), (Period.YearToDate(2023, 11), 218.17m));

        var report = TargetEvaluator.Evaluate(Annual(200m, 2019, 2024, new DateOnly(2019, 9, 17)), series, new DateOnly(2024, 1, 1), null, new ForecastOptions());

        Assert.Equal(TargetVerdict.Met, report.Verdict);
        Assert.Equal(Period.Month(2023, 11), report.MetIn);
        Assert.Equal(13, report.MonthsBeforeDeadline);
        Assert.Equal(218.17e9m, report.OutcomeUsd);
    }

    [Theory]
    [InlineData(200)] // the real target: 188.887 of 200 is 94.4435 %, not 94.4
    [InlineData(188.9)] // 13 million short: 99.993 %, which rounded to one decimal read 100.0 while not met
    public void When_progress_is_measured_then_it_is_the_exact_share_of_the_amount_not_a_rounded_one(decimal billions)
    {
        var report = TargetEvaluator.Evaluate(Annual(billions, 2019, 2024, new DateOnly(2019, 9, 17)), PublishedBy30December2022(), new DateOnly(2022, 12, 30), null, new ForecastOptions());

        Assert.Equal(188.887e9m, report.AchievedUsd); // the 12 months to 2022-11: 146.887 − 130.4 + 172.4
        Assert.Equal(188.887e9m / (billions * 1e9m) * 100m, report.ProgressPercent);
        Assert.True(report.ProgressPercent < 100m);
    }

    [Fact]
    public void When_the_deadline_year_ended_short_then_the_target_is_missed_by_the_shortfall()
    {
        var series = Cumulatives((Period.OfYear(2013), 89.21m), (Period.OfYear(2014), 95.28m), (Period.OfYear(2015), 64.2m));

        var report = TargetEvaluator.Evaluate(Annual(100m, 2011, 2015, new DateOnly(2011, 10, 7)), series, new DateOnly(2016, 6, 1), null, new ForecastOptions());

        Assert.Equal(TargetVerdict.Missed, report.Verdict);
        Assert.Equal(64.2e9m, report.OutcomeUsd);
    }

    [Fact]
    public void When_the_outcome_is_a_level_its_own_printed_rates_contradict_then_a_caveat_names_it_with_the_evidence()
    {
        // 2015's 64.2 bn (one page) against -27.8 % printed on 2014's 95.28 and +2.2 % printed on it for 2016's 69.525.
        PublishedRate Rate(int year, decimal percent, int line) => new(s_china, s_russia, Flow.Turnover, Period.OfYear(year), percent, null, line, "https://example.org");
        var series = Cumulatives((Period.OfYear(2014), 95.28m), (Period.OfYear(2015), 64.2m), (Period.OfYear(2016), 69.525m)) with
        {
            PublishedRates = [Rate(2015, -27.8m, 15), Rate(2016, 2.2m, 18)],
        };

        var report = TargetEvaluator.Evaluate(Annual(100m, 2011, 2015, new DateOnly(2011, 10, 7)), series, new DateOnly(2017, 6, 1), null, new ForecastOptions());
        var beforeTheNextRate = TargetEvaluator.Evaluate(Annual(100m, 2011, 2015, new DateOnly(2011, 10, 7)), series with { PublishedRates = [Rate(2015, -27.8m, 15)] }, new DateOnly(2016, 6, 1), null, new ForecastOptions());

        var suspect = Assert.Single(Assert.Single(report.Caveats.OfType<SuspectLevelsUsed>()).Levels);
        Assert.Equal((Period.OfYear(2015), 64.2e9m, 2), (suspect.Period, suspect.ValueUsd, suspect.Checks.Count));
        Assert.Equal(TargetVerdict.Missed, report.Verdict); // shown as stored
        Assert.Empty(beforeTheNextRate.Caveats.OfType<SuspectLevelsUsed>()); // one failing check is not enough
    }

    [Fact]
    public void When_a_missed_target_is_reached_in_a_later_year_then_the_first_such_month_is_named()
    {
        var series = Cumulatives(
            (Period.OfYear(2015), 64.2m), (Period.OfYear(2016), 69.525m), (Period.OfYear(2017), 84.07m),
            (Period.YearToDate(2018, 11), 97.2m), (Period.OfYear(2018), 107.06m), (Period.OfYear(2019), 110.75m));

        var report = TargetEvaluator.Evaluate(Annual(100m, 2011, 2015, new DateOnly(2011, 10, 7)), series, new DateOnly(2020, 6, 1), null, new ForecastOptions());

        Assert.Equal(TargetVerdict.Missed, report.Verdict);
        Assert.Equal(64.2e9m, report.OutcomeUsd);
        Assert.Equal(110.75e9m, report.AchievedUsd); // today's measure, not the outcome
        Assert.Equal((Period.Month(2018, 12), 107.06e9m), (report.ReachedAfterDeadline!.Month, report.ReachedAfterDeadline.ValueUsd));
        Assert.Empty(report.ReachedAfterDeadline.YearsNotInFigures);
    }

    [Fact]
    public void When_years_after_the_deadline_are_not_in_the_figures_then_the_late_crossing_names_them()
    {
        var series = Cumulatives((Period.OfYear(2015), 63.6m), (Period.OfYear(2020), 104m));

        var report = TargetEvaluator.Evaluate(Annual(100m, 2011, 2015, new DateOnly(2011, 10, 7)), series, new DateOnly(2021, 6, 1), null, new ForecastOptions());

        Assert.Equal(Period.Month(2020, 12), report.ReachedAfterDeadline!.Month);
        Assert.Equal([2016, 2017, 2018, 2019], report.ReachedAfterDeadline.YearsNotInFigures);
    }

    [Fact]
    public void When_a_missed_target_is_never_reached_later_then_there_is_no_late_crossing()
    {
        var series = Cumulatives((Period.OfYear(2020), 107.76m), (Period.OfYear(2021), 146.887m), (Period.YearToDate(2022, 11), 172.4m));

        var report = TargetEvaluator.Evaluate(Annual(200m, 2011, 2020, new DateOnly(2011, 10, 7)), series, new DateOnly(2022, 12, 30), null, new ForecastOptions());

        Assert.Equal(TargetVerdict.Missed, report.Verdict);
        Assert.Null(report.ReachedAfterDeadline);
    }

    [Fact]
    public void When_the_figures_allow_neither_a_model_nor_a_projection_then_the_verdict_is_open_not_a_chance()
    {
        // Russia's side as the bundled mirror file has it: scattered years and one year to date.
        var series = Cumulatives((Period.OfYear(2013), 88.8m), (Period.OfYear(2015), 63.6m), (Period.OfYear(2020), 104m), (Period.YearToDate(2023, 10), 186m));

        var report = TargetEvaluator.Evaluate(Annual(300m, 2024, 2030, new DateOnly(2024, 5, 16)), series, new DateOnly(2024, 6, 1), null, new ForecastOptions());

        Assert.Empty(report.Projections);
        Assert.NotEmpty(report.ProjectionsNotMade);
        Assert.Null(report.Model);
        Assert.Equal(TargetVerdict.Open, report.Verdict);
    }

    [Fact]
    public void When_judged_on_the_day_of_the_article_then_the_projections_are_the_speakers_rates()
    {
        var report = TargetEvaluator.Evaluate(Annual(200m, 2019, 2024, new DateOnly(2019, 9, 17)), PublishedBy30December2022(), new DateOnly(2022, 12, 30), null, new ForecastOptions());

        Assert.Null(report.MetIn);
        Assert.Equal((2021, 146.887e9m), report.LatestYear);
        Assert.Equal(Period.YearToDate(2022, 11), report.YearToDate!.Through);
        Assert.Equal(((172.4m / 130.4m) - 1) * 100, report.YearToDate.GrowthPercent);
        Assert.Equal(10.84, report.RequiredGrowthPercent!.Value, 2); // (200 / 146.887)^(1/3) − 1

        var ytd = Assert.Single(report.Projections, p => p.Kind == ProjectionKind.YearToDate);
        Assert.Equal(32.21, ytd.GrowthPercent, 2);
        Assert.Equal(2023, ytd.CrossingYear); // 146.887 × 1.322 = 194.2 in 2022, 256.7 in 2023
        var cagr = Assert.Single(report.Projections, p => p.Kind == ProjectionKind.Cagr3);
        Assert.Equal(11.12, cagr.GrowthPercent, 2); // 107.06 → 146.887 over 2018–2021
        Assert.Equal(2024, cagr.CrossingYear);
        Assert.Equal(TargetVerdict.OnTrack, report.Verdict);
    }

    [Fact]
    public void When_the_reporter_is_the_second_side_then_exports_are_read_as_its_imports()
    {
        var target = new Target("x", s_russia, s_china, Measure.Exports, 1e9m, TargetBasis.AnnualValue, 2020, 2024, null, "test", new DateOnly(2020, 1, 1), "u", string.Empty);

        Assert.Equal(Measure.Imports, TargetEvaluator.MeasureFor(target, s_china));
        Assert.Equal(Measure.Exports, TargetEvaluator.MeasureFor(target, s_russia));
        Assert.Equal(Measure.Turnover, TargetEvaluator.MeasureFor(target with { Metric = Measure.Turnover }, s_china));
    }

    [Fact]
    public void When_no_figure_was_published_by_the_date_then_the_verdict_is_no_data()
    {
        var report = TargetEvaluator.Evaluate(Annual(200m, 2019, 2024, new DateOnly(2019, 9, 17)), Cumulatives(), new DateOnly(2022, 1, 1), null, new ForecastOptions());

        Assert.Equal(TargetVerdict.NoData, report.Verdict);
        Assert.Equal(new NoFiguresPublished(Measure.Turnover, s_russia), report.NoData);
        Assert.Empty(report.Projections);
    }

    [Fact]
    public void When_a_cumulative_target_sums_years_then_progress_counts_from_the_first_year()
    {
        var target = Annual(300m, 2021, 2022, new DateOnly(2021, 1, 1)) with { Basis = TargetBasis.Cumulative };
        var series = Cumulatives((Period.OfYear(2020), 107.76m), (Period.OfYear(2021), 146.887m), (Period.YearToDate(2022, 11), 172.4m));

        var report = TargetEvaluator.Evaluate(target, series, new DateOnly(2022, 12, 30), null, new ForecastOptions());

        Assert.Equal((146.887m + 172.4m) * 1e9m, report.AchievedUsd);
        Assert.Equal(Period.Month(2022, 11), report.MetIn); // 319.3 ≥ 300 with November
    }

    /// <summary>US exports to China as summed from the bundled Census table (USD bn), which ends in 2019.</summary>
    private static PairSeries CensusExportsToChina() => new(
        CountryCatalog.Default.FromCode(842), s_china, SourceKind.UsCensus, Granularity.Month,
        [new FlowValues(Period.OfYear(2017), 129.9973m * 1e9m, null, null), new FlowValues(Period.OfYear(2018), 120.2813m * 1e9m, null, null), new FlowValues(Period.OfYear(2019), 106.4813m * 1e9m, null, null)],
        []);

    private static Target PhaseOne() => new(
        "phase-one", CountryCatalog.Default.FromCode(842), s_china, Measure.Exports, 200e9m, TargetBasis.Increment, 2020, 2021, 2017, "test", new DateOnly(2020, 1, 15), "u", string.Empty);

    [Fact]
    public void When_the_counted_years_have_not_begun_then_an_increment_target_has_no_progress_yet()
    {
        var report = TargetEvaluator.Evaluate(PhaseOne(), CensusExportsToChina(), new DateOnly(2020, 3, 1), null, new ForecastOptions());

        Assert.Equal(0m, report.AchievedUsd);
        Assert.Equal((2017, 129.9973e9m), report.Baseline);
        Assert.NotEqual(TargetVerdict.Undetermined, report.Verdict);
    }

    [Fact]
    public void When_the_deadline_passed_but_its_figures_are_missing_then_the_verdict_is_undetermined_not_open()
    {
        var report = TargetEvaluator.Evaluate(PhaseOne(), CensusExportsToChina(), new DateOnly(2026, 11, 28), null, new ForecastOptions());

        Assert.Equal(TargetVerdict.Undetermined, report.Verdict);
        Assert.Equal(Period.Month(2019, 12), report.LatestFigure);
        Assert.Null(report.OutcomeUsd);
    }

    [Fact]
    public void When_the_latest_figure_is_long_before_the_date_then_the_report_says_the_months_since_are_simulated()
    {
        var target = Annual(300m, 2023, 2030, new DateOnly(2023, 11, 20));
        var series = Cumulatives((Period.OfYear(2023), 240.11m), (Period.OfYear(2024), 244.81m));

        var stale = TargetEvaluator.Evaluate(target, series, new DateOnly(2026, 11, 28), null, new ForecastOptions());
        var fresh = TargetEvaluator.Evaluate(target, series, new DateOnly(2025, 2, 1), null, new ForecastOptions());

        Assert.Equal(Period.Month(2024, 12), stale.LatestFigure);
        Assert.Equal(new StaleFigures(Period.Month(2024, 12), 22), Assert.Single(stale.Caveats));
        Assert.Empty(fresh.Caveats);
    }

    [Fact]
    public void When_figures_were_summed_from_product_lines_then_the_caveat_says_they_are_totals_only_if_complete()
    {
        // US exports to China 2017 as the sum of the 97 HS2 chapters of the bundled legacy Comtrade file (USD).
        var series = new PairSeries(
            CountryCatalog.Default.FromCode(842), s_china, SourceKind.Comtrade, Granularity.Month,
            [new FlowValues(Period.OfYear(2017), 129_893_514_886m, null, null)], [])
        {
            Summed = [new SummedTotal(Period.OfYear(2017), Flow.Export, 97, 2, 2)],
        };

        var report = TargetEvaluator.Evaluate(PhaseOne(), series, new DateOnly(2018, 3, 1), null, new ForecastOptions());

        var summed = Assert.IsType<SummedFigures>(Assert.Single(report.Caveats));
        Assert.Equal(1, summed.Count);
        Assert.Equal([2], summed.CoarsestDigits);
    }
}
