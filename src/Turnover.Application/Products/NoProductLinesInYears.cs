using Turnover.Core;

namespace Turnover.Application;

/// <summary>The pair's product lines from the source shown hold no line of one or more of the years asked for.</summary>
/// <param name="A">The first country.</param>
/// <param name="B">The second country.</param>
/// <param name="Years">The years asked for that hold no line, in order.</param>
/// <param name="Source">The source whose lines are shown.</param>
/// <param name="YearsStored">The years that source's lines cover, in order.</param>
public sealed record NoProductLinesInYears(Country A, Country B, IReadOnlyList<int> Years, SourceKind Source, IReadOnlyList<int> YearsStored) : FailureReason;
