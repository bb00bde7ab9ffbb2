using Turnover.Core;
using Turnover.Store.Internal;

namespace Turnover.Store;

public sealed partial class TradeStore
{
    /// <summary>
    /// Both sides' levels of a pair's flows over the same spans (mirror.sql): full years, and the January-to-month span
    /// a side published in a year it has no full-year figure for (compared with the other side's same span, summed from
    /// its months where it published no such total). One query for both sides.
    /// </summary>
    /// <exception cref="ArgumentException">A and B are one country, or a source is a reconciled dataset (no side's statistics).</exception>
    /// <exception cref="StoreException">The file is damaged.</exception>
    public IReadOnlyList<MirrorLevel> MirrorLevels(MirrorRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.RequireTwoSides();

        return Reading(() =>
        {
            using var threads = SingleThreaded();
            using var command = Command(
                Sql("mirror"), (short)request.A.Code, (short)request.B.Code, SourceCatalog.Of(request.SourceA).Code,
                SourceCatalog.Of(request.SourceB).Code, request.AsOf);
            using var reader = command.ExecuteReader();
            int year = reader.Column("year"), months = reader.Column("months"), direction = reader.Column("direction");
            int aUsd = reader.Column("a_usd"), aHow = reader.Column("a_how"), bUsd = reader.Column("b_usd"), bHow = reader.Column("b_how");
            var rows = new List<MirrorLevel>();
            while (reader.Read())
            {
                rows.Add(new MirrorLevel(
                    Period.YearToDate(reader.GetInt16(year), reader.GetInt32(months)), (MirrorFlow)reader.GetInt32(direction),
                    reader.IsDBNull(aUsd) ? null : new SideLevel(reader.GetDecimal(aUsd), (LevelOrigin)reader.GetByte(aHow)),
                    reader.IsDBNull(bUsd) ? null : new SideLevel(reader.GetDecimal(bUsd), (LevelOrigin)reader.GetByte(bHow))));
            }

            return rows;
        });
    }
}
