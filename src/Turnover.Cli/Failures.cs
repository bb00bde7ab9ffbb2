using Turnover.Application;

namespace Turnover.Cli;

/// <summary>
/// Where a use case's failure becomes the command line's: every expected failure is a wrong argument or input
/// (exit 1, one line on stderr). Store failures are not returned: they are thrown as StoreException (exit 2).
/// </summary>
internal static class Failures
{
    /// <summary>The value, or the failure thrown as a <see cref="UserInputException"/>.</summary>
    public static T OrThrow<T>(this Outcome<T> outcome) =>
        outcome.TryGetValue(out var value) ? value : throw new UserInputException(CommandLineHints.Instance.Message(outcome.Failure));

    /// <summary>Throws the failure, if there is one, as a <see cref="UserInputException"/>.</summary>
    public static void ThrowIfAny(this Failure? failure)
    {
        if (failure is not null)
        {
            throw new UserInputException(CommandLineHints.Instance.Message(failure));
        }
    }
}
