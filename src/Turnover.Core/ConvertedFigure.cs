namespace Turnover.Core;

/// <summary>
/// A stored figure behind a series that the source published in another currency and the store holds converted to
/// US dollars (<see cref="Derivation.CurrencyConverted"/>).
/// </summary>
/// <param name="Period">The period of the stored figure (a month, a January–month cumulative, a year…).</param>
/// <param name="Flow">Export, Import or Turnover, from the series' reporter's point of view.</param>
/// <param name="ReleaseId">The release it came from.</param>
/// <param name="FileName">That release's file name.</param>
/// <param name="Conversion">How it was converted, as the release recorded it.</param>
public sealed record ConvertedFigure(Period Period, Flow Flow, int ReleaseId, string FileName, CurrencyConversion Conversion);
