using System.Globalization;
using Turnover.Application;
using Turnover.Core;

namespace Turnover.Presentation.Wording;

/// <summary>The words for Comtrade breakdowns (<c>turnover products --by</c>), shared by the table and the JSON.</summary>
public static class BreakdownWording
{
    /// <summary>The option value: <c>customs</c>, <c>mot</c>, <c>partner2</c>.</summary>
    public static string Option(BreakdownDimension dimension) => dimension switch
    {
        BreakdownDimension.CustomsProcedure => "customs",
        BreakdownDimension.TransportMode => "mot",
        _ => "partner2",
    };

    /// <summary>The dimension in words: <c>mode of transport</c>.</summary>
    public static string Name(BreakdownDimension dimension) => dimension switch
    {
        BreakdownDimension.CustomsProcedure => "customs procedure",
        BreakdownDimension.TransportMode => "mode of transport",
        _ => "second partner",
    };

    /// <summary>What stands for the product in a group: the HS code, or <c>all goods</c>.</summary>
    public static string Product(Product product) => product.IsTotal ? "all goods" : product.ToString();

    /// <summary>The sentences under the breakdown: none stored, totals not stored, parts not listed.</summary>
    public static IReadOnlyList<string> Notes(ProductsAnswer answer, ProductBreakdown breakdown)
    {
        var notes = new List<string>();
        var name = Name(breakdown.Dimension);
        if (breakdown.Groups.Count == 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"No breakdown by {name} is stored for {answer.Reporter.Name}'s {breakdown.Year} figures on {answer.Partner.Name} at this level (Comtrade files give one when downloaded with breakdowns and ingested with --include-breakdowns)."));
        }
        else
        {
            notes.Add($"Parts by {name} as the file gives them, stored apart from the totals: no total, share or series above adds them.");
        }

        var missing = breakdown.Groups.Count(g => g.TotalUsd is null);
        if (missing > 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"{missing} total(s) have parts but no stored total row: the total is not derived from the parts (they need not add up to it), so no share is given."));
        }

        if (breakdown.OtherParts > 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"{breakdown.OtherParts} stored part(s) of these totals are broken down by another dimension or by several at once: not listed here (each --by lists the parts broken down by its dimension alone)."));
        }

        return notes;
    }
}
