using System.Globalization;
using Turnover.Application;

namespace Turnover.Presentation.Wording;

/// <summary>Sentences of <c>turnover suppliers</c> under its table (the JSON carries the same facts as fields).</summary>
internal static class SuppliersWording
{
    /// <summary>
    /// Years whose world figure does not cover every product the origins have lines of: the figure is then no total of
    /// them, and shares are of the origins' sum. Null when every world figure covers them.
    /// </summary>
    public static string? WorldLacks(IReadOnlyList<SupplierMarket> markets)
    {
        ArgumentNullException.ThrowIfNull(markets);
        var years = markets.Where(m => m.WorldUsd is not null && m.WorldLacks.Count > 0)
            .Select(m => $"{m.Year}, HS {string.Join(", ", m.WorldLacks.Select(p => p.ToString()))}")
            .ToList();
        return years.Count == 0 ? null
            : $"No world line is stored of products the origins have lines of ({string.Join("; ", years)}): the world figure as published is no total "
                + "of what the origins sum, so shares there are of the origins' sum.";
    }

    /// <summary>The flag of an origin whose lines run past the months the shares are over: what its share is of, or why there is none.</summary>
    public static string ShareOnFlag(SupplierShareOn on)
    {
        ArgumentNullException.ThrowIfNull(on);
        return on.ValueUsd is { } value
            ? $"share of {MonthNames.JanuaryTo(on.ThroughMonth)}, the market's months: {Numbers.Millions(value)} m"
            : $"lines run past {MonthNames.Full(on.ThroughMonth)}, the market's last month, and cannot be cut to it: no share";
    }

    /// <summary>The flag of a world figure that runs past the months the shares are over; empty where it does not.</summary>
    public static string WorldThroughFlag(SupplierMarket market)
    {
        ArgumentNullException.ThrowIfNull(market);
        return market is { WorldThroughUsd: not null, ThroughMonth: { } through, WorldUsd: { } whole }
            ? $"{MonthNames.JanuaryTo(through)}, the months the origins reach (all its months: {Numbers.Millions(whole)} m)"
            : string.Empty;
    }

    /// <summary>The flag of a year whose origins' sum is only what is left of them (<see cref="SupplierMarket.LapsedPercent"/>); null otherwise.</summary>
    public static string? LapsedFlag(SupplierMarket market)
    {
        ArgumentNullException.ThrowIfNull(market);
        return market.LapsedPercent is { } lapsed
            ? $"no world figure to share of, and origins worth {lapsed.ToString("0.0", CultureInfo.InvariantCulture)}% of {market.Year - 1}'s sum have no line because their files end: no shares"
            : null;
    }

    /// <summary>
    /// The flag of a year with a world figure whose origins' sum lacks origins because their files end
    /// (<see cref="SupplierMarket.FilesEndPercent"/>): how much of the world figure the origins cover is not known. Null otherwise.
    /// </summary>
    public static string? FilesEndFlag(SupplierMarket market)
    {
        ArgumentNullException.ThrowIfNull(market);
        return market is { FilesEndPercent: { } ended, LapsedPercent: null }
            ? $"origins worth {ended.ToString("0.0", CultureInfo.InvariantCulture)}% of {market.Year - 1}'s sum have no line because their files end: how much of the world figure the origins cover is not known"
            : null;
    }

    /// <summary>
    /// Years whose shares are over fewer months than some lines, years without shares, and years whose origins lack
    /// lines because their files end, in sentences under the table; null where none happens.
    /// </summary>
    public static string? MonthsNote(IReadOnlyList<SupplierMarket> markets)
    {
        ArgumentNullException.ThrowIfNull(markets);
        var sentences = new List<string>();
        var cut = markets.Where(m => m.ThroughMonth is not null).Select(m => $"{m.Year}, {MonthNames.JanuaryTo(m.ThroughMonth!.Value)}").ToList();
        if (cut.Count > 0)
        {
            sentences.Add($"Shares are of the same months on both sides ({string.Join("; ", cut)}): to the last month that origins worth at least half of "
                + "the year's value reach, or the world figure's if earlier; an origin's or the world's lines past it are read again through it (the value "
                + "shown is all of an origin's lines).");
        }

        var lapsed = markets.Where(m => m.LapsedPercent is not null).Select(m => m.Year).ToList();
        if (lapsed.Count > 0)
        {
            sentences.Add($"No shares in {string.Join(", ", lapsed)}: there is no world figure to share of, and origins worth 5% or more of the year "
                + "before's sum have no line because the files that hold them end before (no later file holds them), so what is left is no market.");
        }

        var ended = markets.Where(m => m is { FilesEndPercent: not null, LapsedPercent: null }).Select(m => m.Year).ToList();
        if (ended.Count > 0)
        {
            sentences.Add($"In {string.Join(", ", ended)} origins worth 5% or more of the year before's sum have no line because the files that hold them "
                + "end before (no later file holds them): the shares of the world figure stand, but the origins' sum is no measure of how much of it they cover.");
        }

        return sentences.Count == 0 ? null : string.Join(" ", sentences);
    }
}
