using System.Text;

namespace Turnover.Core;

/// <summary>Folds a country name to a comparison key: lower-case ASCII letters and digits, accents dropped.</summary>
internal static class NameKey
{
    // Latin-1 letters À..ÿ folded to ASCII; kept as a table because invariant-globalisation mode has no ICU normalisation.
    private const string Latin1Fold = "AAAAAAACEEEEIIIIDNOOOOOxOUUUUYTsaaaaaaaceeeeiiiidnooooo/ouuuuyty";

    public static string Of(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            var c = raw is >= '\u00C0' and <= '\u00FF' ? Latin1Fold[raw - '\u00C0'] : raw;
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>Levenshtein distance, for "did you mean" suggestions over a few hundred names.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
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
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
