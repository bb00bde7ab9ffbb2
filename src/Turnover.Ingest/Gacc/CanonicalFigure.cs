using Turnover.Core;

namespace Turnover.Ingest.Gacc;

/// <summary>The one value kept for a period and flow, reported or derived, with its evidence.</summary>
/// <param name="Period">The months covered.</param>
/// <param name="Flow">Turnover, Export or Import (China's side).</param>
/// <param name="Figure">Billions of USD with precision.</param>
/// <param name="Derivation">Reported, Cumulative or DifferencedFromCumulative.</param>
/// <param name="Published">First publication date, and what it rests on (calendar, page or estimate).</param>
/// <param name="SourceLine">Line of the report chosen (for a differenced month, of the later cumulative).</param>
/// <param name="Evidence">The page URL, or how the value was derived from pages.</param>
internal sealed record CanonicalFigure(Period Period, Flow Flow, Figure Figure, Derivation Derivation, GaccPublicationDate Published, long SourceLine, string Evidence);
