using System.Text.RegularExpressions;
using Turnover.Store.Internal;
using Turnover.Testing;

namespace Turnover.Store.Tests;

/// <summary>Query results are read by column name (Internal/ResultColumns.cs), so a reordered SELECT cannot swap values.</summary>
public sealed partial class NamedColumnReadsTests
{
    [Fact]
    public void When_store_sources_read_a_result_then_no_value_is_read_by_a_literal_position()
    {
        var sources = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src", "Turnover.Store"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        var positional = sources
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetFileName(f), Line: i + 1, Text: line)))
            .Where(l => LiteralOrdinalRead().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.NotEmpty(sources);
        Assert.True(positional.Count == 0, string.Join(Environment.NewLine, positional));
    }

    [Fact]
    public void When_a_select_lists_its_columns_in_another_order_then_they_are_still_read_by_name()
    {
        using var store = TradeStore.Open(":memory:");
        foreach (var sql in (string[])["SELECT 'Gacc' AS source, 14 AS lag_days", "SELECT 14 AS lag_days, 'Gacc' AS source"])
        {
            using var command = store.Command(sql);
            using var reader = command.ExecuteReader();
            int source = reader.Column("source"), lag = reader.Column("lag_days");
            Assert.True(reader.Read());

            Assert.Equal(("Gacc", 14), (reader.GetString(source), reader.GetInt32(lag)));
        }
    }

    [Fact]
    public void When_a_column_is_missing_then_the_reader_names_it_and_the_columns_there_are()
    {
        using var store = TradeStore.Open(":memory:");
        using var command = store.Command("SELECT 1 AS year, 2 AS months");
        using var reader = command.ExecuteReader();

        var ex = Assert.Throws<InvalidOperationException>(() => reader.Column("start_month"));

        Assert.Equal("The query's result has no column 'start_month' (it has: year, months).", ex.Message);
    }

    // reader.GetInt32(0), rows.IsDBNull(11), NullableDecimal(reader, 7): a value read by its position in the SELECT.
    [GeneratedRegex(@"\.(Get[A-Z][A-Za-z0-9]*|IsDBNull)\(\s*\d+\s*\)|NullableDecimal\(\s*\w+\s*,\s*\d+\s*\)")]
    private static partial Regex LiteralOrdinalRead();
}
