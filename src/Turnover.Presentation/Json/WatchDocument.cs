using Turnover.Application;
using Turnover.Presentation.Wording;

namespace Turnover.Presentation.Json;

/// <summary><c>turnover watch --format json</c>: contract <c>turnover.watch/2</c> (docs/json-contract.md).</summary>
/// <param name="Contract">"turnover.watch/2".</param>
/// <param name="Today">The day of the judgement, ISO 8601.</param>
/// <param name="Recorded">True when these judgements were recorded as the last ones (the next report compares with them).</param>
/// <param name="Changed">How many entries changed since their last recorded judgement.</param>
/// <param name="Claims">The saved claims, by article then in text order.</param>
/// <param name="Targets">The registered targets, by name.</param>
internal sealed record WatchDocument(string Contract, string Today, bool Recorded, int Changed, IReadOnlyList<WatchedClaimJson> Claims, IReadOnlyList<WatchedTargetJson> Targets)
{
    public const string Name = "turnover.watch/2";

    public static WatchDocument From(WatchReport report, HintWording hints) => new(
        Name, JsonDates.Date(report.Today), report.Recorded, report.Changes.Count,
        [.. report.Claims.Select(e => WatchedClaimJson.From(e, hints))], [.. report.Targets.Select(e => WatchedTargetJson.From(e, hints))]);
}

/// <summary>A saved claim as saved, with its judgement now and the one recorded before.</summary>
/// <param name="Id">The store's id of the claim.</param>
/// <param name="Source">The article's source (file name or --source).</param>
/// <param name="ArticleDate">The article's date, ISO 8601.</param>
/// <param name="Sentence">The sentence.</param>
/// <param name="Kind">"fact", "projection", "target" or "ranking".</param>
/// <param name="Period">The period as resolved; null when none.</param>
/// <param name="AmountUsd">The stated amount in US dollars; null when none.</param>
/// <param name="GrowthPct">The stated growth, percent; null when none.</param>
/// <param name="Changed">True when the judgement differs from the recorded one.</param>
/// <param name="Now">The judgement now.</param>
/// <param name="Before">The recorded judgement; null when none was.</param>
/// <param name="SinceReleases">Ids of the releases stored since the recorded judgement, when it changed; else empty.</param>
/// <param name="VerdictText">The verdict sentence now; null when the claim is no longer read from its article.</param>
/// <param name="Reliability">Under a probability now: how often the backtest's targets of about it were met, as in <c>target-check</c>; else empty.</param>
internal sealed record WatchedClaimJson(
    int Id, string Source, string ArticleDate, string Sentence, string Kind, string? Period, decimal? AmountUsd, decimal? GrowthPct,
    bool Changed, JudgementJson Now, JudgementJson? Before, IReadOnlyList<int> SinceReleases, string? VerdictText, IReadOnlyList<ReliabilityJson> Reliability)
{
    public static WatchedClaimJson From(WatchEntry e, HintWording hints)
    {
        var c = e.Claim!;
        return new(
            c.Id, c.Source, JsonDates.Date(c.ArticleDate), c.Sentence, c.Kind.ToLowerInvariant(), c.Period, JsonNumbers.Usd(c.AmountUsd), JsonNumbers.Percent(c.GrowthPercent),
            e.Changed, JudgementJson.From(e.Now), e.Before is { } b ? JudgementJson.From(b) : null, [.. e.Since.Select(r => r.Id)],
            e.Checked is { } k ? ClaimWording.VerdictSentence(k, ClaimThresholds.Default, hints) : null, ReliabilityJson.Of(WatchWording.ModelReport(e)?.Model));
    }
}

/// <summary>A registered target with its judgement now and the one recorded before.</summary>
/// <param name="Name">The target's name.</param>
/// <param name="Changed">True when the judgement differs from the recorded one.</param>
/// <param name="Now">The judgement now.</param>
/// <param name="Before">The recorded judgement; null when none was.</param>
/// <param name="SinceReleases">Ids of the releases stored since the recorded judgement, when it changed; else empty.</param>
/// <param name="VerdictText">The verdict sentence now, as <c>turnover target check</c> prints it.</param>
/// <param name="Reliability">Under a probability now: how often the backtest's targets of about it were met, as in <c>target-check</c>; else empty.</param>
internal sealed record WatchedTargetJson(string Name, bool Changed, JudgementJson Now, JudgementJson? Before, IReadOnlyList<int> SinceReleases, string VerdictText, IReadOnlyList<ReliabilityJson> Reliability)
{
    public static WatchedTargetJson From(WatchEntry e, HintWording hints) => new(
        e.Target!.Name, e.Changed, JudgementJson.From(e.Now), e.Before is { } b ? JudgementJson.From(b) : null, [.. e.Since.Select(r => r.Id)],
        TargetWording.Verdict(e.Report!, hints), ReliabilityJson.Of(WatchWording.ModelReport(e)?.Model));
}

/// <summary>A judgement: the verdict, the stored figure, the growth rate compared and the model's probability.</summary>
/// <param name="Verdict">A claim's verdict as in <c>turnover.claims/2</c>, a target's as in <c>turnover.target-check/2</c>, or "notRead".</param>
/// <param name="FigureUsd">The stored figure judged on (a target's progress), US dollars; null when none.</param>
/// <param name="GrowthPct">The growth rate compared, percent; null when none.</param>
/// <param name="ProbabilityPct">The model's chance today, percent; null when no model ran or the outcome is known.</param>
internal sealed record JudgementJson(string Verdict, decimal? FigureUsd, decimal? GrowthPct, decimal? ProbabilityPct)
{
    public static JudgementJson From(Judgement j) => new(
        WatchWording.VerdictName(j), JsonNumbers.Usd(j.FigureUsd), JsonNumbers.Percent(j.GrowthPercent), j.Probability is { } p ? JsonNumbers.SharePercent(p) : null);
}
