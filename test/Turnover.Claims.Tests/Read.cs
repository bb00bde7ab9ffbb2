using Turnover.Core;

namespace Turnover.Claims.Tests;

/// <summary>Reads sentences written for these tests (never the labelled sentences of ../shared).</summary>
internal static class Read
{
    public static Country China => CountryCatalog.Default.Resolve("CHN").Country;

    public static Country Russia => CountryCatalog.Default.Resolve("RUS").Country;

    public static CountryPair ChinaRussia => new(China, Russia);

    public static IReadOnlyList<StatedClaim> Claims(string text, DateOnly? date = null, bool assumePair = true)
    {
        var result = ClaimExtractor.Extract(text, new ExtractionOptions { ArticleDate = date, AssumedPair = assumePair ? ChinaRussia : null });
        Assert.True(result.Success, result.Error);
        return result.Claims;
    }

    public static StatedClaim Single(string text, DateOnly? date = null, bool assumePair = true) => Assert.Single(Claims(text, date, assumePair));

    /// <summary>The one claim that is not a base's own level (<see cref="IsBaseLevel"/>): the figure a base is of.</summary>
    public static StatedClaim SingleFigure(string text, DateOnly? date = null) => Assert.Single(Claims(text, date), c => !c.IsBaseLevel());

    /// <summary>True for a base's own level read as a fact of its period ("up from $240.1 billion in 2023").</summary>
    public static bool IsBaseLevel(this StatedClaim claim) => claim.Rules.Any(r => r.EndsWith(".amount.base-level", StringComparison.Ordinal));

    public static decimal? UsdBillions(this StatedClaim claim) => claim.AmountUsd / 1_000_000_000m;

    /// <summary>The figure's direction in China's terms: china_exports, china_imports or turnover.</summary>
    public static string ChinaFlow(this StatedClaim claim) => claim.Flow switch
    {
        StatedFlow.Turnover => "turnover",
        _ when claim.Exporter == China => "china_exports",
        _ when claim.Importer == China => "china_imports",
        _ => "other",
    };
}
