using System.Globalization;
using Turnover.Application;
using Turnover.Core;

namespace Turnover.Presentation.Wording;

/// <summary>A claim's notes (<see cref="ClaimNote"/>) in words, for the console, markdown, JSON and the web alike.</summary>
internal static class ClaimNoteWording
{
    /// <summary>One note as a clause, e.g. "China's statistics of the pair are also stored and differ; judged on Russian Federation's".</summary>
    public static string Text(ClaimNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return note switch
        {
            DeadlineOfRegisteredTarget d => $"the text gives no year: the deadline ({d.DeadlineYear}) is the registered target {d.Target}'s, the one target of the pair with this amount announced by the article's date and still open in {d.OpenIn}",
            AmountFromGrowth a => AmountFromGrowthText(a),
            NeighbourPeriodReading n => NeighbourReading(n),
            AverageScaled a => Invariant($"the text gives an average per {(a.Per == Turnover.Claims.AveragePer.Day ? "day" : "month")}, ${Numbers.Billions(a.StatedAverageUsd)} bn: judged as {a.Count} times it, ${Numbers.Billions(a.StatedAverageUsd * a.Count)} bn, against the total of {a.Period}{(a.StoredAverageUsd is { } stored ? Invariant($" (${Numbers.Billions(stored)} bn a {(a.Per == Turnover.Claims.AveragePer.Day ? "day" : "month")} stored)") : string.Empty)}"),
            GoalOfNeededRate g => Invariant($"the rate names no goal of its own: the goal is the one just before it, ${Numbers.Billions(g.GoalUsd)} bn in {g.Deadline}: \"{g.Sentence.Trim()}\""),
            YearFromAnotherSentence y => $"the year ({y.Year}) is from another sentence of the text with the same figure: \"{y.Sentence.Trim()}\"",
            ReadFromOtherSide o =>
                $"only {o.Reporter.Name}'s statistics of this pair are stored: the figure is read from the other side, as {o.Reporter.Name}'s "
                + $"{o.Measure.ToString().ToLowerInvariant()} {o.Measure switch { Measure.Exports => "to", Measure.Imports => "from", _ => "with" }} {o.Partner.Name}, which {o.Stated.Name}'s own statistics would give differently",
            OtherSideStored s => $"{s.Other.Name}'s statistics of the pair are also stored and differ; judged on {s.Judged.Name}'s",
            PeriodOnlyOnOtherSide o => $"{o.Lacking.Name}'s statistics of the pair hold no figure for this period: judged on {o.Judged.Name}'s, which count the same trade differently",
            GrowthRateNotJudged g => ClaimReasonWording.OtherCurrencyRate(g.Currency),
            AmountNotJudged a => $"the amount is not judged: {ClaimReasonWording.Text(a.Reason)}",
            GrowthNotJudged g => $"the growth rate is not judged: {ClaimReasonWording.Text(g.Reason)}",
            JudgedOnSuspectLevel j => $"judged on a suspect level: the {SuspectNote.StoredContradicted(j.Level, j.Source)}",
            OtherBaseRateNotJudged b => ClaimReasonWording.OtherBaseRate(b.Text),
            AverageAnnualSince a => $"the rate is a yearly average from {a.Since}, as the text says: the compound rate over {a.Years} years, (end / start)^(1/{a.Years}) − 1, computed from the two years' stored figures; not the change over the whole span",
            GrowthSinceYear y => $"the rate runs from {y.Since}, as the text says, computed from the two years' stored figures; not a year-on-year rate",
            GrowthOnPreviousPeriod g => $"the rate is on the period before ({g.Previous}), as the text says, computed from the two stored figures; not the year-on-year rate",
            UnnamedBaseOtherReading u => $"the text names no base: judged on a year earlier, as trade news mostly means; on the period before ({u.Previous}) the {(u.ChangeUsd is { } change ? $"change is {(change > 0 ? "+" : string.Empty)}{Numbers.Billions(change)} bn" : $"rate is {Numbers.Printed(Math.Round(u.GrowthPercent ?? 0, 3))}")}, from the two stored figures",
            ChangeOnPreviousPeriod c => $"the change is on the period before ({c.Previous}), as the text says: the two stored figures' difference; not the change on a year earlier",
            SumOfMonths m =>
                $"the stored {m.Period} is the sum of its months as published, ${Numbers.Billions(m.MonthsUsd)} bn; the publisher's own year-to-date cumulatives give ${Numbers.Billions(m.CumulativesUsd)} bn for it",
            YearSoFarThrough { YearNotOver: true } y => string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"{y.Through.Year} (\"{y.Words}\") was not over on the article's date ({y.ArticleDate:yyyy-MM-dd}): judged on {y.Through}, the latest cumulative published by then"),
            YearSoFarThrough y => string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"the text gives the year so far (\"{y.Words}\") and names no month: judged on {y.Through}, the latest cumulative published by the article's date ({y.ArticleDate:yyyy-MM-dd})"),
            WholeYearPublishedLater w =>
                $"the whole of {w.Year}, published after the text: ${Numbers.Billions(w.ValueUsd)} bn{(w.GrowthPercent is { } g ? $", {Numbers.Printed(Math.Round(g, 3))}" : string.Empty)}; on it the claim would be {ClaimWording.VerdictWords(w.Verdict)}",
            LatestTwelveMonths t => string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"the text names no month (\"{t.Words}\"): judged on the twelve months to {t.Through}, the latest month published by the article's date ({t.ArticleDate:yyyy-MM-dd})"),
            LatestYearAsEnd l => string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"the text names no end (\"{l.Words}\"): judged on {l.Through}, the latest year published by the article's date ({l.ArticleDate:yyyy-MM-dd}), its rate from {l.From}"),
            QuarterFromCumulatives q =>
                $"the stored {q.Quarter} is no figure the publisher printed, nor a sum of its months (not all are stored): it is the publisher's cumulative to {MonthNames.Full(q.Quarter.EndMonth)}{(q.Quarter.StartMonth == 1 ? string.Empty : $" less its cumulative to {MonthNames.Full(q.Quarter.StartMonth - 1)}")}",
            RecordChangeNotChecked => "the text calls the change a record: changes are not compared with earlier years' changes, so the record is not checked; the change is",
            SuperlativeNotChecked s => Invariant($"the text calls it {ClaimWording.SuperlativeWords(s.Kind, s.SinceMonth is not null)} since {(s.SinceMonth is { } month ? month.ToString() : s.SinceYear.ToString(CultureInfo.InvariantCulture))}, and {s.Missing} is not stored: it is not checked"),
            RecordNotChecked r => $"the text calls it a record, and no figure of the kind before {r.Period} is stored to compare it with: the record is not checked",
            FirstTimeNotChecked f => $"the text says the amount was crossed for the first time, and no figure of the kind before {f.Period} is stored to compare it with: it is not checked",
            CitedSide c => $"judged on {c.Cited.Name}'s statistics, as the text cites them (\"{c.Words}\")",
            CitedSideNotStored n =>
                $"the text cites {n.Cited.Name}'s statistics (\"{n.Words}\"), which are not stored for the pair: judged on the other side's, which count the same trade differently",
            NotSeasonallyAdjusted n =>
                $"the stored monthly figures ({SourceNames.Describe(n.Source)}, its country table) are not seasonally adjusted, while its monthly release headlines seasonally adjusted ones: the text may quote those",
            ServicesNotStored s =>
                $"the text says \"{s.Words}\", and the store holds goods trade only: judged on goods, which confirm a goods count so worded but cannot show a count with services wrong",
            PresumedSideNotStored p =>
                $"the text, in Chinese, cites no statistics and is taken to quote {p.Presumed.Name}'s customs, as Chinese reports do; they are not stored for the pair: judged on the other side's, which count the same trade differently",
            ProductLinesSummed p =>
                $"judged on the product lines, not all goods: \"{p.Words}\" is {string.Join(" and ", p.Headings)}, and the figure is the sum of its {p.Lines:N0} stored line(s) of the period",
            GoalReachedIn g => g.MetIn is { } met
                ? $"judged as the goal, not as the figure of {g.Stated}: \"{g.Words}\" says when it was reached; by the stored figures it was first reached in {met}"
                : $"judged as the goal, not as the figure of {g.Stated}: \"{g.Words}\" says when it was reached; the stored figures do not reach it",
            _ => throw new ArgumentOutOfRangeException(nameof(note), note, "a claim note this wording does not know"),
        };
    }

    // "the paragraph before is of 2019-12, a period not carried across a paragraph (…): on it the figure would be accurate
    // within the text's rounding ($9.024 bn stored, growth -5.09%)".
    private static string NeighbourReading(NeighbourPeriodReading n)
    {
        var stored = string.Join(", ", new[]
        {
            n.ValueUsd is { } usd ? Invariant($"${Numbers.Billions(usd)} bn stored") : null,
            n.GrowthPercent is { } rate ? $"growth {Numbers.Printed(Math.Round(rate, 3))}" : null,
        }.Where(p => p is not null));
        return Invariant($"the paragraph before is of {n.Period}, a period not carried across a paragraph on the pair alone (a wire story's next paragraph may be about another time): on it the figure would be {ClaimWording.VerdictWords(n.Verdict)}{(stored.Length > 0 ? $" ({stored})" : string.Empty)}");
    }

    // "+100.0% on 2018's $107.060 bn (China's statistics as published by 2019-06-05; …) is $214.120 bn a year".
    private static string AmountFromGrowthText(AmountFromGrowth a)
    {
        var rate = a.Years is { } years
            ? Invariant($"{Numbers.Percent(a.Percent)} a year for {years} years (×{a.AmountUsd / a.BaseUsd:0.###})")
            : Invariant($"{Numbers.Percent(a.Percent)}");
        var whence = (a.BaseNamed ? "the year the text names" : "the latest full year published by the article's date")
            + (a.Lacking is { } lacking ? $"; {lacking.Name}'s own statistics hold no such year, so the other side's count of the same trade is used" : string.Empty);
        return Invariant(
            $"the text states growth, not an amount: {rate} on {a.Base}'s ${Numbers.Billions(a.BaseUsd)} bn ({a.Reporter.Name}'s statistics as published by {a.PublishedBy:yyyy-MM-dd}; {whence}) is ${Numbers.Billions(a.AmountUsd)} bn a year, the amount judged");
    }

    private static string Invariant(FormattableString text) => text.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Each note in words, in order.</summary>
    public static IReadOnlyList<string> Texts(IReadOnlyList<ClaimNote> notes)
    {
        ArgumentNullException.ThrowIfNull(notes);
        return [.. notes.Select(Text)];
    }
}
