using System.Collections;

namespace Turnover.Store;

/// <summary>
/// An immutable list that compares by its items, in order: the shape the store's sets of releases share, so that answers
/// holding one compare by value.
/// </summary>
/// <typeparam name="T">The item.</typeparam>
public abstract class ValueList<T> : IReadOnlyList<T>
    where T : IEquatable<T>
{
    private readonly T[] _items;

    private protected ValueList(T[] items) => _items = items;

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <inheritdoc />
    public T this[int index] => _items[index];

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>True when <paramref name="other"/> holds the same items in the same order.</summary>
    private protected bool SameItems(ValueList<T>? other) => other is not null && _items.AsSpan().SequenceEqual(other._items);
}
