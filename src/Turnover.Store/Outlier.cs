namespace Turnover.Store;

/// <summary>A figure implausible for trade between two countries, found by the outlier screen before committing a file.</summary>
/// <param name="Line">The input line that gave it.</param>
/// <param name="Figure">The figure in the user's terms: who reports what with whom, when, for which goods.</param>
/// <param name="ValueUsd">Its value in US dollars.</param>
/// <param name="Months">The months it covers.</param>
public sealed record Outlier(long Line, string Figure, decimal ValueUsd, int Months)
{
    /// <summary>Set when the figure is above world trade in its months: the bound it exceeds, in US dollars.</summary>
    public decimal? WorldTradeBoundUsd { get; init; }

    /// <summary>Set when the figure is 100 times off the same figure of another release of the source: that figure.</summary>
    public decimal? StoredUsd { get; init; }

    /// <summary>The release holding <see cref="StoredUsd"/>.</summary>
    public int? StoredRelease { get; init; }

    /// <summary>
    /// Set when <see cref="ValueUsd"/> is the sum of this many product lines of one figure, above what the store can
    /// sum (<see cref="SumCeilingUsd"/>): such a file is refused even when outliers are accepted.
    /// </summary>
    public int? SummedLines { get; init; }

    /// <summary>
    /// The largest sum of one figure's product lines a file may bring: 10^15 USD, the ceiling every reader holds a single
    /// value to (forty years of world trade). The store reads a total back as DECIMAL(18, 2), below 10^16 USD.
    /// </summary>
    public const decimal SumCeilingUsd = Core.TradeValueLimits.MaxUsd;

    /// <summary>True when no option lets the figure be stored (<see cref="SummedLines"/>).</summary>
    public bool BeyondStore => SummedLines is not null;
}
