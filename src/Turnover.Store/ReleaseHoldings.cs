using System.Collections;

namespace Turnover.Store;

/// <summary>
/// Every release that holds a figure's lines in a revision visible on the date, whether or not its revision is the one
/// shown, with the months each holds: how far each file reaches, which the latest revision of each line alone does
/// not say (a file whose lines a later file revises holds them still). Ascending by release; equal when the entries are.
/// </summary>
public sealed class ReleaseHoldings : IReadOnlyList<ReleaseMonths>, IEquatable<ReleaseHoldings>
{
    private readonly ReleaseMonths[] _entries;

    private ReleaseHoldings(ReleaseMonths[] entries) => _entries = entries;

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
    public int Count => _entries.Length;

    /// <inheritdoc />
    public ReleaseMonths this[int index] => _entries[index];

    /// <inheritdoc />
    public IEnumerator<ReleaseMonths> GetEnumerator() => ((IEnumerable<ReleaseMonths>)_entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ReleaseHoldings? other) => other is not null && _entries.AsSpan().SequenceEqual(other._entries);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReleaseHoldings);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var entry in _entries)
        {
            hash.Add(entry);
        }

        return hash.ToHashCode();
    }

    /// <summary>"1 (4095), 5 (2047)".</summary>
    public override string ToString() => string.Join(", ", _entries.Select(e => $"{e.ReleaseId} ({e.MonthMask})"));
}
