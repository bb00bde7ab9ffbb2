using System.Globalization;
using Turnover.Store;

namespace Turnover.Presentation.Wording;

/// <summary>How a release's retraction is said, the same in a failure, a confirmation and a release's status.</summary>
internal static class ReleaseWording
{
    /// <summary>"on 2026-11-28 14:00 UTC: reason" (or "(no reason given)").</summary>
    public static string Retraction(Retraction retraction)
    {
        ArgumentNullException.ThrowIfNull(retraction);
        return $"on {retraction.At.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC: {(retraction.Reason.Length == 0 ? "(no reason given)" : retraction.Reason)}";
    }
}
