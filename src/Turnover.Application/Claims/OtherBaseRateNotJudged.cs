namespace Turnover.Application;

/// <summary>
/// The claim's amount is judged, but not its growth rate, which is against a base named without a period (see
/// <see cref="GrowthAgainstOtherBase"/>).
/// </summary>
/// <param name="Text">The words naming the base.</param>
public sealed record OtherBaseRateNotJudged(string Text) : ClaimNote;
