using Turnover.Core;

namespace Turnover.Application;

/// <summary>What a pair trades by product: <c>turnover products A B</c>.</summary>
/// <param name="A">One country.</param>
/// <param name="B">The other.</param>
public sealed record ProductsRequest(Country A, Country B)
{
    /// <summary>
    /// One year (compared with the year before) or a first and a last year (compared with each other); by default the
    /// latest year whose lines cover all twelve months, against the year before.
    /// </summary>
    public YearRange Years { get; init; }

    /// <summary>The level lines are summed to.</summary>
    public ProductLevel Level { get; init; } = ProductLevel.Chapter;

    /// <summary>How many products the answer lists by value, and how many risers and fallers.</summary>
    public int Top { get; init; } = 10;

    /// <summary>Only what was public by this date; null for everything stored.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Whose statistics: A or B; null for the side with the most lines (as <c>series --reporter</c>).</summary>
    public Country? Reporter { get; init; }

    /// <summary>Which publisher's lines; null for the one with the most lines (as <c>series --source</c>).</summary>
    public SourceKind? Source { get; init; }

    /// <summary>Only exports or only imports, from the reporter's side; null for both.</summary>
    public Flow? Flow { get; init; }

    /// <summary>Also list the stored parts of the year shown's totals by this dimension (Comtrade breakdowns); null for none.</summary>
    public BreakdownDimension? By { get; init; }
}
