using Turnover.Core;

namespace Turnover.Application;

/// <summary>The stored change a stated change is judged against: the period's figure less the base period's.</summary>
/// <param name="Base">The same period a year earlier, or the period before where the text says so.</param>
/// <param name="BaseUsd">Its stored figure.</param>
/// <param name="ChangeUsd">The period's figure less it.</param>
public sealed record ChangeEvidence(Period Base, decimal BaseUsd, decimal ChangeUsd);
