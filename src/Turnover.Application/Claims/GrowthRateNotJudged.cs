using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// The claim's amount is judged, but not its growth rate, which the text computed in another currency (see
/// <see cref="GrowthInOtherCurrency"/>).
/// </summary>
/// <param name="Currency">The currency the text's rate is computed in.</param>
public sealed record GrowthRateNotJudged(Currency Currency) : ClaimNote;
