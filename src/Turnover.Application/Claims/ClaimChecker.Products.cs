using Turnover.Claims;
using Turnover.Core;
using Turnover.Store;

namespace Turnover.Application;

internal sealed partial class ClaimChecker
{
    /// <summary>
    /// A product group's level or growth for a year or a year to date ("China's crude oil imports from Russia rose 47.7%
    /// to $40.3 billion in 2021", "in January–November 2022") judged on the stored lines of the HS headings its words name (<see cref="ProductHeadings"/>), read from
    /// the importer's or the exporter's statistics, whichever holds them. Null when the words name no heading for
    /// certain, the claim is no fact of a year's exports or imports, or no line of the headings is stored for the pair:
    /// then it stays a subset the store cannot judge.
    /// </summary>
    private CheckedClaim? CheckProductGroup(StatedClaim claim)
    {
        if (claim is not { Subset: SubsetKind.ProductGroup, Kind: ClaimKind.Fact, Flow: StatedFlow.Exports or StatedFlow.Imports, Exporter: { } exporter, Importer: { } importer }
            || claim.Period?.Period is not { IsYearToDate: true } period
            || ProductHeadings.For(claim.SubsetText) is not { Count: > 0 } headings
            || (claim.Amount is null && claim.Growth is null)
            || claim.Growth is { Since: not null } or { Comparison: GrowthComparison.PreviousPeriod or GrowthComparison.OtherBase })
        {
            return null;
        }

        // The importer's count first: the bundled lines (China's customs by origin) are imports. A year to date is read
        // through its last month, and the year before over the same months.
        var through = period.Months == 12 ? (int?)null : period.Months;
        var read = LinesOf(importer, exporter, Flow.Import, headings, through) ?? LinesOf(exporter, importer, Flow.Export, headings, through);
        if (read is not var (view, lines))
        {
            return null;
        }

        var question = Question(claim, Quantity(claim));
        var year = period.Year;
        if (Whole(lines, headings, year, period.Months) is not var (value, count))
        {
            return Unverifiable(claim, question, new ProductYearNotCovered(headings, period, view.Reporter, view.Source));
        }

        var measure = view.Lines[0].Flow == Flow.Import ? Measure.Imports : Measure.Exports;
        var years = claim.Growth is null ? [year] : new[] { year, year - 1 };
        var evidence = new ClaimEvidence(view.Reporter, view.Partner, view.Source, measure, period, request.Today, ReleasesOf(lines, years))
        {
            ValueUsd = value,
            Notes = [new ProductLinesSummed(claim.SubsetText ?? string.Empty, headings, count)],
        };

        ClaimVerdict? level = null, growth = null;
        var stated = StatedUsd(claim, period);
        if (claim.Amount is { } amount && stated.Usd is { } usd)
        {
            (level, evidence) = JudgeLevel(evidence, amount, usd, stated.Rounding, stated.Conversion, value);
        }

        if (claim.Growth is { } g)
        {
            // A rate without the year before is not judged, and the claim is not called true on its level alone.
            if (Whole(lines, headings, year - 1, period.Months) is not var (before, _) || before == 0)
            {
                return Unverifiable(claim, question, new ProductYearNotCovered(headings, Period.YearToDate(year - 1, period.Months), view.Reporter, view.Source));
            }

            var rate = (value / before * 100m) - 100m;
            (growth, evidence) = JudgeGrowth(evidence, g, rate, GrowthOrigin.Computed, null, rate);
        }

        return new CheckedClaim(claim, question, ClaimJudge.Worse(level, growth)) { Evidence = evidence };
    }

    /// <summary>The live releases whose lines of those years were summed: not every release of the source (its totals' among them).</summary>
    private List<ReleaseSummary> ReleasesOf(List<ProductLine> lines, IReadOnlyCollection<int> years)
    {
        var ids = lines.Where(l => years.Contains(l.Row.Year)).Aggregate(ReleaseIds.None, (all, l) => all.Union(l.Row.Releases));
        return [.. _releases.Where(r => ids.Contains(r.Id))];
    }

    /// <summary>The fullest view of the reporter's lines of the flow with the partner, kept to the headings; null without any.</summary>
    private (ProductView View, List<ProductLine> Lines)? LinesOf(Country reporter, Country partner, Flow flow, IReadOnlyList<HsHeading> headings, int? throughMonth)
    {
        var rows = headings.Select(h => h.Digits).Distinct().SelectMany(d => reads.ProductYears(reporter, partner, d, request.Today, throughMonth)).ToList();
        var views = ProductViews.AsAsked(ProductViews.Of(rows, reporter, partner), rows, reporter, partner, reporter, null, flow);
        foreach (var view in views.OrderByDescending(v => v.Lines.Sum(l => l.Row.Lines)))
        {
            var lines = view.Lines.Where(l => headings.Any(h => h.Code == l.Row.Product.Code && h.Digits == l.Row.Product.Digits)).ToList();
            if (lines.Count > 0)
            {
                return (view, lines);
            }
        }

        return null;
    }

    /// <summary>
    /// A year's value of the headings from January to a month (12: the whole year), when every heading's lines cover
    /// each of those months and no later one (an annual figure that could not be cut); null otherwise.
    /// </summary>
    private static (decimal ValueUsd, long Lines)? Whole(List<ProductLine> lines, IReadOnlyList<HsHeading> headings, int year, int months)
    {
        var ofYear = lines.Where(l => l.Row.Year == year).ToList();
        var mask = (1 << months) - 1;
        var whole = headings.All(h => MonthMasks.Of(ofYear.Where(l => l.Row.Product.Code == h.Code && l.Row.Product.Digits == h.Digits)) == mask);
        return whole ? (ofYear.Sum(l => l.Row.ValueUsd), ofYear.Sum(l => l.Row.Lines)) : null;
    }
}
