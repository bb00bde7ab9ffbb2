using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// The stored parts of the year shown's totals by one dimension (<c>turnover products --by</c>): Comtrade breakdowns,
/// which no total adds. Only parts broken down by that dimension alone are listed, so that no part is counted twice.
/// </summary>
/// <param name="Dimension">Customs procedure, mode of transport or second partner.</param>
/// <param name="Year">The year shown.</param>
/// <param name="Groups">One per flow and product (or all goods) with parts stored; empty when none is stored.</param>
public sealed record ProductBreakdown(BreakdownDimension Dimension, int Year, IReadOnlyList<BreakdownGroup> Groups)
{
    /// <summary>Parts of the same totals broken down by another dimension, or by several at once: not listed.</summary>
    public int OtherParts { get; init; }
}

/// <summary>One total and its parts by the dimension asked.</summary>
/// <param name="Flow">From the reporter's side.</param>
/// <param name="Product">The product line at the level asked, or the all-goods total.</param>
/// <param name="TotalUsd">The stored total the parts break down; null where the file gave the parts without it (never derived from them).</param>
/// <param name="Parts">The parts, by value, largest first.</param>
public sealed record BreakdownGroup(Flow Flow, Product Product, decimal? TotalUsd, IReadOnlyList<BreakdownPart> Parts)
{
    /// <summary>The parts' sum, US dollars.</summary>
    public decimal PartsUsd => Parts.Sum(p => p.Usd);

    /// <summary>The parts' sum as a share of the total, percent; null without a total.</summary>
    public decimal? CoveredPercent => TotalUsd is > 0m and { } total ? PartsUsd / total * 100m : null;
}

/// <summary>One part of a total.</summary>
/// <param name="Code">The dimension's code and the file's description (<c>2100 Sea</c>).</param>
/// <param name="Usd">Its value, US dollars.</param>
/// <param name="SharePercent">Its share of the total, percent; null without a total.</param>
public sealed record BreakdownPart(BreakdownCode Code, decimal Usd, decimal? SharePercent);
