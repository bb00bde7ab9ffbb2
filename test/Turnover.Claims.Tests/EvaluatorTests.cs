using Turnover.Claims.Evaluation;
using Turnover.Testing;
using Xunit.Abstractions;

namespace Turnover.Claims.Tests;

/// <summary>The scorer, on a labelled file of sentences written for this test, in the layout of ../shared/data/claims.</summary>
public sealed class EvaluatorTests(ITestOutputHelper output)
{
    private const string Header = "quote,period,kind,flow,value_usd_bn,yoy_pct,note,source_url\n";

    [Fact]
    public void When_labels_are_scored_then_hits_false_hits_and_misses_are_counted_per_field()
    {
        using var file = TempFile.WithText("labels.csv", Header
            + "\"Chinese exports to Russia rose 12% to $110.97 billion in 2023.\",2023,annual,china_exports,110.97,12,,x\n"
            + "\"Russia's exports to China reached $129.1 billion in 2023.\",2023,annual,china_imports,129.1,,,x\n"
            + "\"Bilateral trade rose 5% to $88.8 billion in 2013.\",2013,annual,turnover,88.8,,,x\n"
            + "\"after expanding 90.9% in June\",2023-06,month,china_exports,,90.9,,x\n"
            + "\"2020年,中俄农产品贸易额为55.5亿美元。\",2020,annual,turnover,5.55,,SUBSET: farm goods,x\n"
            + "\"Товарооборот в 2013 году составил $88,8 млрд.\",2013,annual,turnover,88.85,,,x\n");
        var report = ClaimEvaluator.Evaluate(file.Path);
        output.WriteLine(report.Format());

        Assert.Empty(report.Errors);
        Assert.Equal(6, report.Rows);
        Assert.Equal(new FieldScore(Hits: 5, FalseHits: 0, Misses: 0), report.Amounts); // 88.8 is within the rounding of 88.85
        Assert.Equal(new FieldScore(Hits: 1, FalseHits: 1, Misses: 1), report.Growth);
        Assert.Equal(90.9m, Assert.Single(report.Misses).Value);
        Assert.Equal("turnover", Assert.Single(report.FalseHits).Flow);
        Assert.Equal(0.5, report.Growth.Precision);
    }

    [Fact]
    public void When_a_figure_is_read_against_the_wrong_flow_then_it_is_a_false_hit_and_a_miss()
    {
        using var file = TempFile.WithText("labels.csv", Header + "\"Chinese exports to Russia reached $50 billion.\",2023,annual,china_imports,50,,,x\n");
        var report = ClaimEvaluator.Evaluate(file.Path);
        Assert.Equal(new FieldScore(0, 1, 1), report.Amounts);
        Assert.Contains("false hit: line 2 amount china_exports 50", report.Format(), StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_projection_or_a_yuan_amount_is_read_then_it_is_listed_as_unscored()
    {
        using var file = TempFile.WithText("labels.csv", Header
            + "\"Bilateral trade will reach $300 billion by 2030.\",2030,annual,turnover,,,,x\n"
            + "\"2023年,中俄贸易额为1.74万亿元人民币。\",2023,annual,turnover,,,,x\n");
        var report = ClaimEvaluator.Evaluate(file.Path);
        Assert.Equal(new FieldScore(0, 0, 0), report.Amounts);
        Assert.Equal(2, report.Unscored.Count);
    }

    [Fact]
    public void When_a_column_is_missing_then_the_error_names_the_file_line_and_columns()
    {
        using var file = TempFile.WithText("bad.csv", "quote,flow\n\"x\",turnover\n");
        var report = ClaimEvaluator.Evaluate(file.Path);
        var error = Assert.Single(report.Errors);
        Assert.Contains("line 1: missing column(s) value_usd_bn, yoy_pct, note", error, StringComparison.Ordinal);
    }

    // A number beyond a decimal was "'1e308' is not a number"; what is not written as a number still is not one.
    [Theory]
    [InlineData("1e308,", "value_usd_bn", "'1e308' is out of range: a value must lie between -79,228,162,514,264,337,593,543,950,335 and 79,228,162,514,264,337,593,543,950,335")]
    [InlineData("100000000000000000000000000000,", "value_usd_bn", "'100000000000000000000000000000' is out of range: a value must lie between -79,228,162,514,264,337,593,543,950,335 and 79,228,162,514,264,337,593,543,950,335")]
    [InlineData(",-1E+309", "yoy_pct", "'-1E+309' is out of range: a value must lie between -79,228,162,514,264,337,593,543,950,335 and 79,228,162,514,264,337,593,543,950,335")]
    [InlineData("NaN,", "value_usd_bn", "'NaN' is not a number")]
    [InlineData(",Infinity", "yoy_pct", "'Infinity' is not a number")]
    [InlineData("1e,", "value_usd_bn", "'1e' is not a number")]
    public void When_a_value_is_beyond_a_decimal_then_it_is_out_of_range_and_text_is_not_a_number(string cells, string field, string message)
    {
        using var file = TempFile.WithText("bad.csv", Header + $"\"Bilateral trade reached $5 billion.\",2023,annual,turnover,{cells},,x\n");

        Assert.EndsWith($"line 2: field {field}: {message}", Assert.Single(ClaimEvaluator.Evaluate(file.Path).Errors), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"Bilateral trade\nreached $5 billion.\",2023,annual,turnover,5,,,x\n",
        "line 2: field quote: the quoted value opens on line 2 and holds a line break, so the row runs to line 3: a line break inside a quoted value is not allowed in this file, where every labelled figure is one line (join the lines, or remove a stray quote)")]
    [InlineData("\"Bilateral trade reached $5 billion.,2023,annual,turnover,5,,,x\n\"Trade reached $6 billion.\",2024,annual,turnover,6,,,x\n",
        "line 2: field quote: the row runs from line 2 over 3 lines: a quote opened in field quote is never closed, so the lines after it were read as one field (file cut short, or a stray quote?)")]
    public void When_a_row_runs_over_several_lines_then_the_error_names_the_line_and_field(string rows, string message)
    {
        using var file = TempFile.WithText("bad.csv", Header + rows);

        Assert.Equal($"{file.Path}: {message}", Assert.Single(ClaimEvaluator.Evaluate(file.Path).Errors));
    }

    [Fact]
    public void When_a_value_is_not_a_number_then_the_error_names_the_line_and_field()
    {
        using var file = TempFile.WithText("bad.csv", Header + "\"Bilateral trade reached $5 billion.\",2023,annual,turnover,five,,,x\n");
        Assert.Contains("line 2: field value_usd_bn: 'five' is not a number", Assert.Single(ClaimEvaluator.Evaluate(file.Path).Errors), StringComparison.Ordinal);
    }
}
