using System.Globalization;
using Turnover.Store;

namespace Turnover.Presentation.Wording;

/// <summary>How a release's retraction is said, the same in a failure, a confirmation and a release's status; which releases an answer's lines came from.</summary>
internal static class ReleaseWording
{
    /// <summary>
    /// "Lines from release 5 (crea_….csv, published 2022-12-20)." for an answer summing product lines; empty without a
    /// release (nothing was summed).
    /// </summary>
    public static string LinesFrom(IReadOnlyList<ReleaseSummary> releases)
    {
        ArgumentNullException.ThrowIfNull(releases);
        if (releases.Count == 0)
        {
            return string.Empty;
        }

        var each = releases.Select(r => $"{r.Id} ({r.FileName}{(r.Vintage is { } v ? ", published " + v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty)})");
        return $"Lines from release{(releases.Count == 1 ? string.Empty : "s")} {string.Join(", ", each)}.";
    }

    /// <summary>"on 2026-11-28 14:00 UTC: reason" (or "(no reason given)").</summary>
    public static string Retraction(Retraction retraction)
    {
        ArgumentNullException.ThrowIfNull(retraction);
        return $"on {retraction.At.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC: {(retraction.Reason.Length == 0 ? "(no reason given)" : retraction.Reason)}";
    }
}
