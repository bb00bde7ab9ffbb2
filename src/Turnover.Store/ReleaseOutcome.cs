using Turnover.Core;

namespace Turnover.Store;

/// <summary>
/// What the reader concluded once every record was read: the release to record, or a rejection. Known only
/// after the stream ends, so <c>TradeStore.Load</c> asks for it then.
/// </summary>
/// <param name="Release">The release; null rejects the file (nothing of it is stored).</param>
/// <param name="Format">The reader format name.</param>
/// <param name="RowsRead">Data rows read.</param>
/// <param name="Skipped">Rows deliberately not stored, by reason.</param>
/// <param name="Discrepancies">Disagreeing reports of one figure, kept as evidence.</param>
public sealed record ReleaseOutcome(
    Release? Release,
    string Format,
    long RowsRead,
    IReadOnlyDictionary<string, long> Skipped,
    IReadOnlyList<Discrepancy> Discrepancies)
{
    /// <summary>Growth rates the file prints, stored with the release (empty when it prints none).</summary>
    public IReadOnlyList<PublishedRate> PublishedRates { get; init; } = [];

    /// <summary>Reports of one published rate that disagree beyond rounding, kept as evidence.</summary>
    public IReadOnlyList<RateDisagreement> RateDisagreements { get; init; } = [];

    /// <summary>Figures as pages stated them (quote, page, span, attribution), stored with the release; empty for most formats.</summary>
    public IReadOnlyList<StatedFigure> StatedFigures { get; init; } = [];
}
