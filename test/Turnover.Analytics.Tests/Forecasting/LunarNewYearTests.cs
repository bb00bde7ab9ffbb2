using Turnover.Analytics.Forecasting;
using Turnover.Core;

namespace Turnover.Analytics.Tests.Forecasting;

/// <summary>The Lunar New Year's dates and its adjustment of January and February on a single-month series.</summary>
public sealed class LunarNewYearTests
{
    private static readonly Country s_korea = CountryCatalog.Default.FromCode(410);
    private static readonly Country s_china = CountryCatalog.Default.FromCode(156);

    [Theory]
    [InlineData(2020, 1, 25)]
    [InlineData(2023, 1, 22)]
    [InlineData(2024, 2, 10)]
    [InlineData(2025, 1, 29)]
    [InlineData(2026, 2, 17)]
    public void When_a_year_is_asked_then_the_first_day_is_the_known_new_year(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), LunarNewYear.FirstDay(year));

    [Fact]
    public void When_the_window_straddles_the_month_end_then_the_january_share_counts_its_days()
    {
        Assert.Equal(1, LunarNewYear.JanuaryShare(2023)); // 15–28 January
        Assert.Equal(0, LunarNewYear.JanuaryShare(2024)); // 3–16 February
        Assert.Equal(10 / 14.0, LunarNewYear.JanuaryShare(2025), 12); // 22 January – 4 February
        Assert.InRange(LunarNewYear.AverageJanuaryShare, 0.3, 0.7);
    }

    [Fact]
    public void When_january_and_february_carry_a_known_holiday_effect_then_it_is_recovered_and_taken_out()
    {
        // ln(Jan/Feb) = 0.1 − 0.5 × share + noise (sd 0.02), the two months' sum 200; other months 100.
        var random = new Random(11);
        var series = Build(2004, 2020, (year, month) => month switch
        {
            1 or 2 => Split(0.1 - (0.5 * LunarNewYear.JanuaryShare(year)) + (0.02 * Normal(random)))[month - 1],
            _ => 100,
        });

        var steps = MonthlySteps.Build(series, Measure.Turnover, lunarNewYear: true)!;

        var effect = Assert.IsType<LunarNewYearEffect>(steps.LunarNewYear);
        Assert.InRange(effect.Slope, -0.55, -0.45);
        Assert.Equal(17, effect.Years);
        var adjusted = Enumerable.Range(2004, 17).Select(y => Math.Log(Value(steps, y, 1) / Value(steps, y, 2))).ToList();
        var raw = Enumerable.Range(2004, 17).Select(y => 0.1 - (0.5 * LunarNewYear.JanuaryShare(y))).ToList();
        Assert.True(Sd(adjusted) < 0.05, $"adjusted ln(Jan/Feb) still varies: sd {Sd(adjusted):0.000}");
        Assert.True(Sd(raw) > 0.15);
        // A forecast year's own timing is put back: the same modelled value is lower in an early-holiday January.
        Assert.True(steps.Total(Period.Month(2023, 1), 100) < steps.Total(Period.Month(2024, 1), 100)); // 22 Jan vs 10 Feb
        Assert.True(steps.Total(Period.Month(2023, 2), 100) > steps.Total(Period.Month(2024, 2), 100));
        Assert.Equal(100, steps.Total(Period.Month(2023, 3), 100), 12);
    }

    [Fact]
    public void When_the_adjusted_steps_are_turned_back_into_totals_then_every_month_is_its_published_value()
    {
        var random = new Random(5);
        var series = Build(2010, 2019, (year, month) => month switch
        {
            1 or 2 => Split(-0.4 * LunarNewYear.JanuaryShare(year) + (0.05 * Normal(random)))[month - 1],
            _ => 90 + month,
        });

        var steps = MonthlySteps.Build(series, Measure.Turnover, lunarNewYear: true)!;

        Assert.NotNull(steps.LunarNewYear);
        var published = series.Values.ToDictionary(v => v.Period, v => (double)v.Get(Measure.Turnover)!.Value);
        for (var i = 0; i < steps.Periods.Count; i++)
        {
            Assert.Equal(published[steps.Periods[i]], steps.Total(steps.Periods[i], steps.Series.Values[i]!.Value), 6);
        }
    }

    [Fact]
    public void When_january_and_february_do_not_follow_the_holiday_then_the_series_is_left_as_published()
    {
        // The same Jan/Feb ratio every year; and a series of four years only, with a strong effect.
        var flat = Build(2004, 2020, (_, month) => month == 1 ? 110 : 100);
        var short4 = Build(2016, 2019, (year, month) => month switch
        {
            1 or 2 => Split(-0.6 * LunarNewYear.JanuaryShare(year))[month - 1],
            _ => 100,
        });

        foreach (var series in new[] { flat, short4 })
        {
            var steps = MonthlySteps.Build(series, Measure.Turnover, lunarNewYear: true)!;
            Assert.Null(steps.LunarNewYear);
            Assert.Equal(series.Values.Select(v => (double?)(double)v.Get(Measure.Turnover)!.Value), steps.Series.Values);
        }
    }

    [Fact]
    public void When_the_adjustment_is_not_asked_for_then_a_series_with_the_effect_is_left_as_published_by_default()
    {
        var series = Build(2004, 2020, (year, month) => month switch
        {
            1 or 2 => Split(-0.5 * LunarNewYear.JanuaryShare(year))[month - 1],
            _ => 100,
        });

        foreach (var steps in new[] { MonthlySteps.Build(series, Measure.Turnover, lunarNewYear: false)!, MonthlySteps.Build(series, Measure.Turnover)! })
        {
            Assert.Null(steps.LunarNewYear);
            Assert.Equal(series.Values.Select(v => (double?)(double)v.Get(Measure.Turnover)!.Value), steps.Series.Values);
        }
    }

    /// <summary>January and February summing to 200 with ln(January / February) = <paramref name="logRatio"/>.</summary>
    private static double[] Split(double logRatio)
    {
        var february = 200 / (1 + Math.Exp(logRatio));
        return [200 - february, february];
    }

    private static PairSeries Build(int firstYear, int lastYear, Func<int, int, double> value) =>
        new(s_korea, s_china, SourceKind.Kosis, Granularity.Month,
            [.. Enumerable.Range(firstYear, lastYear - firstYear + 1).SelectMany(y => Enumerable.Range(1, 12).Select(m =>
                new FlowValues(Period.Month(y, m), null, null, (decimal)value(y, m))))], []);

    private static double Value(MonthlySteps steps, int year, int month) =>
        steps.Series.Values[steps.Periods.ToList().IndexOf(Period.Month(year, month))]!.Value;

    private static double Sd(List<double> values) => Math.Sqrt(values.Sum(v => Math.Pow(v - values.Average(), 2)) / (values.Count - 1));

    private static double Normal(Random random) => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
