using Turnover.Core;
using Turnover.Core.Targets;

namespace Turnover.Store.ClickHouse.Tests;

public abstract partial class StoreSuite
{
    // ARTIFICIAL targets: made-up amounts and sources, to test keeping them, not anyone's announcement.
    private static Target UserTarget(string name, decimal amount = 200_000_000_000m, int deadline = 2030, int? baseline = null) =>
        new(name, A, B, Measure.Turnover, amount, TargetBasis.AnnualValue, 2024, deadline, baseline, "Test speaker", new DateOnly(2024, 5, 16), "https://example.org/t", "a note");

    [BackendFact]
    public void When_targets_are_added_then_they_are_listed_by_name_as_given()
    {
        Assert.True(Store.AddUserTarget(UserTarget("b-300bn-2030", 300_000_000_000m)));
        Assert.True(Store.AddUserTarget(UserTarget("a-200bn-2030", baseline: 2021) with { AnnouncedOn = new DateOnly(1965, 3, 1) }));

        Assert.Equal(
            [UserTarget("a-200bn-2030", baseline: 2021) with { AnnouncedOn = new DateOnly(1965, 3, 1) }, UserTarget("b-300bn-2030", 300_000_000_000m)],
            Store.UserTargets());
    }

    [BackendFact]
    public void When_a_target_of_the_same_name_in_another_case_is_added_then_it_is_refused_and_the_first_stands()
    {
        Assert.True(Store.AddUserTarget(UserTarget("cn-ru-2030")));

        Assert.False(Store.AddUserTarget(UserTarget("CN-RU-2030", 1m)));
        Assert.Equal([UserTarget("cn-ru-2030")], Store.UserTargets());
    }

    [BackendFact]
    public void When_a_target_is_removed_then_it_is_gone_and_its_name_can_be_added_again()
    {
        Store.AddUserTarget(UserTarget("gone"));
        Store.AddUserTarget(UserTarget("kept"));

        Assert.True(Store.RemoveUserTarget("GONE"));
        Assert.False(Store.RemoveUserTarget("gone"));
        Assert.Equal(["kept"], Store.UserTargets().Select(t => t.Name));
        Assert.True(Store.AddUserTarget(UserTarget("gone", 5_000_000_000m)));
        Assert.Equal([5_000_000_000m, 200_000_000_000m], Store.UserTargets().Select(t => t.AmountUsd));
    }
}
