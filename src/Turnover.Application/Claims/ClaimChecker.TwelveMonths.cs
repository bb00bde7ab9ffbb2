using Turnover.Claims;
using Turnover.Core;

namespace Turnover.Application;

internal sealed partial class ClaimChecker
{
    /// <summary>
    /// A figure of the twelve months to a named month ("in the 12 months to November 2024", "за 12 месяцев по ноябрь
    /// 2023 года", "过去12个月（截至2023年11月）"), judged on the store's twelve months to it (from its months or
    /// cumulatives) and their growth on the twelve before: no stored period spans the turn of a year, but the months do.
    /// An amount in another currency would need a rate for each month and is not converted; a rate on another base is
    /// not judged.
    /// </summary>
    private CheckedClaim CheckTwelveMonths(StatedClaim claim, UnreadPeriod unread, Period through)
    {
        var question = Question(claim, Quantity(claim));
        if (claim.Amount is not null && claim.AmountUsd is null)
        {
            return Unverifiable(claim, question, new PeriodNotComparable(unread));
        }

        if (Side(claim, request.Today) is not var (figures, notes))
        {
            return Unverifiable(claim, question, new PairNotStored(claim.Reporter!.Value, claim.Partner!.Value)) with { MissingHint = FailureHint.StoreContents };
        }

        if (figures.TwelveMonthsTo(through) is not { ValueUsd: { } value } figure)
        {
            return IsBalance(claim)
                ? Unverifiable(claim, question, new PeriodNotComparable(unread))
                : Unverifiable(claim, question, new TwelveMonthsNotStored(figures.Choice.Reporter, figures.Measure, through, request.Today, figures.SpanFor(through)));
        }

        var evidence = Evidence(figures, through, request.Today, notes) with { ValueUsd = value, TwelveMonths = true };
        ClaimVerdict? level = null, growth = null;
        if (claim.AmountUsd is not null && StatedUsd(claim, through) is { Usd: { } usd } stated)
        {
            (level, evidence) = JudgeLevel(evidence, claim.Amount ?? claim.AmountEquivalent!, usd, stated.Rounding, null, value);
        }

        var yearOnYear = claim.Growth is { Since: null, Comparison: GrowthComparison.YearOnYear or GrowthComparison.Unstated, ComputedIn: null or { Code: "USD" } };
        if (claim.Growth is { } g && yearOnYear && figure.GrowthPercent is { } rate)
        {
            (growth, evidence) = JudgeGrowth(evidence, g, rate, figure.Origin, null, rate);
        }

        // Why the rate is not judged: another base or currency, or the twelve months before not all stored.
        var rateReason = claim.Growth is not { } statedRate ? null
            : !yearOnYear ? RateNotJudged(statedRate)?.Reason ?? new GrowthAgainstOtherBase(statedRate.BaseText ?? statedRate.Text)
            : figure.GrowthPercent is null ? new TwelveMonthsNotStored(figures.Choice.Reporter, figures.Measure, through.PreviousYear(), request.Today, figures.SpanFor(through))
            : null;
        var verdict = ClaimJudge.Worse(level, growth);
        if (rateReason is not null && verdict != ClaimVerdict.NotVerifiable)
        {
            evidence = evidence with { Notes = [.. evidence.Notes, new GrowthNotJudged(rateReason)] };
        }

        return new CheckedClaim(claim, question, verdict)
        {
            Evidence = evidence,
            Missing = verdict == ClaimVerdict.NotVerifiable ? rateReason ?? new NoFigureStated() : null,
        };
    }
}
