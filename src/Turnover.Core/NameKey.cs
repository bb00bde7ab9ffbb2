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
}
