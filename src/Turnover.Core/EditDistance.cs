namespace Turnover.Core;

/// <summary>Edit distance, for "did you mean" suggestions over short word lists (country names, months, fields).</summary>
public static class EditDistance
{
    /// <summary>
    /// The edit distance when it is at most <paramref name="limit"/>, else null: Levenshtein's, with two neighbouring
    /// letters swapped counting as one slip ("Indai", "Koera"), as a typist makes it. The lengths alone bound it from
    /// below, so a text far longer than any candidate (a multi-megabyte cell in a damaged file) costs nothing instead
    /// of length × length steps.
    /// </summary>
    public static int? Within(string a, string b, int limit)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return null;
        }

        var distance = WithSwaps(a, b);
        return distance <= limit ? distance : null;
    }

    // The optimal string alignment distance: Levenshtein's plus the swap of two adjacent letters, each substring edited once.
    private static int WithSwaps(string a, string b)
    {
        var (beforePrevious, previous, current) = (new int[b.Length + 1], new int[b.Length + 1], new int[b.Length + 1]);
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], beforePrevious[j - 2] + 1);
                }
            }

            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }

        return previous[b.Length];
    }
}
