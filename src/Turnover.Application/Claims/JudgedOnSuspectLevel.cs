using Turnover.Analytics;
using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// The claim agrees with a stored level (or a rate computed on one) that its own publisher's printed rates contradict
/// beyond rounding (<see cref="SuspectLevels"/>): the verdict stands on that figure, which the reader should doubt.
/// </summary>
/// <param name="Source">The publisher of the level, whose rates contradict it.</param>
/// <param name="Level">The suspect level with the failing checks.</param>
public sealed record JudgedOnSuspectLevel(SourceKind Source, SuspectLevel Level) : ClaimNote;
