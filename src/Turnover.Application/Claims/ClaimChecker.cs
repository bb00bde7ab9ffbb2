using Turnover.Analytics;
using Turnover.Claims;
using Turnover.Core;
using Turnover.Ingest;
using Turnover.Store;

namespace Turnover.Application;

/// <summary>Turns each claim of one text into a query, reads the evidence and gives the verdict.</summary>
internal sealed partial class ClaimChecker(StoreReads reads, ClaimCheckRequest request, DateOnly articleDate)
{
    private readonly IReadOnlyList<ReleaseSummary> _releases = [.. reads.Releases().Where(r => r.Retraction is null)];
    private readonly ClaimThresholds _thresholds = ClaimThresholds.Default;

    /// <summary>Checks <paramref name="claim"/>; <paramref name="text"/> is every claim of the text, for a year another sentence gives.</summary>
    public CheckedClaim Check(StatedClaim claim, IReadOnlyList<StatedClaim> text)
    {
        // "Passed the $200 billion goal in November": a goal is of a year; a month or part of a year beside it says when
        // it was reached, and the month's own figure ($20 bn) is not what the amount is of. Judged as the goal, undated.
        // So is a year that is no deadline beside "ahead of schedule" ("exceeded the $200 billion target in 2023, a year
        // ahead of schedule": 2023 was taken as the deadline, and the goal met in it "not ahead of schedule").
        if (ReachedIn(claim) is var (stated, reached))
        {
            var goal = Check(claim with { Period = null }, text);
            return goal with { Stated = claim, Notes = [.. goal.Notes, new GoalReachedIn(stated.Text, reached, goal.Outlook?.Today.MetIn)] };
        }

        // "Will reach $200 billion ahead of schedule" with no year: the text's other sentence on the same figure gives it.
        if (claim is { Kind: ClaimKind.Projection or ClaimKind.Target, AmountUsd: { } usd, Reporter: { } r, Partner: { } p } && claim.Period?.Period is null && !IsBalance(claim)
            && text.FirstOrDefault(c => c.AmountUsd == usd && c.Kind is ClaimKind.Projection or ClaimKind.Target && c.Period?.Period?.Granularity == Granularity.Year && c.SentenceSpan != claim.SentenceSpan
                && ReachedIn(c) is null // when another sentence said it was reached, its year is no deadline
                && c.Reporter is { } cr && c.Partner is { } cp && ((cr == r && cp == p) || (cr == p && cp == r))) is { } sameFigure)
        {
            return CheckWithPeriod(claim, sameFigure.Period!, new YearFromAnotherSentence(sameFigure.Period!.Period!.Value, sameFigure.Sentence));
        }

        // "To reach that goal, trade would have to grow by 3.6% a year": the goal just before gives the amount and year.
        if (claim is { Growth.Required: true, Amount: null, Period: null or { Period: null } } && GoalBefore(claim, text) is { } goalBefore)
        {
            var needed = Check(claim with { Amount = goalBefore.Amount, AmountEquivalent = goalBefore.AmountEquivalent, Period = goalBefore.Period });
            return needed with { Stated = claim, Notes = [.. needed.Notes, new GoalOfNeededRate(goalBefore.AmountUsd!.Value, goalBefore.Period!.Period!.Value, goalBefore.Sentence)] };
        }

        // "Met the $200 billion target ahead of schedule" with no year anywhere in the text: the one registered target of
        // the pair with that amount, announced by the article's date and still open, gives its deadline.
        if (claim is { Kind: ClaimKind.Projection or ClaimKind.Target, AmountUsd: { } amount } && claim.Period?.Period is null && !IsBalance(claim)
            && YearGoalIsOpenIn(claim, text) is var openIn && RegisteredByAmount(claim, amount, openIn) is { } only)
        {
            var deadline = new StatedPeriod { Period = Period.OfYear(only.DeadlineYear), Kind = PeriodKind.Year, Text = string.Empty, IsDeadline = true, Resolution = PeriodResolution.Explicit };
            return CheckWithPeriod(claim, deadline, new DeadlineOfRegisteredTarget(only.Name, only.DeadlineYear, openIn));
        }

        return WithAverage(CheckToLatest(claim) ?? Check(claim));
    }

    // The months or days of the period an average per month or day of the claim's is taken over; 1 for none.
    private static int AverageCount(AveragePer per, Period period) => per switch
    {
        AveragePer.Month => period.Months,
        AveragePer.Day => Enumerable.Range(period.StartMonth, period.Months).Sum(m => DateTime.DaysInMonth(period.Year, m)),
        _ => 1,
    };

    // "$28 billion a month on average in 2019": says it was judged as twelve times that against the year's total.
    private static CheckedClaim WithAverage(CheckedClaim checkedClaim) =>
        checkedClaim is { Stated: { AveragePer: not AveragePer.None and var per, Amount: not null } claim, Evidence: { StatedUsd: { } total } evidence }
        && AverageCount(per, evidence.Period) is var count and > 1
            ? checkedClaim with { Notes = [.. checkedClaim.Notes, new AverageScaled(per, count, evidence.Period, total / count, evidence.ValueUsd / count)] }
            : checkedClaim;

    // The words and period of a goal's claim that say when it was reached, not the goal's year: a month or part of a
    // year, or a past year that is no deadline beside "ahead of schedule". Null otherwise.
    private (StatedPeriod Stated, Period Reached)? ReachedIn(StatedClaim claim) =>
        claim is { Kind: ClaimKind.Target, AmountUsd: not null, Period: { Period: { } reached, IsDeadline: false } stated }
        && (reached.Months < 12 || (claim.AheadOfSchedule && reached.Year < articleDate.Year && !GoalsOwnYear(claim.Sentence, reached.Year))) && !IsBalance(claim)
            ? (stated, reached)
            : null;

