using Turnover.Core;
using Turnover.Ingest.Gacc;
using Turnover.Testing;

namespace Turnover.Ingest.Tests.Gacc;

/// <summary>Defects in the news compilation, on mutated copies of the real data/gacc/china_russia.csv.</summary>
public sealed class GaccNewsBadInputTests
{
    private static readonly string s_path = RepoPaths.Data("gacc", "china_russia.csv");

    private static GaccTestRead ReadMutated(Action<List<string>> change)
    {
        using var copy = MutatedCopy.Of(s_path, change);
        return GaccTestRead.Of(copy.Path);
    }

    private static void AssertSingleError(GaccTestRead read, long line, string column, string message)
    {
        var error = Assert.Single(read.Context.Errors);
        Assert.Equal((line, column, message), (error.Line, error.Column, error.Message));
    }

    [Fact]
    public void When_a_required_column_is_missing_then_it_is_named_on_line_1()
    {
        var read = ReadMutated(lines => lines[0] = "period,kind,flow,yoy_pct,source_url");

        AssertSingleError(read, 1, "value_usd_bn", "missing required column 'value_usd_bn'");
        Assert.Empty(read.Records);
    }

    [Fact]
    public void When_the_header_has_an_extra_column_and_a_row_is_short_then_the_row_is_refused_without_naming_a_required_column()
    {
        // Fuzz case gacc 28279 (seed 20261202): a column added to the header, a field deleted from a row. The short row
        // lacks only the extra column, which no required column sits in; it crashed with "Sequence contains no matching element".
        var read = ReadMutated(lines =>
        {
            lines[0] += ",extra";
            for (var i = 1; i < lines.Count; i++)
            {
                lines[i] += ",x";
            }

            lines[187] = lines[187][..lines[187].LastIndexOf(',')];
        });

        AssertSingleError(read, 188, string.Empty, "row has 6 field(s), expected 7 (line cut short?)");
    }

    [Fact]
    public void When_a_page_url_has_non_ascii_digits_then_they_are_not_read_as_a_date()
    {
        // Fuzz case gacc 49594: Arabic-Indic digits in a URL matched \d and crashed int.Parse; the URL is just a URL.
        var read = ReadMutated(lines => lines[2] = lines[2].Replace("/2014/04/18/", "/2014/٠٤/18/", StringComparison.Ordinal));

        Assert.Empty(read.Context.Errors);
        Assert.NotEmpty(read.Records);
    }

    [Fact]
    public void When_the_file_is_semicolon_separated_then_the_header_error_says_so()
    {
        var read = ReadMutated(lines => lines[0] = lines[0].Replace(',', ';'));

        Assert.Equal(6, read.Context.Errors.Count);
        Assert.Equal(
            "missing required column 'period' (the header 'period;kind;flow;value_usd_bn;yoy_pct;source_url' is not comma-separated)",
            read.Context.Errors[0].Message);
    }

    [Theory]
    [InlineData(326, "218.17", "abc", "value_usd_bn", "value 'abc' is not a number")]
    [InlineData(326, "218.17", "-218.17", "value_usd_bn", "value '-218.17' is negative: trade values cannot be negative")]
    [InlineData(326, "26.7", "26.7%", "yoy_pct", "value '26.7%' is not a number (growth in percent)")]
    [InlineData(326, "26.7", "1000000000000000000000", "yoy_pct", "growth rate '1000000000000000000000' is above 999,999.999%, the largest rate the store holds (a digit slip?)")]
    [InlineData(326, "26.7", "-126.7", "yoy_pct", "growth rate '-126.7' is below -100%: a value cannot fall by more than all of it (a sign or digit slip?)")]
    [InlineData(326, "26.7", "26,7", "", "row has 7 field(s), expected 6 (an unquoted comma inside a value?)")]
    [InlineData(62, "ytd", "quarterly", "kind", "kind 'quarterly' is not one of annual, month, ytd")]
    [InlineData(62, "turnover", "re_exports", "flow", "flow 're_exports' is not one of turnover, china_exports, china_imports")]
    [InlineData(339, "2024-02", "2024-13", "period", "period '2024-13' is impossible: month 13 should be in range [1-12]")]
    [InlineData(2, "2013", "3020", "period", "period '3020' is impossible: year 3020 should be in range [1900-2200]")]
    [InlineData(339, "2024-02", "2024-2", "period", "period '2024-2' is not YYYY or YYYY-MM")]
    [InlineData(339, "2024-02,ytd", "2024-02,annual", "period", "period '2024-02' is not a year, but kind is annual")]
    [InlineData(2, "2013,annual", "2013,ytd", "period", "period '2013' is not a month (YYYY-MM), but kind is ytd")]
    public void When_a_cell_is_wrong_then_the_line_column_and_value_are_named(int line, string from, string to, string column, string message)
    {
        var read = ReadMutated(lines => lines.Replace(line, from, to));

        AssertSingleError(read, line, column, message);
    }

