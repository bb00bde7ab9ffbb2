using Turnover.Analytics.Targets;
using Turnover.Core;
using Turnover.Testing;

namespace Turnover.Application.Tests;

/// <summary>Targets judged on the store as of a date, on the bundled China–Russia compilation and targets file.</summary>
public sealed class TargetCheckQueryTests
{
    private static TargetCheckRequest Request(string name, DateOnly asOf) =>
        new(new TargetRegistry(Stores.Targets).Select(null, name).Value.Single().Target, asOf);

    [Fact]
    public void When_the_200bn_target_is_checked_on_2023_12_08_then_it_is_met_in_november_2023_on_every_side_that_reports()
    {
        using var store = Stores.With(Stores.ChinaRussia);

        var check = new TargetCheckQuery(store).Run(Request("cn-ru-200bn-2024", new DateOnly(2023, 12, 8)));

        // Only China reports China–Russia in the store: one side, so no gap between sides.
        var report = Assert.Single(check.Reports);
        Assert.Equal((TargetVerdict.Met, Period.Month(2023, 11), 13), (report.Verdict, report.MetIn, report.MonthsBeforeDeadline));
        Assert.Equal((CountryCatalog.Default.FromCode(156), (SourceKind?)SourceKind.Gacc), (report.Reporter, report.Source));
        Assert.Empty(check.Gaps);
        Assert.Equal(SourceKind.Gacc, Assert.Single(check.Evidence).Source);
    }

    [Fact]
    public void When_no_target_to_check_is_of_the_reporters_pairs_then_the_refusal_carries_every_target_not_the_first_ones_pair()
    {
        var targets = new TargetRegistry(Stores.Targets).Select(null, null).Value.Select(r => r.Target).ToList();
        var korea = CountryCatalog.Default.FromCode(410);
        var usa = CountryCatalog.Default.FromCode(842);

        var refused = TargetCheckQuery.OnReporter(targets, korea);
        var kept = TargetCheckQuery.OnReporter(targets, usa);

        Assert.Equal(FailureKind.BadInput, refused.Failure!.Kind);
        var reason = Assert.IsType<ReporterOfNoTarget>(refused.Failure.Reason);
        Assert.Equal((korea, targets), (reason.Reporter, reason.Targets));
        Assert.Equal(["us-cn-phase-one", "us-in-500bn-2030"], kept.Value.Select(t => t.Name));
    }

    [Fact]
    public void When_every_target_is_checked_in_one_run_then_each_answer_is_the_one_a_query_of_its_own_gives()
    {
        using var store = Stores.With(Stores.ChinaRussia);
        var targets = new TargetRegistry(Stores.Targets).Select(null, null).Value.Select(r => r.Target).ToList();
        var oneRun = TargetCheckQuery.ForOneRun(store);

        foreach (var asOf in new[] { new DateOnly(2022, 12, 30), new DateOnly(2024, 12, 31) })
        {
            foreach (var target in targets)
            {
                var alone = new TargetCheckQuery(store).Run(new TargetCheckRequest(target, asOf)).Reports[0];
                var shared = oneRun.Run(new TargetCheckRequest(target, asOf)).Reports[0];

                Assert.Equal(
                    (alone.Verdict, alone.AchievedUsd, alone.MetIn, alone.LatestFigure, alone.Model?.Probability, alone.Model?.DeadlineMedian),
                    (shared.Verdict, shared.AchievedUsd, shared.MetIn, shared.LatestFigure, shared.Model?.Probability, shared.Model?.DeadlineMedian));
            }
        }
    }

    [Fact]
    public void When_both_sides_are_judged_then_the_first_report_is_the_side_with_data_and_each_side_asked_for_is_judged_alone()
    {
        using var store = Stores.With(Stores.ChinaRussia);
        var request = Request("cn-ru-200bn-2024", new DateOnly(2023, 12, 8));

        var russia = new TargetCheckQuery(store).Run(request with { Reporter = CountryCatalog.Default.FromCode(643) });

        // Russia's own statistics are not stored: the check says so as its verdict, never as an exception.
        var report = Assert.Single(russia.Reports);
        Assert.Equal(TargetVerdict.NoData, report.Verdict);
        var reason = Assert.IsType<NoStatisticsChosen>(report.NoData);
        Assert.Equal(NoChoiceCause.NoneAsAsked, reason.Cause);
        Assert.Equal([new StoredStatistics(CountryCatalog.Default.FromCode(156), SourceKind.Gacc, false)], reason.Available);
        Assert.False(reason.NothingOfThePair);
        Assert.Empty(russia.Evidence);
    }

    [Fact]
    public void When_only_the_chosen_side_is_asked_for_then_its_report_is_the_full_checks_first_and_the_other_side_is_not_judged()
    {
        using var store = Stores.With(Stores.ChinaRussia, RepoPaths.Data("mirror", "russia_side_china_trade.csv"));
        var request = Request("cn-ru-200bn-2024", new DateOnly(2023, 12, 8));

        var full = new TargetCheckQuery(store).Run(request);
        var chosen = new TargetCheckQuery(store).Run(request with { ChosenSideOnly = true });

        // Both sides are stored: the full check judges Russia's statistics too, the chosen-side check (a claim's) does not.
        Assert.Equal(2, full.Reports.Count);
        Assert.Single(full.Gaps);
        var report = Assert.Single(chosen.Reports);
        Assert.Empty(chosen.Gaps);
        var first = full.Reports[0];
        Assert.Equal(
            (first.Reporter, first.Source, first.Verdict, first.AchievedUsd, first.MetIn, first.LatestFigure),
            (report.Reporter, report.Source, report.Verdict, report.AchievedUsd, report.MetIn, report.LatestFigure));
        Assert.Equal(full.Evidence[0].Reporter, Assert.Single(chosen.Evidence).Reporter);
    }

    [Fact]
    public void When_the_date_is_before_any_figure_then_the_report_is_no_data()
    {
        using var store = Stores.With(Stores.ChinaRussia);

        var check = new TargetCheckQuery(store).Run(Request("cn-ru-200bn-2024", new DateOnly(1990, 1, 1)));

        Assert.Equal(TargetVerdict.NoData, Assert.Single(check.Reports).Verdict);
        var reason = Assert.IsType<NoStatisticsChosen>(check.Reports[0].NoData);
        Assert.Equal((NoChoiceCause.NothingStored, new DateOnly(1990, 1, 1)), (reason.Cause, reason.AsOf));
        Assert.Empty(reason.Available);
        Assert.True(reason.NothingOfThePair);
    }
}
