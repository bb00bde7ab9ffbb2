namespace Turnover.Application.Tests;

public sealed class OutcomeTests
{
    [Fact]
    public void When_a_step_fails_then_later_steps_are_skipped_and_the_failure_is_kept()
    {
        Outcome<int> failed = Failure.BadInput("bad");
        var calls = 0;

        var result = failed.Map(v => { calls++; return v + 1; }).Then(v => { calls++; return Outcome.Of(v.ToString(System.Globalization.CultureInfo.InvariantCulture)); });

        Assert.Equal((0, false, "bad"), (calls, result.Succeeded, result.Failure?.Message));
        Assert.Throws<InvalidOperationException>(() => result.Value);
    }

    [Fact]
    public void When_the_value_has_an_interface_type_then_of_makes_a_success()
    {
        var outcome = Outcome.Of<IReadOnlyList<int>>([1, 2]);

        Assert.True(outcome.TryGetValue(out var value));
        Assert.Equal([1, 2], value);
        Assert.Null(outcome.Failure);
    }

    [Fact]
    public void When_an_outcome_is_default_then_it_is_not_a_success()
    {
        var outcome = default(Outcome<string>);

        Assert.False(outcome.Succeeded);
        Assert.NotNull(outcome.Failure);
        Assert.Throws<InvalidOperationException>(() => outcome.Value);
    }
}
