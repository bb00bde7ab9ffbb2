using Turnover.Application;

namespace Turnover.Cli.Tests;

/// <summary>The command line's words for where to look next after a failure: the command, as the messages said before use cases stopped naming it.</summary>
public sealed class CommandLineHintsTests
{
    [Theory]
    [InlineData(FailureHint.StoreContents, "no data for USA–China.", "no data for USA–China; see 'turnover info' for what the store holds.")]
    [InlineData(FailureHint.Releases, "no release 9 in the store.", "no release 9 in the store; 'turnover release list' shows the releases.")]
    [InlineData(FailureHint.Targets, "no target named 'x'.", "no target named 'x' (see 'turnover target list').")]
    [InlineData(FailureHint.RemoveTarget, "the target name 'x' is registered twice (a and b).", "the target name 'x' is registered twice (a and b); remove one with 'turnover target remove'.")]
    [InlineData(FailureHint.TargetCheck, "the target t cannot be drawn.", "the target t cannot be drawn; see 'target check'.")]
    public void When_a_failure_has_a_hint_then_the_command_is_named_before_the_full_stop(FailureHint hint, string message, string expected)
    {
        var failure = new Failure(FailureKind.NotFound, message) { Hint = hint };

        Assert.Equal(expected, CommandLineHints.Instance.Message(failure));
        Assert.Equal(message, CommandLineHints.Instance.Message(failure with { Hint = null }));
    }

    [Fact]
    public void When_a_sentence_has_no_full_stop_then_the_pointer_ends_it()
    {
        Assert.Equal(
            "the pair China–India is not in the store; see 'turnover info' for what the store holds",
            CommandLineHints.Instance.Append("the pair China–India is not in the store", FailureHint.StoreContents));
    }
}
