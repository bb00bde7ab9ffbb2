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
}
