using Turnover.Core;

namespace Turnover.Analytics;

/// <summary>
/// One published rate checked against the two levels it links: <paramref name="Earlier"/> (a year before) and
/// <paramref name="Later"/> (the period the rate is for).
/// </summary>
/// <param name="RatePeriod">The period the published rate is for (that of <paramref name="Later"/>).</param>
/// <param name="PublishedPercent">The rate as printed.</param>
/// <param name="ComputedPercent">The rate the two levels give.</param>
/// <param name="TolerancePoints">How far the two may differ from rounding alone, in percentage points (see <see cref="SuspectLevels"/>).</param>
/// <param name="Earlier">The level a year before, USD.</param>
/// <param name="Later">The level of the rate's period, USD.</param>
/// <param name="ImpliedEarlierUsd">The earlier level the published rate and the later level imply.</param>
/// <param name="ImpliedLaterUsd">The later level the published rate and the earlier level imply.</param>
public sealed record RateCheck(
    Period RatePeriod,
    decimal PublishedPercent,
    decimal ComputedPercent,
    decimal TolerancePoints,
    decimal Earlier,
    decimal Later,
    decimal ImpliedEarlierUsd,
    decimal ImpliedLaterUsd)
{
    /// <summary>True when the levels and the published rate disagree beyond rounding.</summary>
    public bool Fails => Math.Abs(ComputedPercent - PublishedPercent) > TolerancePoints;
}
