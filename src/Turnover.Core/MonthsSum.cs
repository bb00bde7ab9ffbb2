namespace Turnover.Core;

/// <summary>
/// A quarter's or a year's figure for which the store holds no figure of the source for the period itself: the store
/// added up the period's months as published. It need not equal the source's own year-to-date cumulatives, which a source may
/// compile or revise apart from its monthly figures.
/// </summary>
/// <param name="Period">The quarter or year.</param>
/// <param name="Flow">Export, Import or Turnover, from the series' reporter's point of view.</param>
public sealed record MonthsSum(Period Period, Flow Flow);
