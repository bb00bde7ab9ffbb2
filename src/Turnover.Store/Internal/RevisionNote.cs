using System.Globalization;

namespace Turnover.Store.Internal;

/// <summary>What a release's note says of its undated figures that revise earlier ones: one wording for every store.</summary>
internal static class RevisionNote
{
    /// <summary>
    /// The outcome with the note extended: <paramref name="dated"/> figures dated <paramref name="day"/> (the day the file
    /// says it was updated where that is the day, else the day it was stored), <paramref name="older"/> kept as the older
    /// publication.
    /// </summary>
    public static ReleaseOutcome Add(ReleaseOutcome outcome, long dated, long older, DateOnly day)
    {
        var release = outcome.Release!;
        var note = release.Note;
        if (dated > 0)
        {
            note += string.Create(CultureInfo.InvariantCulture,
                $"; {dated} figure(s) already held by an earlier release and undated here count as revisions from {day:yyyy-MM-dd}, {(day == release.UpdatedOn ? "the day the file says its series were last updated" : "the day this release was stored")}");
        }

        if (older > 0)
        {
            note += string.Create(CultureInfo.InvariantCulture,
                $"; {older} figure(s) undated here are also held by a release published after this file's usual publication lag: this file counts as the older publication (give --published DATE if it is newer)");
        }

        return note == release.Note ? outcome : outcome with { Release = release with { Note = note } };
    }

    /// <summary>
    /// The outcome with the note extended: <paramref name="figures"/> of its figures are also held by releases stored
    /// before it whose files say they were updated later (<paramref name="newer"/>: id and day): this file is the older.
    /// </summary>
    public static ReleaseOutcome Older(ReleaseOutcome outcome, long figures, IReadOnlyDictionary<int, DateOnly> newer)
    {
        var release = outcome.Release!;
        var names = string.Join(", ", newer.OrderBy(n => n.Key).Select(n => string.Create(CultureInfo.InvariantCulture, $"{n.Key} ({n.Value:yyyy-MM-dd})")));
        var note = release.Note + string.Create(CultureInfo.InvariantCulture,
            $"; {figures} figure(s) here are also held by release(s) {names}, stored before this file but updated after it ({release.UpdatedOn:yyyy-MM-dd}): this file is the older publication, its figures keep their usual date, and those releases' count from the day each was updated");
        return outcome with { Release = release with { Note = note } };
    }

    /// <summary>What a release's note gains when an older file stored after it makes <paramref name="dated"/> of its figures revisions.</summary>
    public static string RevisedByOlder(long dated, int olderId, string olderFile, DateOnly olderUpdated, DateOnly updated) =>
        string.Create(CultureInfo.InvariantCulture,
            $"; {dated} figure(s) also held by release {olderId} ({olderFile}, updated {olderUpdated:yyyy-MM-dd}), stored after this one but older, count as revisions from {updated:yyyy-MM-dd}, the day this file says its series were last updated");
}
