using Turnover.Analytics;
using Turnover.Core;

namespace Turnover.Analytics.Tests;

/// <summary>Growth arithmetic on China–Russia turnover as published by China's customs (data/gacc/china_russia.csv), USD bn.</summary>
public sealed class GrowthAnalysisTests
{
    private static readonly Country s_china = CountryCatalog.Default.FromCode(156);
    private static readonly Country s_russia = CountryCatalog.Default.FromCode(643);

    private static FlowValues Turnover(Period period, decimal billions) => new(period, null, null, billions * 1e9m);

    private static PairSeries Series(Granularity granularity, IEnumerable<FlowValues> values, IEnumerable<FlowValues>? ytd = null) =>
        new(s_china, s_russia, SourceKind.Gacc, granularity, values.ToList(), (ytd ?? []).ToList());

    [Fact]
    public void When_two_years_are_published_then_yoy_matches_the_published_growth()
    {
        var series = Series(Granularity.Year, [Turnover(Period.OfYear(2021), 146.887m), Turnover(Period.OfYear(2022), 190.271m)]);

        var table = GrowthAnalysis.Analyse(series, Measure.Turnover);

        Assert.Null(table.Rows[0].YoyPercent);
        Assert.Equal(29.5, (double)table.Rows[1].YoyPercent!.Value, 1); // GACC said +29.3% (computed on unrounded values)
        Assert.NotNull(table.Cagr);
        Assert.Equal((2021, 2022), (table.Cagr!.FromYear, table.Cagr.ToYear));
        Assert.Equal((double)table.Rows[1].YoyPercent!.Value, table.Cagr.RatePercent, 9);
    }

    [Fact]
    public void When_months_are_missing_then_ytd_and_rolling_12_come_from_published_cumulatives()
    {
        var months = new[] { Turnover(Period.Month(2022, 10), 17.637m), Turnover(Period.Month(2022, 11), 18.2m) };
        var ytd = new[]
        {
            Turnover(Period.YearToDate(2021, 10), 115.66m), Turnover(Period.YearToDate(2021, 11), 130.4m), Turnover(Period.OfYear(2021), 146.887m),
            Turnover(Period.YearToDate(2022, 10), 153.938m), Turnover(Period.YearToDate(2022, 11), 172.4m),
        };

        var table = GrowthAnalysis.Analyse(Series(Granularity.Month, months, ytd), Measure.Turnover);

        var november = table.Rows[1];
        Assert.Equal(172.4e9m, november.YearToDate);
        Assert.Equal(((172.4m / 130.4m) - 1m) * 100m, november.YearToDateYoyPercent);
        Assert.Equal((172.4m + 146.887m - 130.4m) * 1e9m, november.Rolling12);
        Assert.Null(november.YoyPercent); // November 2021 alone was not published
        Assert.Null(november.Rolling12YoyPercent); // needs 2020 cumulatives
    }

    [Fact]
    public void When_january_and_february_are_combined_then_january_alone_has_no_year_to_date()
    {
        var values = new[] { Turnover(Period.Span(2023, 1, 2), 33.685m), Turnover(Period.Month(2023, 3), 20.064m) };

        var table = GrowthAnalysis.Analyse(Series(Granularity.Month, values), Measure.Turnover);

        Assert.Equal(33.685e9m, table.Rows[0].YearToDate);
        Assert.Equal((33.685m + 20.064m) * 1e9m, table.Rows[1].YearToDate);
    }

    [Fact]
    public void When_the_measure_is_a_balance_then_no_percent_growth_is_computed()
    {
        var values = new[]
        {
            new FlowValues(Period.OfYear(2022), 76.122m * 1e9m, 114.149m * 1e9m, null),
            new FlowValues(Period.OfYear(2023), 111m * 1e9m, 129.1m * 1e9m, null),
        };

        var table = GrowthAnalysis.Analyse(Series(Granularity.Year, values), Measure.Balance);

        Assert.Equal(-38.027e9m, table.Rows[0].Value);
        Assert.Equal(-18.1e9m, table.Rows[1].Value);
        Assert.All(table.Rows, r => Assert.Null(r.YoyPercent));
        Assert.Null(table.Cagr);
    }

