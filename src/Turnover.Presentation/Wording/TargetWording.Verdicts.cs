using System.Globalization;
using Turnover.Analytics.Targets;
using Turnover.Application;
using Turnover.Core.Targets;

namespace Turnover.Presentation.Wording;

/// <summary>The verdict and caveat sentences, from the facts the target analysis returns.</summary>
internal static partial class TargetWording
{
    /// <summary>
    /// The verdict's own sentence with its numbers, e.g. "met in 2023-11: Jan–Nov 2023 reached $218.17 bn ≥ $200 bn,
    /// 13 month(s) before the end of 2024"; <see cref="Verdict"/> adds the projections that could not be made.
    /// </summary>
    public static string Judgement(TargetReport report, HintWording hints)
    {
        ArgumentNullException.ThrowIfNull(report);
        var target = report.Target;
        var amount = Billions(target.AmountUsd);
        switch (report.Verdict)
        {
            case TargetVerdict.Met when report.MetIn is { } met:
                return Invariant(
                    $"met in {met.Year}-{met.EndMonth:D2}: {Window(target, met.Year, met.EndMonth)} reached {Billions(report.OutcomeUsd ?? 0m)} ≥ {amount}, {report.MonthsBeforeDeadline} month(s) before the end of {target.DeadlineYear}");
            case TargetVerdict.Missed:
                var final = report.OutcomeUsd ?? 0m;
                var shortfall = target.AmountUsd - final;
                var what = target.Basis == TargetBasis.AnnualValue ? Invariant($"{target.DeadlineYear} ended at") : $"{Window(target, target.DeadlineYear, 12)} came to";
                var late = report.ReachedAfterDeadline is { } l ? Late(target, l) : string.Empty;
                return Invariant($"missed: {what} {Billions(final)}, {Billions(shortfall)} ({shortfall / target.AmountUsd * 100m:0.0}%) short of {amount}{late}");
            case TargetVerdict.Undetermined:
                var estimate = report.Model is { } m ? Invariant($"; the model's estimate from those figures is a {m.Probability * 100:0}% chance") : string.Empty;
                var end = report.LatestFigure is { } latest ? Invariant($"{latest.Year}-{latest.EndMonth:D2}") : "–";
                return Invariant(
                    $"undetermined: the deadline (end of {target.DeadlineYear}) has passed, but {report.Reporter.Name}'s figures published by {report.AsOf:yyyy-MM-dd} end at {end}; the outcome needs figures through {target.DeadlineYear}-12{estimate}");
            case TargetVerdict.NoData:
                return NoData(report, hints);
            default:
                return Open(report, amount);
        }
    }

    /// <summary>The caveats in one sentence, in the report's order (stale figures, sums, conversions); null when none.</summary>
    public static string? Caveat(TargetReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Caveats.Count == 0 ? null : string.Join("; ", report.Caveats.Select(c => Caveat(c, report)));
    }

    /// <summary>One caveat with its figures.</summary>
    public static string Caveat(TargetCaveat caveat, TargetReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return caveat switch
        {
            StaleFigures s => Invariant(
                $"{report.Reporter.Name}'s latest figure in the store is for {s.LatestFigure.Year}-{s.LatestFigure.EndMonth:D2}, {s.Months} months before {report.AsOf:yyyy-MM-dd}: {Since(report)}; ingest newer figures for a current verdict on {report.Target.Name}"),
            SummedFigures s => Invariant(
                $"{s.Count} figure(s) used are sums of {string.Join(" and ", s.CoarsestDigits.Select(d => Invariant($"HS{d}")).Order(StringComparer.Ordinal))} product lines, not published totals: they are the totals only if every product was ingested"),
            ConvertedFigures c => Invariant(
                $"{c.Count} stored figure(s) behind the series were published in another currency and {string.Join("; ", c.Conversions.Select(ConversionWording.Phrase))}"),
            SuspectLevelsUsed u => $"{(u.Levels.Count == 1 ? "a level" : "levels")} used here {(u.Levels.Count == 1 ? "is" : "are")} contradicted beyond rounding by the rates its publisher ({SourceNames.Describe(report.Source!.Value)}) printed on both sides of it: "
                + string.Join(" — ", u.Levels.Select(l => Invariant($"{MirrorWording.Span(l.Period)}'s ${Numbers.Billions(l.ValueUsd)} bn ({SuspectNote.Evidence(l)})")))
                + "; shown as stored: a shortfall, rate or projection computed from it is off by as much as it is",
            _ => throw new ArgumentOutOfRangeException(nameof(caveat), caveat, "a caveat this wording does not know"),
        };
    }

