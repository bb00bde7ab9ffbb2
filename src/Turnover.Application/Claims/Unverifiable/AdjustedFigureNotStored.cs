using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// A month's figure differs beyond the thresholds from the stored one, which is not seasonally adjusted, while the
/// publisher's monthly release headlines adjusted figures (<see cref="NotSeasonallyAdjusted"/>): the unadjusted figure
/// cannot show the claim wrong.
/// </summary>
/// <param name="Source">The publisher.</param>
/// <param name="Month">The claim's month.</param>
public sealed record AdjustedFigureNotStored(SourceKind Source, Period Month) : UnverifiableReason;
