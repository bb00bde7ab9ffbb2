using Turnover.Claims;
using Turnover.Core;

namespace Turnover.Application;

internal sealed partial class ClaimChecker
{
    /// <summary>
    /// A goal or projection of growth by a year ("to double trade by 2030", "удвоить товарооборот к 2030 году"): judged as
    /// a target of the amount that growth gives on its base year's figure (<see cref="AmountFromGrowth"/>), on the side
    /// that figure is from. Null when the base is the year before the deadline or later: the rate is then the deadline
    /// year's own, judged as a rate.
    /// </summary>
    private CheckedClaim? CheckGrowthGoal(StatedClaim claim, Period deadline)
    {
        var growth = claim.Growth!;
        if (growth.Since is { } since && since.Year >= deadline.Year)
        {
            return null;
        }

        var question = Question(claim, ClaimQuantity.TargetValue);
        // "By 50-60% by 2030" is met at the range's lower end.
        var percent = growth.RangeLow ?? growth.Percent;
        if (percent <= 0m)
        {
            return Unverifiable(claim, question, new FallingGoal(growth.Text));
        }

        if (growth.ComputedIn is { } currency && currency != Currency.Usd)
        {
            return Unverifiable(claim, question, new GrowthInOtherCurrency(currency));
        }

        if (Side(claim, request.Today) is not var (now, _))
        {
            return Unverifiable(claim, question, new PairNotStored(claim.Reporter!.Value, claim.Partner!.Value)) with { MissingHint = FailureHint.StoreContents };
        }

        if (GoalBaseOf(claim, growth, deadline, ref now, Figures(now.Choice, now.Measure, articleDate), out var missing) is not var (baseYear, baseUsd, publishedBy, lacking))
        {
            return Unverifiable(claim, question, missing!) with { MissingHint = FailureHint.StoreContents };
        }

        if (baseYear.Year + 1 >= deadline.Year)
        {
            // "Expected to grow by 25% by the end of 2022", said in 2022: the deadline year's own rate, judged as a rate.
            return null;
        }

        int? years = growth.AverageAnnual ? deadline.Year - baseYear.Year : null;
        var factor = years is { } n ? (decimal)Math.Pow(1d + ((double)percent / 100d), n) : 1m + (percent / 100m);
        var amount = Math.Round(baseUsd * factor, 0);
        var target = Made(claim, amount, deadline.Year);
        var note = new AmountFromGrowth(baseYear, baseUsd, now.Choice.Reporter, publishedBy, percent, years, amount, growth.Since is not null) { Lacking = lacking };
        var judged = JudgeAsTarget(claim, question, target, false, now.Choice);
        return judged with { Notes = [note, .. judged.Notes] };
    }

    /// <summary>
    /// The base a goal stated as growth is counted from (<see cref="BaseOfGoal"/>) on <paramref name="side"/>, whose
    /// figures published by the article's date are <paramref name="known"/>, else on the
    /// other side's count of the same trade when the text cites neither (Russia's own figures of Russia's exports start
    /// in 2024: China's count gives 2018's), which <paramref name="side"/> then becomes and whose lack the result names;
    /// null when neither holds it, with <paramref name="missing"/> saying what is missing.
    /// </summary>
    private (Period Year, decimal Usd, DateOnly PublishedBy, Country? Lacking)? GoalBaseOf(StatedClaim claim, StatedGrowth growth, Period deadline, ref StoredFigures side, StoredFigures known, out GoalBaseNotStored? missing)
    {
        missing = null;
        if (BaseOfGoal(growth, deadline, known, side) is var (year, usd, publishedBy))
        {
            return (year, usd, publishedBy, null);
        }

        if (CitedSideOf(claim) is null && OtherSide(claim, side, request.Today) is var (other, _)
            && BaseOfGoal(growth, deadline, Figures(other.Choice, other.Measure, articleDate), other) is var (otherYear, otherUsd, otherDate))
        {
            var lacking = side.Choice.Reporter;
            side = other;
            return (otherYear, otherUsd, otherDate, lacking);
        }

        var latest = growth.Since is null ? known.LatestYear() : null;
        missing = new GoalBaseNotStored(side.Choice.Reporter, side.Measure, growth.Since is { } named ? Period.OfYear(named.Year) : null, latest is { } l && l.Year < deadline.Year ? l : null, deadline.Year, articleDate);
        return null;
    }

    // The base year's figure: the year the text names, as published by the article's date (or today, when it was
    // published after it); else the latest full year published by the article's date, where the store covers that date.
    private (Period Year, decimal Usd, DateOnly PublishedBy)? BaseOfGoal(StatedGrowth growth, Period deadline, StoredFigures known, StoredFigures now)
    {
        if (growth.Since is { } since)
        {
            var named = Period.OfYear(since.Year);
            return known.For(named)?.ValueUsd is { } then ? (named, then, articleDate)
                : now.For(named)?.ValueUsd is { } later ? (named, later, request.Today)
                : null;
        }

        if (known.LatestYear() is not { } latest || latest.Year >= deadline.Year || known.For(latest)?.ValueUsd is not { } usd)
        {
            return null;
        }

        // US–China's figures stop at 2019: in 2024 the latest year the speaker had was not 2019.
        return WasLatestThen(now, latest) ? (latest, usd, articleDate) : null;
    }
}
