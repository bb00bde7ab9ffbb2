using Turnover.Core;

namespace Turnover.Application;

/// <summary>The pair is stored, but not the figure of the claim's period.</summary>
/// <param name="Reporter">Whose statistics were read.</param>
/// <param name="Measure">The reporter's measure read.</param>
/// <param name="Period">The claim's period.</param>
/// <param name="PublishedBy">Figures published by this date were read.</param>
/// <param name="Stored">Where the reporter's figures of that kind (years, quarters or months) are, when it has any: "the yearly figures run to 2019".</param>
public sealed record FigureNotStored(Country Reporter, Measure Measure, Period Period, DateOnly PublishedBy, StoredSpan? Stored = null) : UnverifiableReason;
