namespace Turnover.Analytics.Forecasting.Internal;

/// <summary>
/// The members' forecasts at earlier origins, kept for the life of one <see cref="OwnWeightMixtureForecaster"/> and
/// keyed by the series as it stood at the origin (its values, season length), the seed and the sign rule: the same
/// truncated series always gives the same forecast, so a backtest whose next origin is a year later, or a target check
/// that forecasts the same series for several targets, fits each earlier origin once. A pure memo: nothing in the key
/// lies after the origin, so nothing after it can be read back.
/// </summary>
internal sealed class PastMembersCache
{
    /// <summary>Entries kept at most before the cache is emptied (a few KB each).</summary>
    private const int Capacity = 20_000;

    private readonly Dictionary<Key, PastMembers> _entries = [];
    private readonly Lock _lock = new();

    /// <summary>The entry for <paramref name="head"/>, computed by <paramref name="compute"/> the first time.</summary>
    public PastMembers GetOrAdd(ModelSeries head, ForecastOptions options, Func<PastMembers> compute)
    {
        var key = new Key(head, options.Seed, options.NonNegative);
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var found))
            {
                return found;
            }
        }

        var computed = compute();
        lock (_lock)
        {
            if (_entries.Count >= Capacity)
            {
                _entries.Clear();
            }

            _entries[key] = computed;
        }

        return computed;
    }

    /// <summary>A truncated series by value: equal when every step (missing ones included), the season, seed and sign rule are.</summary>
    private sealed class Key : IEquatable<Key>
    {
        private readonly double?[] _values;
        private readonly int _season;
        private readonly int _seed;
        private readonly bool _nonNegative;
        private readonly int _hash;

        public Key(ModelSeries head, int seed, bool nonNegative)
        {
            _values = [.. head.Values];
            (_season, _seed, _nonNegative) = (head.SeasonLength, seed, nonNegative);
            var hash = new HashCode();
            hash.Add(_season);
            hash.Add(_seed);
            hash.Add(_nonNegative);
            foreach (var v in _values)
            {
                hash.Add(v);
            }

            _hash = hash.ToHashCode();
        }

        public bool Equals(Key? other) =>
            other is not null && _hash == other._hash && _season == other._season && _seed == other._seed && _nonNegative == other._nonNegative
            && _values.AsSpan().SequenceEqual(other._values);

        public override bool Equals(object? obj) => Equals(obj as Key);

        public override int GetHashCode() => _hash;
    }
}
