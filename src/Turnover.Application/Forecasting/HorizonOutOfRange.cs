using Turnover.Core;

namespace Turnover.Application;

/// <summary>The forecast horizon is outside 1 to <see cref="Most"/> steps.</summary>
/// <param name="Horizon">The horizon asked for, in steps of <paramref name="Granularity"/>.</param>
/// <param name="Most">The longest horizon, in the same steps.</param>
/// <param name="Granularity">Months or years.</param>
public sealed record HorizonOutOfRange(int Horizon, int Most, Granularity Granularity) : FailureReason;
