using Turnover.Core;

namespace Turnover.Store;

/// <summary>Product lines of a pair from one source that no all-goods total stands for.</summary>
/// <param name="Source">The publisher.</param>
/// <param name="CoarsestDigits">The coarsest HS level among the lines (2, 4 or 6).</param>
/// <param name="Lines">How many lines.</param>
public sealed record UnsummedLines(SourceKind Source, int CoarsestDigits, long Lines);
