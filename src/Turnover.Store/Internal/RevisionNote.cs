using System.Globalization;

namespace Turnover.Store.Internal;

/// <summary>What a release's note says of its undated figures that revise earlier ones: one wording for every store.</summary>
internal static class RevisionNote
{
    /// <summary>The outcome with the note extended: <paramref name="dated"/> figures dated <paramref name="today"/>, <paramref name="older"/> kept as the older publication.</summary>
    public static ReleaseOutcome Add(ReleaseOutcome outcome, long dated, long older, DateOnly today)
    {
        var release = outcome.Release!;
        var note = release.Note;
        if (dated > 0)
        {
            note += string.Create(CultureInfo.InvariantCulture,
                $"; {dated} figure(s) already held by an earlier release and undated here count as revisions from {today:yyyy-MM-dd}, the day this release was stored");
        }

        if (older > 0)
        {
            note += string.Create(CultureInfo.InvariantCulture,
                $"; {older} figure(s) undated here are also held by a release published after this file's usual publication lag: this file counts as the older publication (give --published DATE if it is newer)");
        }

        return note == release.Note ? outcome : outcome with { Release = release with { Note = note } };
    }
}
