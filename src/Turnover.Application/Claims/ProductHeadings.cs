using System.Text.RegularExpressions;

namespace Turnover.Application;

/// <summary>An HS heading or subheading: its code and how many digits it has.</summary>
/// <param name="Code">The code's digits as a number, e.g. 2709 or 271111.</param>
/// <param name="Digits">4 or 6.</param>
public sealed record HsHeading(int Code, byte Digits)
{
    /// <inheritdoc/>
    public override string ToString() => $"HS {Code}";
}

/// <summary>
/// The HS headings a product group's words name without doubt, in the three languages the claims are read in: crude
/// oil 2709, coal 2701, LNG 271111, pipeline gas 271121, natural gas both. "Oil" and "石油" are left out: they may mean
/// crude oil or crude and refined products together (2709 and 2710).
/// </summary>
internal static partial class ProductHeadings
{
    private static readonly HsHeading s_crude = new(2709, 4);
    private static readonly HsHeading s_coal = new(2701, 4);
    private static readonly HsHeading s_lng = new(271111, 6);
    private static readonly HsHeading s_pipelineGas = new(271121, 6);

    /// <summary>The headings the words name; empty when they name none for certain.</summary>
    public static IReadOnlyList<HsHeading> For(string? words)
    {
        var w = (words ?? string.Empty).Trim().ToLowerInvariant();
        return w switch
        {
            "crude oil" or "crude" or "原油" => [s_crude],
            _ when Crude().IsMatch(w) => [s_crude],
            "coal" or "煤炭" or "уголь" => [s_coal],
            _ when w.StartsWith("угл", StringComparison.Ordinal) => [s_coal],
            "lng" or "液化天然气" or "спг" => [s_lng],
            "pipeline gas" or "管道气" => [s_pipelineGas],
            "natural gas" or "天然气" or "天然氣" => [s_lng, s_pipelineGas],
            _ when Gas().IsMatch(w) => [s_lng, s_pipelineGas],
            _ => [],
        };
    }

    // "нефть", "нефти": crude oil in Russian usage; not "нефтепродукты" (refined products) nor "нефтяной" (oil-related).
    [GeneratedRegex(@"^нефт(?:ь|и|ью)$")]
    private static partial Regex Crude();

    [GeneratedRegex(@"^газ(?:а|ом|у)?$")]
    private static partial Regex Gas();
}
