using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// A month's figure judged on a publisher whose monthly release headlines seasonally adjusted figures, while the stored
/// ones (its country tables) are not adjusted: the text may quote the adjusted figure, which the store lacks.
/// </summary>
/// <param name="Source">The publisher (<see cref="SourceDeclaration.HeadlinesSeasonallyAdjusted"/>).</param>
public sealed record NotSeasonallyAdjusted(SourceKind Source) : ClaimNote;
