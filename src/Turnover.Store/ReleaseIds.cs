using System.Collections;

namespace Turnover.Store;

/// <summary>
/// The releases a stored figure rests on, ascending and without repeats (<c>turnover release show ID</c> for each).
/// Two sets are equal when their ids are, so that answers holding one compare by value.
/// </summary>
public sealed class ReleaseIds : IReadOnlyList<int>, IEquatable<ReleaseIds>
{
    private readonly int[] _ids;

    private ReleaseIds(int[] ids) => _ids = ids;

    /// <summary>No release: a figure not read from the store.</summary>
    public static ReleaseIds None { get; } = new([]);

    /// <summary>The ids, sorted and each once.</summary>
    public static ReleaseIds Of(IEnumerable<int> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var sorted = ids.Distinct().Order().ToArray();
        return sorted.Length == 0 ? None : new(sorted);
    }

    /// <inheritdoc />
    public int Count => _ids.Length;

    /// <inheritdoc />
    public int this[int index] => _ids[index];

    /// <summary>The ids of both.</summary>
    public ReleaseIds Union(ReleaseIds other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.Count == 0 ? this : Count == 0 ? other : Of(_ids.Concat(other._ids));
    }

    /// <inheritdoc />
    public IEnumerator<int> GetEnumerator() => ((IEnumerable<int>)_ids).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ReleaseIds? other) => other is not null && _ids.AsSpan().SequenceEqual(other._ids);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReleaseIds);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var id in _ids)
        {
            hash.Add(id);
        }

        return hash.ToHashCode();
    }

    /// <summary>"1, 5".</summary>
    public override string ToString() => string.Join(", ", _ids);
}
