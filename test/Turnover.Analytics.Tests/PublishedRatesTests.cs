using Turnover.Analytics;
using Turnover.Analytics.Forecasting;
using Turnover.Analytics.Targets;
using Turnover.Core;
using Turnover.Core.Targets;

namespace Turnover.Analytics.Tests;

/// <summary>
/// Published rates beside computed ones, suspect levels and "at this rate" on printed rates, on China–Russia turnover
/// as China's customs published it (data/gacc/china_russia.csv: levels in USD bn, rates in percent; issue 8).
/// </summary>
public sealed class PublishedRatesTests
{
    private static readonly Country s_china = CountryCatalog.Default.FromCode(156);
    private static readonly Country s_russia = CountryCatalog.Default.FromCode(643);

    private static FlowValues Turnover(Period period, decimal billions) => new(period, null, null, billions * 1e9m);

    private static PublishedRate Rate(Period period, decimal percent) => new(s_china, s_russia, Flow.Turnover, period, percent, null, 0, "china_russia.csv");

    private static PairSeries Years(params (int Year, decimal Billions, decimal? Rate)[] years) =>
        new(s_china, s_russia, SourceKind.Gacc, Granularity.Year, [.. years.Select(y => Turnover(Period.OfYear(y.Year), y.Billions))], [])
        {
            PublishedRates = [.. years.Where(y => y.Rate is not null).Select(y => Rate(Period.OfYear(y.Year), y.Rate!.Value))],
        };

    private static Target Annual(decimal billions, int from, int deadline) =>
        new("t", s_china, s_russia, Measure.Turnover, billions * 1e9m, TargetBasis.AnnualValue, from, deadline, null, "test", new DateOnly(2011, 10, 7), "https://example.org", string.Empty);

    /// <summary>2014–2017 as the compilation keeps them: 2015 = 64.2 from one page, the printed rates around it.</summary>
    private static PairSeries Around2015() => Years((2014, 95.28m, 6.8m), (2015, 64.2m, -27.8m), (2016, 69.525m, 2.2m), (2017, 84.07m, 20.8m));

    [Fact]
    public void When_the_source_printed_a_rate_then_the_growth_row_carries_it_beside_the_computed_one()
    {
        var table = GrowthAnalysis.Analyse(Around2015(), Measure.Turnover);

        var row2016 = table.Rows.Single(r => r.Period == Period.OfYear(2016));
        Assert.Equal(8.29, (double)row2016.YoyPercent!.Value, 2); // 69.525 / 64.2 − 1
        Assert.Equal(2.2m, row2016.PublishedYoyPercent);
        Assert.Null(row2016.PublishedYearToDateYoyPercent); // an annual series has no year-to-date column
        Assert.Equal(6.8m, table.Rows[0].PublishedYoyPercent);
        Assert.Null(table.Rows[0].YoyPercent); // 2013 is not in this series
        Assert.Null(GrowthAnalysis.Analyse(Around2015(), Measure.Exports).Rows[0].PublishedYoyPercent); // rates are per flow
    }

    [Fact]
    public void When_a_monthly_series_has_a_printed_year_to_date_rate_then_the_row_carries_it()
    {
        var series = new PairSeries(s_china, s_russia, SourceKind.Gacc, Granularity.Month, [Turnover(Period.Month(2022, 11), 18.462m)],
            [Turnover(Period.YearToDate(2021, 11), 130.4m), Turnover(Period.YearToDate(2022, 11), 172.4m)])
        {
            PublishedRates = [Rate(Period.YearToDate(2022, 11), 32m)],
        };

        var row = Assert.Single(GrowthAnalysis.Analyse(series, Measure.Turnover).Rows);

        Assert.Equal(32m, row.PublishedYearToDateYoyPercent);
        Assert.Equal(32.21, (double)row.YearToDateYoyPercent!.Value, 2);
        Assert.Null(row.PublishedYoyPercent); // no rate was printed for November alone
    }

    [Fact]
    public void When_2015_disagrees_with_the_printed_rates_on_both_sides_then_2015_alone_is_suspect()
    {
        var suspect = Assert.Single(SuspectLevels.Find(Around2015()));

        Assert.Equal((Measure.Turnover, Period.OfYear(2015), 64.2e9m), (suspect.Measure, suspect.Period, suspect.ValueUsd));
        var (into, outOf) = (suspect.Checks[0], suspect.Checks[1]);
        Assert.Equal(68.792, (double)into.ImpliedLaterUsd / 1e9, 3); // 95.28 × (1 − 0.278)
        Assert.Equal(-32.62, (double)into.ComputedPercent, 2);
        Assert.Equal(68.028, (double)outOf.ImpliedEarlierUsd / 1e9, 3); // 69.525 / 1.022
        Assert.Equal(8.29, (double)outOf.ComputedPercent, 2);
        // Tolerance: 0.1 (a unit of the rate) + the levels' rounding (0.1 bn of 64.2, 0.01 of 95.28) + 0.5 for revisions.
        Assert.Equal(0.1m + (100m * (64.2m / 95.28m) * ((0.1m / 64.2m) + (0.01m / 95.28m))) + 0.5m, into.TolerancePoints);
        Assert.True(into.Fails && outOf.Fails);
    }

