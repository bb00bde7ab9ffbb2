using Turnover.Core;
using Turnover.Core.Targets;

namespace Turnover.Application;

/// <summary>A target named for a report or a chart is of another pair than the one asked about.</summary>
/// <param name="Target">The target.</param>
/// <param name="A">The pair's first country, as asked.</param>
/// <param name="B">The pair's second country, as asked.</param>
public sealed record TargetOfAnotherPair(Target Target, Country A, Country B) : FailureReason
{
    /// <summary>The refusal of <paramref name="target"/> for the pair <paramref name="a"/>–<paramref name="b"/> (either order), or null when it is theirs.</summary>
    internal static Failure? Refusal(Target target, Country a, Country b) =>
        (target.First == a && target.Second == b) || (target.First == b && target.Second == a)
            ? null
            : Failure.Because(FailureKind.BadInput, new TargetOfAnotherPair(target, a, b));
}