    private static string NoData(TargetReport report, HintWording hints) => report.NoData switch
    {
        NoFiguresPublished f => Invariant(
            $"no {f.Measure.ToString().ToLowerInvariant()} figures for {report.Reporter.Name}–{f.Partner.Name} published by {report.AsOf:yyyy-MM-dd}"),
        NoStatisticsChosen { NothingOfThePair: true } c => hints.Append(ChoiceWording.Sentence(c), FailureHint.StoreContents),
        NoStatisticsChosen c => ChoiceWording.Sentence(c),
        _ => Invariant($"no data published by {report.AsOf:yyyy-MM-dd}"),
    };

    /// <summary>What stands in for the months after the latest figure: the model's simulation, or nothing (projections and an open verdict start from the latest figure).</summary>
    private static string Since(TargetReport report) => report.Model is null
        ? "the verdict rests on figures that old, with no model to carry them forward"
        : "the months since are simulated, not published figures";

    /// <summary>A target still open: the model's chance, or without a model how many "at this rate" projections reach it.</summary>
    private static string Open(TargetReport report, string amount)
    {
        var deadline = report.Target.DeadlineYear;
        if (report.Model is not { } model)
        {
            var projections = report.Projections;
            var reaching = projections.Where(p => p.CrossingYear <= deadline).Select(p => Name(p.Kind)).ToList();
            var noModel = report.ModelWithheld is { } withheld ? $"no model run: {Withheld(withheld)}" : "no model run";
            return projections.Count == 0
                    ? "open: too little data for a projection or a model, so no chance is given" + (report.ModelWithheld is { } w ? $" ({Withheld(w)})" : string.Empty)
                : reaching.Count == projections.Count ? Invariant($"open: every \"at this rate\" projection reaches {amount} by {deadline} ({noModel})")
                : reaching.Count == 0 ? Invariant($"open: no \"at this rate\" projection reaches {amount} by {deadline} ({noModel})")
                : Invariant($"open: only {string.Join(", ", reaching)} reach(es) {amount} by {deadline} ({noModel})");
        }

        var crossing = model.MedianCrossing is { } c ? Invariant($"; median crossing {c} among the paths that reach it") : string.Empty;
        var chance = Invariant($"{model.Probability * 100:0}% chance of {amount} by {deadline} ({ForecastMethodWording.Name(model.Method)}, {model.Paths:N0} paths){crossing}");
        return report.Verdict switch
        {
            TargetVerdict.AheadOfSchedule => "ahead of schedule: " + chance,
            TargetVerdict.OnTrack => "on track: " + chance,
            TargetVerdict.AtRisk => "at risk: " + chance,
            _ => "off track: " + chance,
        };
    }

    /// <summary>
    /// "1 monthly figure, too few for the model to estimate a spread (it needs 3 in consecutive months): a chance read
    /// off its paths would be 0% or 100%".
    /// </summary>
    public static string Withheld(ModelWithheld withheld)
    {
        ArgumentNullException.ThrowIfNull(withheld);
        var figures = withheld.Observations == 1 ? "1 monthly figure" : Invariant($"{withheld.Observations} monthly figures");
        var needed = withheld.ObservationsNeeded is { } n ? Invariant($" (it needs {n} in consecutive months)") : string.Empty;
        return $"{figures}, too few for the model to estimate a spread{needed}: a chance read off its paths would be 0% or 100%";
    }

    /// <summary>"; reached later, in 2018-12 (2018: $107.06 bn)", naming the years before it the figures lack.</summary>
    private static string Late(Target target, LateCrossing late)
    {
        var (year, month) = (late.Month.Year, late.Month.EndMonth);
        var gaps = late.YearsNotInFigures.Count == 0 ? string.Empty
            : Invariant($"; {Years(late.YearsNotInFigures)} not in the figures, so it may have been reached earlier");
        return Invariant($"; reached later, in {year}-{month:D2} ({Window(target, year, month)}: {Billions(late.ValueUsd)}{gaps})");
    }

    /// <summary>"2016–2019", "2017", "2016, 2018".</summary>
    private static string Years(IReadOnlyList<int> years) =>
        years[^1] - years[0] == years.Count - 1 && years.Count > 1 ? Invariant($"{years[0]}–{years[^1]}") : string.Join(", ", years);

    /// <summary>What is measured up to a month: the year (to date), the sum since the first year, or the increment over the baseline's pace.</summary>
    private static string Window(Target target, int year, int month)
    {
        var within = month == 12 ? Invariant($"{year}") : Invariant($"Jan–{CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(month)} {year}");
        var span = target.FromYear == year ? within : Invariant($"{target.FromYear}-01 to {year}-{month:D2}");
        return target.Basis switch
        {
            TargetBasis.AnnualValue => within,
            TargetBasis.Cumulative => $"the sum over {span}",
            _ => Invariant($"the increment over {target.BaselineYear}'s pace in {span}"),
        };
    }

    private static string Billions(decimal usd) => Invariant($"${usd / 1e9m:0.##} bn");
}
