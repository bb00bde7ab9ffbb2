using Turnover.Core;
using Turnover.Store;

namespace Turnover.Application;

/// <summary>
/// The months a year's shares are over: January to the last month that origins worth at least half of the year's
/// value reach, or to the world figure's last month if that is earlier. Lines that run past it are read again through
/// it, so that no share sets twelve months against eleven: the Wind export of China's imports from Russia runs to
/// December 2022 where the export of every origin (and the world's crude) stops in November, and its world LNG runs to
/// December where the origins' stop in November.
/// </summary>
internal sealed class SupplierShareMonths
{
    private readonly Func<int, IEnumerable<(Country Origin, ProductYear Row)>> _readThrough;
    private readonly Dictionary<int, ILookup<(Country Origin, int Year), ProductYear>> _reads = [];

    /// <param name="readThrough">The question's lines (the source's, world included) read through a month.</param>
    public SupplierShareMonths(Func<int, IEnumerable<(Country Origin, ProductYear Row)>> readThrough) => _readThrough = readThrough;

    /// <summary>One year's cut; null where every line ends by the month its shares are over.</summary>
    /// <param name="year">The year.</param>
    /// <param name="lines">The year's lines, world included.</param>
    /// <param name="worldComparable">Whether shares are of the world figure (else of the origins' sum, and the world's months do not count).</param>
    public SupplierYearCut? Of(int year, IReadOnlyList<(Country Origin, ProductYear Row)> lines, bool worldComparable)
    {
        var origins = lines.Where(l => !l.Origin.IsWorld).GroupBy(l => l.Origin)
            .Select(o => (Origin: o.Key, Value: o.Sum(l => l.Row.ValueUsd), Last: MonthMasks.LastMonth(MonthMasks.Of(o.Select(l => l.Row)))))
            .ToList();
        if (origins.Count == 0)
        {
            return null;
        }

        var world = worldComparable ? lines.Where(l => l.Origin.IsWorld).ToList() : [];
        var worldLast = world.Count > 0 ? MonthMasks.LastMonth(MonthMasks.Of(world.Select(l => l.Row))) : 12;
        var through = Math.Min(worldLast, BulkMonth(origins));
        decimal? worldUsd = null;
        if (world.Count > 0 && worldLast > through)
        {
            var rows = Read(through)[(world[0].Origin, year)].ToList();
            if (rows.Count > 0 && MonthMasks.LastMonth(MonthMasks.Of(rows)) <= through)
            {
                worldUsd = rows.Sum(r => r.ValueUsd);
            }
            else
            {
                // An annual world figure cannot be cut: the shares are over its months, the origins' as they come.
                through = worldLast;
            }
        }

        var past = origins.Where(o => o.Last > through).ToList();
        if (worldUsd is null && past.Count == 0)
        {
            return null;
        }

        var cuts = past.ToDictionary(o => o.Origin, o =>
        {
            // A line that kept its annual figure cannot be cut: no share rather than more months than the market's.
            var rows = Read(through)[(o.Origin, year)].ToList();
            return new SupplierShareOn(through, MonthMasks.LastMonth(MonthMasks.Of(rows)) > through ? null : rows.Sum(r => r.ValueUsd));
        });
        return new SupplierYearCut(through, worldUsd, cuts);
    }

    // The last month that origins worth at least half of the year's value reach: where the bulk of the market ends,
    // not where one origin's longer file does.
    private static int BulkMonth(List<(Country Origin, decimal Value, int Last)> origins)
    {
        var total = origins.Sum(o => o.Value);
        for (var month = 12; month > 1; month--)
        {
            if (origins.Where(o => o.Last >= month).Sum(o => o.Value) * 2m >= total)
            {
                return month;
            }
        }

        return 1;
    }

    private ILookup<(Country Origin, int Year), ProductYear> Read(int through)
    {
        if (!_reads.TryGetValue(through, out var rows))
        {
            rows = _readThrough(through).ToLookup(l => (l.Origin, l.Row.Year), l => l.Row);
            _reads[through] = rows;
        }

        return rows;
    }
}

/// <summary>A year's lines cut to the months its shares are over.</summary>
/// <param name="ThroughMonth">The last month shares are over (January to it).</param>
/// <param name="WorldUsd">The world figure over those months where it runs past them; else null.</param>
/// <param name="Origins">The origins whose lines run past them, with their value over them.</param>
internal sealed record SupplierYearCut(int ThroughMonth, decimal? WorldUsd, IReadOnlyDictionary<Country, SupplierShareOn> Origins);
