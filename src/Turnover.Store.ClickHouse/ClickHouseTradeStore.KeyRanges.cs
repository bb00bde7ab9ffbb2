using System.Globalization;
using Turnover.Store.ClickHouse.Internal;

namespace Turnover.Store.ClickHouse;

// The load's joins of a new release with the store's earlier releases (the outlier screen, the overlaps), a range of
// keys at a time, as the DuckDB store's: a join's hash table then holds a range's keys, not the whole release's (one
// statement over a revised ten-million-line year took 1.2–1.4 GiB of the server; 18.16's per-query limit is a few GB),
// and the records' primary key (key, release_id) skips the granules outside the range in every release's partition.
public sealed partial class ClickHouseTradeStore
{
    /// <summary>About how many lines of the new release one such statement reads (whole levels for the overlaps: one level's, if more). Settable for tests.</summary>
    internal long JoinRangeLines { get; set; } = 1_000_000;

    /// <summary>
    /// Contiguous key ranges from the release's least key to its greatest, each holding about
    /// <see cref="JoinRangeLines"/> of its records (bounds from an approximate quantile of its keys: any bounds
    /// partition the keys, so only the ranges' sizes depend on them). Before its levels are counted, so from the records.
    /// </summary>
    internal IReadOnlyList<(long Low, long High)> StagedKeyRanges(int releaseId)
    {
        var where = $"release_id = {SqlLiteral.Of(releaseId)}";
        var extent = _server.Rows($"SELECT count(), min(key), max(key) FROM {Tables.Records} WHERE {where}")[0];
        var (count, least, greatest) = (Long(extent[0]), Long(extent[1]), Long(extent[2]));
        var parts = (int)Math.Min(10_000, (count + JoinRangeLines - 1) / JoinRangeLines);
        if (parts <= 1)
        {
            return count == 0 ? [] : [(least, greatest)];
        }

        var levels = string.Join(", ", Enumerable.Range(1, parts - 1).Select(i => (i / (double)parts).ToString("R", CultureInfo.InvariantCulture)));
        var bounds = _server.Rows($"SELECT arrayJoin(quantiles({levels})(key)) FROM {Tables.Records} WHERE {where}")
            .Select(r => (long)double.Parse(r[0]!, CultureInfo.InvariantCulture))
            .Where(b => b >= least && b < greatest)
            .Distinct()
            .Order()
            .ToList();
        var ranges = new List<(long Low, long High)>();
        var low = least;
        foreach (var bound in bounds)
        {
            ranges.Add((low, bound));
            low = bound + 1;
        }

        ranges.Add((low, greatest));
        return ranges;
    }
}
