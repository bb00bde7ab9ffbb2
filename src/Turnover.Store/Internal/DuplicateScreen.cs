namespace Turnover.Store.Internal;

/// <summary>
/// Proves, while a file streams past, that no two of its records share a key, using memory bounded by the size of
/// one group of records rather than by the file: the set-based check it replaces took seconds and most of a
/// gigabyte on ten million rows.
/// </summary>
/// <remarks>
/// Readers emit files in their own order, which in practice keeps each (reporter, partner, flow, period) group
/// together: BACI runs pair by pair, national tables period by period. While that holds, a duplicate can only sit
/// inside the current group, so a set of the group's products is enough. When a group that has ended comes back,
/// or there are too many groups to remember, the screen gives up and the store falls back to the SQL check, which
/// also names the clashing lines.
/// </remarks>
internal sealed class DuplicateScreen
{
    private const int MaxClosedGroups = 1 << 20;
    private const int ProductMask = (1 << RecordKey.ProductBits) - 1;

    private readonly HashSet<long> _closedGroups = [];
    private HashSet<int> _products = [];
    private long _group = -1;

    /// <summary>True while every key seen is proven distinct; false once the SQL check is needed.</summary>
    public bool Clean { get; private set; } = true;

    /// <summary>Takes the next record's key.</summary>
    public void Add(long key)
    {
        if (!Clean)
        {
            return;
        }

        var group = key >> RecordKey.ProductBits;
        if (group != _group)
        {
            if (_group >= 0)
            {
                _closedGroups.Add(_group);
            }

            if (_closedGroups.Contains(group) || _closedGroups.Count > MaxClosedGroups)
            {
                GiveUp();
                return;
            }

            _group = group;
            // Clear() costs the set's capacity, so a set grown by an earlier large group is replaced rather than
            // cleared after every small one.
            var count = _products.Count;
            if (_products.EnsureCapacity(0) > (4 * count) + 64)
            {
                _products = new HashSet<int>(count);
            }
            else
            {
                _products.Clear();
            }
        }

        if (!_products.Add((int)(key & ProductMask)))
        {
            GiveUp();
        }
    }

    private void GiveUp()
    {
        Clean = false;
        _closedGroups.Clear();
        _closedGroups.TrimExcess();
        _products = [];
    }
}
