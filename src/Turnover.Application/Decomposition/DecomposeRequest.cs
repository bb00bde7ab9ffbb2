using Turnover.Core;

namespace Turnover.Application;

/// <summary>A pair's change in value split into volume and price: <c>turnover decompose A B</c>.</summary>
/// <param name="A">One country.</param>
/// <param name="B">The other.</param>
public sealed record DecomposeRequest(Country A, Country B)
{
    /// <summary>
    /// One year (against the year before) or a first and a last year (chain-linked through every year between); by
    /// default the latest year whose lines cover all twelve months, against the year before.
    /// </summary>
    public YearRange Years { get; init; }

    /// <summary>Only the lines inside this HS chapter, heading or product; null for every line of the pair.</summary>
    public Product? Within { get; init; }

    /// <summary>
    /// The level lines are summed to before they are compared (finer is better: summing hides shifts between the
    /// products inside); never coarser than <see cref="Within"/>.
    /// </summary>
    public ProductLevel Level { get; init; } = ProductLevel.Product;

    /// <summary>
    /// List only this many lines, those whose value changed most in absolute terms, and sum the rest
    /// (<see cref="DecomposeAnswer.Largest"/>); null for every line. At least 1.
    /// </summary>
    public int? Top { get; init; }

    /// <summary>Only what was public by this date; null for everything stored.</summary>
    public DateOnly? AsOf { get; init; }
}
