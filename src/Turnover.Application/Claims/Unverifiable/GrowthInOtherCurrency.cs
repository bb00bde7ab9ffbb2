using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// The text's growth rate is computed in another currency ("in yuan terms … rose 8.9%"): the stored figures and printed
/// rates are in US dollars, and a rate in yuan differs from the dollar rate by the exchange rate's own change, so it is
/// not judged against them.
/// </summary>
/// <param name="Currency">The currency the text's rate is computed in.</param>
public sealed record GrowthInOtherCurrency(Currency Currency) : UnverifiableReason;
