using Turnover.Core;

namespace Turnover.Analytics.Targets;

/// <summary>One side's (or a reconciled dataset's) statistics of a pair that the store holds.</summary>
/// <param name="Reporter">Whose statistics (for a reconciled dataset, the side it is read from).</param>
/// <param name="Source">The publisher.</param>
/// <param name="Reconciled">True for a reconciled dataset (BACI), which holds both sides as one estimate.</param>
public sealed record StoredStatistics(Country Reporter, SourceKind Source, bool Reconciled);
