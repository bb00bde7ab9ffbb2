using Turnover.Analytics.Forecasting;
using Turnover.Core;

namespace Turnover.Analytics.Tests.Forecasting;

/// <summary>China–Russia monthly turnover as published by China's customs (USD bn), with its real gap in 2024.</summary>
public sealed class MonthlyStepsTests
{
    private static readonly Country s_china = CountryCatalog.Default.FromCode(156);
    private static readonly Country s_russia = CountryCatalog.Default.FromCode(643);

    private static PairSeries Series(params (Period Period, decimal Billions)[] values) =>
        new(s_china, s_russia, SourceKind.Gacc, Granularity.Month, values.Select(v => new FlowValues(v.Period, null, null, v.Billions * 1e9m)).ToList(), []);

    [Fact]
    public void When_january_and_february_are_combined_then_a_year_has_eleven_steps_and_gaps_stay_missing()
    {
        var series = Series(
            (Period.Month(2023, 12), 21.94m), (Period.Span(2024, 1, 2), 37.01m), (Period.Month(2024, 5), 19.8m), (Period.Month(2024, 6), 20.249m));

        var steps = MonthlySteps.Build(series, Measure.Turnover)!;

        Assert.True(steps.CombinedJanuaryFebruary);
        Assert.Equal(11, steps.Series.SeasonLength);
        Assert.Equal(["2023-12", "2024-01..02", "2024-03", "2024-04", "2024-05", "2024-06"], steps.Periods.Select(p => p.ToString()));
        Assert.Equal([21.94e9, 37.01e9 / 2, null, null, 19.8e9, 20.249e9], steps.Series.Values); // per month: Jan–Feb halved, not split
        Assert.Equal(4, steps.Series.ObservedCount);
    }

    [Fact]
    public void When_a_combined_january_february_runs_low_against_the_months_around_it_then_the_model_sees_it_adjusted_and_the_total_comes_back()
    {
        // Ten a month from July 2022 to July 2023 and in March 2024; Jan–Feb 2023 16 (8 a month: 0.8 of its neighbours),
        // Jan–Feb 2024 14 (only one month after it is known, so it does not count towards the factor).
        var ten = new[] { 7, 8, 9, 10, 11, 12 }.Select(m => (Period.Month(2022, m), 10m))
            .Concat(new[] { 3, 4, 5, 6, 7 }.Select(m => (Period.Month(2023, m), 10m)));
        var series = Series([.. ten, (Period.Span(2023, 1, 2), 16m), (Period.Span(2024, 1, 2), 14m), (Period.Month(2024, 3), 10m)]);

        var steps = MonthlySteps.Build(series, Measure.Turnover)!;

        Assert.Equal(0.8, steps.JanuaryFebruaryFactor, 12);
        var janFeb2024 = steps.Periods.ToList().IndexOf(Period.Span(2024, 1, 2));
        Assert.Equal(10e9, steps.Series.Values[steps.Periods.ToList().IndexOf(Period.Span(2023, 1, 2))]!.Value, 3);
        Assert.Equal(8.75e9, steps.Series.Values[janFeb2024]!.Value, 3);
        Assert.Equal(14e9, steps.Total(Period.Span(2024, 1, 2), steps.Series.Values[janFeb2024]!.Value), 3);
        Assert.Equal(10e9, steps.Total(Period.Month(2024, 3), 10e9), 3);
    }

    [Fact]
    public void When_steps_run_to_a_year_end_then_future_periods_follow_the_same_calendar()
    {
        var steps = MonthlySteps.Build(Series((Period.Span(2024, 1, 2), 37.01m), (Period.Month(2024, 11), 20.14m)), Measure.Turnover)!;

        Assert.Equal(1, steps.StepsUntilEndOf(2024));
        Assert.Equal(12, steps.StepsUntilEndOf(2025));
        Assert.Equal(["2024-12", "2025-01..02", "2025-03"], steps.Future(3).Select(p => p.ToString()));
    }

    [Fact]
    public void When_steps_are_built_then_the_series_knows_where_its_years_end()
    {
        // China's combined Jan–Feb is the year's first of 11 steps: a series from December has one step before its first year end.
        var combined = MonthlySteps.Build(Series((Period.Month(2023, 12), 21.94m), (Period.Span(2024, 1, 2), 37.01m), (Period.Month(2024, 3), 19.8m)), Measure.Turnover)!;
        var fromMay = MonthlySteps.Build(Series((Period.Month(2024, 5), 19.8m), (Period.Month(2024, 6), 20.249m), (Period.Span(2025, 1, 2), 37m)), Measure.Turnover)!;
        var single = MonthlySteps.Build(Series((Period.Month(2023, 3), 10m), (Period.Month(2024, 2), 11m)), Measure.Turnover)!;

        Assert.Equal((10, 1), (combined.Series.FirstStepInYear!.Value, combined.Series.StepsThroughLastYearEnd!.Value));
        Assert.Equal((3, 8), (fromMay.Series.FirstStepInYear!.Value, fromMay.Series.StepsThroughLastYearEnd!.Value)); // May–Dec 2024
        Assert.Equal((2, 10), (single.Series.FirstStepInYear!.Value, single.Series.StepsThroughLastYearEnd!.Value)); // March–December 2023
    }

    [Fact]
    public void When_months_are_published_singly_then_the_season_is_twelve()
    {
        var series = new PairSeries(s_china, s_russia, SourceKind.UsCensus, Granularity.Month,
            [new FlowValues(Period.Month(2019, 11), 1e9m, 2e9m, null), new FlowValues(Period.Month(2019, 12), 1e9m, null, null)], []);

        var steps = MonthlySteps.Build(series, Measure.Turnover)!;

        Assert.Equal(12, steps.Series.SeasonLength);
        Assert.Equal([3e9], steps.Series.Values); // December has no imports, so no turnover: the steps end at the last observed one
        Assert.Null(MonthlySteps.Build(series with { Values = [] }, Measure.Turnover));
    }
}
