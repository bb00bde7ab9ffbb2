namespace Turnover.Store;

/// <summary>
/// The releases a stored figure rests on, ascending and without repeats (<c>turnover release show ID</c> for each).
/// Two sets are equal when their ids are, so that answers holding one compare by value.
/// </summary>
public sealed class ReleaseIds : ValueList<int>, IEquatable<ReleaseIds>
{
    private ReleaseIds(int[] ids)
        : base(ids)
    {
    }

    /// <summary>No release: a figure not read from the store.</summary>
    public static ReleaseIds None { get; } = new([]);

    /// <summary>The ids, sorted and each once.</summary>
    public static ReleaseIds Of(IEnumerable<int> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var sorted = ids.Distinct().Order().ToArray();
        return sorted.Length == 0 ? None : new(sorted);
    }

    /// <summary>The ids of both.</summary>
    public ReleaseIds Union(ReleaseIds other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.Count == 0 ? this : Count == 0 ? other : Of(this.Concat(other));
    }

    /// <inheritdoc />
    public bool Equals(ReleaseIds? other) => SameItems(other);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReleaseIds);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();

    /// <summary>"1, 5".</summary>
    public override string ToString() => string.Join(", ", this);
}
