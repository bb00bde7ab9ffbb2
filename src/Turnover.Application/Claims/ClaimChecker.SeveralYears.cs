using Turnover.Claims;
using Turnover.Core;

namespace Turnover.Application;

internal sealed partial class ClaimChecker
{
    /// <summary>
    /// An amount over several calendar years ("$900 billion in 2019-2023", "за 2019–2023 годы", "2019年至2023年…总额"),
    /// judged on the sum of the years' stored figures, each named in the evidence: no stored period is the sum, but its
    /// years are. Every year must be stored (on the other side's count when the side's own lacks one), or the claim is
    /// not verifiable, naming the year. An amount in another currency would need each year's rate and is not converted.
    /// </summary>
    private CheckedClaim CheckSeveralYears(StatedClaim claim, UnreadPeriod unread, int first, Period last)
    {
        var question = Question(claim, ClaimQuantity.Level)! with { PeriodKind = PeriodKind.Year, Period = last, FromYear = first };
        if (claim.AmountUsd is not { } usd)
        {
            return Unverifiable(claim, question, new PeriodNotComparable(unread));
        }

        if (Side(claim, request.Today) is not var (figures, notes))
        {
            return Unverifiable(claim, question, new PairNotStored(claim.Reporter!.Value, claim.Partner!.Value)) with { MissingHint = FailureHint.StoreContents };
        }

        var years = Enumerable.Range(first, last.Year - first + 1).Select(Period.OfYear).ToList();
        (figures, notes) = OtherSideWhereLacking(claim, figures, notes, years);

        if (years.Where(y => figures.For(y)?.ValueUsd is null).Select(y => (Period?)y).FirstOrDefault() is { } missing)
        {
            return Unverifiable(claim, question, new FigureNotStored(figures.Choice.Reporter, figures.Measure, missing, request.Today, figures.SpanFor(missing)));
        }

        List<SummedYear> summed = [.. years.Select(y => new SummedYear(y.Year, figures.For(y)!.ValueUsd!.Value))];
        var value = summed.Sum(y => y.ValueUsd);
        var evidence = Evidence(figures, last, request.Today, notes) with { ValueUsd = value, SummedYears = summed };
        var stated = claim.Amount?.WholeUsd is not null ? claim.Amount : claim.AmountEquivalent;
        (var level, evidence) = JudgeLevel(evidence, stated!, usd, stated!.Rounding, null, value);

        // A year its own publisher's printed rates contradict (China's 2015) is in the sum: a miss may be that figure's.
        var suspect = years.Where(y => figures.SuspectFor(y) is not null).DefaultIfEmpty(last).First();
        (ClaimVerdict? judged, _, evidence, var doubt, _) = OnSuspects(figures, suspect, null, figures.For(suspect)!, level, null, evidence);
        // Read against the other side's count (a flow it mirrors, or a year only it has), a miss is the two counts' gap.
        if (judged == ClaimVerdict.Inaccurate && StandIn(evidence.Notes) is { } standIn)
        {
            return new CheckedClaim(claim, question, ClaimVerdict.NotVerifiable) { Evidence = evidence, Missing = new OtherSideDisagrees(standIn, figures.Choice.Reporter) };
        }

        return new CheckedClaim(claim, question, judged ?? ClaimVerdict.NotVerifiable) { Evidence = evidence, Missing = doubt };
    }
}
