using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// A product group's headings are stored for the pair, but not for every month of the year the claim needs (or of the
/// year before, for its growth).
/// </summary>
/// <param name="Headings">The headings the words name.</param>
/// <param name="Year">The year missing or incomplete.</param>
/// <param name="Reporter">Whose product lines were read.</param>
/// <param name="Source">Whose publication.</param>
public sealed record ProductYearNotCovered(IReadOnlyList<HsHeading> Headings, int Year, Country Reporter, SourceKind Source) : UnverifiableReason;
