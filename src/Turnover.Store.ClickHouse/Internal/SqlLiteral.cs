using System.Globalization;
using System.Text;

namespace Turnover.Store.ClickHouse.Internal;

/// <summary>
/// The one place a value becomes SQL text. ClickHouse 18.16 has no server-side query parameters (docs/clickhouse.md,
/// "Literals without parameters"), so every value reaches a query as a literal written here; no other code splices
/// text into SQL. Numbers, dates and decimals are written from their invariant forms; strings are quoted with every
/// character that could end or bend the literal escaped, so no input can change what a query does.
/// </summary>
internal static class SqlLiteral
{
    // ClickHouse's Date: days since 1970 in 16 bits. Outside, toDate wraps (0000-00-00 for 1961) instead of failing.
    private static readonly DateOnly s_firstDate = new(1970, 1, 1), s_lastDate = new(2149, 6, 6);

    /// <summary>A string literal: <c>'</c>, backslash-escaping <c>\</c> and <c>'</c>, control characters as escapes.</summary>
    public static string Of(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = new StringBuilder(value.Length + 2).Append('\'');
        foreach (var c in value)
        {
            _ = c switch
            {
                '\\' => text.Append(@"\\"),
                '\'' => text.Append(@"\'"),
                '\n' => text.Append(@"\n"),
                '\r' => text.Append(@"\r"),
                '\t' => text.Append(@"\t"),
                '\0' => text.Append(@"\0"),
                '\b' => text.Append(@"\b"),
                '\f' => text.Append(@"\f"),
                _ => text.Append(c),
            };
        }

        return text.Append('\'').ToString();
    }

    /// <summary>An integer literal.</summary>
    public static string Of(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A <c>Date</c>: <c>toDate('yyyy-MM-dd')</c>.</summary>
    /// <exception cref="StoreException">The date is outside what a ClickHouse Date holds: the server would store another day without a word.</exception>
    public static string Of(DateOnly value)
    {
        if (value < s_firstDate || value > s_lastDate)
        {
            throw new StoreException(string.Create(CultureInfo.InvariantCulture,
                $"the date {value:yyyy-MM-dd} is outside what a ClickHouse Date holds ({s_firstDate:yyyy-MM-dd} to {s_lastDate:yyyy-MM-dd}); use a DuckDB store (--db) for it."));
        }

        return $"toDate('{value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}')";
    }

    /// <summary>A date as a day number (days since 1970-01-01, negative before): how queries compare dates, as 18.16's Date holds no day before 1970.</summary>
    public static string DayNumber(DateOnly value) => Of(value.DayNumber - DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber);

    /// <summary>
    /// A <c>Decimal64(2)</c> from the invariant text, exact: a bare <c>1234.56</c> would be a Float64, which a
    /// Decimal column refuses in arithmetic and conditionals.
    /// </summary>
    public static string OfMoney(decimal value) =>
        $"toDecimal64('{decimal.Round(value, 2).ToString("0.00", CultureInfo.InvariantCulture)}', 2)";

    /// <summary>A <c>DateTime</c> (UTC, to the second): <c>toDateTime('yyyy-MM-dd HH:mm:ss', 'UTC')</c>.</summary>
    public static string Of(DateTime value) =>
        $"toDateTime('{value.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}', 'UTC')";

    /// <summary>A nullable string: <c>NULL</c> or the literal.</summary>
    public static string OfNullable(string? value) => value is null ? "NULL" : Of(value);

    /// <summary>A nullable date: <c>NULL</c> or the literal.</summary>
    public static string OfNullable(DateOnly? value) => value is { } date ? Of(date) : "NULL";

    /// <summary>A comma-separated list of integer literals, for <c>IN (...)</c>.</summary>
    public static string List(IEnumerable<int> values) => string.Join(", ", values.Select(v => Of(v)));

    /// <summary>
    /// An identifier (a database or table name) in back quotes. Only the names a user may choose pass through here
    /// (the database of the store URL), and those are checked by <see cref="ClickHouseLocation"/> to be letters,
    /// digits and underscores; the quoting is a second guard.
    /// </summary>
    public static string Identifier(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return "`" + name.Replace("\\", @"\\", StringComparison.Ordinal).Replace("`", @"\`", StringComparison.Ordinal) + "`";
    }
}
