using Turnover.Core;

namespace Turnover.Application;

/// <summary>One product's trade (exports plus imports from the reporter's side) in the base year and the year shown.</summary>
/// <param name="Product">The product at the level asked.</param>
/// <param name="BaseUsd">Value in the base year, US dollars (0 when no line was stored).</param>
/// <param name="Usd">Value in the year shown, US dollars.</param>
/// <param name="SharePercent">Share of the year's basis (the all-goods total, or the lines' sum: <see cref="ProductsAnswer.ShareOfTotal"/>).</param>
/// <param name="ChangePercent">Growth on the base year; null where the base is zero or there is no base year.</param>
/// <param name="ContributionPoints">Change over the base year's basis, in percentage points: the contributions add up to the basis' growth.</param>
public sealed record ProductChange(Product Product, decimal BaseUsd, decimal Usd, decimal? SharePercent, decimal? ChangePercent, decimal? ContributionPoints)
{
    /// <summary>The product's name where one is known (a commodity's own, the bundled HS 6-digit table's, Wind's); else null.</summary>
    public string? Name { get; init; } = ProductNames.Of(Product);

    /// <summary>
    /// For a commodity of a classification of its own (FAO's), the HS 6-digit line that is exactly the same goods; null
    /// for an HS line and for a commodity that is only a part of an HS line or spans several.
    /// </summary>
    public Product? ExactHs { get; init; } = ProductNames.ExactHs(Product);

    /// <summary>The last month (1–12) the product's lines reach in the year shown; null where it has none.</summary>
    public int? LastMonth { get; init; }

    /// <summary>The last month (1–12) the product's lines reach in the base year (after any cut to the year shown's months); null where it has none.</summary>
    public int? BaseLastMonth { get; init; }

    /// <summary>
    /// Where the product has lines in the base year and none in the year shown, and the files that hold its lines end
    /// before the year shown does, the last month they reach: the year shown is not known, not zero, so there is no
    /// change or contribution. Null otherwise.
    /// </summary>
    public Period? FilesEnd { get; init; }

    /// <summary>
    /// For a chapter or heading, the finer lines inside it with lines in the base year and none in the year shown whose
    /// files end before it (<see cref="FilesEnd"/>): its change holds them in one year only. Empty otherwise.
    /// </summary>
    public IReadOnlyList<EndedLine> EndedInside { get; init; } = [];

    /// <summary>
    /// For a chapter or heading whose lines reach the same last month in both years, the finer lines inside it that do
    /// not (Russia's LNG to November 2022 inside HS 27, whose crude runs to December): its change holds them over
    /// unequal spans, which its own months do not show. Empty otherwise.
    /// </summary>
    public IReadOnlyList<UnequalLine> UnequalInside { get; init; } = [];
}

/// <summary>A finer line whose files end before the year shown.</summary>
/// <param name="Product">The line's product.</param>
/// <param name="FilesEnd">The last month the files that hold its lines reach.</param>
public sealed record EndedLine(Product Product, Period FilesEnd);

/// <summary>A finer line whose lines end in different months of the two years.</summary>
/// <param name="Product">The line's product.</param>
/// <param name="LastMonth">The last month (1–12) its lines reach in the year shown.</param>
/// <param name="BaseLastMonth">The same in the base year.</param>
public sealed record UnequalLine(Product Product, int LastMonth, int BaseLastMonth);
