using Turnover.Core;

namespace Turnover.Application;

/// <summary>The chosen statistics hold no monthly figure of the flow, which the models need (they forecast months).</summary>
/// <param name="Reporter">Whose statistics were chosen.</param>
/// <param name="Partner">The other country.</param>
/// <param name="Source">The publisher chosen.</param>
/// <param name="AsOf">Only figures published by this date were read; null for everything stored.</param>
public sealed record NoMonthlyFigures(Country Reporter, Country Partner, SourceKind Source, DateOnly? AsOf) : FailureReason;
