using Turnover.Core;

namespace Turnover.Application;

/// <summary>The pair's product lines from the source shown hold no line of the year asked for.</summary>
/// <param name="A">The first country.</param>
/// <param name="B">The second country.</param>
/// <param name="Year">The year asked for.</param>
/// <param name="Source">The source whose lines are shown.</param>
/// <param name="YearsStored">The years that source's lines cover, in order.</param>
public sealed record NoProductLinesInYear(Country A, Country B, int Year, SourceKind Source, IReadOnlyList<int> YearsStored) : FailureReason;
