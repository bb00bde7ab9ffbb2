namespace Turnover.Application;

/// <summary>
/// One year-on-year link of the aggregate indices, over the products comparable in both of its years (same unit, a
/// quantity above zero, lines through the same last month): Laspeyres weighs by the base year's prices or quantities, Paasche by the
/// later year's, Fisher is their geometric mean. Fisher volume times Fisher price is the comparable value's change.
/// </summary>
/// <param name="BaseYear">The link's first year.</param>
/// <param name="Year">Its second year.</param>
/// <param name="BaseUsd">All lines' value in the first year (comparable or not), US dollars.</param>
/// <param name="Usd">All lines' value in the second year.</param>
/// <param name="ComparableBaseUsd">The first year's value of the comparable products' quantified lines.</param>
/// <param name="ComparableUsd">The second year's.</param>
/// <param name="Volume">Volume indices (1 = unchanged); null where nothing is comparable.</param>
/// <param name="Price">Unit value indices; null where nothing is comparable.</param>
public sealed record IndexLink(int BaseYear, int Year, decimal BaseUsd, decimal Usd, decimal ComparableBaseUsd, decimal ComparableUsd, IndexNumbers? Volume, IndexNumbers? Price)
{
    /// <summary>The comparable value's ratio (second year over first); null where nothing is comparable.</summary>
    public double? ComparableValueRatio => ComparableBaseUsd > 0m ? (double)(ComparableUsd / ComparableBaseUsd) : null;

    /// <summary>The comparable products' share of the first year's value, percent.</summary>
    public decimal? BaseCoveredPercent => BaseUsd > 0m ? ComparableBaseUsd / BaseUsd * 100m : null;

    /// <summary>The comparable products' share of the second year's value, percent.</summary>
    public decimal? CoveredPercent => Usd > 0m ? ComparableUsd / Usd * 100m : null;
}

/// <summary>A Laspeyres and a Paasche index (ratios: 1 = unchanged) and their Fisher mean.</summary>
/// <param name="Laspeyres">Weighted by the base period.</param>
/// <param name="Paasche">Weighted by the current period.</param>
public sealed record IndexNumbers(double Laspeyres, double Paasche)
{
    /// <summary>The geometric mean of the two: the index that passes the factor-reversal test.</summary>
    public double Fisher => Math.Sqrt(Laspeyres * Paasche);

    /// <summary>Each index multiplied by the other's (chain-linking two links).</summary>
    public IndexNumbers Times(IndexNumbers next) => new(Laspeyres * next.Laspeyres, Paasche * next.Paasche);
}
