using System.Globalization;
using Turnover.Application;
using Turnover.Claims;
using Turnover.Core;

namespace Turnover.Presentation.Wording;

/// <summary>Why a claim is not verifiable (<see cref="UnverifiableReason"/>), in words for the console, markdown, JSON and the web alike.</summary>
internal static class ClaimReasonWording
{
    /// <summary>What is missing as a clause without a full stop, e.g. "the pair USA–Brazil is not in the store"; without the host's pointer.</summary>
    public static string Text(UnverifiableReason reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return reason switch
        {
            PairNotNamed => "the text does not say which two countries trade",
            NoFigureStated => "the claim states no figure",
            FigurelessCheckNotMade f => $"the claim states no figure, and what it does say cannot be checked: {ClaimNoteWording.Text(f.Why)}",
            NoPeriodStated => "the text gives no period for the figure",
            PeriodNotComparable { Period: var u } => u.Kind switch
            {
                UnreadPeriodKind.TwelveMonths => $"the period (\"{u.Text}\") is twelve months across two calendar years, judged on the store's twelve-month figure only for a fact of exports, imports or turnover whose last month the text names with its year, with any amount in US dollars",
                UnreadPeriodKind.LatestMonths => $"the period (\"{u.Text}\") is the latest months, which the text does not date and which may cross the turn of a year: no stored period is it",
                UnreadPeriodKind.YearToMonth => $"the period (\"{u.Text}\") is the twelve months to that month in British usage and January to it in others: it is not guessed",
                UnreadPeriodKind.SeveralYears => $"the period (\"{u.Text}\") is several calendar years together, and the amount their sum: a sum of years is judged only for an amount of exports, imports or turnover stated in US dollars, without a rate",
                UnreadPeriodKind.FiscalYear => $"the period (\"{u.Text}\") is a fiscal year, which may run across two calendar years (India's April–March, the US government's October–September), and the stored periods are calendar ones",
                _ => $"the period (\"{u.Text}\") reads two ways (the third quarter, or three quarters): it is not guessed",
            },
            PeriodNotAnchored p => $"the period (\"{p.Text}\") is relative and no article date anchors it: give the article's date",
            NoComparableAmount => "the claim states no amount in a currency the store can compare",
            FigureIsSubset { Subset: SubsetKind.Volume } s =>
                $"the figure is a volume ({s.Text}), not a value: a volume is judged only in tonnes, on the weights of stored HS lines, for a year, a year to date, or a month, quarter or half "
                + "of a product group whose words name headings for certain (crude oil, coal, LNG, pipeline or natural gas) and whose lines of the pair are stored",
            VolumeUnitNotStored v => $"the volume is in {UnitName(v.Unit)} ({v.Text}): the stored lines carry weights in tonnes, and converting needs the density of what was shipped, which the statistics do not give",
            FigureIsSubset { Subset: SubsetKind.GoodsAndServices } s => $"the figure is of goods and services together (\"{s.Text}\"): the store holds goods (merchandise) trade only; its goods figure differs, which a count with services may rightly do",
            FigureIsSubset { Subset: SubsetKind.Services } s => $"the figure is of trade in services (\"{s.Text}\"): the store holds goods (merchandise) trade only",
            FigureIsSubset { Subset: SubsetKind.Qualified } s => $"the figure is for part of the flow (\"{s.Text}\"), not all of it: the store's figures are total trade",
            FigureIsSubset s =>
                $"the figure is for a product group ({s.Text}), not total trade: it is judged on stored HS lines (Comtrade, BACI, a customs export by product) "
                + "only for a year, a year to date, or a month, quarter or half, whose level or growth on the same months of the year before it states, when its words name headings for certain (crude oil, coal, LNG, pipeline or natural gas) and the pair's lines of them are stored",
            RankingNeedsEveryPartner r => Ranking(r),
            PairNotStored p => $"the pair {p.Reporter.Name}–{p.Partner.Name} is not in the store",
            ProductYearNotCovered y =>
                Invariant($"{y.Reporter.Name}'s stored {string.Join(" and ", y.Headings)} lines ({SourceNames.Describe(y.Source)}) do not cover every month of {MirrorWording.Span(y.Period)}"),
            ProductQuantityNotStored q =>
                Invariant($"{q.Reporter.Name}'s stored {string.Join(" and ", q.Headings)} lines ({SourceNames.Describe(q.Source)}) for {MirrorWording.Span(q.Period)} do not all carry a weight in tonnes, so their quantity cannot be summed"),
            MonthInCombinedFigure m => Invariant(
                $"{m.Reporter.Name}'s statistics give January and February {m.Period.Year} as one figure ({m.Measure.ToString().ToLowerInvariant()} {m.Combined}: ${Numbers.Billions(m.CombinedUsd)} bn), not {m.Period} alone"),
            TwelveMonthsNotStored t => Invariant(
                $"{t.Reporter.Name}'s {t.Measure.ToString().ToLowerInvariant()} for the twelve months to {t.Through} is not in the store (published by {t.PublishedBy:yyyy-MM-dd}): it needs January to {t.Through} and the year {t.Through.Year - 1} less its January to {t.Through.PreviousYear()}, and not all are there") + StoredSpan(t.Stored),
            LatestNotStored l => Invariant(
                $"the text names no end (\"{l.Words}\"), and {l.Reporter.Name}'s stored {l.Measure.ToString().ToLowerInvariant()} stops at {l.Latest}: by the article's date ({l.ArticleDate:yyyy-MM-dd}) a later figure had most likely been published, which the store lacks, so the latest the text could have had is not known"),
            YearSoFarNotPublished y => Invariant(
                $"the text speaks of {y.Year} (\"{y.Words}\"), a year not over on the article's date ({y.ArticleDate:yyyy-MM-dd}), and {y.Reporter.Name}'s statistics had published no {y.Measure.ToString().ToLowerInvariant()} of {y.Year} by then: no figure of it could have been known"),
            FigureNotStored f => Invariant($"{f.Reporter.Name}'s {f.Measure.ToString().ToLowerInvariant()} for {f.Period} is not in the store (published by {f.PublishedBy:yyyy-MM-dd})") + StoredSpan(f.Stored),
            GrowthInOtherCurrency c => OtherCurrencyRate(c.Currency),
            GrowthAgainstOtherBase b => OtherBaseRate(b.Text),
            ChangeAgainstOtherBase b => $"the change is against another base (\"{b.Text}\"), not the same period a year earlier, and no stored figure is known to be it: the change is not judged",
            AverageWithoutSpan a => $"the growth rate (\"{a.Text}\") is a yearly average, and the text names no years it runs over",
            OtherSideDisagrees o =>
                $"{o.Stated.Name}'s own statistics for it are not stored, and {o.Judged.Name}'s count of the same trade (the evidence) differs beyond the thresholds; "
                + "the two sides value and date the same trade differently (exports free on board, imports with freight and insurance, goods in transit, re-exports), "
                + $"so that count cannot show the claim wrong: {o.Stated.Name}'s own figure would",
            AdjustedFigureNotStored a =>
                $"the stored figure for {a.Month} ({SourceNames.Describe(a.Source)}, its country table) is not seasonally adjusted and differs beyond the thresholds; "
                + "the publisher's monthly release headlines seasonally adjusted figures, which news reports mostly quote and the store lacks, so the unadjusted figure cannot show the claim wrong",
            StoredLevelSuspect l => $"{l.Reporter.Name}'s {SuspectNote.StoredContradicted(l.Level, l.Source)} — so it cannot show the claim wrong: the stored figure may be the error",
            GoalBaseNotStored { NamedBase: { } named } g =>
                Invariant($"the goal is growth on {named}, as the text says, and {g.Reporter.Name}'s {g.Measure.ToString().ToLowerInvariant()} for {named} is not in the store"),
            GoalBaseNotStored { StoredThrough: { } through } g => Invariant(
                $"the goal is growth on the latest full year published by the article's date ({g.ArticleDate:yyyy-MM-dd}), and {g.Reporter.Name}'s stored {g.Measure.ToString().ToLowerInvariant()} stops at {through}: a later year had most likely been published by then, which the store lacks"),
            GoalBaseNotStored g => Invariant(
                $"the goal is growth on the latest full year published by the article's date ({g.ArticleDate:yyyy-MM-dd}), and no full year of {g.Reporter.Name}'s stored {g.Measure.ToString().ToLowerInvariant()} before {g.DeadlineYear} had been published by then: the text names no year it grows from"),
            FallingGoal f => $"a fall by a year (\"{f.Text}\") is not judged: goals and projections by a year are judged as amounts to reach, and a fall to a level is not one",
            NoGrowthRate g => $"no growth rate for {g.Period}: the store has no figure for {g.YearBefore} to compute it from and no printed rate",
            NoExchangeRates n => $"the amount is in {n.Currency} and no exchange rates are loaded to convert it",
            NoExchangeRate { RatesFrom: { } from, RatesThrough: { } through } n => Invariant(
                $"the amount is in {n.Currency} and there is no {n.Currency} rate for {n.Month.Year:D4}-{n.Month.StartMonth:D2} in the stored rates ({n.RatesFile ?? "rates table"}), whose {n.Currency} rates run from {from} to {through}; it is never guessed"),
            NoExchangeRate n => Invariant(
                $"the amount is in {n.Currency} and the stored rates ({n.RatesFile ?? "rates table"}) hold no {n.Currency} rate at all{(n.Held.Count == 0 ? string.Empty : $" (only {string.Join(", ", n.Held)})")}; it is never guessed"),
            AmountBeyondDollars b => Invariant(
                $"the amount, {b.Stated.Amount:#,0.##} {b.Stated.Currency}, converted at the stored {b.Stated.Currency} rates for {b.Period} ({b.RatesFile ?? "rates table"}) is more US dollars than a stated figure can be ({AmountBeyondDollars.MaxUsd:#,0} at most): an absurd number is not judged"),
            _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "a reason this wording does not know"),
        };
    }

    private static string UnitName(VolumeUnit unit) => unit switch
    {
        VolumeUnit.Barrels => "barrels",
        VolumeUnit.CubicMetres => "cubic metres",
        _ => "tonnes",
    };

    /// <summary>Why a growth rate computed in another currency is not judged.</summary>
    public static string OtherBaseRate(string text) =>
        $"the growth rate is against another base (\"{text}\"), not the same period a year earlier, and the text gives no period for it: the rate is not judged";

    public static string OtherCurrencyRate(Currency currency) =>
        $"the growth rate is computed in {currency} and the stored figures and printed rates are in US dollars (a rate in {currency} differs from it by the exchange rate's own change): the rate is not judged";

    // "; its monthly figures run from 2001-01 to 2019-12": a missing year beside where the figures are says whether the
    // claim is too new for the store or older than it.
    private static string StoredSpan(StoredSpan? span) => span is not { } s ? string.Empty
        : s.HasGaps ? Invariant($"; {s.Count} of its {SeriesTitle.Frequency(s.First.Granularity)} figures are stored, from {s.First} to {s.Last} with gaps")
        : $"; its {SeriesTitle.Frequency(s.First.Granularity)} figures stored run from {s.First} to {s.Last}";

    private static string Ranking(RankingNeedsEveryPartner r)
    {
        if (r.Reporter is not { } reporter)
        {
            return "a ranking among partners needs a country's trade with every partner, and the text does not say whose partners";
        }

        var names = r.PartnersStored.Select(c => c.Name).Order(StringComparer.Ordinal).ToList();
        var held = names.Count == 0 ? "none of its partners" : $"only {string.Join(", ", names)}";
        return $"a ranking among {reporter.Name}'s trading partners needs {reporter.Name}'s trade with every partner, for each year claimed "
            + $"(e.g. Comtrade or BACI with all partners, or {reporter.Name}'s customs totals by country); the store holds {held}";
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
