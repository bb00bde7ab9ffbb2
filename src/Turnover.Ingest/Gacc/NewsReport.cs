using Turnover.Core;

namespace Turnover.Ingest.Gacc;

/// <summary>One row of the news compilation that carries a value: one page's statement of one figure.</summary>
/// <param name="Period">The months covered, after the Jan–Feb rule (see <see cref="NewsRowParser"/>).</param>
/// <param name="Flow">Turnover, Export (China's exports to the partner) or Import.</param>
/// <param name="Kind">How the page labelled the span.</param>
/// <param name="Figure">The value in billions of USD, with its stated precision.</param>
/// <param name="Line">1-based line in the file (header = 1).</param>
/// <param name="Url">The page that published it.</param>
internal sealed record NewsReport(Period Period, Flow Flow, ReportKind Kind, Figure Figure, long Line, string Url);
