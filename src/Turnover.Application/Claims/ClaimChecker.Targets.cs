using Turnover.Analytics.Targets;
using Turnover.Claims;
using Turnover.Core;
using Turnover.Core.Targets;

namespace Turnover.Application;

internal sealed partial class ClaimChecker
{
    /// <summary>
    /// A projection or target of an amount for a year, judged as <c>target check</c> judges a target: as of the
    /// article's date (what was published by then, with the model's probability) and today (the outcome).
    /// </summary>
    private CheckedClaim CheckTarget(StatedClaim claim, Period year)
    {
        var question = Question(claim, ClaimQuantity.TargetValue);
        var stated = StatedUsd(claim, year);
        if (stated.Usd is not { } usd)
        {
            return Unverifiable(claim, question, stated.Missing ?? new NoComparableAmount());
        }

        usd = LowerEnd(claim, usd);
        var (target, registered) = Registered(claim, usd, year.Year) is { } known ? (known, true) : (Made(claim, usd, year.Year), false);
        return JudgeAsTarget(claim, question, target, registered, null);
    }

    /// <summary>
    /// A projection or target of a sum over several years ("a cumulative $1 trillion over 2021-2025"), judged as a
    /// cumulative target from the first year to the last, as <see cref="CheckTarget"/> judges one of a year.
    /// </summary>
    private CheckedClaim CheckCumulativeTarget(StatedClaim claim, UnreadPeriod unread, int first, Period last)
    {
        var question = Question(claim, ClaimQuantity.TargetValue)! with { PeriodKind = PeriodKind.Year, Period = last, FromYear = first };
        if (claim.AmountUsd is not { } stated)
        {
            return Unverifiable(claim, question, new PeriodNotComparable(unread));
        }

        var usd = LowerEnd(claim, stated);
        var known = request.KnownTargets.FirstOrDefault(t => t.FromYear == first && t.DeadlineYear == last.Year && SameGoal(t, claim, usd, TargetBasis.Cumulative));
        return JudgeAsTarget(claim, question, known ?? Made(claim, usd, TargetBasis.Cumulative, first, last.Year), known is not null, null);
    }

    // "Could reach $250-300 billion by 2030" is met at the range's lower end.
    private static decimal LowerEnd(StatedClaim claim, decimal usd) =>
        claim.Amount is { RangeLow: { } low, Value.Amount: not 0m } range ? Math.Round(usd * low.Amount / range.Value.Amount, 0) : usd;

    /// <summary>
    /// The claim judged as <paramref name="target"/>, on the article's date and today; on <paramref name="side"/>'s
    /// statistics when given (the side a target made from a growth rate took its base from), else the side a target
    /// check chooses.
    /// </summary>
    private CheckedClaim JudgeAsTarget(StatedClaim claim, ClaimQuestion? question, Target target, bool registered, SourceChoice? side)
    {
        var then = Report(target, articleDate, side);
        var now = Report(target, request.Today, side);
        // Not settled (no data, or still open): today's verdict says why, in the renderer's words.
        var verdict = now.Verdict switch
        {
            // "Ahead of schedule" is a claim of its own: met before the deadline year began.
            TargetVerdict.Met when claim.AheadOfSchedule && now.MetIn is { } met && met.Year >= target.DeadlineYear => ClaimVerdict.Inaccurate,
            TargetVerdict.Met => ClaimVerdict.Accurate,
            TargetVerdict.Missed => ClaimVerdict.Inaccurate,
            _ => ClaimVerdict.NotVerifiable,
        };
        return new CheckedClaim(claim, question, verdict)
        {
            Outlook = new TargetOutlook(target, registered, then, now) { Outcome = Outcome(now, target) },
        };
    }

    /// <summary>The figure that settled the target: the year-to-date value of the month it was met, or the deadline year's value.</summary>
    private ClaimEvidence? Outcome(TargetReport report, Target target)
    {
        var period = report.Verdict switch
        {
            TargetVerdict.Met when report.MetIn is { } met => Period.YearToDate(met.Year, met.EndMonth),
            TargetVerdict.Missed => Period.OfYear(target.DeadlineYear),
            _ => (Period?)null,
        };
        // A cumulative target's outcome is a sum of years, which the report's verdict states; no one period's figure is it.
        if (period is not { } p || report.Source is not { } source || target.Basis != TargetBasis.AnnualValue)
        {
            return null;
        }

        var choice = Choose(new SourceRequest(target.First, target.Second) { Reporter = report.Reporter, Source = source, AsOf = request.Today });
        if (!choice.TryGetValue(out var side))
        {
            return null;
        }

        var figures = Figures(side, TargetEvaluator.MeasureFor(target, report.Reporter), request.Today);
        return figures.For(p) is { } figure
            ? Evidence(figures, p, request.Today, []) with
            {
                ValueUsd = figure.ValueUsd,
                StatedUsd = target.AmountUsd,
                DifferenceUsd = figure.ValueUsd - target.AmountUsd,
                DifferencePercent = figure.ValueUsd is { } v && v != 0 ? Math.Round((v - target.AmountUsd) / v * 100m, 2) : null,
                GrowthPercent = figure.GrowthPercent,
                GrowthOrigin = figure.Origin,
                PublishedRate = figure.Rate,
                ComputedGrowthPercent = figure.ComputedGrowthPercent,
            }
            : null;
    }

