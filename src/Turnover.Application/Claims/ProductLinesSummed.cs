using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// A product group's figure ("China's crude oil imports from Russia") was judged on the sum of the stored lines of
/// the HS headings its words name, not on all goods.
/// </summary>
/// <param name="Words">The product group as the text names it.</param>
/// <param name="Headings">The headings summed.</param>
/// <param name="Lines">How many stored lines the period's figure sums.</param>
public sealed record ProductLinesSummed(string Words, IReadOnlyList<HsHeading> Headings, long Lines) : ClaimNote;
