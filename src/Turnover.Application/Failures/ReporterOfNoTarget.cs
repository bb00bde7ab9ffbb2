using Turnover.Core;
using Turnover.Core.Targets;

namespace Turnover.Application;

/// <summary>
/// The reporter asked for is a country of none of the targets to check: each target is named with its own pair, not
/// the first target's pair for all of them.
/// </summary>
/// <param name="Reporter">The reporter asked for.</param>
/// <param name="Targets">The targets to check, none of whose pairs holds the reporter (at least one).</param>
public sealed record ReporterOfNoTarget(Country Reporter, IReadOnlyList<Target> Targets) : FailureReason;
