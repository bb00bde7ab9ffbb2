using Turnover.Core;

namespace Turnover.Store;

/// <summary>
/// One stored part of a total (a Comtrade breakdown row) as visible on a date, with its total where one is stored:
/// what <c>TradeStore.Breakdowns</c> reads.
/// </summary>
/// <param name="Source">The publisher.</param>
/// <param name="Reporter">Whose statistics.</param>
/// <param name="Partner">The partner.</param>
/// <param name="Flow">As stored.</param>
/// <param name="Period">The months covered.</param>
/// <param name="Product">The product line, or the all-goods total.</param>
/// <param name="Breakdown">Customs procedure, mode of transport and second partner, each a code with the file's description.</param>
/// <param name="ValueUsd">The part's value, US dollars.</param>
/// <param name="Quantity">The part's quantity, where given.</param>
/// <param name="TotalUsd">The visible total of the same source and key; null where no total row is stored (never derived from the parts).</param>
/// <param name="SourceLine">The line of the file that gave it.</param>
public sealed record StoredBreakdown(
    SourceKind Source,
    Country Reporter,
    Country Partner,
    Flow Flow,
    Period Period,
    Product Product,
    TradeBreakdown Breakdown,
    decimal ValueUsd,
    Quantity? Quantity,
    decimal? TotalUsd,
    long SourceLine);
