using Turnover.Claims;
using Turnover.Core;
using Turnover.Store;

namespace Turnover.Application;

internal sealed partial class ClaimChecker
{
    /// <summary>
    /// A product group's level or growth for a year, a year to date, or a month, quarter or half ("China's crude oil
    /// imports from Russia rose 47.7% to $40.3 billion in 2021", "in January–November 2022", "in November") judged on the
    /// stored lines of the HS headings its words name (<see cref="ProductHeadings"/>), read from the importer's or the
    /// exporter's statistics, whichever holds them. Null when the words name no heading for certain, the claim is no fact
    /// of exports or imports, or no line of the headings is stored for the pair: then it stays a subset the store cannot judge.
    /// </summary>
    private CheckedClaim? CheckProductGroup(StatedClaim claim)
    {
        if (claim.Subset != SubsetKind.ProductGroup || ProductFact(claim, claim.SubsetText, claim.Amount is not null) is not var (period, headings, read))
        {
            return null;
        }

        var question = Question(claim, Quantity(claim));
        if (ValueIn(read, headings, period) is not var (value, count))
        {
            return Unverifiable(claim, question, new ProductYearNotCovered(headings, period, read.View.Reporter, read.View.Source));
        }

        var evidence = ProductEvidence(read, period, claim.Growth is not null, claim.SubsetText, headings, count) with { ValueUsd = value };
        ClaimVerdict? level = null, growth = null;
        var stated = StatedUsd(claim, period);
        if (claim.Amount is { } amount && stated.Usd is { } usd)
        {
            (level, evidence) = JudgeLevel(evidence, amount, usd, stated.Rounding, stated.Conversion, value);
        }

        if (claim.Growth is { } g)
        {
            // A rate without the year before is not judged, and the claim is not called true on its level alone.
            if (ValueIn(read, headings, period.PreviousYear()) is not var (before, _) || before == 0)
            {
                return Unverifiable(claim, question, new ProductYearNotCovered(headings, period.PreviousYear(), read.View.Reporter, read.View.Source));
            }

            var rate = (value / before * 100m) - 100m;
            (growth, evidence) = JudgeGrowth(evidence, g, rate, GrowthOrigin.Computed, null, rate);
        }

        return new CheckedClaim(claim, question, ClaimJudge.Worse(level, growth)) { Evidence = evidence };
    }

    /// <summary>
    /// A product group's fact of exports or imports with a period, whose words name headings for certain, that states a
    /// figure (<paramref name="statesFigure"/>) or a year-on-year rate, with its headings' lines read; null otherwise, or
    /// when no line of them is stored for the pair.
    /// </summary>
    private (Period Period, IReadOnlyList<HsHeading> Headings, ProductRead Read)? ProductFact(StatedClaim claim, string? words, bool statesFigure) =>
        claim is { Kind: ClaimKind.Fact, Flow: StatedFlow.Exports or StatedFlow.Imports, Exporter: { } exporter, Importer: { } importer, Period.Period: { } period }
            && ProductHeadings.For(words) is { Count: > 0 } headings
            && (statesFigure || claim.Growth is not null)
            && claim.Growth is not ({ Since: not null } or { Comparison: GrowthComparison.PreviousPeriod or GrowthComparison.OtherBase })
            && ReadProduct(importer, exporter, headings, period) is { } read
            ? (period, headings, read)
            : null;

    /// <summary>
    /// The headings' lines of one view (the importer's, else the exporter's) read through the period's last month and,
    /// for a period that starts after January, through the month before it: a month, quarter or half is the difference
    /// of two years to date. Null when no line of the headings is stored for the pair.
    /// </summary>
    private ProductRead? ReadProduct(Country importer, Country exporter, IReadOnlyList<HsHeading> headings, Period period)
    {
        // The importer's count first: the bundled lines (China's customs by origin) are imports.
        var through = period.EndMonth == 12 ? (int?)null : period.EndMonth;
        if ((LinesOf(importer, exporter, Flow.Import, headings, through) ?? LinesOf(exporter, importer, Flow.Export, headings, through)) is not var (view, lines))
        {
            return null;
        }

        var beforeStart = period.StartMonth == 1 ? null
            : LinesOf(view.Reporter, view.Partner, view.Lines[0].Flow, headings, period.StartMonth - 1, view.Source)?.Lines ?? [];
        return new ProductRead(view, lines, beforeStart);
    }

    /// <summary>The headings' value over the period and how many lines it sums; null when the lines do not cover its months (and every month before it in the year).</summary>
    private static (decimal ValueUsd, long Lines)? ValueIn(ProductRead read, IReadOnlyList<HsHeading> headings, Period period)
    {
        if (Whole(read.ToEnd, headings, period.Year, period.EndMonth) is not var (toEnd, lines))
        {
            return null;
        }

        if (read.BeforeStart is null)
        {
            return (toEnd, lines);
        }

        return Whole(read.BeforeStart, headings, period.Year, period.StartMonth - 1) is var (before, earlier) ? (toEnd - before, lines - earlier) : null;
    }

    /// <summary>The evidence of a product figure: the view's side and source, the releases of the lines read for the period (and the year before, for a rate), and the lines summed.</summary>
    private ClaimEvidence ProductEvidence(ProductRead read, Period period, bool withYearBefore, string? words, IReadOnlyList<HsHeading> headings, long lines)
    {
        var view = read.View;
        var measure = view.Lines[0].Flow == Flow.Import ? Measure.Imports : Measure.Exports;
        var years = withYearBefore ? new[] { period.Year, period.Year - 1 } : [period.Year];
        return new ClaimEvidence(view.Reporter, view.Partner, view.Source, measure, period, request.Today, PublishedReleases.OfLines(_releases, read.ToEnd.Concat(read.BeforeStart ?? []).Where(l => years.Contains(l.Row.Year)).Select(l => l.Row)))
        {
            Notes = [new ProductLinesSummed(words ?? string.Empty, headings, lines)],
        };
    }

    /// <summary>The fullest view of the reporter's lines of the flow with the partner (of the source, when given), kept to the headings; null without any.</summary>
    private (ProductView View, List<ProductLine> Lines)? LinesOf(Country reporter, Country partner, Flow flow, IReadOnlyList<HsHeading> headings, int? throughMonth, SourceKind? source = null)
    {
        var rows = headings.Select(h => h.Digits).Distinct().SelectMany(d => reads.ProductYears(reporter, partner, d, request.Today, throughMonth)).ToList();
        var views = ProductViews.AsAsked(ProductViews.Of(rows, reporter, partner), rows, reporter, partner, reporter, source, flow);
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

    /// <summary>The headings' lines of one view through a period's last month, and through the month before it starts (null when it starts in January).</summary>
    private sealed record ProductRead(ProductView View, List<ProductLine> ToEnd, List<ProductLine>? BeforeStart);
}
