using Turnover.Application;
using Turnover.Web.Internal;

namespace Turnover.Web.Tests;

/// <summary>The web's words for where to look next after a failure: an endpoint, never a command of the command line.</summary>
public sealed class WebHintsTests
{
    [Theory]
    [InlineData(FailureHint.StoreContents, "no data for USA–China.", "no data for USA–China; GET /api/info shows what the store holds.")]
    [InlineData(FailureHint.Releases, "no release 9 in the store.", "no release 9 in the store; GET /api/info lists the releases.")]
    [InlineData(FailureHint.Targets, "no target named 'x'.", "no target named 'x' (GET /api/targets lists them).")]
    [InlineData(FailureHint.RemoveTarget, "the target name 'x' is registered twice (a and b).", "the target name 'x' is registered twice (a and b).")]
    public void When_a_failure_has_a_hint_then_the_endpoint_is_named_before_the_full_stop(FailureHint hint, string message, string expected)
    {
        var failure = new Failure(FailureKind.NotFound, message) { Hint = hint };

        Assert.Equal(expected, WebHints.Instance.Message(failure));
    }
}
