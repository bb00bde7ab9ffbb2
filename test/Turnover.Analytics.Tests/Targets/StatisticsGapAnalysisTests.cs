using Turnover.Analytics.Targets;
using Turnover.Core;
using Turnover.Core.Targets;

namespace Turnover.Analytics.Tests.Targets;

/// <summary>
/// The gap between two reporters' statistics of one target. The bundled data holds no pair that both sides
/// report, so these series are constructed round numbers (USD bn) that exercise the arithmetic; they are not data.
/// </summary>
public sealed class StatisticsGapAnalysisTests
{
    private static readonly Country s_usa = CountryCatalog.Default.FromCode(842);
    private static readonly Country s_china = CountryCatalog.Default.FromCode(156);

    /// <summary>A purchase commitment shaped like Phase One: US exports to China over 2020–2021 above twice 2017's.</summary>
    private static readonly Target s_increment = new(
        "t", s_usa, s_china, Measure.Exports, 200e9m, TargetBasis.Increment, 2020, 2021, 2017, "test", new DateOnly(2020, 1, 15), "https://example.org", string.Empty);

    private static PairSeries UsExports(params (Period Period, decimal Billions)[] values) =>
        new(s_usa, s_china, SourceKind.UsCensus, Granularity.Month, values.Select(v => new FlowValues(v.Period, v.Billions * 1e9m, null, null)).ToList(), []);

    private static PairSeries ChinaImports(params (Period Period, decimal Billions)[] ytd) =>
        new(s_china, s_usa, SourceKind.Gacc, Granularity.Month, [], ytd.Select(v => new FlowValues(v.Period, null, v.Billions * 1e9m, null)).ToList());

    [Fact]
    public void When_both_sides_publish_the_baseline_and_later_years_then_each_figure_is_compared_with_its_mirror()
    {
        var us = UsExports((Period.OfYear(2017), 100m), (Period.OfYear(2019), 80m), (Period.OfYear(2020), 110m), (Period.Span(2021, 1, 6), 70m));
        var china = ChinaImports((Period.OfYear(2017), 120m), (Period.OfYear(2019), 90m), (Period.OfYear(2020), 121m), (Period.YearToDate(2021, 6), 77m));

        var gap = StatisticsGapAnalysis.Compare(s_increment, us, china);

        Assert.Equal((Measure.Exports, Measure.Imports), (gap.FirstMeasure, gap.SecondMeasure));
        Assert.Equal(
            [GapFigure.BaselineYear, GapFigure.Year, GapFigure.Year, GapFigure.YearToDate, GapFigure.Increment],
            gap.Rows.Select(r => r.Figure));
        var baseline = gap.Rows[0];
        Assert.Equal((100e9m, 120e9m, -20e9m, -16.7m), (baseline.FirstUsd, baseline.SecondUsd, baseline.DifferenceUsd, baseline.DifferencePercent));
        Assert.Equal((2021, Period.YearToDate(2021, 6)), (gap.Rows[3].FromYear, gap.Rows[3].Through));

        // Increment to mid-2021: 2020 + H1 2021 less 1.5 baseline years, on each side's own baseline.
        var increment = gap.Rows[4];
        Assert.Equal((2020, Period.YearToDate(2021, 6)), (increment.FromYear, increment.Through));
        Assert.Equal(110e9m + 70e9m - 150e9m, increment.FirstUsd);
        Assert.Equal(121e9m + 77e9m - 180e9m, increment.SecondUsd);
    }

    [Fact]
    public void When_a_year_is_published_by_one_side_only_then_it_is_not_compared()
    {
        var us = UsExports((Period.OfYear(2016), 90m), (Period.OfYear(2017), 100m));
        var china = ChinaImports((Period.OfYear(2017), 120m), (Period.OfYear(2018), 130m));

        var gap = StatisticsGapAnalysis.Compare(s_increment, us, china);

        var row = Assert.Single(gap.Rows);
        Assert.Equal(Period.OfYear(2017), row.Through);
    }

    [Fact]
    public void When_the_sides_share_no_period_then_there_are_no_rows_rather_than_filled_values()
    {
        var gap = StatisticsGapAnalysis.Compare(s_increment, UsExports((Period.OfYear(2016), 90m)), ChinaImports((Period.OfYear(2018), 130m)));

        Assert.Empty(gap.Rows);
    }

    [Fact]
    public void When_more_years_are_shared_than_shown_then_the_latest_ones_and_the_baseline_are_kept()
    {
        var years = Enumerable.Range(2010, 10).ToList();
        var us = UsExports([.. years.Select(y => (Period.OfYear(y), 100m + y - 2010))]);
        var china = ChinaImports([.. years.Select(y => (Period.OfYear(y), 110m))]);
        var target = s_increment with { BaselineYear = 2011, FromYear = 2018, DeadlineYear = 2019 };

        var gap = StatisticsGapAnalysis.Compare(target, us, china);

        Assert.Equal([2011, 2015, 2016, 2017, 2018, 2019], gap.Rows.Where(r => r.Figure is GapFigure.Year or GapFigure.BaselineYear).Select(r => r.Through.Year));
        Assert.Equal(StatisticsGapAnalysis.RecentYears + 1, gap.Rows.Count(r => r.Through.IsYearToDate && r.Through.EndMonth == 12 && r.FromYear == r.Through.Year));
    }

    [Fact]
    public void When_the_importer_is_the_first_side_then_the_explanation_names_it_as_the_cif_side()
    {
        var china = ChinaImports((Period.OfYear(2017), 120m));
        var us = UsExports((Period.OfYear(2017), 100m));

        var gap = StatisticsGapAnalysis.Compare(s_increment, china, us);

        Assert.Equal((Measure.Imports, Measure.Exports), (gap.FirstMeasure, gap.SecondMeasure));
        Assert.Equal(new SideValuation(s_china, SourceKind.Gacc, ValuationBasis.Fob, ValuationBasis.Cif), gap.Valuation.First);
        Assert.Equal(ValuationBasis.Fas, gap.Valuation.Second.Exports);
        Assert.True(gap.Valuation.ImportsIncludeFreight);
        Assert.Equal(20e9m, gap.Rows[0].DifferenceUsd);
    }

    [Fact]
    public void When_the_importer_is_the_us_then_its_imports_are_named_at_customs_value_not_cif()
    {
        // US imports from China against China's exports to the US: the Census values imports without freight.
        var target = s_increment with { First = s_china, Second = s_usa };
        var chinaExports = new PairSeries(s_china, s_usa, SourceKind.Gacc, Granularity.Month, [], [new FlowValues(Period.OfYear(2017), 430e9m, null, null)]);
        var usImports = new PairSeries(s_usa, s_china, SourceKind.UsCensus, Granularity.Month, [new FlowValues(Period.OfYear(2017), null, 505e9m, null)], []);

        var gap = StatisticsGapAnalysis.Compare(target, chinaExports, usImports);

        Assert.Equal((Measure.Exports, Measure.Imports), (gap.FirstMeasure, gap.SecondMeasure));
        Assert.Equal(new SideValuation(s_usa, SourceKind.UsCensus, ValuationBasis.Fas, ValuationBasis.CustomsValue), gap.Valuation.Second);
        Assert.Equal(ValuationBasis.Fob, gap.Valuation.First.Exports);
        Assert.False(gap.Valuation.ImportsIncludeFreight);
    }

    [Fact]
    public void When_both_series_are_one_reporters_then_the_comparison_is_refused()
    {
        var us = UsExports((Period.OfYear(2017), 100m));

        Assert.Throws<ArgumentException>(() => StatisticsGapAnalysis.Compare(s_increment, us, us));
    }
}
