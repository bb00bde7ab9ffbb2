using Turnover.Analytics.Forecasting;

namespace Turnover.Analytics.Tests.Forecasting;

/// <summary>Drift started from the last cycle's mean, its slope between the first and last cycles' means (<see cref="DriftForecaster.YearLevel"/>).</summary>
public sealed class YearLevelDriftTests
{
    private static readonly ForecastOptions s_options = new() { Paths = 400 };

    private static readonly double[] s_season = [-20, 30, -25, 15];

    /// <summary>Five years of a quarterly series: the line 100 + 2t plus a season that sums to zero over a year (a test construction).</summary>
    private static double?[] Seasonal() => [.. Enumerable.Range(0, 20).Select(t => (double?)(100 + (2.0 * t) + s_season[t % 4]))];

    [Fact]
    public void When_the_series_is_a_line_plus_a_season_then_drift_starts_on_the_line_not_on_the_last_quarter()
    {
        var series = TestSeries.Of(4, Seasonal());

        var yearLevel = new DriftForecaster { YearLevel = true }.Forecast(series, 4, s_options);
        var plain = new DriftForecaster().Forecast(series, 4, s_options);

        // The cycles' means lie on the line, so the walk continues it: 100 + 2t at t = 20..23. Plain drift starts from
        // the last quarter (season +15) instead.
        Assert.Equal([140, 142, 144, 146], yearLevel.Mean.Select(v => Math.Round(v, 9)));
        Assert.Equal(153 + (73.0 / 19), plain.Mean[0], 9);
        Assert.Equal(ForecastMethod.Drift, yearLevel.Method);
        Assert.Equal("Drift (year level)", new DriftForecaster { YearLevel = true }.Name);
    }

    [Fact]
    public void When_one_quarter_departs_from_its_usual_value_then_the_year_level_moves_by_about_a_quarter_of_it()
    {
        var before = TestSeries.Of(4, Seasonal());
        var values = Seasonal();
        values[^1] += 40;
        var after = TestSeries.Of(4, values);

        double Move(DriftForecaster drift) => drift.Forecast(after, 8, s_options).Mean.Sum() - drift.Forecast(before, 8, s_options).Mean.Sum();

        // Plain drift lifts all 8 steps by at least the 40 (and the slope with it); the year level by 40/4 at the last
        // cycle's centre, carried forward by a slope that rose 10 over the 16 steps between the cycles' centres.
        var yearLevelMove = Move(new DriftForecaster { YearLevel = true });
        var slopeRise = 10.0 / 16;
        Assert.Equal(8 * (10 + (1.5 * slopeRise)) + (slopeRise * 36), yearLevelMove, 6);
        Assert.True(Move(new DriftForecaster()) > 8 * 40, $"plain drift moved {Move(new DriftForecaster())}");
    }

    [Fact]
    public void When_the_series_holds_less_than_two_whole_cycles_apart_then_it_is_plain_drift()
    {
        var series = TestSeries.Of(4, [.. Seasonal().Take(7)]);

        var yearLevel = new DriftForecaster { YearLevel = true }.Forecast(series, 3, s_options);
        var plain = new DriftForecaster().Forecast(series, 3, s_options);

        Assert.Equal(plain.Mean, yearLevel.Mean);
        Assert.Equal(plain.Paths.SelectMany(p => p), yearLevel.Paths.SelectMany(p => p));
    }

    [Fact]
    public void When_a_month_of_the_last_cycle_is_missing_then_it_is_plain_drift()
    {
        var values = Seasonal();
        values[^2] = null;
        var series = TestSeries.Of(4, values);

        var yearLevel = new DriftForecaster { YearLevel = true }.Forecast(series, 3, s_options);
        var plain = new DriftForecaster().Forecast(series, 3, s_options);

        Assert.Equal(plain.Mean, yearLevel.Mean);
    }
}
