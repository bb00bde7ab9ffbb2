using Turnover.Core;
using Turnover.Ingest.Gacc;

namespace Turnover.Ingest.Fcs;

/// <summary>One valid row of the other side's table: a <see cref="StatedFigure"/> plus the precision of its numbers.</summary>
/// <param name="Stated">The row as stored (US dollars).</param>
/// <param name="Level">The level in billions of USD with its stated precision; null for a rate-only row.</param>
/// <param name="Rate">The growth rate in percent with its stated precision; null when none.</param>
internal sealed record StatedRow(StatedFigure Stated, Figure? Level, Figure? Rate);
