using Turnover.Core;
using Turnover.Store.ClickHouse.Internal;

namespace Turnover.Store.ClickHouse;

public sealed partial class ClickHouseTradeStore
{
    /// <inheritdoc />
    /// <remarks>
    /// The pair's visible totals come from the server, as for a series (each shard computes its pairs'); the spans
    /// and each side's level for them are mirror.sql's rules in C# (MirrorAssembly).
    /// </remarks>
    /// <exception cref="ArgumentException">A and B are one country, or a source is a reconciled dataset (no side's statistics).</exception>
    public IReadOnlyList<MirrorLevel> MirrorLevels(MirrorRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.RequireTwoSides();

        return MirrorAssembly.Assemble(VisibleTotals(LiveReleases(), request.AsOf, (request.A.Code, request.B.Code)), request);
    }
}
