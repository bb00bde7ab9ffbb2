namespace Turnover.Store;

/// <summary>
/// Every release that holds a figure's lines in a revision visible on the date, whether or not its revision is the one
/// shown, with the months each holds: how far each file reaches, which the latest revision of each line alone does
/// not say (a file whose lines a later file revises holds them still). Ascending by release; equal when the entries are.
/// </summary>
public sealed class ReleaseHoldings : ValueList<ReleaseMonths>, IEquatable<ReleaseHoldings>
{
    private ReleaseHoldings(ReleaseMonths[] entries)
        : base(entries)
    {
    }

    /// <summary>No release: a figure not read from the store.</summary>
    public static ReleaseHoldings None { get; } = new([]);

    /// <summary>The entries, one per release (the months of repeated entries joined), ascending by release.</summary>
    public static ReleaseHoldings Of(IEnumerable<ReleaseMonths> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var joined = entries.GroupBy(e => e.ReleaseId)
            .Select(g => new ReleaseMonths(g.Key, g.Aggregate(0, (mask, e) => mask | e.MonthMask)))
            .OrderBy(e => e.ReleaseId).ToArray();
        return joined.Length == 0 ? None : new(joined);
    }

    /// <inheritdoc />
    public bool Equals(ReleaseHoldings? other) => SameItems(other);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReleaseHoldings);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();

    /// <summary>"1 (4095), 5 (2047)".</summary>
    public override string ToString() => string.Join(", ", this.Select(e => $"{e.ReleaseId} ({e.MonthMask})"));
}
