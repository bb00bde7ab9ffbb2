using Turnover.Claims;
using Turnover.Core;

namespace Turnover.Application;

internal sealed partial class ClaimChecker
{
    private const decimal KilogramsPerTonne = 1000m;

    /// <summary>
    /// A product group's quantity or its growth in quantity for a year or a year to date ("China imported 86.25 million
    /// tonnes of crude oil from Russia in 2022, up 8.2%", "rose 10% in volume", "79,8 млн тонн нефти", "进口原油7980万吨"),
    /// judged on the weights of the stored lines of the headings the words name, the year before over the same months.
    /// Null when the words name no heading for certain, the claim is no fact of a year's exports or imports, or no line
    /// of the headings is stored for the pair: then it stays a volume the store cannot judge.
    /// </summary>
    private CheckedClaim? CheckProductVolume(StatedClaim claim)
    {
        if (claim is not { Subset: SubsetKind.Volume, Kind: ClaimKind.Fact, Flow: StatedFlow.Exports or StatedFlow.Imports, Exporter: { } exporter, Importer: { } importer }
            || claim.Period?.Period is not { IsYearToDate: true } period
            || ProductHeadings.For(claim.VolumeOf) is not { Count: > 0 } headings
            || (claim.Volume is null && claim.Growth is null)
            || claim.Growth is { Since: not null } or { Comparison: GrowthComparison.PreviousPeriod or GrowthComparison.OtherBase })
        {
            return null;
        }

        var through = period.Months == 12 ? (int?)null : period.Months;
        if ((LinesOf(importer, exporter, Flow.Import, headings, through) ?? LinesOf(exporter, importer, Flow.Export, headings, through)) is not var (view, lines))
        {
            return null;
        }

        var question = Question(claim, VolumeQuantity(claim));
        if (claim.Volume is { Unit: not VolumeUnit.Tonnes } other)
        {
            return Unverifiable(claim, question, new VolumeUnitNotStored(other.Unit, other.Text));
        }

        if (Whole(lines, headings, period.Year, period.Months) is not var (value, count))
        {
            return Unverifiable(claim, question, new ProductYearNotCovered(headings, period, view.Reporter, view.Source));
        }

        if (Tonnes(lines, period.Year) is not { } tonnes)
        {
            return Unverifiable(claim, question, new ProductQuantityNotStored(headings, period, view.Reporter, view.Source));
        }

        var measure = view.Lines[0].Flow == Flow.Import ? Measure.Imports : Measure.Exports;
        var volume = new VolumeEvidence(tonnes);
        ClaimVerdict? level = null, growth = null;
        var broken = new List<BrokenBound>();
        if (claim.Volume is { } stated)
        {
            level = ClaimJudge.Level(tonnes, stated.Amount, stated.Rounding, stated.Bound, _thresholds);
            volume = volume with
            {
                StatedTonnes = stated.Amount,
                DifferenceTonnes = tonnes - stated.Amount,
                DifferencePercent = tonnes == 0 ? null : Math.Round((tonnes - stated.Amount) / tonnes * 100m, 2),
            };
            if (ClaimJudge.BreaksBound(tonnes, stated.Amount, stated.Rounding, stated.Bound))
            {
                broken.Add(new BrokenBound(stated.Bound, false, stated.Amount) { InTonnes = true });
            }
        }

        if (claim.Growth is { } g)
        {
            // A rate without the year before is not judged, and the claim is not called true on its level alone.
            var before = Period.YearToDate(period.Year - 1, period.Months);
            if (Whole(lines, headings, before.Year, period.Months) is null)
            {
                return Unverifiable(claim, question, new ProductYearNotCovered(headings, before, view.Reporter, view.Source));
            }

            if (Tonnes(lines, before.Year) is not { } baseTonnes || baseTonnes == 0)
            {
                return Unverifiable(claim, question, new ProductQuantityNotStored(headings, before, view.Reporter, view.Source));
            }

            var rate = (tonnes / baseTonnes * 100m) - 100m;
            var (compared, halfWidth) = RateCompared(g, rate);
            growth = ClaimJudge.Growth(rate, g.Percent, g.Rounding, g.Bound, _thresholds, halfWidth);
            volume = volume with { BaseTonnes = baseTonnes, GrowthPercent = rate, DifferencePoints = rate - compared };
            if (ClaimJudge.BreaksBound(rate, g.Percent, g.Rounding, g.Bound))
            {
                broken.Add(new BrokenBound(g.Bound, true, g.Percent));
            }
        }

        var years = claim.Growth is null ? [period.Year] : new[] { period.Year, period.Year - 1 };
        var evidence = new ClaimEvidence(view.Reporter, view.Partner, view.Source, measure, period, request.Today, ReleasesOf(lines, years))
        {
            ValueUsd = value,
            Volume = volume,
            BrokenBounds = broken,
            Notes = [new ProductLinesSummed(claim.VolumeOf ?? string.Empty, headings, count)],
        };
        return new CheckedClaim(claim, question, ClaimJudge.Worse(level, growth)) { Evidence = evidence };
    }

    private static ClaimQuantity VolumeQuantity(StatedClaim claim) => (claim.Volume, claim.Growth) switch
    {
        (not null, not null) => ClaimQuantity.VolumeAndGrowth,
        (not null, null) => ClaimQuantity.Volume,
        _ => ClaimQuantity.VolumeGrowth,
    };

    /// <summary>
    /// A year's weight in tonnes over the lines read (already cut to the months asked); null when a line with a value
    /// has no weight or weighs zero, or a quantity is in another unit: a partial sum would understate the volume.
    /// </summary>
    private static decimal? Tonnes(List<ProductLine> lines, int year)
    {
        var ofYear = lines.Where(l => l.Row.Year == year).ToList();
        if (ofYear.Count == 0 || ofYear.Any(l => (l.Row.Unit is null && l.Row.ValueUsd != 0) || l.Row.ZeroQuantityLines > 0 || (l.Row.Unit is { } u && u != "kg")))
        {
            return null;
        }

        return ofYear.Where(l => l.Row.Quantity is not null).Sum(l => (decimal)l.Row.Quantity!.Value) / KilogramsPerTonne;
    }
}