    private static bool Fail(string text) => throw new Xunit.Sdk.XunitException(text);

    [Fact]
    public void When_the_source_url_is_empty_then_it_is_an_error()
    {
        var read = ReadMutated(lines => lines.Replace(339, "https://sputnikglobe.com/20240307/china-russia-trade-in-january-february-2024-up-to-3701bln-1117180822.html", string.Empty));

        AssertSingleError(read, 339, "source_url", "no source URL: every report needs the page that published it");
    }

    [Fact]
    public void When_the_source_url_holds_a_control_character_then_it_is_an_error()
    {
        // A NUL from a damaged file was stored as the report's evidence.
        var read = ReadMutated(lines => lines.Replace(339, "https://sputnikglobe.com/", "https://sputnik\0globe.com/"));

        AssertSingleError(read, 339, "source_url",
            "source URL 'https://sput…' (108 characters) holds a control character: no page has such an address (a damaged file?)");
    }

    [Fact]
    public void When_the_last_line_is_cut_short_then_the_first_missing_column_is_named()
    {
        var read = ReadMutated(lines => lines[^1] = "2024-12,month,china_imports,10.6");

        AssertSingleError(read, 374, "yoy_pct", "row has 4 field(s), expected 6 (line cut short?)");
    }

    [Fact]
    public void When_a_year_to_date_total_decreases_and_no_report_says_otherwise_then_the_later_line_is_an_error()
    {
        var read = ReadMutated(lines =>
        {
            lines.Replace(326, "218.17", "118.17");
            lines.Replace(327, "218.17", "118.17");
        });

        AssertSingleError(read, 326, "value_usd_bn",
            "year-to-date value 118.17 for 2023-01..11 is below 196.48 for 2023-01..10 (line 311): a cumulative total cannot decrease within a year");
    }

    [Fact]
    public void When_a_decreasing_total_has_a_disagreeing_report_that_keeps_the_order_then_that_report_wins()
    {
        // A misplaced decimal point (11.72 for 117.2) before the real report: more precise, so ranked first.
        var read = ReadMutated(lines => lines.Insert(181, "2022-08,ytd,turnover,11.72,31,https://www.rt.com/business/562366-china-boosts-exports-russia/"));
        var total = read.Single(Flow.Turnover, Period.YearToDate(2022, 8));
        var conflict = Assert.Single(read.Context.Discrepancies, d => d.Period == Period.YearToDate(2022, 8));

        Assert.Empty(read.Context.Errors);
        Assert.Equal(117_200_000_000m, total.ValueUsd);
        Assert.Equal(11_720_000_000m, conflict.OtherUsd);
        Assert.Equal("117.2 keeps the year-to-date total in order next to 97.71 for 2022-01..07; 11.72 would make it decrease", conflict.Reason);
    }

