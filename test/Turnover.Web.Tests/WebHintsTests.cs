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
    [InlineData(FailureHint.TargetCheck, "the target t cannot be drawn.", "the target t cannot be drawn; GET /api/targets/check?name=… measures its progress.")]
    [InlineData(FailureHint.RemoveTarget, "the target name 'x' is registered twice (a and b).", "the target name 'x' is registered twice (a and b).")]
    public void When_a_failure_has_a_hint_then_the_endpoint_is_named_before_the_full_stop(FailureHint hint, string message, string expected)
    {
        var failure = new Failure(FailureKind.NotFound, message) { Hint = hint };

        Assert.Equal(expected, WebHints.Instance.Message(failure));
    }

    [Fact]
    public void When_a_failure_names_a_request_parameter_then_the_web_names_its_query_parameter_not_an_option()
    {
        Assert.Equal("top 0 should be at least 1.", WebHints.Instance.Message(Failure.Because(FailureKind.BadInput, new TooFewRowsAsked(0))));
        Assert.Equal(
            "a saved article needs a source: say where it came from (source).",
            WebHints.Instance.Message(Failure.Because(FailureKind.BadInput, new ArticleSourceMissing())));
        Assert.All(Enum.GetValues<RequestParameter>(), p => Assert.DoesNotContain("--", WebHints.Instance.Parameter(p), StringComparison.Ordinal));
        Assert.All(Enum.GetValues<FailureHint>(), h => Assert.DoesNotContain("turnover ", WebHints.Instance.Pointer(h), StringComparison.Ordinal));
    }
}
