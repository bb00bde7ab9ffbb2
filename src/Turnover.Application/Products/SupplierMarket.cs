namespace Turnover.Application;

/// <summary>The importer's market for the product in one year: what the origins' shares are of.</summary>
/// <param name="Year">The calendar year.</param>
/// <param name="WorldUsd">The importer's imports of the product from the world as published (partner World); null where none is stored.</param>
/// <param name="OriginsUsd">The sum over the origins stored, over the months the shares are over where an origin's lines run past them (<see cref="SupplierYear.ShareOn"/>).</param>
/// <param name="Months">How many months of the year the lines cover.</param>
public sealed record SupplierMarket(int Year, decimal? WorldUsd, decimal OriginsUsd, int Months)
{
    /// <summary>Origins with lines the year before and fewer months this year than the market's (<see cref="ShareMonths"/>), largest the year before first.</summary>
    public IReadOnlyList<SupplierShortfall> Shortfalls { get; init; } = [];

    /// <summary>
    /// Products inside the one asked that origins have lines of and the world figure does not cover (the Wind export's
    /// HS 27 holds coal and lignite by origin but no world line of them: its "world" 309.7 bn was crude and gas alone,
    /// and the origins added up to 107 % of it). The world figure is then no total of what the origins sum; empty when
    /// it covers them.
    /// </summary>
    public IReadOnlyList<Core.Product> WorldLacks { get; init; } = [];

    /// <summary>
    /// How many months the market the shares are of covers: the world figure's (or the origins' without a comparable
    /// one), January to <see cref="ThroughMonth"/> where lines are cut to it.
    /// </summary>
    public int ShareMonths { get; init; } = 12;

    /// <summary>
    /// Where lines run past the months the shares are over, the last of those months (see <see cref="SupplierShareMonths"/>):
    /// the lines past it were read again through it. Null where every line ends by it.
    /// </summary>
    public int? ThroughMonth { get; init; }

    /// <summary>Where the world figure runs past <see cref="ThroughMonth"/>, its value through it (the shares' basis); else null.</summary>
    public decimal? WorldThroughUsd { get; init; }

    /// <summary>
    /// Set where there is no world figure to share of and origins worth 5 % or more of the year before's sum have no
    /// line this year because the files that hold them end before it (not because their trade stopped): the sum is then
    /// what is left of the origins stored, no market (the Wind export of China's crude imports from Russia alone runs
    /// into 2023, where the export of every origin stops: Russia was "100 %" of it). The percent of the year before's
    /// sum those origins were; no shares are given.
    /// </summary>
    public decimal? LapsedPercent { get; init; }

    /// <summary>
    /// Set where origins worth 5 % or more of the year before's sum have no line this year because the files that hold
    /// them end before it, whether or not a world figure is stored: with one, the shares of it stand, but the origins'
    /// sum says nothing of how much of it they cover (China's LNG in January–February 2023, from the file of imports
    /// from Russia, against origins whose export ends in November 2022: "0.0 %"); without one, <see cref="LapsedPercent"/>.
    /// The percent of the year before's sum those origins were.
    /// </summary>
    public decimal? FilesEndPercent { get; init; }

    /// <summary>True when the world figure is stored and covers every product the origins have lines of.</summary>
    public bool WorldComparable => WorldUsd is not null && WorldLacks.Count == 0;

    /// <summary>What shares are of: the world figure (through <see cref="ThroughMonth"/>) where one is stored and covers the origins' products, else the origins' sum.</summary>
    public decimal BasisUsd => WorldComparable ? WorldThroughUsd ?? WorldUsd!.Value : OriginsUsd;
}
