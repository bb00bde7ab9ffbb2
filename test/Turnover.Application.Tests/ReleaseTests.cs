namespace Turnover.Application.Tests;

/// <summary>Listing, showing and retracting releases; an unknown id or a second retraction is a failure value.</summary>
public sealed class ReleaseTests
{
    [Fact]
    public void When_a_release_is_retracted_then_it_is_shown_retracted_with_the_reason()
    {
        using var store = Stores.With(Stores.ChinaRussia);
        var id = new ReleaseQuery(store).List().Single().Id;

        var retraction = new RetractRelease(store).Run(new RetractRequest(id, "  wrong unit  ")).Value;

        Assert.Equal("wrong unit", retraction.Reason);
        Assert.Equal(retraction, new ReleaseQuery(store).Show(id).Value.Retraction);
    }

    [Fact]
    public void When_a_release_is_retracted_twice_then_the_second_is_a_conflict_and_nothing_changes()
    {
        using var store = Stores.With(Stores.ChinaRussia);
        var id = new ReleaseQuery(store).List().Single().Id;
        var first = new RetractRelease(store).Run(new RetractRequest(id, "first")).Value;

        var second = new RetractRelease(store).Run(new RetractRequest(id, "second"));

        Assert.Equal(FailureKind.Conflict, second.Failure?.Kind);
        Assert.Equal(new ReleaseAlreadyRetracted(id, first), second.Failure?.Reason);
        Assert.Equal(first, new ReleaseQuery(store).Show(id).Value.Retraction);
    }

    [Fact]
    public void When_the_release_id_is_unknown_then_show_and_retract_return_not_found()
    {
        using var store = Stores.With(Stores.ChinaRussia);

        var shown = new ReleaseQuery(store).Show(99);
        var retracted = new RetractRelease(store).Run(new RetractRequest(99, string.Empty));

        Assert.Equal(Failure.Because(FailureKind.NotFound, new ReleaseNotFound(99)) with { Hint = FailureHint.Releases }, shown.Failure);
        Assert.Equal(shown.Failure, retracted.Failure);
    }
}
