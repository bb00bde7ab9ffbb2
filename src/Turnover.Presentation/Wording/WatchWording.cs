using System.Globalization;
using Turnover.Application;
using Turnover.Presentation.Json;

namespace Turnover.Presentation.Wording;

/// <summary>The words of <c>turnover watch</c> and of what an ingest says changed: subjects, verdicts and old → new.</summary>
internal static class WatchWording
{
    public const string NothingChanged = "no saved claim or target changed";

    /// <summary>"claim 3 (claims-example.txt, 2024-01-15): "In 2022 …"" or "target cn-ru-200bn-2024".</summary>
    public static string Title(WatchEntry e) => e.Claim is { } c
        ? Invariant($"claim {c.Id} ({c.Source}, {c.ArticleDate:yyyy-MM-dd}): \"{c.Sentence.Trim()}\"")
        : e.Subject;

    /// <summary>The verdict in words: a claim's ("accurate within the text's rounding"), a target's ("met", "at-risk"), or "not read".</summary>
    public static string Verdict(Judgement j) =>
        j.ClaimVerdict is { } claim ? ClaimWording.VerdictWords(claim)
        : j.TargetVerdict is { } target ? TargetReportJson.VerdictName(target)
        : "not read from its article";

    /// <summary>The contract's verdict string: a claim's as in <c>turnover.claims/2</c>, a target's as in <c>turnover.target-check/2</c>, or "notRead".</summary>
    public static string VerdictName(Judgement j) =>
        j.ClaimVerdict is { } claim ? ClaimWording.VerdictName(claim)
        : j.TargetVerdict is { } target ? TargetReportJson.VerdictName(target)
        : "notRead";

    /// <summary>
    /// The judgement now: "accurate, figure $240.110 bn, growth +26.3%, P 61%"; a target's figure with what it is
    /// measured on ("figure $244.819 bn (12 months to 2024-12)").
    /// </summary>
    public static string Now(WatchEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var j = e.Now;
        var parts = new List<string> { Verdict(j) };
        if (j.FigureUsd is not null)
        {
            var on = e.Report is { } report ? TargetWording.AchievedOn(report) : null;
            parts.Add(on is null ? $"figure {Figure(j.FigureUsd)}" : $"figure {Figure(j.FigureUsd)} ({on})");
        }

        if (j.GrowthPercent is not null)
        {
            parts.Add($"growth {Numbers.Percent(j.GrowthPercent)}");
        }

        if (j.Probability is not null)
        {
            parts.Add($"probability {Probability(j.Probability)}");
        }

        return string.Join(", ", parts);
    }

    /// <summary>What changed, old → new, then the releases stored since: "verdict not verifiable → accurate; figure – → $240.110 bn (after release 2 china_russia.csv)".</summary>
    public static string Change(WatchEntry e)
    {
        var (before, now) = (e.Before!, e.Now);
        var parts = new List<string>();
        if (Verdict(before) != Verdict(now))
        {
            parts.Add($"verdict {Verdict(before)} → {Verdict(now)}");
        }

        if (before.FigureUsd != now.FigureUsd)
        {
            parts.Add($"figure {Figure(before.FigureUsd)} → {Figure(now.FigureUsd)}");
        }

        if (before.GrowthPercent != now.GrowthPercent)
        {
            parts.Add($"growth {Numbers.Percent(before.GrowthPercent)} → {Numbers.Percent(now.GrowthPercent)}");
        }

        if (before.Probability != now.Probability)
        {
            parts.Add($"probability {Probability(before.Probability)} → {Probability(now.Probability)}");
        }

        var text = string.Join("; ", parts);
        return e.Since.Count == 0 ? text : $"{text} (after {string.Join(", ", e.Since.Select(r => Invariant($"release {r.Id} {r.FileName}")))})";
    }

    /// <summary>
    /// The model run behind the judgement's probability: a target's report, or a claim's outlook today; null without a
    /// probability.
    /// </summary>
    public static Turnover.Analytics.Targets.TargetReport? ModelReport(WatchEntry e) =>
        e.Now.Probability is null ? null : e.Report ?? e.Checked?.Outlook?.Today;

    /// <summary>How often the backtest's targets of about this probability were met (as under <c>target check</c>); null when not measured.</summary>
    public static string? Reliability(WatchEntry e) => ModelReport(e) is { } report ? TargetWording.Reliability(report) : null;

    private static string Figure(decimal? usd) => usd is null ? "–" : $"${Numbers.Billions(usd)} bn";

    private static string Probability(double? p) => p is { } v ? (v * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "–";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
