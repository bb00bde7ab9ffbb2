using Turnover.Claims;
using Turnover.Core;

namespace Turnover.Application;

internal sealed partial class ClaimChecker
{
    /// <summary>
    /// A rate the text says a goal needs ("would need to grow 3.6% a year to reach $300 billion by 2030"): judged against
    /// the rate from the base year's figure to the goal's amount, the base being the year the text names or the latest
    /// full year published by the article's date. It was judged as a forecast of the goal, which it does not make. Null
    /// when the deadline year was published by the article's date or is not after the base year.
    /// </summary>
    private CheckedClaim? CheckRequiredGrowth(StatedClaim claim, Period deadline)
    {
        var growth = claim.Growth!;
        var question = Question(claim, ClaimQuantity.RequiredGrowth) is { } asked ? asked with { Period = deadline, PeriodKind = PeriodKind.Year } : null;
        if (growth.ComputedIn is { } currency && currency != Currency.Usd)
        {
            return Unverifiable(claim, question, new GrowthInOtherCurrency(currency));
        }

        var stated = StatedUsd(claim, deadline);
        if (stated.Usd is not { } statedUsd)
        {
            return Unverifiable(claim, question, stated.Missing ?? new NoComparableAmount());
        }

        if (Side(claim, request.Today) is not var (now, notes))
        {
            return Unverifiable(claim, question, new PairNotStored(claim.Reporter!.Value, claim.Partner!.Value)) with { MissingHint = FailureHint.StoreContents };
        }

        var known = Figures(now.Choice, now.Measure, articleDate);
        if (growth.Since is null && known.LatestYear() is { } published && published.Year >= deadline.Year)
        {
            return null; // the deadline year was out by the article's date: no rate was still needed
        }

        if (GoalBaseOf(claim, growth, deadline, ref now, known, out var missing) is not var (baseYear, baseUsd, publishedBy, lacking))
        {
            return Unverifiable(claim, question, missing!) with { MissingHint = FailureHint.StoreContents };
        }

        var years = deadline.Year - baseYear.Year;
        if (years < 1 || baseUsd <= 0m)
        {
            return null;
        }

        var goalUsd = LowerEnd(claim, statedUsd);
        var ratio = (double)(goalUsd / baseUsd);
        var needed = growth.AverageAnnual ? Math.Pow(ratio, 1d / years) - 1d : ratio - 1d;
        var rate = Math.Round((decimal)needed * 100m, 2);
        var evidence = Evidence(now, baseYear, publishedBy, lacking is { } own ? [new PeriodOnlyOnOtherSide(own, now.Choice.Reporter)] : notes) with
        {
            ValueUsd = baseUsd,
            Required = new RequiredGrowthEvidence(goalUsd, deadline.Year, years, growth.AverageAnnual, growth.Since is not null),
        };
        var (verdict, judged) = JudgeGrowth(evidence, growth, rate, GrowthOrigin.Computed, null, null, growth.AverageAnnual ? 1 : years);
        return new CheckedClaim(claim, question, verdict) { Evidence = judged };
    }

    /// <summary>
    /// The goal a needed rate with none of its own is for ("To reach that goal, trade would have to grow by 3.6% a year"
    /// after "…aim to raise trade to $300 billion by 2030"): the claim just before it in the text, when that is a goal
    /// or forecast of an amount by a year, on the same pair and flow. Null otherwise.
    /// </summary>
    private static StatedClaim? GoalBefore(StatedClaim claim, IReadOnlyList<StatedClaim> text)
    {
        var index = Enumerable.Range(0, text.Count).FirstOrDefault(i => text[i] == claim, -1);
        return index > 0 && text[index - 1] is { Kind: ClaimKind.Target or ClaimKind.Projection, AmountUsd: not null, Growth: null, Period.Period.Granularity: Granularity.Year } goal
            && goal.Flow == claim.Flow && goal.Reporter is { } r && goal.Partner is { } p
            && ((r == claim.Reporter && p == claim.Partner) || (r == claim.Partner && p == claim.Reporter))
            ? goal
            : null;
    }
}
