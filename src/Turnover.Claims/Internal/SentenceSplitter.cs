using System.Text.RegularExpressions;

namespace Turnover.Claims.Internal;

/// <summary>
/// Splits a normalised text into sentences: Chinese 。！？ (a semicolon does not end one), Latin and Cyrillic . ! ? followed by a space and a capital, quote or digit, and blank lines. A full stop after an
/// abbreviation ("U.S.", "bln.", "млрд.", "г.", "Dr.") or between digits does not end a sentence.
/// </summary>
internal static partial class SentenceSplitter
{
    private static readonly HashSet<string> s_abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "u.s", "u.k", "u.n", "e.u", "mr", "mrs", "ms", "dr", "st", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "approx", "est", "bln", "mln", "bn",
        "mn", "trln", "tn", "млрд", "млн", "трлн", "тыс", "руб", "долл", "г", "гг", "т", "т.е", "т.д", "т.п", "др", "им",
        "ул", "проц", "p", "pp", "fig", "ed", "a.m", "p.m",
    };

    // Abbreviations of units and amounts: a sentence may end on one (see EndsLatinSentence).
    private static readonly HashSet<string> s_units = new(StringComparer.OrdinalIgnoreCase)
    {
        "bln", "mln", "bn", "mn", "trln", "tn", "млрд", "млн", "трлн", "тыс", "руб", "долл", "проц", "etc",
    };

    public static List<TextSpan> Split(string text)
    {
        var sentences = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var end = -1;
            if (c is '。' or '！' or '？')
            {
                end = i + 1;
                while (end < text.Length && text[end] is '”' or '」' or '』' or '"' or ')' or '）')
                {
                    end++;
                }
            }
            else if (c == '\n' && (i + 1 < text.Length && text[i + 1] == '\n' || IsLineBreakEnd(text, start, i)))
            {
                end = i;
            }
            else if (c is '.' or '!' or '?' && EndsLatinSentence(text, start, i, out var after))
            {
                end = after;
            }

            if (end >= 0)
            {
                Add(sentences, text, start, end);
                start = end;
                i = Math.Max(i, end - 1);
            }
        }

        Add(sentences, text, start, text.Length);
        return sentences;
    }

    // A single line break ends a sentence after a heading or a line without end punctuation only when the next line
    // starts a new block (Markdown headings, list items); plain wrapped lines are joined.
    private static bool IsLineBreakEnd(string text, int start, int i)
    {
        var next = i + 1;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        return next >= text.Length || text[next] is '#' or '*' or '-' or '>' or '|' || IsBullet(text[next]) || NumberedItemAt(text, next)
            || LineStart(text, start, i) is '#' or '*' || ShortHanLine(text, start, i)
            || (text[i + 1] != ' ' && ItemLine(text, start, i));
    }

    /// <summary>True when the line opens a list item: a dash, an asterisk or a bullet and a space, or a number ("1. ", "2) ", "(3)").</summary>
    public static bool OpensListItem(ReadOnlySpan<char> line)
    {
        line = line.TrimStart();
        return (line.Length > 1 && (line[0] is '-' or '*' || IsBullet(line[0])) && char.IsWhiteSpace(line[1])) || NumberedItem().IsMatch(line);
    }

    // "•", "▪", "●": a list item's bullet, as "-" and "*" are.
    private static bool IsBullet(char c) => c is '•' or '·' or '▪' or '●' or '◦' or '–' or '—';

    // "1. ", "2) ", "(3)": a numbered list item opens at the position.
    private static bool NumberedItemAt(string text, int at) => NumberedItem().IsMatch(text.AsSpan(at, Math.Min(6, text.Length - at)));

    // The line ending at i is a list item ("- Total trade: $240.1 billion", "• экспорт…", "1. 中国对俄出口…"): it ends at
    // its line break unless the next line is indented (a wrapped item); the line after it ("Meanwhile, …") was joined to it.
    private static bool ItemLine(string text, int start, int i)
    {
        var lineStart = LineStartAt(text, start, i);
        return lineStart < i && (text[lineStart] is '-' || IsBullet(text[lineStart]) || NumberedItemAt(text, lineStart));
    }

    private static Regex? s_numberedItem;

    private static Regex NumberedItem() => s_numberedItem ??= InterpretedRegex.Create(@"^(?:\d{1,2}[.)]\s|[(（]\d{1,2}[)）])");

    // "2024年1月12日", "新华社北京1月12日电", a title: Chinese is not wrapped by line breaks, and a short line of it ending in a
    // character is a dateline or a heading, not the first part of the sentence below.
    private static bool ShortHanLine(string text, int start, int i)
    {
        var end = i;
        while (end > start && text[end - 1] is ' ' or '\r')
        {
            end--;
        }

        var lineStart = Math.Max(text.LastIndexOf('\n', Math.Max(end - 1, 0)) + 1, start);
        return end > lineStart && end - lineStart <= 20 && text[end - 1] >= '\u3400' && text[end - 1] <= '\u9FFF';
    }

    private static int LineStartAt(string text, int start, int i)
    {
        var lineStart = Math.Max(text.LastIndexOf('\n', Math.Max(i - 1, 0)) + 1, start);
        while (lineStart < i && text[lineStart] == ' ')
        {
            lineStart++;
        }

        return lineStart;
    }

    private static char LineStart(string text, int start, int i)
    {
        var lineStart = LineStartAt(text, start, i);
        return lineStart < i ? text[lineStart] : ' ';
    }

    private static bool EndsLatinSentence(string text, int start, int i, out int after)
    {
        after = i + 1;
        if (text[i] == '.' && LineStartAt(text, start, i) is var line && i - line <= 2 && NumberedItemAt(text, line))
        {
            return false; // "1. 中国对俄出口…": a list item's number, not a sentence
        }

        while (after < text.Length && text[after] is '"' or '”' or '’' or '\'' or ')' or '»' or '*')
        {
            after++;
        }

        if (after < text.Length && !char.IsWhiteSpace(text[after]))
        {
            return false; // "1.5", "U.S.", "example.com"
        }

        var next = after;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        if (next < text.Length && !(char.IsUpper(text[next]) || char.IsDigit(text[next]) || text[next] is '"' or '“' or '«' or '(' or '#' or '*' or '\\' or '[' || text[next] > '\u2E80'))
        {
            return false; // the next word starts in lower case: an abbreviation such as "bln. dollars"
        }

        if (text[i] != '.' || AbbreviationBefore(text, start, i) is not { } abbreviation)
        {
            return true;
        }

        // A unit's abbreviation before a capitalised word ends the sentence ("…составил $218,17 млрд. Экспорт…"): inside
        // one a unit is followed by lower case ("млрд. долларов", "bln. dollars"). Other abbreviations ("U.S. Commerce
        // Department", "Dr. Li") are followed by capitals inside a sentence. A line break after a unit ends it whatever
        // follows ("…$180,3 млрд.\n2024 год…" ran on into the next line).
        return s_units.Contains(abbreviation) && next < text.Length && (char.IsUpper(text[next]) || text.AsSpan(after, next - after).Contains('\n'));
    }

    // The abbreviation the full stop at dot ends, or null when it ends a word that is none.
    private static string? AbbreviationBefore(string text, int start, int dot)
    {
        var wordStart = dot;
        while (wordStart > start && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..dot];
        if (word.Length == 0)
        {
            return null;
        }

        // Single capitals ("V. Putin", "J. Smith") are initials.
        return s_abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(word[0])) || InitialsPattern().IsMatch(word) ? word : null;
    }

    private static void Add(List<TextSpan> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        // A run of text with no sentence end (a table pasted as text, a PDF's lost full stops) is cut into pieces no
        // longer than any real sentence: the readers' work grows with the square of a sentence's length (a 440 KB run
        // took a minute), and every claim repeats its sentence.
        while (end - start > MaxSentence)
        {
            var cut = Cut(text, start, start + MaxSentence);
            Add(sentences, text, start, cut);
            start = cut;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
        }

        if (end > start)
        {
            sentences.Add(new TextSpan(start, end - start));
        }
    }

    /// <summary>The longest sentence read whole; a longer run is cut at a clause break, else a space, before it.</summary>
    public const int MaxSentence = 2_000;

    // After the last semicolon before the limit, else the last comma that is no digit group's, else the last space.
    private static int Cut(string text, int start, int limit)
    {
        foreach (var breaks in s_cutPreference)
        {
            for (var i = limit - 1; i > start + MaxSentence / 2; i--)
            {
                if (breaks.Contains(text[i]) && !(text[i] == ',' && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1])))
                {
                    return i + 1;
                }
            }
        }

        return limit;
    }

    private static readonly string[] s_cutPreference = [";；", ",，、", " \t\n"];

    // Interpreted, built on first use (InterpretedRegex).
    private static Regex? s_initialsPattern;

    private static Regex InitialsPattern() => s_initialsPattern ??= InterpretedRegex.Create(@"^(?:\p{Lu}\.)+\p{Lu}$");
}
