namespace Turnover.Core;

/// <summary>
/// A total that the source did not publish: the store summed it from the source's product lines of one level (the
/// coarsest present, so that chapters and their headings are never added together).
/// </summary>
/// <param name="Period">The period of the figure (a quarter or year may be the sum of summed months).</param>
/// <param name="Flow">Export, Import or Turnover, from the series' reporter's point of view.</param>
/// <param name="Lines">How many product lines were added (over every month of a summed quarter or year).</param>
/// <param name="CoarsestDigits">The HS level summed (2, 4 or 6); the coarsest where months were summed at different levels.</param>
/// <param name="FinestDigits">The finest level among the months summed; equal to <paramref name="CoarsestDigits"/> otherwise.</param>
public sealed record SummedTotal(Period Period, Flow Flow, long Lines, int CoarsestDigits, int FinestDigits);
