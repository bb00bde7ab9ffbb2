using Turnover.Claims;
using Turnover.Core;

namespace Turnover.Application;

internal sealed partial class ClaimChecker
{
    /// <summary>
    /// A change on the same period a year earlier ("rose by $4.7 billion in 2024", "снизился на", "减少了"): the stored
    /// figure less the year before's, against the stated change, as a level is judged (within the text's rounding, or 5%
    /// of the change). Such claims were not read at all. A change on the period before ("fell $2.8 billion in December
    /// from November") is judged on that period's figure (it was judged on a year earlier: "inaccurate"); one against
    /// a base named without a period ("down $20 billion from its peak") is not judged.
    /// </summary>
    private CheckedClaim CheckChange(StatedClaim claim, Period period)
    {
        var question = Question(claim, ClaimQuantity.Change);
        if (Side(claim, request.Today) is not var (figures, notes))
        {
            return Unverifiable(claim, question, new PairNotStored(claim.Reporter!.Value, claim.Partner!.Value)) with { MissingHint = FailureHint.StoreContents };
        }

        if (claim.ChangeComparison == GrowthComparison.OtherBase)
        {
            return Unverifiable(claim, question, new ChangeAgainstOtherBase(claim.ChangeBaseText ?? claim.Amount!.Text));
        }

        var onPrevious = claim.ChangeComparison == GrowthComparison.PreviousPeriod;
        if ((onPrevious ? PreviousPeriod(period) : period.PreviousYear()) is not { } before)
        {
            return Unverifiable(claim, question, new ChangeAgainstOtherBase($"the period before {period}"));
        }

        foreach (var needed in new[] { period, before })
        {
            if (figures.For(needed)?.ValueUsd is null)
            {
                return Unverifiable(claim, question, new FigureNotStored(figures.Choice.Reporter, figures.Measure, needed, request.Today, figures.SpanFor(needed)));
            }
        }

        var stated = StatedUsd(claim, period);
        if (stated.Usd is not { } usd)
        {
            return Unverifiable(claim, question, stated.Missing ?? new NoComparableAmount());
        }

        var (level, baseLevel) = (figures.For(period)!.ValueUsd!.Value, figures.For(before)!.ValueUsd!.Value);
        var change = level - baseLevel;
        var evidence = Evidence(figures, period, request.Today, notes) with
        {
            ValueUsd = level,
            Balance = BalanceOf(claim),
            Change = new ChangeEvidence(before, baseLevel, change),
            // "Rose by a record $50 billion": a record change is not checked against earlier changes; said, not passed over.
            Notes = [.. notes, .. onPrevious ? [new ChangeOnPreviousPeriod(before)] : Array.Empty<ClaimNote>(), .. claim.RecordText is null ? [] : new ClaimNote[] { new RecordChangeNotChecked() }],
        };
        var (verdict, judged) = JudgeLevel(evidence, claim.Amount!, usd, stated.Rounding, stated.Conversion, change);
        if (claim.ChangeComparison == GrowthComparison.Unstated && verdict is ClaimVerdict.Inaccurate or ClaimVerdict.RoughlyAccurate
            && StoredMonthBefore(figures, period) is (var previous, var previousUsd))
        {
            judged = judged with { Notes = [.. judged.Notes, new UnnamedBaseOtherReading(previous, level - previousUsd, null)] };
        }

        // The difference is in the change's terms, not the level's.
        judged = judged with { DifferencePercent = change == 0 ? null : Math.Round((change - judged.StatedUsd!.Value) / Math.Abs(change) * 100m, 2) };
        return new CheckedClaim(claim, question, verdict) { Evidence = judged };
    }
}
