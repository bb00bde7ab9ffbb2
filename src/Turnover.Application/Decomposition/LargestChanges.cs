namespace Turnover.Application;

/// <summary>
/// A decomposition's table bounded to the lines whose value changed most (<see cref="DecomposeRequest.Top"/>): a pair
/// read at HS 6 digits has hundreds of lines, most of them too small to matter for "more goods or higher prices?".
/// The rest are summed in <see cref="Others"/>, so the listed lines and the others add up to all lines.
/// </summary>
/// <param name="Top">How many lines were asked for (more than there are lists them all, with no others).</param>
/// <param name="Lines">
/// At most <paramref name="Top"/> lines, by the absolute change in value from the first year to the last, largest first
/// (a fall counts as much as a rise of the same size); ties in the order of <see cref="DecomposeAnswer.Products"/>.
/// </param>
/// <param name="Others">The lines not listed, summed.</param>
public sealed record LargestChanges(int Top, IReadOnlyList<PriceVolumeChange> Lines, OtherLines Others)
{
    /// <summary>Picks the lines from all of a decomposition's products (in the answer's order) and sums the rest.</summary>
    /// <param name="products">Every product line of the answer.</param>
    /// <param name="top">How many to list; at least 1.</param>
    internal static LargestChanges Of(IReadOnlyList<PriceVolumeChange> products, int top)
    {
        // OrderBy is stable: lines that changed by the same amount keep the answer's order (value in the last year).
        var ranked = products.OrderByDescending(p => Math.Abs(p.Usd - p.BaseUsd)).ToList();
        var rest = ranked.Skip(top).ToList();
        return new LargestChanges(top, [.. ranked.Take(top)], new OtherLines(rest.Count, rest.Sum(p => p.BaseUsd), rest.Sum(p => p.Usd)));
    }
}
