using System.Data.Common;

namespace Turnover.Store.Internal;

/// <summary>
/// Query results are read by column name, never by position, so a reordered or widened SELECT cannot silently swap
/// values: each reader resolves its ordinals once per result set (<see cref="Column"/>), then reads every row by them.
/// </summary>
internal static class ResultColumns
{
    /// <summary>The ordinal of the result column named exactly <paramref name="name"/>.</summary>
    /// <exception cref="InvalidOperationException">No column, or more than one, has that name: the query and its reader disagree.</exception>
    public static int Column(this DbDataReader reader, string name)
    {
        var found = -1;
        for (var i = 0; i < reader.FieldCount; i++)
        {
            if (string.Equals(reader.GetName(i), name, StringComparison.Ordinal))
            {
                found = found < 0 ? i : throw new InvalidOperationException($"The query's result has two columns named '{name}'.");
            }
        }

        return found >= 0
            ? found
            : throw new InvalidOperationException(
                $"The query's result has no column '{name}' (it has: {string.Join(", ", Enumerable.Range(0, reader.FieldCount).Select(reader.GetName))}).");
    }
}