    /// <summary>A registered target the claim restates: the same pair and metric, amount and deadline year.</summary>
    private Target? Registered(StatedClaim claim, decimal usd, int deadlineYear) =>
        request.KnownTargets.FirstOrDefault(t => t.DeadlineYear == deadlineYear && SameGoal(t, claim, usd, TargetBasis.AnnualValue));

    /// <summary>
    /// The one registered target a goal with no year can restate: the same pair and metric and amount, announced by the
    /// article's date and with a deadline not before <paramref name="openIn"/> (an earlier one was settled by then); null
    /// when there is none or more than one.
    /// </summary>
    private Target? RegisteredByAmount(StatedClaim claim, decimal usd, int openIn) =>
        claim is { Reporter: not null, Partner: not null }
        && request.KnownTargets.Where(t => t.AnnouncedOn <= articleDate && t.DeadlineYear >= openIn && SameGoal(t, claim, usd, TargetBasis.AnnualValue)).Take(2).ToList() is [var only]
            ? only
            : null;

    /// <summary>
    /// The year a goal with no year must still be open in: the article's, or the latest year of a fact in the goal's own
    /// sentence when earlier ("reached $240.1 billion in 2023, exceeding the $200 billion target ahead of schedule", read
    /// in 2025, is the target open in 2023).
    /// </summary>
    private int YearGoalIsOpenIn(StatedClaim claim, IReadOnlyList<StatedClaim> text) =>
        Math.Min(articleDate.Year, text
            .Where(c => c.SentenceSpan == claim.SentenceSpan && c.Kind == ClaimKind.Fact && c.Period?.Period is not null)
            .Select(c => c.Period!.Period!.Value.Year)
            .DefaultIfEmpty(articleDate.Year)
            .Max());

    // A target of the claim's amount on the basis for its pair and metric, named from either side.
    private static bool SameGoal(Target t, StatedClaim claim, decimal usd, TargetBasis basis)
    {
        var (reporter, partner, measure) = (claim.Reporter!.Value, claim.Partner!.Value, MeasureOf(claim.Flow));
        return t.Basis == basis && t.AmountUsd == usd
            && ((t.First == reporter && t.Second == partner && t.Metric == measure)
                || (t.First == partner && t.Second == reporter && t.Metric == Mirror(measure)));
    }

    /// <summary>A target made from the claim: the annual value by the year, counted from the article's year.</summary>
    private Target Made(StatedClaim claim, decimal usd, int deadlineYear) =>
        Made(claim, usd, TargetBasis.AnnualValue, Math.Min(articleDate.Year, deadlineYear), deadlineYear);

    /// <summary>A target made from the claim on <paramref name="basis"/>, announced on the article's date (at the latest the deadline).</summary>
    private Target Made(StatedClaim claim, decimal usd, TargetBasis basis, int fromYear, int deadlineYear)
    {
        var announced = articleDate <= new DateOnly(deadlineYear, 12, 31) ? articleDate : new DateOnly(deadlineYear, 12, 31);
        return new Target(
            $"claim-{claim.SentenceSpan.Start}", claim.Reporter!.Value, claim.Partner!.Value, MeasureOf(claim.Flow), usd, basis,
            fromYear, deadlineYear, null, claim.Speaker ?? "the text", announced, "the text", string.Empty);
    }

    /// <summary>What a ranking claim needs: the reporter's trade with every partner, of which the store holds only some.</summary>
    private RankingNeedsEveryPartner RankingMissing(StatedClaim claim) => claim.Reporter is not { } reporter
        ? new RankingNeedsEveryPartner(null, [])
        : new RankingNeedsEveryPartner(reporter, [.. Coverage()
            .SelectMany(c => c.Reporter == reporter ? [c.Partner] : c.Partner == reporter ? new[] { c.Reporter } : [])
            .Distinct()]);
}
