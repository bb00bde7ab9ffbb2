namespace Turnover.Application;

/// <summary>The years a product question covers: one year (<c>--year</c>), a first and a last (<c>--from</c>, <c>--to</c>), or neither.</summary>
/// <param name="From">The first year; null for the default.</param>
/// <param name="To">The last year (inclusive); null for the default.</param>
public readonly record struct YearRange(int? From, int? To)
{
    /// <summary>No years asked: each use case says its default.</summary>
    public static YearRange Default => default;

    /// <summary>One year.</summary>
    public static YearRange Of(int year) => new(year, year);
}