    [Fact]
    public void When_a_suspect_level_is_among_the_rows_then_the_growth_table_names_it_and_not_outside_its_window()
    {
        var shown = GrowthAnalysis.Analyse(Around2015(), Measure.Turnover);
        var later = GrowthAnalysis.Analyse(Around2015(), Measure.Turnover, Period.OfYear(2016));

        Assert.Equal(Period.OfYear(2015), Assert.Single(shown.Suspects).Period);
        Assert.Empty(later.Suspects); // 2016's computed +8.3% rests on it, but 2015 is not shown
        Assert.Empty(GrowthAnalysis.Analyse(Around2015(), Measure.Balance).Suspects);
        Assert.Empty(GrowthAnalysis.Analyse(Around2015(), Measure.Exports).Suspects); // the turnover's doubt is not the exports'
    }

    [Fact]
    public void When_a_suspect_level_is_a_year_to_date_then_the_month_it_ends_with_carries_it()
    {
        // A January-to-November cumulative that the rates printed for it and for a year later both place higher.
        var series = new PairSeries(s_china, s_russia, SourceKind.Gacc, Granularity.Month, [Turnover(Period.Month(2022, 11), 18.462m)],
            [Turnover(Period.YearToDate(2021, 11), 130.4m), Turnover(Period.YearToDate(2022, 11), 160m), Turnover(Period.YearToDate(2023, 11), 218.17m)])
        {
            PublishedRates = [Rate(Period.YearToDate(2022, 11), 32m), Rate(Period.YearToDate(2023, 11), 26.7m)],
        };

        var table = GrowthAnalysis.Analyse(series, Measure.Turnover, Period.Month(2022, 11), Period.Month(2022, 11));

        var suspect = Assert.Single(table.Suspects);
        Assert.Equal((Period.YearToDate(2022, 11), 160e9m), (suspect.Period, suspect.ValueUsd));
        Assert.Empty(GrowthAnalysis.Analyse(series, Measure.Turnover, Period.Month(2023, 1)).Suspects);
    }

    [Fact]
    public void When_a_level_fails_only_one_check_then_it_is_not_suspect()
    {
        // 2015 is the last year here: the check into it fails, but nothing after it confirms which level is wrong.
        Assert.Empty(SuspectLevels.Find(Years((2014, 95.28m, 6.8m), (2015, 64.2m, -27.8m))));
        // 2016–2017 pass (+20.9% from the levels against +20.8% printed): within rounding and revisions.
        Assert.False(SuspectLevels.Check(Around2015(), Measure.Turnover, Around2015().Values.ToDictionary(v => v.Period, v => v.TurnoverUsd!.Value), Period.OfYear(2017))!.Fails);
    }

    [Fact]
    public void When_both_checks_fail_the_same_way_then_it_is_a_revision_not_a_suspect_level()
    {
        // Jan–Apr 2021 40.207, 2022 51.09, 2023 73.148; printed +25.9% (2022) and +41.3% (2023): computed +27.1% and
        // +43.2%, both above the printed rates, so the printed rates imply 50.62 and 51.77 for 2022, on either side of 51.09.
        var series = new PairSeries(s_china, s_russia, SourceKind.Gacc, Granularity.Year, [],
            [Turnover(Period.YearToDate(2021, 4), 40.207m), Turnover(Period.YearToDate(2022, 4), 51.09m), Turnover(Period.YearToDate(2023, 4), 73.148m)])
        {
            PublishedRates = [Rate(Period.YearToDate(2021, 4), 19.8m), Rate(Period.YearToDate(2022, 4), 25.9m), Rate(Period.YearToDate(2023, 4), 41.3m)],
        };

        Assert.Empty(SuspectLevels.Find(series));
    }

