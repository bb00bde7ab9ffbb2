using System.Globalization;

namespace Turnover.Store.Internal;

/// <summary>What a release's note says of the breakdown rows its load stored (both back-ends word it alike).</summary>
internal static class BreakdownNote
{
    /// <summary>The note with the breakdowns stored apart added, and the totals they break down that the file lacks.</summary>
    public static string Append(string note, BreakdownsStored parts)
    {
        if (parts.Rows == 0)
        {
            return note;
        }

        note += string.Create(CultureInfo.InvariantCulture,
            $"; {parts.Rows} breakdown row(s) stored apart from the totals ('turnover products --by' shows them; no total adds them)");
        if (parts.TotalsMissing > 0)
        {
            note += string.Create(CultureInfo.InvariantCulture,
                $"; {parts.TotalsMissing} total(s) broken down here have no total row in this file: not derived from their parts, which need not add up to it");
        }

        return note;
    }
}
