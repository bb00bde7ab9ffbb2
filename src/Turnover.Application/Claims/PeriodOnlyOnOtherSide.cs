using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// The side whose statistics would judge the claim holds no figure for its period, the other side's do: the claim is
/// judged on those, which count the same trade differently (the mirror gap).
/// </summary>
/// <param name="Lacking">The side with no figure for the period.</param>
/// <param name="Judged">The side whose figure judged the claim.</param>
public sealed record PeriodOnlyOnOtherSide(Country Lacking, Country Judged) : ClaimNote;
