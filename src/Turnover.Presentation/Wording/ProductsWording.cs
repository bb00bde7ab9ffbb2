using System.Globalization;
using Turnover.Application;
using Turnover.Core;

namespace Turnover.Presentation.Wording;

/// <summary>The sentences <c>turnover products</c> and <c>turnover suppliers</c> print, shared by table and JSON.</summary>
internal static class ProductsWording
{
    public static string Level(ProductLevel level) => level switch
    {
        ProductLevel.Chapter => "chapter",
        ProductLevel.Heading => "heading",
        _ => "product",
    };

    public static string FlowName(Flow flow) => flow == Flow.Export ? "exports" : "imports";

    /// <summary>What the lines cover: the share of the all-goods total, or plainly that no total is there to tell.</summary>
    public static string Coverage(ProductsAnswer answer, ProductsYear year)
    {
        var flows = year.Flows.Count == 2 ? "exports and imports" : $"{FlowName(year.Flows[0])} only";
        var months = year.Months == 12 ? string.Empty : $" ({year.Months} months)";
        return year.CoveredPercent is { } covered
            ? Invariant($"{year.Year}{months}: the stored lines ({flows}) add up to {Numbers.Billions(year.LinesUsd)} bn, {covered:0.0}% of the all-goods turnover of {Numbers.Billions(year.TotalUsd)} bn ({SourceNames.Describe(answer.Source)}).")
            : year.Months != 12
                ? Invariant($"{year.Year}{months}: the stored lines ({flows}) add up to {Numbers.Billions(year.LinesUsd)} bn; they cover {year.Months} months of the year, so no share of the year's all-goods total is given.")
                : Invariant($"{year.Year}{months}: the stored lines ({flows}) add up to {Numbers.Billions(year.LinesUsd)} bn; no all-goods total of {SourceNames.Describe(answer.Source)} is stored for the year, so how much of the pair's trade they cover is not known.");
    }

    public static string Basis(ProductsAnswer answer) => answer.ShareOfTotal
        ? "Shares and contributions are of the all-goods turnover."
        : "Shares and contributions are of the stored lines' sum, not of the pair's total trade.";

    public static string Unequal(ProductsAnswer answer) =>
        answer.Base is { } b && b.Months != answer.Shown.Months
            ? Invariant($"The years compared are unequal: {b.Year} has lines for {b.Months} months, {answer.Shown.Year} for {answer.Shown.Months}.")
            : string.Empty;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
