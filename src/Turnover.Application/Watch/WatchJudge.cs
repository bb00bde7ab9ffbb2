using System.Globalization;
using Turnover.Analytics.Targets;
using Turnover.Claims;
using Turnover.Core.Targets;
using Turnover.Store;

namespace Turnover.Application;

/// <summary>How claims and targets become judgements, subjects and store rows (shared by saving and watching).</summary>
internal static class WatchJudge
{
    public static string ClaimSubject(int id) => string.Create(CultureInfo.InvariantCulture, $"claim {id}");

    public static string TargetSubject(string name) => $"target {name}";

    /// <summary>The span that, with the sentence, identifies a claim: its amount, else its growth rate, else its sentence.</summary>
    public static TextSpan Span(StatedClaim c) => c.Amount?.Span ?? c.Growth?.Span ?? c.SentenceSpan;

    /// <summary>The store's identity of a claim (with the article): sentence, span, kind and flow.</summary>
    public static bool Same(SavedClaim saved, StatedClaim stated) =>
        saved.Sentence == stated.Sentence && saved.SpanStart == Span(stated).Start && saved.SpanLength == Span(stated).Length
        && saved.Kind == stated.Kind.ToString() && saved.Flow == stated.Flow.ToString();

    public static Judgement Of(CheckedClaim c) => new(
        c.Verdict,
        null,
        // A change is judged on the stored change: a revision of the year before moves it, not the year's level.
        c.Evidence?.Change?.ChangeUsd ?? c.Evidence?.ValueUsd ?? c.Outlook?.Outcome?.ValueUsd ?? c.Outlook?.Today.AchievedUsd,
        c.Evidence?.GrowthPercent,
        c.Outlook?.Today.Model?.Probability);

    // A settled target's progress keeps moving with every later year; its verdict text says what settled it. A sum
    // over years the figures have not reached is no figure (the Phase One window from 2020 on a table ending in 2019).
    public static Judgement Of(TargetReport r) =>
        new(null, r.Verdict, r.Verdict is TargetVerdict.Met or TargetVerdict.Missed || r.NothingCounted ? null : r.AchievedUsd, null, r.Model?.Probability);

    // A claim whose sentence the extractor no longer reads as it did: kept, judged as nothing.
    public static Judgement NotRead { get; } = new(null, null, null, null, null);

    public static SavedClaim ToSaved(StatedClaim c) => new(c.Sentence, Span(c).Start, Span(c).Length, c.Kind.ToString(), c.Flow.ToString())
    {
        Reporter = c.Reporter,
        Partner = c.Partner,
        Period = c.Period?.Period?.ToString(),
        Amount = (c.Amount ?? c.AmountEquivalent)?.Text,
        AmountUsd = c.AmountUsd,
        Bound = (c.Amount ?? c.AmountEquivalent)?.Bound.ToString() ?? c.Growth?.Bound.ToString(),
        GrowthPercent = c.Growth?.Percent,
        Language = c.Language.ToString(),
    };

    public static WatchedVerdict ToRecord(string subject, Judgement j, int lastRelease)
    {
        var stored = Stored(j);
        return new(subject, j.ClaimVerdict?.ToString() ?? j.TargetVerdict?.ToString() ?? "NotRead")
        {
            FigureUsd = stored.FigureUsd,
            GrowthPercent = stored.GrowthPercent,
            Probability = j.Probability,
            LastRelease = lastRelease,
        };
    }

    /// <summary>The newest live release (0 when none): what a recorded judgement saw.</summary>
    public static int LastRelease(IEnumerable<ReleaseSummary> releases) =>
        releases.Where(r => r.Retraction is null).Select(r => r.Id).DefaultIfEmpty(0).Max();

    // Rounded as stored, so that a judgement compares equal to its own record.
    public static Judgement Stored(Judgement j) => j with
    {
        FigureUsd = j.FigureUsd is { } f ? Math.Round(f, 2) : null,
        GrowthPercent = j.GrowthPercent is { } g ? Math.Round(g, 3) : null,
    };

    public static Judgement FromRecord(WatchedVerdict v) => new(
        v.Subject.StartsWith("claim ", StringComparison.Ordinal) && Enum.TryParse<ClaimVerdict>(v.Verdict, out var claim) ? claim : null,
        v.Subject.StartsWith("target ", StringComparison.Ordinal) && Enum.TryParse<TargetVerdict>(v.Verdict, out var target) ? target : null,
        v.FigureUsd,
        v.GrowthPercent,
        v.Probability);
}