    [Fact]
    public void When_the_year_before_is_not_in_the_data_then_at_this_rate_uses_the_printed_year_to_date_rate_and_says_why_the_others_cannot_be_made()
    {
        // As of 2014-06-01: 2013 = 89.21 (+1.1% printed), Jan–Apr 2014 = 29.05 (+3.4% printed); 2012 is not in the data.
        var series = new PairSeries(s_china, s_russia, SourceKind.Gacc, Granularity.Month, [],
            [Turnover(Period.OfYear(2013), 89.21m), Turnover(Period.YearToDate(2014, 4), 29.05m)])
        {
            PublishedRates = [Rate(Period.OfYear(2013), 1.1m), Rate(Period.YearToDate(2014, 4), 3.4m)],
        };

        var report = TargetEvaluator.Evaluate(Annual(100m, 2011, 2015), series, new DateOnly(2014, 6, 1), null, new ForecastOptions());

        var projection = Assert.Single(report.Projections);
        Assert.Equal((RateOrigin.Published, 3.4m, 2013, 89.21e9m), (projection.Origin, projection.PublishedPercent, projection.BaseYear, projection.BaseValueUsd));
        Assert.Equal(3.4, projection.GrowthPercent, 9);
        Assert.Equal(Math.Round(89.21e9m * 1.034m * 1.034m, 0), projection.DeadlineValueUsd, 0);
        Assert.Equal((ProjectionKind.YearToDate, Period.YearToDate(2014, 4), 29.05e9m, (decimal?)null), (projection.Kind, projection.Window, projection.WindowValueUsd, projection.EarlierValueUsd));
        Assert.Equal(2, report.ProjectionsNotMade.Count);
        var rolling = report.ProjectionsNotMade[0];
        Assert.Equal((ProjectionKind.Rolling12, UnmadeReason.NoRate, Period.Month(2014, 4)), (rolling.Kind, rolling.Reason, rolling.Window));
        Assert.Equal([Period.Month(2014, 4)], rolling.MissingFigures);
        var cagr = report.ProjectionsNotMade[1];
        Assert.Equal((ProjectionKind.Cagr3, UnmadeReason.NoRate, Period.OfYear(2013)), (cagr.Kind, cagr.Reason, cagr.Window));
        Assert.Equal([Period.OfYear(2010)], cagr.MissingFigures);
        Assert.Equal([Period.OfYear(2011), Period.OfYear(2012)], cagr.MissingPublishedRates);
        Assert.Equal((null, 1.1m), (report.LatestYearGrowthPercent, report.LatestYearPublishedGrowthPercent));
        Assert.Equal((null, 3.4m), (report.YearToDate!.GrowthPercent, report.YearToDate.PublishedGrowthPercent));
    }

    [Fact]
    public void When_the_levels_give_a_rate_then_it_is_used_and_the_printed_one_is_stated_beside_it()
    {
        var series = new PairSeries(s_china, s_russia, SourceKind.Gacc, Granularity.Month, [],
            [Turnover(Period.OfYear(2021), 146.887m), Turnover(Period.YearToDate(2021, 11), 130.4m), Turnover(Period.YearToDate(2022, 11), 172.4m)])
        {
            PublishedRates = [Rate(Period.YearToDate(2022, 11), 32m)],
        };

        var report = TargetEvaluator.Evaluate(Annual(200m, 2019, 2024), series, new DateOnly(2022, 12, 30), null, new ForecastOptions());

        var ytd = report.Projections.Single(p => p.Kind == ProjectionKind.YearToDate);
        Assert.Equal((RateOrigin.Computed, 32m, 2021), (ytd.Origin, ytd.PublishedPercent, ytd.BaseYear));
        Assert.Equal(32.21, ytd.GrowthPercent, 2);
        Assert.Equal((Period.YearToDate(2022, 11), 172.4e9m, 130.4e9m, 146.887e9m), (ytd.Window, ytd.WindowValueUsd, ytd.EarlierValueUsd, ytd.BaseValueUsd));
    }

    [Fact]
    public void When_the_first_year_of_the_cagr_is_missing_then_the_printed_rates_of_the_three_years_are_chained()
    {
        // 2021 = 146.887 bn; printed 2019 +3.4%, 2020 −2.9%, 2021 +35.8%; 2018 is not in this series.
        var series = new PairSeries(s_china, s_russia, SourceKind.Gacc, Granularity.Month, [], [Turnover(Period.OfYear(2021), 146.887m)])
        {
            PublishedRates = [Rate(Period.OfYear(2019), 3.4m), Rate(Period.OfYear(2020), -2.9m), Rate(Period.OfYear(2021), 35.8m)],
        };

        var report = TargetEvaluator.Evaluate(Annual(200m, 2019, 2024), series, new DateOnly(2022, 2, 1), null, new ForecastOptions());

        var cagr = report.Projections.Single(p => p.Kind == ProjectionKind.Cagr3);
        Assert.Equal(RateOrigin.Published, cagr.Origin);
        Assert.Equal((Math.Pow(1.034 * 0.971 * 1.358, 1 / 3.0) - 1) * 100, cagr.GrowthPercent, 9);
        Assert.Equal((2021, 146.887e9m), (cagr.BaseYear, cagr.BaseValueUsd));
        Assert.Equal([3.4m, -2.9m, 35.8m], cagr.ChainedPublishedPercents);
        Assert.Contains(report.ProjectionsNotMade, p => p.Kind == ProjectionKind.Rolling12);
    }
}
