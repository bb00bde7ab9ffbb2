namespace Turnover.Ingest.Mapped;

/// <summary>Edit distance for "did you mean" hints over short word lists (month names, mapping fields).</summary>
internal static class Spelling
{
    /// <summary>The candidate closest to <paramref name="text"/> (case-insensitive), when within a third of its length.</summary>
    public static string? Closest(string text, IEnumerable<string> candidates)
    {
        var lower = text.ToLowerInvariant();
        var limit = Math.Max(1, lower.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (Turnover.Core.EditDistance.Within(lower, candidate.ToLowerInvariant(), limit) is { } distance && distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best;
    }
}
