using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// A product group's headings are stored for the pair, but not for every month of the period the claim needs (a year,
/// or a year to date; or the same months of the year before, for its growth).
/// </summary>
/// <param name="Headings">The headings the words name.</param>
/// <param name="Period">The period missing or incomplete.</param>
/// <param name="Reporter">Whose product lines were read.</param>
/// <param name="Source">Whose publication.</param>
public sealed record ProductYearNotCovered(IReadOnlyList<HsHeading> Headings, Period Period, Country Reporter, SourceKind Source) : UnverifiableReason;