    // "The $200 billion target set for 2024", "цель на 2024 год": the year the goal is for, not when it was reached.
    private static bool GoalsOwnYear(string sentence, int year) =>
        s_goalsYear.Matches(sentence).Any(m => m.Groups["y"].ValueSpan.SequenceEqual(year.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static readonly System.Text.RegularExpressions.Regex s_goalsYear = new(@"(?i:\b(?:for|by)\s+(?<y>\d{4})\b|(?<![\p{L}])(?:на|к)\s+(?<y>\d{4})(?!\d))", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // Checks the claim with a period taken from elsewhere, keeping the claim as stated and saying where the period came from.
    private CheckedClaim CheckWithPeriod(StatedClaim claim, StatedPeriod period, ClaimNote whence) =>
        Check(claim with { Period = period }) with { Stated = claim, Notes = [whence] };

    private CheckedClaim Check(StatedClaim claim)
    {
        if (claim.Kind == ClaimKind.Ranking)
        {
            return Unverifiable(claim, Question(claim, ClaimQuantity.Rank), RankingMissing(claim));
        }

        if (claim is { AmountIsChange: true, Period.Period: { } changed, Reporter: not null, Partner: not null })
        {
            return CheckChange(claim, changed);
        }

        if (claim.Subset == SubsetKind.ProductGroup && CheckProductGroup(claim) is { } product)
        {
            return product;
        }

        if (claim.Subset == SubsetKind.Volume && CheckProductVolume(claim) is { } volume)
        {
            return volume;
        }

        // A fact of goods and services is judged on goods, but cannot be shown wrong by them (CheckFigure); a goal or
        // forecast of both is not judged.
        if (claim.Subset != SubsetKind.None && !(claim.Subset == SubsetKind.GoodsAndServices && claim.Kind == ClaimKind.Fact))
        {
            return Unverifiable(claim, Question(claim, ClaimQuantity.None), new FigureIsSubset(claim.Subset, claim.SubsetText));
        }

        if (claim.Reporter is null || claim.Partner is null)
        {
            return Unverifiable(claim, null, new PairNotNamed());
        }

        if (claim.Amount is null && claim.Growth is null && !IsFigurelessFact(claim))
        {
            return Unverifiable(claim, Question(claim, ClaimQuantity.None), new NoFigureStated());
        }

        var period = claim.Period?.Period;
        if (period is null && claim.UnreadPeriod is { Kind: UnreadPeriodKind.TwelveMonths, Through: { } through } twelve && claim.Kind == ClaimKind.Fact)
        {
            return CheckTwelveMonths(claim, twelve, through);
        }

        // "$900 billion in 2019-2023": an amount over several years is judged on their sum; "a cumulative $1 trillion over
        // 2021-2025" to reach as a cumulative target, a sum that may fall to or stay under one as a fact.
        if (period is null && claim.UnreadPeriod is { Kind: UnreadPeriodKind.SeveralYears, FromYear: { } first, Through: { } last } years
            && claim is { Amount: not null, Growth: null, AveragePer: AveragePer.None } && !IsBalance(claim))
        {
            return claim.Kind is ClaimKind.Target or ClaimKind.Projection && !claim.FallsTo && claim.Amount.Bound is not (Bound.LessThan or Bound.UpTo)
                ? CheckCumulativeTarget(claim, years, first, last)
                : CheckSeveralYears(claim, years, first, last);
        }

        if (period is null)
        {
            var unverifiable = Unverifiable(claim, Question(claim, Quantity(claim)), claim.Period?.Resolution == PeriodResolution.Unresolved
                ? new PeriodNotAnchored(claim.Period.Text)
                : claim.UnreadPeriod is { } unread ? new PeriodNotComparable(unread)
                : new NoPeriodStated());
            // "Imports from China fell 5.1 percent to $9.0 billion." a paragraph after December's exports: not judged on
            // December, but how it fares there is shown.
            return claim is { NeighbourPeriod.Period: { } neighbour, Period: null, UnreadPeriod: null }
                && Check(claim with { Period = claim.NeighbourPeriod, NeighbourPeriod = null }) is { Verdict: not ClaimVerdict.NotVerifiable } onNeighbour
                ? unverifiable with { Notes = [.. unverifiable.Notes, new NeighbourPeriodReading(neighbour, onNeighbour.Verdict, onNeighbour.Evidence?.ValueUsd, onNeighbour.Evidence?.GrowthPercent)] }
                : unverifiable;
        }

        // "Would need to grow 3.6% a year to reach $300 billion by 2030": the rate the goal needs, not a forecast of it.
        if (claim is { Amount: not null, Growth: { Required: true, Comparison: GrowthComparison.Unstated } } && claim.Kind != ClaimKind.Fact
            && period.Value.Granularity == Granularity.Year && !IsBalance(claim) && CheckRequiredGrowth(claim, period.Value) is { } needs)
        {
            return needs;
        }

        // "To double trade by 2030": a goal of growth by a year is the amount that growth gives on its base year.
        if (claim is { Kind: ClaimKind.Target or ClaimKind.Projection, Amount: null, Growth.Comparison: not (GrowthComparison.PreviousPeriod or GrowthComparison.OtherBase), Period.IsDeadline: true }
            && period.Value.Granularity == Granularity.Year && !IsBalance(claim) && CheckGrowthGoal(claim, period.Value) is { } goal)
        {
            return goal;
        }

        // A goal for a surplus or deficit is judged on its year's figure: targets are tracked for flows. So is a level
        // reached by a fall or kept under a ceiling ("could fall below $200 billion in 2025", "will not exceed $250
        // billion", "missed their goal of $100 billion"): a target is met by reaching its amount, so any higher year had
        // "met" them and a ceiling that held was "missed".
        return claim.Kind is ClaimKind.Target or ClaimKind.Projection && claim.Amount is not null && period.Value.Granularity == Granularity.Year && !IsBalance(claim)
            && !claim.FallsTo && claim.Amount.Bound is not (Bound.LessThan or Bound.UpTo)
            ? CheckTarget(claim, period.Value)
            : CheckFigure(claim, period.Value);
    }

    // "Hit a record in 2024", "rose for a fourth straight year in 2024", "fell in 2020": a fact with no figure, whose
    // record, superlative or direction is all it says.
    private static bool IsFigurelessFact(StatedClaim claim) =>
        claim is { Kind: ClaimKind.Fact, Amount: null, Growth: null } && (claim.RecordText is not null || claim.Superlative is not null || claim.Direction is not null);

    // A figureless fact is as accurate as its one check: it holds or it does not.
    private static ClaimVerdict FigurelessVerdict(bool holds) => holds ? ClaimVerdict.Accurate : ClaimVerdict.Inaccurate;

    private CheckedClaim CheckFigure(StatedClaim claim, Period period)
    {
        var question = Question(claim, Quantity(claim));
        if (Side(claim, request.Today) is not var (figures, notes))
        {
            return Unverifiable(claim, question, new PairNotStored(claim.Reporter!.Value, claim.Partner!.Value)) with { MissingHint = FailureHint.StoreContents };
        }

        (figures, notes) = OtherSideWhereLacking(claim, figures, notes, [period]);

        var stated = StatedUsd(claim, period);
        if (claim.Amount is not null && claim.Growth is null && stated.Missing is { } noRate)
        {
            return Unverifiable(claim, question, noRate);
        }

        if (figures.For(period) is not { } figure)
        {
            if (period is { Months: 1, StartMonth: 1 or 2 } && figures.For(Period.Span(period.Year, 1, 2)) is { ValueUsd: { } combined })
            {
                // "Trade in February 2024 was $17 billion": China's customs printed no February, only January–February.
                return Unverifiable(claim, question, new MonthInCombinedFigure(figures.Choice.Reporter, figures.Measure, period, Period.Span(period.Year, 1, 2), combined));
            }

            return Unverifiable(claim, question, new FigureNotStored(figures.Choice.Reporter, figures.Measure, period, request.Today, figures.SpanFor(period)));
        }

        // The stored or printed growth is year on year. A rate on the period before ("up 1.8% month on month") or over
        // several years ("more than doubled since 2016") is judged on the change from that base, computed from the two
        // stored figures; a base with no figure leaves the rate unjudged.
        var rateBase = claim.Growth is not { } statedGrowth ? null
            : statedGrowth.Since ?? (statedGrowth.Comparison == GrowthComparison.PreviousPeriod ? PreviousPeriod(period) : null);
        var ownBase = claim.Growth is { Since: not null } or { Comparison: GrowthComparison.PreviousPeriod };
        if (ownBase)
        {
            var change = rateBase is not { } b || figures.For(b)?.ValueUsd is not { } before ? null
                : claim.Growth is { AverageAnnual: true, Since: not null } ? GrowthAnalysis.CompoundPercent(figure.ValueUsd, before, period.Year - b.Year)
                : GrowthAnalysis.Percent(figure.ValueUsd, before);
            figure = figure with { GrowthPercent = change, Origin = change is null ? null : GrowthOrigin.Computed, Rate = null, ComputedGrowthPercent = change };
        }

        ClaimVerdict? level = null, growth = null;
        var evidence = Evidence(figures, period, request.Today, notes) with { ValueUsd = figure.ValueUsd, Balance = BalanceOf(claim) };
        if (rateBase is { } judgedFrom && figure.GrowthPercent is not null)
        {
            ClaimNote basis = claim.Growth! switch
            {
                { Since: not null, AverageAnnual: true } => new AverageAnnualSince(judgedFrom, period.Year - judgedFrom.Year),
                { Since: not null } => new GrowthSinceYear(judgedFrom),
                _ => new GrowthOnPreviousPeriod(judgedFrom),
            };
            evidence = evidence with { Notes = [.. evidence.Notes, basis] };
        }

        if (figures.SumOfMonthsFor(period) is { } sumOfMonths)
        {
            evidence = evidence with { Notes = [.. evidence.Notes, sumOfMonths] };
        }

        if (figures.FromCumulativesFor(period) is { } fromCumulatives)
        {
            evidence = evidence with { Notes = [.. evidence.Notes, fromCumulatives] };
        }

        if (stated.Usd is { } usd && figure.ValueUsd is { } value)
        {
            (level, evidence) = JudgeLevel(evidence, claim.Amount!, usd, stated.Rounding, stated.Conversion, value);
        }

        var rateNotJudged = RateNotJudged(claim.Growth);
        if (claim.Growth is { } g && figure.GrowthPercent is { } rate && rateNotJudged is null)
        {
            var years = g is { Since: { } since, AverageAnnual: false } ? period.Year - since.Year : 1;
            (growth, evidence) = JudgeGrowth(evidence, g, rate, figure.Origin, figure.Rate, figure.ComputedGrowthPercent, years);
            if (g is { Comparison: GrowthComparison.Unstated, Since: null, YearsSpanned: null, AverageAnnual: false } && growth is ClaimVerdict.Inaccurate or ClaimVerdict.RoughlyAccurate
                && StoredMonthBefore(figures, period) is (var previous, var previousUsd) && GrowthAnalysis.Percent(figure.ValueUsd, previousUsd) is { } onPrevious)
            {
                evidence = evidence with { Notes = [.. evidence.Notes, new UnnamedBaseOtherReading(previous, null, onPrevious)] };
            }
        }

        (level, growth, evidence, var levelDoubt, var rateDoubt) = OnSuspects(figures, period, rateBase, figure, level, growth, evidence);
        // "11月份…215.9亿美元，较上月增长7.9%" with October not stored: the level is judged, and the rate says why it is not
        // (it was dropped without a word).
        if (claim.Growth is not null && growth is null && level is not null && rateNotJudged is null && rateDoubt is null)
        {
            evidence = evidence with { Notes = [.. evidence.Notes, new GrowthNotJudged(new NoGrowthRate(period, ownBase ? rateBase ?? period : period.PreviousYear()))] };
        }

        var verdict = ClaimJudge.Worse(level, growth);
        var figureless = IsFigurelessFact(claim);
        // "China-Russia trade fell in 2020": the sign of the change on a year earlier, published or computed.
        if (claim is { Direction: { } direction, Growth: null } && figureless && figure.GrowthPercent is { } onYearEarlier)
        {
            verdict = FigurelessVerdict(direction.Direction == ChangeDirection.Rise ? onYearEarlier > 0 : onYearEarlier < 0);
            evidence = evidence with { GrowthPercent = onYearEarlier, GrowthOrigin = figure.Origin, PublishedRate = figure.Rate, ComputedGrowthPercent = figure.ComputedGrowthPercent };
        }

        // "Hit a record $240.1 billion": the figure must be above every earlier one stored; a false record makes a judged
        // claim inaccurate, and a record beside a figure not judged judges nothing. A record stated with no figure ("hit a
        // record in 2024") is the claim, judged alone.
        if (claim.RecordText is not null && figure.ValueUsd is { } recordValue)
        {
            if (figures.RecordOf(period, recordValue) is { } record)
            {
                evidence = evidence with { Record = record };
                verdict = figureless ? FigurelessVerdict(record.Holds)
                    : verdict != ClaimVerdict.NotVerifiable && !record.Holds ? ClaimVerdict.Inaccurate : verdict;
            }
            else
            {
                evidence = evidence with { Notes = [.. evidence.Notes, new RecordNotChecked(period)] };
            }
        }

        // "Exceeded $200 billion for the first time": no earlier figure of the kind may be above the amount; a false first
        // makes a judged claim inaccurate.
        if (claim.FirstTimeText is not null && stated.Usd is { } threshold && figure.ValueUsd is { } crossedValue)
        {
            if (figures.RecordOf(period, crossedValue) is { } earlier)
            {
                var first = new FirstTimeCheck(earlier.PreviousHighUsd <= threshold, threshold, earlier);
                evidence = evidence with { FirstTime = first };
                verdict = verdict != ClaimVerdict.NotVerifiable && !first.Holds ? ClaimVerdict.Inaccurate : verdict;
            }
            else
            {
                evidence = evidence with { Notes = [.. evidence.Notes, new FirstTimeNotChecked(period)] };
            }
        }

        // "The smallest since 2004", "its first decline since 2020": every year between must be less extreme; a false one
        // makes a judged claim inaccurate, and one the store cannot check says why.
        // A run above an amount needs the amount in US dollars; without it the amount is not judged either, and says why.
        if (claim.Superlative is { } superlative && (superlative.Kind != SuperlativeKind.AboveStreak || stated.Usd is not null))
        {
            var (check, notStored) = figures.SuperlativeOf(period, superlative, stated.Usd);
            evidence = check is not null ? evidence with { Superlative = check }
                : evidence with { Notes = [.. evidence.Notes, new SuperlativeNotChecked(superlative.Kind, superlative.SinceYear, notStored!.Value) { SinceMonth = superlative.SinceMonth }] };
            verdict = figureless && check is not null ? FigurelessVerdict(check.Holds)
                : verdict != ClaimVerdict.NotVerifiable && check is { Holds: false } ? ClaimVerdict.Inaccurate : verdict;
        }

        // "Imports of Russian goods and services rose 7.7% to $22.016 billion" is China's customs' count of goods, loosely
        // worded, and the goods figure confirms it; "U.S. exports of goods and services to China totaled $163 billion" is a
        // count with services, which the goods figure ($106.5 bn, goods only) cannot show wrong.
        var servicesWide = claim.Subset == SubsetKind.GoodsAndServices && verdict == ClaimVerdict.Inaccurate;
        if (claim.Subset == SubsetKind.GoodsAndServices)
        {
            evidence = evidence with { Notes = [.. evidence.Notes, new ServicesNotStored(claim.SubsetText ?? string.Empty)] };
            verdict = servicesWide ? ClaimVerdict.NotVerifiable : verdict;
        }

        // "U.S. imports from China fell to $35.3 billion in December": the US release's seasonally adjusted figure, against
        // the store's unadjusted one ($33.4 bn), is no error; a month whose level, rate on the month before, record or
        // level superlative is off on such a source says so, and one they alone make inaccurate is not verifiable. A
        // year-on-year rate is about the same adjusted or not.
        var (adjustedElsewhere, adjustedWide) = AdjustedElsewhere(claim, period, evidence, verdict, level, growth);
        if (adjustedElsewhere)
        {
            evidence = evidence with { Notes = [.. evidence.Notes, new NotSeasonallyAdjusted(evidence.Source)] };
            verdict = adjustedWide ? ClaimVerdict.NotVerifiable : verdict;
        }

        // "Russia's exports to China were $49.06 billion" read against China's imports from Russia ($57.18 bn): the sides
        // count the same trade differently, so a disagreement there does not make the claim wrong.
        var stand = StandIn(evidence.Notes);
        if (verdict == ClaimVerdict.Inaccurate && stand is not null)
        {
            verdict = ClaimVerdict.NotVerifiable;
        }

        // "16921.9亿元，增长32.7%" with no yuan rate for 2023: the amount's reason was lost behind the rate's.
        var amountMissing = level is null && claim.Amount is not null ? levelDoubt ?? stated.Missing : null;
        if (rateNotJudged is { } notJudged && (level is not null || amountMissing is not null))
        {
            evidence = evidence with { Notes = [.. evidence.Notes, notJudged.Note] };
        }

        if (amountMissing is not null && verdict != ClaimVerdict.NotVerifiable)
        {
            evidence = evidence with { Notes = [.. evidence.Notes, new AmountNotJudged(amountMissing)] };
        }

        if (rateDoubt is not null && verdict != ClaimVerdict.NotVerifiable)
        {
            evidence = evidence with { Notes = [.. evidence.Notes, new GrowthNotJudged(rateDoubt)] };
        }

        var missing = verdict != ClaimVerdict.NotVerifiable ? null
            : servicesWide ? new FigureIsSubset(SubsetKind.GoodsAndServices, claim.SubsetText)
            : adjustedWide ? new AdjustedFigureNotStored(evidence.Source, period)
            : stand is { } standIn && (level == ClaimVerdict.Inaccurate || growth == ClaimVerdict.Inaccurate || evidence.Record is { Holds: false }
                || evidence.Superlative is { Holds: false } || evidence.FirstTime is { Holds: false }) ? new OtherSideDisagrees(standIn, figures.Choice.Reporter)
            : amountMissing is not null ? amountMissing
            : rateDoubt is not null ? rateDoubt
            : rateNotJudged is { } other ? other.Reason
            : claim.Growth is not null ? new NoGrowthRate(period, ownBase ? rateBase ?? period : period.PreviousYear())
            : claim.Direction is not null ? new NoGrowthRate(period, period.PreviousYear())
            : figureless && evidence.Notes.LastOrDefault(n => n is RecordNotChecked or SuperlativeNotChecked) is { } notChecked ? new FigurelessCheckNotMade(notChecked)
            : stated.Missing;
        return new CheckedClaim(claim, question, verdict)
        {
            Evidence = evidence,
            Missing = missing,
            AsOfArticle = claim.Kind == ClaimKind.Projection ? KnownByArticleDate(claim, period) : null,
        };
    }

    // A rate that is not the year-on-year dollar rate the store holds, whatever its digits: computed in yuan ("in yuan
    // terms … rose 8.9%"), or against a base named without a period ("fell 9.5% from their peak"). It is not judged; the
    // amount still is, with a note saying why the rate is not.
    private static (UnverifiableReason Reason, ClaimNote Note)? RateNotJudged(StatedGrowth? growth) => growth switch
    {
        { ComputedIn: { } currency } when currency != Currency.Usd => (new GrowthInOtherCurrency(currency), new GrowthRateNotJudged(currency)),
        { Comparison: GrowthComparison.OtherBase } g => (new GrowthAgainstOtherBase(g.BaseText ?? g.Text), new OtherBaseRateNotJudged(g.BaseText ?? g.Text)),
        { AverageAnnual: true, Since: null } g => (new AverageWithoutSpan(g.Text), new GrowthNotJudged(new AverageWithoutSpan(g.Text))),
        _ => null,
    };

    // A month's figure's month before, with its stored figure (UnnamedBaseOtherReading); null for other periods or none stored.
    private static (Period Month, decimal Usd)? StoredMonthBefore(StoredFigures figures, Period period) =>
        period.Months == 1 && PreviousPeriod(period) is { } previous && figures.For(previous)?.ValueUsd is { } usd ? (previous, usd) : null;

    // The month, quarter or half before; null for other spans (January to some month), which have no "previous period".
    private static Period? PreviousPeriod(Period period) => period switch
    {
        { Months: 1, StartMonth: 1 } => Period.Month(period.Year - 1, 12),
        { Months: 1 } => Period.Month(period.Year, period.StartMonth - 1),
        { Months: 3 or 6, StartMonth: 1 } => Period.Span(period.Year - 1, 13 - period.Months, period.Months),
        { Months: 3 or 6 } when (period.StartMonth - 1) % period.Months == 0 => Period.Span(period.Year, period.StartMonth - period.Months, period.Months),
        _ => null,
    };

    // The side whose figure the claim states when the figures read are the other side's count: null when they are its own.
    private static Country? StandIn(IReadOnlyList<ClaimNote> notes) => notes.Select(n => n switch
    {
        ReadFromOtherSide r => r.Stated,
        PeriodOnlyOnOtherSide p => p.Lacking,
        CitedSideNotStored c => c.Cited,
        PresumedSideNotStored p => p.Presumed,
        _ => (Country?)null,
    }).FirstOrDefault(c => c is not null);

    /// <summary>For a projection about a period: the latest year-to-date figure of its year published by the article's date.</summary>
    private ClaimEvidence? KnownByArticleDate(StatedClaim claim, Period period)
    {
        if (Side(claim, articleDate) is not var (figures, notes))
        {
            return null;
        }

        for (var month = period.EndMonth; month >= 1; month--)
        {
            var span = Period.YearToDate(period.Year, month);
            if (figures.For(span) is { } figure)
            {
                return Evidence(figures, span, articleDate, notes) with
                {
                    Balance = BalanceOf(claim),
                    ValueUsd = figure.ValueUsd,
                    GrowthPercent = figure.GrowthPercent,
                    GrowthOrigin = figure.Origin,
                    PublishedRate = figure.Rate,
                    ComputedGrowthPercent = figure.ComputedGrowthPercent,
                    DifferencePoints = figure.GrowthPercent - claim.Growth?.Percent,
                };
            }
        }

        return null;
    }

    private static CheckedClaim Unverifiable(StatedClaim claim, ClaimQuestion? question, UnverifiableReason missing) =>
        new(claim, question, ClaimVerdict.NotVerifiable) { Missing = missing };

    private static ClaimQuestion? Question(StatedClaim claim, ClaimQuantity quantity) =>
        claim is { Reporter: { } reporter, Partner: { } partner }
            ? new(reporter, partner, MeasureOf(claim.Flow), claim.Period?.Kind ?? PeriodKind.None, claim.Period?.Period, quantity,
                CitedSideOf(claim) ?? (claim.Flow == StatedFlow.Turnover ? null : reporter))
            : null;

    // The side of the pair whose statistics the text cites ("according to Russian customs"); null when it cites none, or a third country's.
    private static Country? CitedSideOf(StatedClaim claim) =>
        claim.StatisticsOf is { } cited && (cited == claim.Reporter || cited == claim.Partner) ? cited : null;

    private static readonly Country s_china = CountryCatalog.Default.FromCode(156);

    // A Chinese text that cites no statistics quotes China's customs, as Chinese reports of China's trade do.
    private static Country? PresumedSideOf(StatedClaim claim) =>
        claim is { Language: ClaimLanguage.Chinese, StatisticsOf: null } && (claim.Reporter == s_china || claim.Partner == s_china) ? s_china : null;

    private static ClaimQuantity Quantity(StatedClaim claim) => (claim.Amount, claim.Growth) switch
    {
        (not null, not null) => ClaimQuantity.LevelAndGrowth,
        (not null, null) => claim.Kind is ClaimKind.Target or ClaimKind.Projection && claim.Period?.Period?.Granularity == Granularity.Year ? ClaimQuantity.TargetValue : ClaimQuantity.Level,
        (null, not null) => ClaimQuantity.Growth,
        // A fact with no figure compares what its words do: the levels for a record or a level's superlative, else the rates.
        _ when IsFigurelessFact(claim) => claim.RecordText is not null || claim.Superlative?.Kind.IsOfLevel() == true ? ClaimQuantity.Level : ClaimQuantity.Growth,
        _ => ClaimQuantity.None,
    };

    private static Measure MeasureOf(StatedFlow flow) => flow switch
    {
        StatedFlow.Exports => Measure.Exports,
        StatedFlow.Imports => Measure.Imports,
        StatedFlow.Surplus or StatedFlow.Deficit => Measure.Balance,
        _ => Measure.Turnover,
    };

    private static bool IsBalance(StatedClaim claim) => claim.Flow is StatedFlow.Surplus or StatedFlow.Deficit;

    private static BalanceView? BalanceOf(StatedClaim claim) =>
        IsBalance(claim) ? new BalanceView(claim.Reporter!.Value, claim.Partner!.Value, claim.Flow == StatedFlow.Surplus) : null;

    // A balance is read as the claim states it: the owner's surplus is +1 of its own exports less imports, and −1 of
    // the partner's; a deficit the reverse. 1 for every other measure.
    private static int BalanceSign(StatedClaim claim, Country side) =>
        !IsBalance(claim) ? 1 : (claim.Flow == StatedFlow.Surplus ? 1 : -1) * (side == claim.Reporter ? 1 : -1);

    private static Measure Mirror(Measure measure) => measure switch
    {
        Measure.Exports => Measure.Imports,
        Measure.Imports => Measure.Exports,
        _ => measure,
    };

    /// <summary>
    /// Whose statistics judge the claim: the side whose statistics the text cites when they are stored; else, for an
    /// export or import, the side the text names when its figures are stored, else the other side's mirror flow (saying
    /// so); for turnover, the side with the most data.
    /// </summary>
    private (StoredFigures Figures, IReadOnlyList<ClaimNote> Notes)? Side(StatedClaim claim, DateOnly asOf)
    {
        var (reporter, partner) = (claim.Reporter!.Value, claim.Partner!.Value);
        var measure = MeasureOf(claim.Flow);
        var notes = new List<ClaimNote>();
        if (CitedSideOf(claim) is { } cited)
        {
            if (OwnFigures(claim, cited, asOf) is { } citedFigures)
            {
                return (citedFigures, [new CitedSide(cited, claim.StatisticsText!)]);
            }

            notes.Add(new CitedSideNotStored(cited, claim.StatisticsText!));
        }
        else if (measure == Measure.Turnover && PresumedSideOf(claim) is { } presumed && OwnFigures(claim, presumed, asOf) is null)
        {
            // "2018年中韩贸易额达到3134亿美元" is China's customs' figure; Korea's count, $268.6 bn, was called it "inaccurate".
            notes.Add(new PresumedSideNotStored(presumed));
        }

        if (measure != Measure.Turnover && Choose(new SourceRequest(reporter, partner) { Reporter = reporter, AsOf = asOf }).TryGetValue(out var own))
        {
            return (Figures(own, measure, asOf, BalanceSign(claim, own.Reporter)), notes);
        }

        if (!Choose(new SourceRequest(reporter, partner) { AsOf = asOf }).TryGetValue(out var choice))
        {
            return null;
        }

        if (choice.Reporter != reporter && measure != Measure.Turnover)
        {
            notes.Add(new ReadFromOtherSide(reporter, choice.Reporter, choice.Partner, Mirror(measure)));
        }

        if (choice.Alternatives.Any(a => !a.Reconciled && a.Reporter != choice.Reporter))
        {
            notes.Add(new OtherSideStored(choice.Reporter, choice.Partner));
        }

        return (Figures(choice, choice.Reporter == reporter ? measure : Mirror(measure), asOf, BalanceSign(claim, choice.Reporter)), notes);
    }

    /// <summary>
    /// The side chosen lacks a figure for one of <paramref name="periods"/> and the other side holds them all: the same
    /// trade, as the other side counts it, says more than nothing (not when the text cites the chosen side's statistics).
    /// Else the figures and notes as they are.
    /// </summary>
    private (StoredFigures Figures, IReadOnlyList<ClaimNote> Notes) OtherSideWhereLacking(StatedClaim claim, StoredFigures figures, IReadOnlyList<ClaimNote> notes, IReadOnlyList<Period> periods) =>
        periods.Any(p => figures.For(p) is null) && CitedSideOf(claim) is null && OtherSide(claim, figures, request.Today) is var (other, lacking)
        && periods.All(p => other.For(p) is not null)
            ? (other, [.. notes.Where(n => n is not OtherSideStored), new PeriodOnlyOnOtherSide(lacking, other.Choice.Reporter)])
            : (figures, notes);

    // The pair's other side to the one figures were read from, when its own statistics are stored; and the side it replaces.
    private (StoredFigures Figures, Country Lacking)? OtherSide(StatedClaim claim, StoredFigures figures, DateOnly asOf)
    {
        var used = figures.Choice.Reporter;
        return OwnFigures(claim, used == claim.Reporter ? claim.Partner!.Value : claim.Reporter!.Value, asOf) is { } other ? (other, used) : null;
    }

    // The claim's figure in one side's own statistics (its measure mirrored when that side is the partner); null when
    // they are not stored. A reconciled dataset (BACI) is no side's statistics, whatever reporter its rows carry.
    private StoredFigures? OwnFigures(StatedClaim claim, Country side, DateOnly asOf)
    {
        var (reporter, partner, measure) = (claim.Reporter!.Value, claim.Partner!.Value, MeasureOf(claim.Flow));
        return Choose(new SourceRequest(reporter, partner) { Reporter = side, AsOf = asOf }).TryGetValue(out var own) && !own.Coverage.Reconciled
            ? Figures(own, side == reporter ? measure : Mirror(measure), asOf, BalanceSign(claim, side))
            : null;
    }

    private ClaimEvidence Evidence(StoredFigures figures, Period period, DateOnly asOf, IReadOnlyList<ClaimNote> notes) =>
        new(figures.Choice.Reporter, figures.Choice.Partner, figures.Choice.Source, figures.Measure, period, asOf,
            PublishedReleases.Behind(_releases, reads.PairReleases(figures.Choice.Reporter, figures.Choice.Partner, asOf), figures.Choice, null))
        {
            Notes = notes,
        };

    // A month of a publisher whose release headlines seasonally adjusted months (ClaimChecker.CheckFigure): whether what
    // the adjustment changes is off (level, rate on the month before, record, level superlative), and whether only that
    // makes the claim inaccurate.
    private static (bool Off, bool Wide) AdjustedElsewhere(StatedClaim claim, Period period, ClaimEvidence evidence, ClaimVerdict verdict, ClaimVerdict? level, ClaimVerdict? growth)
    {
        if (period.Months != 1 || !SourceCatalog.Of(evidence.Source).HeadlinesSeasonallyAdjusted)
        {
            return (false, false);
        }

        static bool Off(ClaimVerdict? v) => v is ClaimVerdict.Inaccurate or ClaimVerdict.RoughlyAccurate;
        var onMonthBefore = claim.Growth is { Comparison: GrowthComparison.PreviousPeriod };
        var ranking = evidence.Record is { Holds: false } || evidence.Superlative is { Holds: false } s && s.Kind.IsOfLevel();
        var off = Off(level) || (onMonthBefore && Off(growth)) || ranking;
        var otherwiseWrong = (growth == ClaimVerdict.Inaccurate && !onMonthBefore)
            || evidence.Superlative is { Holds: false } r && !r.Kind.IsOfLevel() || evidence.FirstTime is { Holds: false };
        return (off, off && verdict == ClaimVerdict.Inaccurate && !otherwiseWrong);
    }

    /// <summary>
    /// A stated level against the stored value: the verdict, and the evidence with the stated figure, the difference
    /// from it (from a range's nearer end, zero inside it) and a broken bound.
    /// </summary>
    private (ClaimVerdict Verdict, ClaimEvidence Evidence) JudgeLevel(ClaimEvidence evidence, StatedAmount amount, decimal usd, decimal rounding, StatedConversion? conversion, decimal value)
    {
        var range = RangeUsd(amount, usd);
        var verdict = ClaimJudge.Level(value, usd, rounding, amount.Bound, _thresholds, range is null ? 0m : usd - range.LowUsd);
        var compared = range?.Nearest(value) ?? usd;
        return (verdict, evidence with
        {
            BrokenBounds = ClaimJudge.BreaksBound(value, usd, rounding, amount.Bound) ? [new StatedBound(amount.Bound, false, usd)] : [],
            HeldBounds = ClaimJudge.HoldsLevelBound(value, usd, rounding, amount.Bound, _thresholds) ? [StatedBound.Holding(amount.Bound, false, usd, value)] : [],
            StatedUsd = compared,
            StatedRange = range,
            StatedConversion = conversion,
            DifferenceUsd = value - compared,
            // A balance of the other sign has no percentage difference: the claim has the wrong side.
            DifferencePercent = value == 0 || (value < 0 && evidence.Balance is not null) ? null : Math.Round((value - compared) / value * 100m, 2),
        });
    }

    /// <summary>
    /// A stated rate against the stored one, as <see cref="JudgeLevel"/> judges a level; a broken bound is added to the
    /// level's. A rate over more than one <paramref name="years"/> is roughly accurate by the level it gives.
    /// </summary>
    private (ClaimVerdict Verdict, ClaimEvidence Evidence) JudgeGrowth(ClaimEvidence evidence, StatedGrowth stated, decimal rate, GrowthOrigin? origin, PublishedRate? published, decimal? computed, int years = 1)
    {
        var (comparedRate, halfWidth) = RateCompared(stated, rate);
        var verdict = ClaimJudge.Growth(rate, stated.Percent, stated.Rounding, stated.Bound, _thresholds, halfWidth, years);
        return (verdict, evidence with
        {
            RoughGrowthPoints = years > 1 ? _thresholds.RoughGrowthPointsOver(rate, years) : null,
            GrowthPercent = rate,
            GrowthOrigin = origin,
            PublishedRate = published,
            ComputedGrowthPercent = computed,
            DifferencePoints = rate - comparedRate,
            BrokenBounds = ClaimJudge.BreaksBound(rate, stated.Percent, stated.Rounding, stated.Bound)
                ? [.. evidence.BrokenBounds, new StatedBound(stated.Bound, true, stated.Percent)]
                : evidence.BrokenBounds,
            HeldBounds = ClaimJudge.HoldsGrowthBound(rate, stated.Percent, stated.Rounding, stated.Bound, _thresholds, years)
                ? [.. evidence.HeldBounds, StatedBound.Holding(stated.Bound, true, stated.Percent, rate)]
                : evidence.HeldBounds,
        });
    }

    /// <summary>The stated rate a stored one is compared with (a range's nearer end, or the rate itself inside it) and half the range's width; the rate itself and 0 for a single number.</summary>
    private static (decimal Compared, decimal HalfWidth) RateCompared(StatedGrowth stated, decimal rate)
    {
        if (stated is not { RangeLow: { } low, RangeHigh: { } high })
        {
            return (stated.Percent, 0m);
        }

        return (Math.Clamp(rate, Math.Min(low, high), Math.Max(low, high)), Math.Abs(stated.Percent - low));
    }

    /// <summary>A stated range's ends in US dollars, scaled as its middle was converted; null for a single number.</summary>
    private static UsdRange? RangeUsd(StatedAmount amount, decimal middleUsd)
    {
        if (amount.RangeLow is not { } low || amount.Value.Amount == 0)
        {
            return null;
        }

        var lowUsd = Math.Round(middleUsd * low.Amount / amount.Value.Amount, 0);
        return new UsdRange(lowUsd, middleUsd + (middleUsd - lowUsd));
    }

    /// <summary>The stated amount in US dollars with half a unit of its last digit, converting another currency with the stored rates of the period.</summary>
    private (decimal? Usd, decimal Rounding, StatedConversion? Conversion, UnverifiableReason? Missing) StatedUsd(StatedClaim claim, Period period)
    {
        // An average per month or day is judged as that many times it, against the period's total.
        var times = AverageCount(claim.AveragePer, period);
        if (claim.AmountUsd is { } usd)
        {
            var stated = claim.Amount?.WholeUsd is not null ? claim.Amount : claim.AmountEquivalent;
            return (usd * times, (stated?.Rounding ?? 0m) * times, null, null);
        }

        if (claim.Amount is not { } amount)
        {
            return (null, 0m, null, null);
        }

        var currency = amount.Value.Currency;
        if (request.Rates is not { } rates)
        {
            return (null, 0m, null, new NoExchangeRates(currency));
        }

        var converts = rates.TryToUsd(amount.Value.Amount, currency, period, out var converted, out _);
        if (!converts && MonthWithoutRate(rates, currency, period) is { } month)
        {
            // The table words the month it misses; the month itself is found here, for the renderers to word.
            // Which months the table does hold, or which currencies when none of this one: "no RUB rate for 2019-01" hid
            // that the file has no rouble at all, and "no CNY rate for 2023-01" that its yuan stop in 2019.
            return (null, 0m, null, rates.MonthsOf(currency) is { } held
                ? new NoExchangeRate(currency, month, rates.SourceFile, held.First, held.Last)
                : new NoExchangeRate(currency, month, rates.SourceFile) { Held = rates.Currencies });
        }

        // Every month has a rate and the table still refused: the amount's US dollars pass decimal's range (a rate far
        // below one unit per USD). Past what a dollar figure can be, times the months or days of an average, the judging's
        // arithmetic would overflow. Either is an absurd number: not judged, never a crash.
        if (!converts || Math.Abs(converted) > AmountBeyondDollars.MaxUsd / times
            || !rates.TryToUsd(amount.Rounding, currency, period, out var roundingUsd, out _))
        {
            return (null, 0m, null, new AmountBeyondDollars(amount.Value, period, rates.SourceFile));
        }

        // The text's rounding converted at the same rate: a ratio to the amount would divide by a stated zero.
        var conversion = new StatedConversion(amount.Value, period, rates.SourceFile);
        return (Math.Round(converted, 0) * times, roundingUsd * times, conversion, null);
    }

    /// <summary>The first month of <paramref name="period"/> the table holds no rate of <paramref name="currency"/> for; null when it holds every one.</summary>
    private static Period? MonthWithoutRate(ExchangeRateTable rates, Currency currency, Period period) =>
        Enumerable.Range(period.StartMonth, period.Months).Where(m => !rates.TryGetRate(currency, period.Year, m, out _))
            .Select(m => (Period?)Period.Month(period.Year, m)).FirstOrDefault();
}
