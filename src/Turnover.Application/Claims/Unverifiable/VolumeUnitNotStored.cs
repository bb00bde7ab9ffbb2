using Turnover.Claims;

namespace Turnover.Application;

/// <summary>
/// A volume stated in barrels or cubic metres: the stored lines carry weights, and converting would need the density
/// of the oil or gas shipped, which the statistics do not give.
/// </summary>
/// <param name="Unit">The stated unit.</param>
/// <param name="Text">The quantity as written.</param>
public sealed record VolumeUnitNotStored(VolumeUnit Unit, string Text) : UnverifiableReason;
