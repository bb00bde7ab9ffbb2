using Turnover.Core;

namespace Turnover.Analytics.Targets;

/// <summary>Why a verdict may not mean what it seems: a fact about the figures behind it, worded by the renderers.</summary>
public abstract record TargetCaveat;

/// <summary>
/// The latest figure ends longer before the date than publication lags explain and the outcome is still open: the
/// months since are simulated, not published, and the verdict is the store's, not the date's.
/// </summary>
/// <param name="LatestFigure">The month of the reporter's latest figure.</param>
/// <param name="Months">Months between it and the date.</param>
public sealed record StaleFigures(Period LatestFigure, int Months) : TargetCaveat;

/// <summary>Figures the source never published as totals, which the store summed from product lines.</summary>
/// <param name="Count">How many such figures the series holds.</param>
/// <param name="CoarsestDigits">The HS levels they were summed at (2, 4 or 6 digits), ascending and distinct.</param>
public sealed record SummedFigures(int Count, IReadOnlyList<int> CoarsestDigits) : TargetCaveat;

/// <summary>Figures the source published in another currency, which the store converted to US dollars.</summary>
/// <param name="Count">How many stored figures behind the series were converted.</param>
/// <param name="Conversions">How they were converted, each distinct conversion once, in the series' order.</param>
public sealed record ConvertedFigures(int Count, IReadOnlyList<CurrencyConversion> Conversions) : TargetCaveat;

/// <summary>
/// Levels the report rests on (the deadline's outcome, the latest year, the year to date, a baseline, a projection's
/// window or base) that the publisher's own printed rates contradict beyond rounding on both sides (<see cref="SuspectLevels"/>).
/// </summary>
/// <param name="Levels">The suspect levels, in period order, each with its failing checks.</param>
public sealed record SuspectLevelsUsed(IReadOnlyList<SuspectLevel> Levels) : TargetCaveat;
