using System.Globalization;
using Turnover.Analytics.Targets;
using Turnover.Application;
using Turnover.Core;
using Turnover.Core.Targets;
using Turnover.Presentation.Wording;

namespace Turnover.Cli.Rendering;

/// <summary>A labelled figure of a target's check (plain text: the console escapes it, the report encodes it).</summary>
internal sealed record TargetFact(string What, string Value);

/// <summary>A target check's figures in words, shared by the console check and the HTML report.</summary>
internal static class TargetFacts
{
    public static string Heading(TargetReport r) => $"{r.Target.Name}: {Description(r.Target)}";

    /// <summary>What the target is, after its name: metric, pair, amount, basis, deadline, who announced it.</summary>
    public static string Description(Target t) =>
        $"{Metric(t)} {t.First.Name}–{t.Second.Name} {Numbers.Billions(t.AmountUsd)} bn, {TargetFile.BasisName(t.Basis)}, deadline {t.DeadlineYear}; announced {t.AnnouncedOn:yyyy-MM-dd} by {t.AnnouncedBy}";

    public static string Basis(TargetReport r) => r.Source switch
    {
        { } reconciled when reconciled.IsReconciled() => $"as of {r.AsOf:yyyy-MM-dd}, on {SourceNames.Describe(reconciled)}'s reconciled figures (both sides' declarations, one estimate)",
        { } source => $"as of {r.AsOf:yyyy-MM-dd}, on {r.Reporter.Name}'s statistics ({SourceNames.Describe(source)})",
        null => $"as of {r.AsOf:yyyy-MM-dd}",
    };

    public static IReadOnlyList<TargetFact> Facts(TargetReport r)
    {
        var facts = new List<TargetFact>();
        if (r.LatestYear is var (year, value))
        {
            facts.Add(new($"latest complete year {year}", $"{Numbers.Billions(value)} bn ({Growth(r.LatestYearGrowthPercent, r.LatestYearPublishedGrowthPercent)})"));
        }

        if (r.YearToDate is { } ytd)
        {
            facts.Add(new($"year to date {ytd.Through}", $"{Numbers.Billions(ytd.ValueUsd)} bn ({Growth(ytd.GrowthPercent, ytd.PublishedGrowthPercent)})"));
        }

        if (r.Rolling12 is { } rolling)
        {
            facts.Add(new($"12 months to {rolling.Through}", $"{Numbers.Billions(rolling.ValueUsd)} bn ({Numbers.Percent(rolling.GrowthPercent)} YoY)"));
        }

        if (r.Baseline is var (baselineYear, baselineValue))
        {
            facts.Add(new($"baseline year {baselineYear}", Numbers.Billions(baselineValue) + " bn"));
        }

        // A missed target's progress now is not its outcome: 2024's 244.8 bn says nothing of a 2015 deadline.
        var missed = r.Verdict == TargetVerdict.Missed && r.OutcomeUsd is not null;
        if (missed)
        {
            var outcome = r.OutcomeUsd!.Value / r.Target.AmountUsd * 100m;
            facts.Add(new(
                r.Target.Basis == TargetBasis.AnnualValue ? $"at the deadline, {r.Target.DeadlineYear}" : $"at the deadline, end of {r.Target.DeadlineYear}",
                $"{Numbers.Billions(r.OutcomeUsd.Value)} bn: {outcome.ToString("0.0", CultureInfo.InvariantCulture)}% of the target {ProgressBar(outcome)}"));
        }

        if (r.ProgressPercent is { } progress)
        {
            // Named with its window: Russia's side of a 2020 target is measured on 2020 even when checked in 2026.
            facts.Add(new(TargetWording.AchievedOn(r) is { } on ? $"progress, {on}" : "progress", $"{progress.ToString("0.0", CultureInfo.InvariantCulture)}% of the target {ProgressBar(progress)}"));
        }

        if (r.RequiredGrowthPercent is { } required)
        {
            // From the latest complete year, which can be years old: past the deadline it is what those years needed.
            var from = r.LatestYear is var (baseYear, _) ? $" from {baseYear}" : string.Empty;
            facts.Add(new(
                r.AsOf > r.Target.Deadline ? "growth it needed" : "growth still needed",
                $"{Numbers.Percent(required)} a year{from} to reach it in {r.Target.DeadlineYear}"));
        }

        return facts;
    }

    public static IReadOnlyList<string> ProjectionColumns(Target t) => ["projection", "rate", $"value at {t.DeadlineYear}", "reaches target in", "how"];

    public static IReadOnlyList<IReadOnlyList<string>> Projections(TargetReport r) =>
        [.. r.Projections.Select(p => (IReadOnlyList<string>)
        [
            TargetWording.Name(p.Kind), $"{Numbers.Percent(p.GrowthPercent)} {(p.Origin == RateOrigin.Published ? "published" : "computed")}", Numbers.Billions(p.DeadlineValueUsd) + " bn",
            p.CrossingYear?.ToString(CultureInfo.InvariantCulture) ?? "not by 2100", TargetWording.Explanation(p),
        ])];

    public static IReadOnlyList<string> NotProjected(TargetReport r) =>
        [.. r.ProjectionsNotMade.Select(missing => $"not projected: {TargetWording.Name(missing.Kind)}: {TargetWording.Reason(missing)}")];

    public static string? Model(TargetReport r)
    {
        if (r.Model is not { } m)
        {
            return null;
        }

        var byYear = string.Join(", ", m.CrossingByYear.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Year}: {c.Share * 100:0}%")));
        return string.Create(CultureInfo.InvariantCulture,
            $"model {ForecastMethodWording.Name(m.Method)}, {m.Paths:N0} simulated paths: P(reached by {r.Target.DeadlineYear}) = {m.Probability * 100:0.0}%; reached by end of {byYear}; value at {r.Target.DeadlineYear}: {Numbers.Billions(m.DeadlineP10)}–{Numbers.Billions(m.DeadlineP90)} bn (80% interval), median {Numbers.Billions(m.DeadlineMedian)}");
    }

    public static string Metric(Target t) => t.Metric switch
    {
        Measure.Exports => $"exports of {t.First.Label} to {t.Second.Label}",
        Measure.Imports => $"imports of {t.First.Label} from {t.Second.Label}",
        _ => "turnover",
    };

    /// <summary>Year-on-year growth, each rate labelled: the published one (as printed) first where there is one.</summary>
    public static string Growth(decimal? computed, decimal? published) => published is { } p
        ? $"YoY published {Numbers.Printed(p)}, computed {Numbers.Percent(computed)}"
        : $"YoY computed {Numbers.Percent(computed)}";

    private static string ProgressBar(decimal percent)
    {
        var filled = (int)Math.Clamp(Math.Floor(percent / 5m), 0, 20); // never show a full bar before 100%
        return "[" + new string('#', filled) + new string('.', 20 - filled) + "]";
    }
}
