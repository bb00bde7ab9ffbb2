using System.Text;

namespace Turnover.Store.ClickHouse.Internal;

/// <summary>
/// Reads ClickHouse's TabSeparated output: rows end with a newline, fields are split by tabs, and inside a field
/// <c>\t \n \r \0 \\ \'</c> (and <c>\b \f</c>) are escapes; a field that is exactly <c>\N</c> is NULL.
/// </summary>
internal static class TabSeparated
{
    public static List<string?[]> Parse(string text)
    {
        var rows = new List<string?[]>();
        if (text.Length == 0)
        {
            return rows;
        }

        // Every row ends with a newline; a line between two is a row too (one empty string column).
        foreach (var line in text[..^(text.EndsWith('\n') ? 1 : 0)].Split('\n'))
        {
            rows.Add(ParseLine(line));
        }

        return rows;
    }

    /// <summary>One row's line, without its newline.</summary>
    public static string?[] ParseLine(string line)
    {
        var fields = line.Split('\t');
        var row = new string?[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            row[i] = fields[i] == @"\N" ? null : Unescape(fields[i]);
        }

        return row;
    }

    private static string Unescape(string field)
    {
        if (!field.Contains('\\', StringComparison.Ordinal))
        {
            return field;
        }

        var text = new StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            var c = field[i];
            if (c != '\\' || i + 1 == field.Length)
            {
                text.Append(c);
                continue;
            }

            var next = field[++i];
            text.Append(next switch
            {
                't' => '\t',
                'n' => '\n',
                'r' => '\r',
                '0' => '\0',
                'b' => '\b',
                'f' => '\f',
                _ => next,
            });
        }

        return text.ToString();
    }
}
