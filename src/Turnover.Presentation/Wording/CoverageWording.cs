using Turnover.Store;

namespace Turnover.Presentation.Wording;

/// <summary>The words for what a source holds for a pair: shared by <c>turnover info</c>'s table and the JSON contract.</summary>
internal static class CoverageWording
{
    /// <summary>"published", or how many totals the store summed from product lines, and from how many at which HS level.</summary>
    public static string Totals(SourceCoverage c)
    {
        if (c.SummedDigits is not var (coarsest, finest))
        {
            return "published";
        }

        var level = coarsest == finest ? $"HS{coarsest}" : $"HS{coarsest}–HS{finest}";
        var summed = $"summed from {Numbers.Count(c.SummedLines)} {level} lines";
        return c.SummedRecords == c.Records ? summed : $"{Numbers.Count(c.Records - c.SummedRecords)} published, {Numbers.Count(c.SummedRecords)} {summed}";
    }
}
