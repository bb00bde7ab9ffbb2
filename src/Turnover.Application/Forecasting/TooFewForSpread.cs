using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// The chosen statistics hold too few monthly figures for the model to estimate a spread: every simulated path would
/// be the point forecast, and the intervals would show it as certain.
/// </summary>
/// <param name="Reporter">Whose statistics were chosen.</param>
/// <param name="Partner">The other country.</param>
/// <param name="Source">The publisher chosen.</param>
/// <param name="AsOf">Only figures published by this date were read; null for everything stored.</param>
/// <param name="Observations">The monthly figures the model had.</param>
/// <param name="ObservationsNeeded">How many, in consecutive months, the method needs for a spread; null when it does not say.</param>
public sealed record TooFewForSpread(Country Reporter, Country Partner, SourceKind Source, DateOnly? AsOf, int Observations, int? ObservationsNeeded) : FailureReason;
