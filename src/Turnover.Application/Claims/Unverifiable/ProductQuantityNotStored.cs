using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// A product group's lines are stored for the period, but not every line carries a weight (or some weigh zero): the
/// quantity cannot be summed, so a volume is not judged.
/// </summary>
/// <param name="Headings">The headings the words name.</param>
/// <param name="Period">The period whose quantity is incomplete (the claim's, or the same months of the year before).</param>
/// <param name="Reporter">Whose product lines were read.</param>
/// <param name="Source">Whose publication.</param>
public sealed record ProductQuantityNotStored(IReadOnlyList<HsHeading> Headings, Period Period, Country Reporter, SourceKind Source) : UnverifiableReason;