    [Fact]
    public void When_a_range_is_given_then_rows_outside_it_are_left_out_but_still_serve_as_base()
    {
        var series = Series(Granularity.Year, [Turnover(Period.OfYear(2021), 146.887m), Turnover(Period.OfYear(2022), 190.271m)]);

        var table = GrowthAnalysis.Analyse(series, Measure.Turnover, Period.OfYear(2022), Period.OfYear(2022));

        var row = Assert.Single(table.Rows);
        Assert.NotNull(row.YoyPercent);
        Assert.Null(table.Cagr);
    }

    [Fact]
    public void When_the_range_ends_before_december_then_that_year_does_not_enter_the_cagr()
    {
        var months = new[] { Turnover(Period.Month(2022, 11), 18.2m), Turnover(Period.Month(2023, 3), 20.064m) };
        var ytd = new[] { Turnover(Period.OfYear(2022), 190.271m), Turnover(Period.OfYear(2023), 240.11m) };

        var table = GrowthAnalysis.Analyse(Series(Granularity.Month, months, ytd), Measure.Turnover, to: Period.Month(2023, 3));

        Assert.Null(table.Cagr); // only 2022's December is inside Nov 2022 – Mar 2023
    }

    [Fact]
    public void When_a_month_has_no_figure_but_its_cumulative_was_published_then_its_row_shows_the_cumulative_alone()
    {
        // China's customs, 2024: Jan–Feb and May reported, no March or April, but a Jan–Apr cumulative of $75 bn.
        var months = new[] { Turnover(Period.Span(2024, 1, 2), 37.01m), Turnover(Period.Month(2024, 5), 19.8m) };
        var ytd = new[] { Turnover(Period.YearToDate(2024, 2), 37.01m), Turnover(Period.YearToDate(2024, 4), 75m), Turnover(Period.YearToDate(2024, 5), 96.5m) };

        var table = GrowthAnalysis.Analyse(Series(Granularity.Month, months, ytd), Measure.Turnover);

        Assert.Equal([Period.Span(2024, 1, 2), Period.Month(2024, 4), Period.Month(2024, 5)], table.Rows.Select(r => r.Period));
        var april = table.Rows[1];
        Assert.Null(april.Value);
        Assert.Equal(75e9m, april.YearToDate);
        Assert.Equal([Period.Month(2024, 3), Period.Month(2024, 4)], table.MissingPeriods);
    }

    [Fact]
    public void When_a_quarter_lacks_a_month_then_the_cumulatives_at_its_end_and_the_quarter_befores_give_it_labelled()
    {
        // China's customs, 2024: the third quarter from its months, no October, Jan–Sep $180.3 bn and the year $244.819 bn.
        var quarters = new[] { Turnover(Period.Quarter(2023, 4), 63.24m), Turnover(Period.Quarter(2024, 3), 63.2m) };
        var ytd = new[] { Turnover(Period.YearToDate(2024, 8), 158.47m), Turnover(Period.YearToDate(2024, 9), 180.3m), Turnover(Period.OfYear(2024), 244.819m) };

        var table = GrowthAnalysis.Analyse(Series(Granularity.Quarter, quarters, ytd), Measure.Turnover);

        Assert.Equal([Period.Quarter(2023, 4), Period.Quarter(2024, 3), Period.Quarter(2024, 4)], table.Rows.Select(r => r.Period));
        var fourth = table.Rows[2];
        Assert.Equal(64.519e9m, fourth.Value);
        Assert.Equal(244.819e9m, fourth.YearToDate);
        Assert.Equal(2.02, (double)fourth.YoyPercent!.Value, 2);
        Assert.Equal([Period.Quarter(2024, 4)], table.FromCumulatives);
        Assert.Equal([Period.Quarter(2024, 1), Period.Quarter(2024, 2)], table.MissingPeriods);
    }

