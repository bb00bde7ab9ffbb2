using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// The claim states one side's figure, only the other side's count of the same trade is stored for it, and that count
/// disagrees beyond the thresholds. The two sides' counts differ by how each values and dates the trade (exports free on
/// board, imports with cost, insurance and freight; goods in transit; re-exports), so the other side's figure cannot show
/// the claim wrong: the verdict waits for the stated side's own statistics. The evidence keeps the other side's figure
/// and the difference.
/// </summary>
/// <param name="Stated">The side whose figure the claim states (named, cited, or lacking the period).</param>
/// <param name="Judged">The side whose statistics were read instead.</param>
public sealed record OtherSideDisagrees(Country Stated, Country Judged) : UnverifiableReason;
