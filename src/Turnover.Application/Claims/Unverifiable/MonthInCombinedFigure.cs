using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// The claim is of January or February alone, and the reporter published the two months as one figure (China's
/// customs, around the Lunar New Year): the month is in no figure of its own, but the pair of months is.
/// </summary>
/// <param name="Reporter">Whose statistics were read.</param>
/// <param name="Measure">The reporter's measure read.</param>
/// <param name="Period">The claim's month.</param>
/// <param name="Combined">The combined January–February the reporter published.</param>
/// <param name="CombinedUsd">Its value.</param>
public sealed record MonthInCombinedFigure(Country Reporter, Measure Measure, Period Period, Period Combined, decimal CombinedUsd) : UnverifiableReason;
