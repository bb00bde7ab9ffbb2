namespace Turnover.Claims.Internal;

/// <summary>Month names of the languages the rules read, by the start of the word.</summary>
internal static class Months
{
    /// <summary>English, Italian, German, Portuguese, French and Spanish month names (the forms news quotes use).</summary>
    public const string LatinPattern = @"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|Januar|Februar|März|Juni|Juli|Oktober|Dezember|janeiro|fevereiro|março|abril|maio|junho|julho|setembro|outubro|dezembro)(?![\p{L}])";

    /// <summary>Russian and Ukrainian month stems (any case ending).</summary>
    public const string CyrillicPattern = @"(?:январ|феврал|март|апрел|ма[йяею]|июн|июл|август|сентябр|октябр|ноябр|декабр|січ|лют|берез|квіт|травн|черв|лип|серп|верес|жовт|листопад|груд)[\p{L}]*";

    private static readonly (string Prefix, int Month)[] s_prefixes =
    [
        ("jan", 1), ("gen", 1), ("feb", 2), ("fev", 2), ("mar", 3), ("mär", 3), ("apr", 4), ("abr", 4), ("may", 5), ("mag", 5),
        ("mai", 5), ("jun", 6), ("giu", 6), ("jul", 7), ("lug", 7), ("aug", 8), ("ago", 8), ("sep", 9), ("set", 9), ("oct", 10),
        ("ott", 10), ("okt", 10), ("out", 10), ("nov", 11), ("dec", 12), ("dic", 12), ("dez", 12),
        ("январ", 1), ("феврал", 2), ("март", 3), ("апрел", 4), ("ма", 5), ("июн", 6), ("июл", 7), ("август", 8),
        ("сентябр", 9), ("октябр", 10), ("ноябр", 11), ("декабр", 12),
        ("січ", 1), ("лют", 2), ("берез", 3), ("квіт", 4), ("травн", 5), ("черв", 6), ("лип", 7), ("серп", 8), ("верес", 9),
        ("жовт", 10), ("листопад", 11), ("груд", 12),
    ];

    public static int? Number(string word)
    {
        foreach (var (prefix, month) in s_prefixes)
        {
            if (word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return month;
            }
        }

        return null;
    }
}
