using Turnover.Claims;
using Turnover.Core;

namespace Turnover.Application;

internal sealed partial class ClaimChecker
{
    /// <summary>
    /// A product group's quantity or its growth in quantity for a year, a year to date, or a month, quarter or half
    /// ("China imported 86.25 million tonnes of crude oil from Russia in 2022, up 8.2%", "rose 10% in volume", "79,8 млн
    /// тонн нефти", "进口原油7980万吨"), judged on the weights of the stored lines of the headings the words name, the
    /// year before over the same months. Null when the words name no heading for certain, the claim is no fact of
    /// exports or imports, or no line of the headings is stored for the pair: then it stays a volume the store cannot judge.
    /// </summary>
    private CheckedClaim? CheckProductVolume(StatedClaim claim)
    {
        if (claim.Subset != SubsetKind.Volume || ProductFact(claim, claim.VolumeOf, claim.Volume is not null) is not var (period, headings, read))
        {
            return null;
        }

        var question = Question(claim, VolumeQuantity(claim));
        if (claim.Volume is { Unit: not VolumeUnit.Tonnes } other)
        {
            return Unverifiable(claim, question, new VolumeUnitNotStored(other.Unit, other.Text));
        }

        if (ValueIn(read, headings, period) is not var (value, count))
        {
            return Unverifiable(claim, question, new ProductYearNotCovered(headings, period, read.View.Reporter, read.View.Source));
        }

        if (TonnesIn(read, period) is not { } tonnes)
        {
            return Unverifiable(claim, question, new ProductQuantityNotStored(headings, period, read.View.Reporter, read.View.Source));
        }

        var volume = new VolumeEvidence(tonnes);
        ClaimVerdict? level = null, growth = null;
        List<StatedBound> broken = [], held = [];
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
                broken.Add(new StatedBound(stated.Bound, false, stated.Amount) { InTonnes = true });
            }

            if (ClaimJudge.HoldsLevelBound(tonnes, stated.Amount, stated.Rounding, stated.Bound, _thresholds))
            {
                held.Add(StatedBound.Holding(stated.Bound, false, stated.Amount, tonnes) with { InTonnes = true });
            }
        }

        if (claim.Growth is { } g)
        {
            // A rate without the year before is not judged, and the claim is not called true on its level alone.
            var before = period.PreviousYear();
            if (ValueIn(read, headings, before) is null)
            {
                return Unverifiable(claim, question, new ProductYearNotCovered(headings, before, read.View.Reporter, read.View.Source));
            }

            if (TonnesIn(read, before) is not { } baseTonnes || baseTonnes == 0)
            {
                return Unverifiable(claim, question, new ProductQuantityNotStored(headings, before, read.View.Reporter, read.View.Source));
            }

            var rate = (tonnes / baseTonnes * 100m) - 100m;
            var (compared, halfWidth) = RateCompared(g, rate);
            growth = ClaimJudge.Growth(rate, g.Percent, g.Rounding, g.Bound, _thresholds, halfWidth);
            volume = volume with { BaseTonnes = baseTonnes, GrowthPercent = rate, DifferencePoints = rate - compared };
            if (ClaimJudge.BreaksBound(rate, g.Percent, g.Rounding, g.Bound))
            {
                broken.Add(new StatedBound(g.Bound, true, g.Percent));
            }

            if (ClaimJudge.HoldsGrowthBound(rate, g.Percent, g.Rounding, g.Bound, _thresholds))
            {
                held.Add(StatedBound.Holding(g.Bound, true, g.Percent, rate));
            }
        }

        var evidence = ProductEvidence(read, period, claim.Growth is not null, claim.VolumeOf, headings, count) with
        {
            ValueUsd = value,
            Volume = volume,
            BrokenBounds = broken,
            HeldBounds = held,
        };
        return new CheckedClaim(claim, question, ClaimJudge.Worse(level, growth)) { Evidence = evidence };
    }

    /// <summary>The headings' weight over the period, tonnes: through its last month less through the month before it; null where a weight is missing.</summary>
    private static decimal? TonnesIn(ProductRead read, Period period)
    {
        if (Tonnes(read.ToEnd, period.Year) is not { } toEnd)
        {
            return null;
        }

        return read.BeforeStart is null ? toEnd : Tonnes(read.BeforeStart, period.Year) is { } before ? toEnd - before : null;
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
        if (ofYear.Count == 0 || ofYear.Any(l => (l.Row.Unit is null && l.Row.ValueUsd != 0) || l.Row.ZeroQuantityLines > 0 || (l.Row.Unit is { } u && u != Core.Quantity.KilogramUnit)))
        {
            return null;
        }

        return ofYear.Where(l => l.Row.Quantity is not null).Sum(l => (decimal)l.Row.Quantity!.Value) / (decimal)Core.Quantity.KilogramsPerTonne;
    }
}
