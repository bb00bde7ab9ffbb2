using Turnover.Core;

namespace Turnover.Analytics.Targets;

/// <summary>Product lines of a pair stored from one source that do not add up to an all-goods total.</summary>
/// <param name="Source">The publisher.</param>
/// <param name="Lines">How many product lines.</param>
/// <param name="CoarsestDigits">The coarsest HS level among them (2, 4 or 6).</param>
public sealed record StoredProductLines(SourceKind Source, long Lines, int CoarsestDigits);
