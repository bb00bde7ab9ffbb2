using Turnover.Analytics.Targets;
using Turnover.Store;
using Turnover.Testing;

namespace Turnover.Application.Tests;

/// <summary>
/// Saved claims judged again (issue 9): a claim saved on a store holding China's customs' figures only to 2022 (the
/// bundled file cut after 2022) changes when the whole file is stored; the change names the release.
/// </summary>
public sealed class WatchQueryTests
{
    private const string Text = "Trade between China and Russia reached $240.1 billion in 2023, according to China's customs.";
    private static readonly DateOnly s_today = new(2026, 11, 28);

    private static string To2022 => Path.Combine(RepoPaths.Root, "test", "fixtures", "gacc", "china_russia_to_2022.csv");

    [Fact]
    public void When_the_release_with_the_claims_year_is_stored_then_the_watch_reports_the_change_and_the_release()
    {
        using var store = Stores.With(To2022);
        var watch = new WatchRequest(s_today) { Record = true };
        var saved = new ClaimSaving(store).Run(new ClaimSaveRequest(new ClaimCheckRequest(Text, s_today) { ArticleDate = new DateOnly(2024, 1, 15) }, "test", watch));
        new IngestFiles(store).Run(new FileIngestRequest(Stores.ChinaRussia, "auto", new Ingest.IngestOptions()));

        var report = new WatchQuery(store).Run(watch).Value;
        var again = new WatchQuery(store).Run(watch).Value;

        Assert.Equal((1, 0), (saved.Value.Saved.Added, saved.Value.Saved.AlreadySaved));
        var change = Assert.Single(report.Changes);
        Assert.Equal((ClaimVerdict.NotVerifiable, ClaimVerdict.Accurate), (change.Before!.ClaimVerdict, change.Now.ClaimVerdict));
        Assert.Equal((null, 240_110_000_000m), (change.Before.FigureUsd, change.Now.FigureUsd));
        Assert.Equal([2], change.Since.Select(r => r.Id));
        // Recorded: asked again, nothing changed.
        Assert.Empty(again.Changes);
    }

    [Fact]
    public void When_a_target_is_watched_then_its_judgement_is_its_verdict_and_an_open_targets_progress()
    {
        using var store = Stores.With(To2022);
        var targets = TargetFile.Load(Stores.Targets).Value.Where(t => t.Name is "cn-ru-200bn-2024" or "cn-ru-300bn-2030").ToList();

        var report = new WatchQuery(store).Run(new WatchRequest(s_today) { Targets = targets }).Value;

        Assert.Equal(["target cn-ru-200bn-2024", "target cn-ru-300bn-2030"], report.Entries.Select(e => e.Subject));
        Assert.All(report.Entries, e => Assert.Null(e.Before));
        Assert.Equal((TargetVerdict.Undetermined, 190_271_000_000m), (report.Entries[0].Now.TargetVerdict, report.Entries[0].Now.FigureUsd));
        Assert.False(report.Recorded);
        Assert.Empty(store.WatchedVerdicts());
    }

    [Fact]
    public void When_a_saved_text_holds_no_claims_then_nothing_is_written()
    {
        using var store = Stores.With(To2022);

        var saving = new ClaimSaving(store).Run(new ClaimSaveRequest(new ClaimCheckRequest("The two leaders discussed a visit to Beijing.", s_today), "test", new WatchRequest(s_today)));

        Assert.Equal(default, saving.Value.Saved);
        Assert.Empty(store.SavedArticles());
        Assert.Empty(store.WatchedVerdicts());
    }

    [Fact]
    public void When_a_save_has_no_source_then_it_is_refused_and_nothing_is_saved()
    {
        using var store = Stores.With(To2022);

        var saving = new ClaimSaving(store).Run(new ClaimSaveRequest(new ClaimCheckRequest(Text, s_today), " ", new WatchRequest(s_today)));

        Assert.Equal(FailureKind.BadInput, saving.Failure!.Kind);
        Assert.Empty(store.SavedClaims());
    }
}
