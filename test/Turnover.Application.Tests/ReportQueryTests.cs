using Turnover.Core;
using Turnover.Core.Targets;
using Turnover.Testing;

namespace Turnover.Application.Tests;

/// <summary>A report's data gathered from the other use cases, on the bundled China–Russia and US–China files.</summary>
public sealed class ReportQueryTests
{
    private static readonly Country China = CountryCatalog.Default.FromCode(156);
    private static readonly Country Russia = CountryCatalog.Default.FromCode(643);
    private static readonly Country Usa = CountryCatalog.Default.FromCode(842);
    private static readonly DateOnly Today = new(2026, 12, 2);

    private static Target Named(string name) => new TargetRegistry(Stores.Targets).Select(null, name).Value.Single().Target;

    [Fact]
    public void When_a_pair_is_reported_then_the_nearest_open_target_is_drawn_on_years_and_every_target_is_checked()
    {
        using var store = Stores.With(Stores.ChinaRussia);
        Target[] targets = [Named("cn-ru-200bn-2024"), Named("cn-ru-250bn-2024"), Named("cn-ru-300bn-2030")];

        var answer = new ReportQuery(store).Run(new ReportRequest(China, Russia, Today) { Targets = targets, Forecaster = ForecasterCatalog.Create("snaive") }).Value;

        Assert.Equal((Period.OfYear(2024), 244_819_000_000m), (answer.Annual.Table.Rows[^1].Period, answer.Annual.Table.Rows[^1].Value!.Value));
        Assert.Equal(Period.Month(2024, 12), answer.Monthly!.Table.Rows[^1].Period);
        // 2030 is more than a year past the data: the chart is drawn on years, towards the $300bn target, with its fan.
        Assert.Equal(("cn-ru-300bn-2030", Granularity.Year), (answer.Chart.Target?.Name, answer.Chart.Series.Table.Series.Granularity));
        Assert.NotEmpty(answer.Chart.Fan);
        Assert.Equal(targets.Select(t => t.Name), answer.Checks.Select(c => c.Target.Name));
        Assert.Equal(Period.Month(2023, 11), answer.Checks[0].Reports[0].MetIn);
        Assert.Empty(answer.OtherSides);
        Assert.Equal("china_russia.csv", Assert.Single(answer.Releases).FileName);
    }

    [Fact]
    public void When_a_report_is_as_of_a_date_then_every_part_uses_only_what_was_published_by_then()
    {
        using var store = Stores.With(Stores.ChinaRussia);

        var answer = new ReportQuery(store).Run(new ReportRequest(China, Russia, Today) { AsOf = new DateOnly(2022, 12, 30), Targets = [Named("cn-ru-200bn-2024")] }).Value;

        Assert.Equal(Period.OfYear(2021), answer.Annual.Table.Rows[^1].Period);
        Assert.Equal(Period.Month(2022, 11), answer.Monthly!.Table.Rows[^1].Period);
        Assert.Equal(new DateOnly(2022, 12, 30), answer.Checks[0].Reports[0].AsOf);
        Assert.Null(answer.Checks[0].Reports[0].MetIn);
        Assert.Empty(answer.Chart.Fan);
    }

    [Fact]
    public void When_another_publisher_holds_the_pair_then_its_annual_series_is_reported_beside_the_chosen_one()
    {
        using var store = Stores.With(Stores.UsChina, RepoPaths.Fixture("comtrade", "comtrade.csv"));

        var answer = new ReportQuery(store).Run(new ReportRequest(Usa, China, Today)).Value;

        Assert.Equal(SourceKind.UsCensus, answer.Annual.Choice.Source);
        var comtrade = Assert.Single(answer.OtherSides);
        Assert.Equal((Usa, SourceKind.Comtrade), (comtrade.Choice.Reporter, comtrade.Choice.Source));
        Assert.Equal((Period.OfYear(2017), 655_916_000_000m), (comtrade.Table.Rows[^1].Period, Math.Round(comtrade.Table.Rows[^1].Value!.Value / 1e6m) * 1e6m));
        Assert.Equal([SourceKind.UsCensus, SourceKind.Comtrade], answer.Releases.Select(r => r.Source));
    }

    [Fact]
    public void When_a_target_is_of_another_pair_then_the_report_is_refused_as_bad_input()
    {
        using var store = Stores.With(Stores.ChinaRussia);

        var outcome = new ReportQuery(store).Run(new ReportRequest(China, Russia, Today) { Targets = [Named("us-cn-phase-one")] });

        Assert.Equal(FailureKind.BadInput, outcome.Failure?.Kind);
        Assert.Equal(new TargetOfAnotherPair(Named("us-cn-phase-one"), China, Russia), outcome.Failure?.Reason);
    }
}