    [Fact]
    public void When_reported_turnover_differs_from_exports_plus_imports_then_the_difference_is_listed()
    {
        var read = ReadMutated(lines =>
        {
            lines.Replace(39, "42.88", "32.88");
            lines.Replace(40, "42.88", "32.88");
            lines.Replace(41, "42.9", "32.9");
        });

        var conflict = Assert.Single(read.Context.Discrepancies, d => d.Period == Period.OfYear(2017) && d.OtherUsd == 74_080_000_000m);
        Assert.Equal(84_070_000_000m, conflict.ChosenUsd);
        Assert.Equal("reported turnover 84.07 differs from exports 32.88 + imports 41.2 = 74.08 beyond rounding", conflict.Reason);
        Assert.Empty(read.Context.Errors);
    }

    [Fact]
    public void When_a_january_december_total_is_also_reported_then_it_is_reconciled_with_the_annual_figure()
    {
        var read = ReadMutated(lines => lines.Add("2022-12,ytd,turnover,190.27,29.3,https://en.vestikavkaza.ru/material/158684"));

        var year = read.Single(Flow.Turnover, Period.OfYear(2022));
        Assert.Equal(190_271_000_000m, year.ValueUsd);
        Assert.Equal(Derivation.Reported, year.Derivation);
        Assert.Equal(131, read.Context.Skipped["repeated report of a figure (agrees within rounding)"]);
    }

    [Fact]
    public void When_a_february_month_is_reported_since_2020_then_it_is_january_february_combined()
    {
        var read = ReadMutated(lines =>
        {
            lines.Replace(339, "2024-02,ytd", "2024-02,month");
            lines.Replace(62, "2019-02,ytd", "2019-02,month");
        });

        Assert.Equal(37_010_000_000m, read.Single(Flow.Turnover, Period.Span(2024, 1, 2)).ValueUsd);
        Assert.Equal(Derivation.Reported, read.Single(Flow.Turnover, Period.Span(2024, 1, 2)).Derivation);
        Assert.Equal(16_040_000_000m, read.Single(Flow.Turnover, Period.Month(2019, 2)).ValueUsd);
        Assert.DoesNotContain(read.Records, r => r.Flow == Flow.Turnover && r.Period == Period.Span(2019, 1, 2));
    }

    [Fact]
    public void When_a_latin1_byte_appears_late_in_a_utf8_file_then_its_line_is_an_error_not_an_exception()
    {
        var bytes = File.ReadAllBytes(s_path);
        var at = Array.LastIndexOf(bytes, (byte)'b'); // the last line's URL, https://bne.eu/…
        bytes[at] = 0xE9;
        using var copy = TempFile.WithBytes("china_russia.csv", bytes);

        var read = GaccTestRead.Of(copy.Path);

        var error = Assert.Single(read.Context.Errors, e => e.Line > 0 || Fail(read.ErrorsText));
        Assert.Equal(374, error.Line);
        Assert.Contains("not valid UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_latin1_byte_appears_early_then_the_file_is_read_as_latin1_without_error()
    {
        var bytes = File.ReadAllBytes(s_path);
        var at = bytes.AsSpan().IndexOf("estiw.ru"u8); // line 2's URL
        bytes[at] = 0xE9;
        using var copy = TempFile.WithBytes("china_russia.csv", bytes);

        var read = GaccTestRead.Of(copy.Path);

        Assert.Equal(string.Empty, read.ErrorsText);
        Assert.Equal(244, read.Records.Count);
    }

    [Fact]
    public void When_the_file_is_empty_or_unrecognised_then_it_is_one_error()
    {
        using var empty = TempFile.WithText("empty.csv", string.Empty);
        using var other = TempFile.WithText("other.csv", "Date;CNY;JPY;KRW;USD\r\n02-Jan-2001;8.2779;;;1\r\n");

        AssertSingleError(GaccTestRead.Of(empty.Path), 0, string.Empty, "the file is empty");
        var error = Assert.Single(GaccTestRead.Of(other.Path).Context.Errors);
        Assert.Equal(1, error.Line);
        Assert.StartsWith("'Date;CNY;JPY;KRW;USD' is neither the news header", error.Message, StringComparison.Ordinal);
    }
}
