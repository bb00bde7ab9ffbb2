using Turnover.Analytics.Forecasting;
using Turnover.Core;

namespace Turnover.Application.Tests;

/// <summary>
/// A series too short for the model to estimate a spread, on the bundled China–Russia compilation as of 2017-01-20
/// (one month published, 2016-12): no use case shows an interval of no width as a certainty.
/// </summary>
public sealed class ForecastSpreadTests
{
    private static readonly DateOnly s_oneMonthPublished = new(2017, 1, 20);
    private static readonly Country s_china = CountryCatalog.Default.FromCode(156);
    private static readonly Country s_russia = CountryCatalog.Default.FromCode(643);

    private static SourceRequest Pair => new(s_china, s_russia) { AsOf = s_oneMonthPublished };

    [Fact]
    public void When_the_series_holds_one_monthly_figure_then_the_forecast_is_refused_with_the_figures_it_has_and_needs()
    {
        using var store = Stores.With(Stores.ChinaRussia);

        var outcome = new ForecastQuery(store).Run(new ForecastRequest(Pair, Measure.Turnover, Forecasters.Get("ets-drift")));

        Assert.Equal(FailureKind.NoData, outcome.Failure!.Kind);
        Assert.Equal(
            new TooFewForSpread(s_china, s_russia, SourceKind.Gacc, s_oneMonthPublished, 1, 3),
            outcome.Failure.Reason);
    }

    [Fact]
    public void When_a_chart_fan_is_asked_on_one_monthly_figure_then_none_is_drawn_and_the_gap_says_why()
    {
        using var store = Stores.With(Stores.ChinaRussia);

        var chart = new ChartQuery(store).Run(new ChartRequest(new SeriesQueryRequest(Pair, Measure.Turnover)) { Forecaster = Forecasters.Get("ets-drift") }).Value;

        Assert.Empty(chart.Fan);
        Assert.Equal(FanGap.TooFewForSpread, chart.FanGap);
    }

    [Fact]
    public void When_a_target_is_checked_on_one_monthly_figure_then_the_model_is_withheld_with_the_figures_it_had()
    {
        using var store = Stores.With(Stores.ChinaRussia);
        var target = new TargetRegistry(Stores.Targets).Select(null, "cn-ru-200bn-2020").Value.Single().Target;

        var report = new TargetCheckQuery(store).Run(new TargetCheckRequest(target, s_oneMonthPublished) { Reporter = s_china, Forecaster = Forecasters.Get("ets-drift") }).Reports[0];

        Assert.Null(report.Model);
        Assert.Equal((1, (int?)3), (report.ModelWithheld!.Observations, report.ModelWithheld.ObservationsNeeded));
    }

    // As of 2019-06-30 the series holds 2016-12, 2017-12, 2018-12 and 2019-01..02: its only consecutive steps are the
    // last two, one change, on which ETS's naive fallback and drift rested 2019's 80% interval (51.2–146.1 bn).
    private static readonly DateOnly s_oneChangePublished = new(2019, 6, 30);

    [Fact]
    public void When_the_series_holds_a_single_change_between_consecutive_months_then_the_forecast_is_refused_with_the_figures_it_needs()
    {
        using var store = Stores.With(Stores.ChinaRussia);

        var outcome = new ForecastQuery(store).Run(new ForecastRequest(Pair with { AsOf = s_oneChangePublished }, Measure.Turnover, Forecasters.Get("ets-drift")));

        Assert.Equal(FailureKind.NoData, outcome.Failure!.Kind);
        Assert.Equal(new TooFewForSpread(s_china, s_russia, SourceKind.Gacc, s_oneChangePublished, 4, 3), outcome.Failure.Reason);
    }

    [Fact]
    public void When_a_target_is_checked_on_a_single_change_then_the_model_is_withheld_with_the_figures_it_needs()
    {
        using var store = Stores.With(Stores.ChinaRussia);
        var target = new TargetRegistry(Stores.Targets).Select(null, "cn-ru-200bn-2020").Value.Single().Target;

        var report = new TargetCheckQuery(store).Run(new TargetCheckRequest(target, s_oneChangePublished) { Reporter = s_china, Forecaster = Forecasters.Get("ets-drift") }).Reports[0];

        Assert.Null(report.Model);
        Assert.Equal((4, (int?)3), (report.ModelWithheld!.Observations, report.ModelWithheld.ObservationsNeeded));
    }
}