    [Fact]
    public void When_a_cumulative_ends_inside_a_quarter_or_the_one_before_is_unknown_then_no_quarter_is_differenced()
    {
        // Jan–Aug ends inside the third quarter; Jan–Jun 2024 ($116.87 bn) has no Jan–Mar beside it to difference from.
        var quarters = new[] { Turnover(Period.Quarter(2023, 4), 63.24m) };
        var ytd = new[] { Turnover(Period.YearToDate(2024, 6), 116.87m), Turnover(Period.YearToDate(2024, 8), 158.47m) };

        var table = GrowthAnalysis.Analyse(Series(Granularity.Quarter, quarters, ytd), Measure.Turnover);

        Assert.Equal([Period.Quarter(2023, 4), Period.Quarter(2024, 2)], table.Rows.Select(r => r.Period));
        Assert.Null(table.Rows[1].Value);
        Assert.Equal(116.87e9m, table.Rows[1].YearToDate);
        Assert.Empty(table.FromCumulatives);
    }

    [Fact]
    public void When_a_series_has_only_cumulatives_then_it_has_no_rows_and_before_its_first_figure_none_are_added()
    {
        var ytd = new[] { Turnover(Period.YearToDate(2012, 7), 49.776m), Turnover(Period.YearToDate(2023, 10), 186m) };
        Assert.Empty(GrowthAnalysis.Analyse(Series(Granularity.Month, [], ytd), Measure.Turnover).Rows);

        var table = GrowthAnalysis.Analyse(Series(Granularity.Month, [Turnover(Period.Month(2023, 11), 21.5m)], ytd), Measure.Turnover);
        Assert.Equal([Period.Month(2023, 11)], table.Rows.Select(r => r.Period));
        Assert.Empty(table.MissingPeriods);
    }

    [Fact]
    public void When_a_window_is_given_then_the_missing_periods_are_those_inside_it_even_before_its_first_row()
    {
        var quarters = new[] { Turnover(Period.Quarter(2022, 4), 53.637m), Turnover(Period.Quarter(2023, 2), 60.559m), Turnover(Period.Quarter(2024, 3), 63.2m) };

        var table = GrowthAnalysis.Analyse(Series(Granularity.Quarter, quarters), Measure.Turnover, Period.OfYear(2023), Period.OfYear(2023));

        Assert.Equal([Period.Quarter(2023, 2)], table.Rows.Select(r => r.Period));
        Assert.Equal([Period.Quarter(2023, 1), Period.Quarter(2023, 3), Period.Quarter(2023, 4)], table.MissingPeriods);
    }

    [Theory]
    [InlineData(110, 100, 10)]
    [InlineData(50, 100, -50)]
    public void When_the_base_is_positive_then_percent_change_is_exact(int after, int before, int expected)
    {
        Assert.Equal(expected, GrowthAnalysis.Percent(after, before));
        Assert.Null(GrowthAnalysis.Percent(after, 0));
        Assert.Null(GrowthAnalysis.Percent(null, before));
    }

    [Theory]
    [InlineData(244_819, 69_525, 8, 17.041)] // China–Russia 2016 to 2024 ($ million), as China's customs printed them
    [InlineData(121, 100, 2, 10.0)]
    [InlineData(81, 100, 2, -10.0)]
    public void When_a_level_grows_over_years_then_the_compound_rate_brings_the_start_to_the_end(int after, int before, int years, double expected)
    {
        Assert.Equal(expected, (double)Math.Round(GrowthAnalysis.CompoundPercent(after, before, years)!.Value, 3), 3);
        Assert.Null(GrowthAnalysis.CompoundPercent(after, 0, years));
        Assert.Null(GrowthAnalysis.CompoundPercent(after, before, 0));
    }
}
