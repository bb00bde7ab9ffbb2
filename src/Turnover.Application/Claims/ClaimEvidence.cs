using Turnover.Core;
using Turnover.Store;

namespace Turnover.Application;

/// <summary>
/// The stored figures a claim was compared with: whose statistics, which publisher and releases, the figure and its
/// growth, and the differences (stored minus stated).
/// </summary>
/// <param name="Reporter">Whose statistics were used.</param>
/// <param name="Partner">The other country.</param>
/// <param name="Source">The publisher.</param>
/// <param name="Measure">The reporter's measure that is the claim's figure (mirrored when the other side's statistics were used).</param>
/// <param name="Period">The period of the figure.</param>
/// <param name="AsOf">Figures published by this date; null for everything stored.</param>
/// <param name="Releases">The live releases of that source behind the figures.</param>
public sealed record ClaimEvidence(Country Reporter, Country Partner, SourceKind Source, Measure Measure, Period Period, DateOnly? AsOf, IReadOnlyList<ReleaseSummary> Releases)
{
    /// <summary>The stored value in US dollars; null when the period has none.</summary>
    public decimal? ValueUsd { get; init; }

    /// <summary>
    /// True when the figure is the twelve months ending with <see cref="Period"/> (a month), made from the stored
    /// months or cumulatives, and its growth is on the twelve months before: "in the 12 months to November 2024".
    /// </summary>
    public bool TwelveMonths { get; init; }

    /// <summary>
    /// For an amount over several calendar years ("$900 billion in 2019-2023"): each year's stored figure, whose sum is
    /// <see cref="ValueUsd"/>; <see cref="Period"/> is then the last year. Empty otherwise.
    /// </summary>
    public IReadOnlyList<SummedYear> SummedYears { get; init; } = [];

    /// <summary>The stated amount in US dollars (converted when the text gave another currency); null when the claim states none.</summary>
    public decimal? StatedUsd { get; init; }

    /// <summary>
    /// A stated range ("$230-245 billion") in US dollars; <see cref="StatedUsd"/> is then its end nearer the stored
    /// value and the differences are from that end (zero inside the range). Null for a single number.
    /// </summary>
    public UsdRange? StatedRange { get; init; }

    /// <summary>How a stated amount in another currency was converted (the amount, its period's rates); null for US dollars.</summary>
    public StatedConversion? StatedConversion { get; init; }

    /// <summary>Stored minus stated, in US dollars.</summary>
    public decimal? DifferenceUsd { get; init; }

    /// <summary>Stored minus stated, as a percentage of the stored value.</summary>
    public decimal? DifferencePercent { get; init; }

    /// <summary>The growth rate compared with, percent on the same period a year earlier.</summary>
    public decimal? GrowthPercent { get; init; }

    /// <summary>Whether <see cref="GrowthPercent"/> is the publisher's printed rate or computed from the levels.</summary>
    public GrowthOrigin? GrowthOrigin { get; init; }

    /// <summary>The growth rate computed from the stored levels, whichever was compared; null when a level is missing.</summary>
    public decimal? ComputedGrowthPercent { get; init; }

    /// <summary>The printed rate's record (where it was printed, when), when a published rate was used.</summary>
    public PublishedRate? PublishedRate { get; init; }

    /// <summary>Stored growth minus stated growth, in percentage points.</summary>
    public decimal? DifferencePoints { get; init; }

    /// <summary>
    /// The points within which a rate over several years was roughly accurate (<see cref="ClaimThresholds.RoughGrowthPointsOver"/>);
    /// null for a rate over one year or less, judged with <see cref="ClaimThresholds.RoughGrowthPoints"/>.
    /// </summary>
    public decimal? RoughGrowthPoints { get; init; }

    /// <summary>What else the reader should know: the side judged on, the other side not stored, a mirrored flow.</summary>
    public IReadOnlyList<ClaimNote> Notes { get; init; } = [];

    /// <summary>For a figure the text calls a superlative since a year ("the smallest since 2004"): the check against the years between; null otherwise or when it could not be made.</summary>
    public SuperlativeCheck? Superlative { get; init; }

    /// <summary>For a figure the text calls a record: whether it is above every earlier stored one; null otherwise or when none is stored.</summary>
    public RecordCheck? Record { get; init; }

    /// <summary>For a threshold the text says was crossed for the first time: whether no earlier figure stored was above it; null otherwise.</summary>
    public FirstTimeCheck? FirstTime { get; init; }

    /// <summary>
    /// For a surplus or deficit claim: whose balance the figures are, as stated, so that <see cref="ValueUsd"/> and the
    /// growth compare with the text's numbers; null for a flow.
    /// </summary>
    public BalanceView? Balance { get; init; }

    /// <summary>The text's one-sided bounds the stored figures break (each makes the claim inaccurate); empty when none.</summary>
    public IReadOnlyList<StatedBound> BrokenBounds { get; init; } = [];

    /// <summary>
    /// The text's bounds the stored figures keep ("more than $200 billion" of $240.1 bn, "almost a third" of +29.3 %):
    /// each makes its number accurate within the text's rounding however far the figure is from it; empty when none.
    /// </summary>
    public IReadOnlyList<StatedBound> HeldBounds { get; init; } = [];

    /// <summary>
    /// For a change ("rose by $4.7 billion"): the year before's figure and the change to <see cref="ValueUsd"/>, which
    /// <see cref="StatedUsd"/> and <see cref="DifferenceUsd"/> are then about; null otherwise.
    /// </summary>
    public ChangeEvidence? Change { get; init; }

    /// <summary>
    /// For a rate the text says a goal needs: the goal and the span the needed rate (<see cref="GrowthPercent"/>) was
    /// computed over, from <see cref="Period"/>'s figure (<see cref="ValueUsd"/>); null otherwise.
    /// </summary>
    public RequiredGrowthEvidence? Required { get; init; }

    /// <summary>
    /// For a volume claim: the stored quantity it was judged on, and its growth; null otherwise. <see cref="ValueUsd"/>
    /// is then the same lines' value, shown beside it, and the growth fields above stay empty: the value's rate was not judged.
    /// </summary>
    public VolumeEvidence? Volume { get; init; }
}

/// <summary>A product group's stored quantity, in metric tonnes, against the text's (differences: stored minus stated).</summary>
/// <param name="StoredTonnes">The period's quantity summed over the headings' lines.</param>
public sealed record VolumeEvidence(decimal StoredTonnes)
{
    /// <summary>The stated quantity; null when the text states only a rate.</summary>
    public decimal? StatedTonnes { get; init; }

    /// <summary>Stored minus stated, tonnes.</summary>
    public decimal? DifferenceTonnes { get; init; }

    /// <summary>Stored minus stated, percent of the stored quantity.</summary>
    public decimal? DifferencePercent { get; init; }

    /// <summary>The same months of the year before, when a rate was judged.</summary>
    public decimal? BaseTonnes { get; init; }

    /// <summary>The quantity's growth on the year before, computed from the two; null when no rate was judged.</summary>
    public decimal? GrowthPercent { get; init; }

    /// <summary>Computed growth minus stated growth, percentage points.</summary>
    public decimal? DifferencePoints { get; init; }
}

/// <summary>A stated range of US dollars, its ends included.</summary>
/// <param name="LowUsd">The lower end.</param>
/// <param name="HighUsd">The upper end.</param>
public sealed record UsdRange(decimal LowUsd, decimal HighUsd)
{
    /// <summary>The stored value itself inside the range, else the nearer end.</summary>
    public decimal Nearest(decimal value) => Math.Clamp(value, LowUsd, HighUsd);
}
