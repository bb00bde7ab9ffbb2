using Turnover.Analytics;
using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// The stored level the claim would be judged on is one its own publisher's printed rates contradict beyond rounding
/// on both sides (<see cref="SuspectLevels"/>), and the claim misses it: the figure, not the claim, may be wrong, so it
/// cannot show the claim wrong. The level keeps its evidence: what each printed rate implies for it.
/// </summary>
/// <param name="Reporter">The side whose statistics hold the level.</param>
/// <param name="Source">Its publisher, whose rates contradict it.</param>
/// <param name="Level">The suspect level with the failing checks.</param>
public sealed record StoredLevelSuspect(Country Reporter, SourceKind Source, SuspectLevel Level) : UnverifiableReason;
