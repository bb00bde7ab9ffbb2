using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// The stored figure the claim was judged on is a quarter the publisher printed no figure of, nor all of whose months:
/// the difference of its January-to-date cumulatives at the quarter's end and at the quarter before's.
/// </summary>
/// <param name="Quarter">The claim's quarter.</param>
public sealed record QuarterFromCumulatives(Period Quarter) : ClaimNote;
