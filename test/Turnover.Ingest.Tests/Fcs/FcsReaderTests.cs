using System.Globalization;
using Turnover.Core;
using Turnover.Ingest.Fcs;
using Turnover.Testing;
using static Turnover.Ingest.Tests.National.ReaderRun;

namespace Turnover.Ingest.Tests.Fcs;

/// <summary>Russia's side of Russia–China trade as pages stated it (data/mirror/russia_side_china_trade.csv; issue 12).</summary>
public class FcsReaderTests
{
    private const string Name = "russia_side_china_trade.csv";
    private static readonly string s_real = RepoPaths.Data("mirror", Name);
    private readonly FcsReader _reader = new();

    // The file's first three fields (year, flow, value_usd_bn) hold no quotes or commas: read them with a plain split,
    // independently of the reader, as the expected values.
    private static (int Year, string Flow, decimal? Billions, string Text) Line(int number)
    {
        var text = Lines(s_real)[number - 1];
        var fields = text.Split(',', 4);
        return (int.Parse(fields[0], CultureInfo.InvariantCulture), fields[1],
            fields[2].Length == 0 ? null : decimal.Parse(fields[2], CultureInfo.InvariantCulture), text);
    }

    [Fact]
    public void When_reading_the_real_file_then_each_level_is_russias_turnover_with_china_for_its_span()
    {
        var (records, context) = ReadAll(_reader, s_real);

        Assert.Empty(context.Errors);
        Assert.Equal(9, context.RowsRead);
        Assert.All(records, r => Assert.Equal((643, 156, Flow.Turnover), (r.Reporter.Code, r.Partner.Code, r.Flow)));
        // Lines 2, 4, 5 and 6 are full years; line 3 Jan–Jul 2012 and line 9 Jan–Oct 2023 are cumulatives; line 7
        // repeats line 6's 104 (2020), so one record stands for both.
        var expected = new (int Line, Period Period)[]
        {
            (2, Period.OfYear(2010)), (3, Period.YearToDate(2012, 7)), (4, Period.OfYear(2013)), (5, Period.OfYear(2015)),
            (6, Period.OfYear(2020)), (9, Period.YearToDate(2023, 10)),
        };
        Assert.Equal(
            expected.Select(e => (e.Period, Line(e.Line).Billions!.Value * 1_000_000_000m, e.Period.Months == 12 ? Derivation.Reported : Derivation.Cumulative, (long)e.Line)),
            records.Select(r => (r.Period, r.ValueUsd, r.Derivation, r.SourceLine)));
        Assert.Equal(1, context.Skipped["repeated report of a figure (agrees within rounding)"]);
        Assert.Empty(context.Discrepancies);
    }

    [Fact]
    public void When_reading_the_real_file_then_every_row_is_kept_with_its_quote_page_span_and_attribution()
    {
        var (_, context) = ReadAll(_reader, s_real);

        Assert.Equal(Enumerable.Range(2, 9).Select(n => (long)n), context.StatedFigures.Select(s => s.SourceLine));
        Assert.All(context.StatedFigures, s => Assert.True(
            Line((int)s.SourceLine).Text.Contains($",{s.Coverage},", StringComparison.Ordinal) || Line((int)s.SourceLine).Text.Contains($",\"{s.Coverage}\",", StringComparison.Ordinal),
            s.Coverage));
        Assert.All(context.StatedFigures, s => Assert.Equal(Line((int)s.SourceLine).Billions * 1_000_000_000m, s.ValueUsd));
        var lavrov = context.StatedFigures.Single(s => s.SourceLine == 6);
        Assert.Equal((Attribution.Probable, "https://hk.outputnews.com/2021/fengwen/news_2021_06_01_1372460"), (lavrov.Attribution, lavrov.Evidence));
        Assert.StartsWith("俄羅斯外交部長拉夫羅夫説", lavrov.Quote, StringComparison.Ordinal);
        var bulavin = context.StatedFigures.Single(s => s.SourceLine == 8);
        Assert.Equal((2022, (Period?)null, (decimal?)null, 27m, Attribution.Explicit), (bulavin.Year, bulavin.Period, bulavin.ValueUsd, bulavin.RatePercent, bulavin.Attribution));
        Assert.Equal(Period.YearToDate(2023, 9), context.StatedFigures.Single(s => s.SourceLine == 10).Period);
    }

    [Fact]
    public void When_reading_the_real_file_then_rates_with_an_exact_span_are_published_rates_and_the_rough_one_is_not()
    {
        var (_, context) = ReadAll(_reader, s_real);

        Assert.Equal(
            [(Period.OfYear(2010), 50.3m), (Period.YearToDate(2012, 7), 10.9m), (Period.OfYear(2013), 1.6m), (Period.OfYear(2015), -28.1m), (Period.YearToDate(2023, 9), 27m)],
            context.PublishedRates.Select(r => (r.Period, r.RatePercent)).OrderBy(r => r.Period.Year));
        Assert.Equal(1, context.Skipped["growth rate over an approximate span (kept as a statement, comparable with no figure)"]);
    }

    [Fact]
    public void When_sampling_files_then_only_this_layout_is_recognised()
    {
        Assert.True(_reader.Recognises(FileSample.Of(s_real)));
        Assert.False(_reader.Recognises(FileSample.Of(RepoPaths.Data("gacc", "china_russia.csv"))));
        Assert.IsType<FcsReader>(TradeReaders.Detect(FileSample.Of(s_real)));
    }

    [Theory]
    [InlineData(4, "13,turnover,88.8,1.6,https://a.b/c,q,full year,probable: x", "year", "year '13' is not a year YYYY in range [1900-2200]")]
    [InlineData(4, "2013,exports,88.8,1.6,https://a.b/c,q,full year,probable: x", "flow", "flow 'exports' is not one of turnover, russia_exports, russia_imports")]
    [InlineData(4, "2013,turnover,88,8,1.6,https://a.b/c,q,full year,probable: x", "", "row has 9 fields, expected 8 as in the header (an unquoted delimiter inside a value, such as a decimal comma or a thousands separator?)")]
    [InlineData(4, "2013,turnover,-88.8,1.6,https://a.b/c,q,full year,probable: x", "value_usd_bn", "value '-88.8' is negative: trade values cannot be negative")]
    [InlineData(4, "2013,turnover,,,https://a.b/c,q,full year,probable: x", "value_usd_bn", "the row gives neither a value nor a growth rate")]
    [InlineData(4, "2013,turnover,88.8,1.6,,q,full year,probable: x", "source_url", "no source URL: every figure needs the page that stated it")]
    [InlineData(4, "2013,turnover,88.8,1.6,www.a.b,q,full year,probable: x", "source_url", "source URL 'www.a.b' is not an http(s) address")]
    [InlineData(4, "2013,turnover,88.8,1.6,https://a.b/\u0000c,q,full year,probable: x", "source_url", "source URL 'https://a.b/\\u0000c' holds a control character: no page has such an address (a damaged file?)")]
    [InlineData(4, "2013,turnover,88.8,1.6,https://a.b/c,,full year,probable: x", "quote", "no quote: every figure needs the words that state it")]
    [InlineData(4, "2013,turnover,88.8,1.6,https://a.b/c,q,annual,probable: x", "coverage", "coverage 'annual' is none of 'full year', 'Jan-Mon YYYY …' (January to that month) or 'YTD … to ~Mon YYYY …' (an approximate end)")]
    [InlineData(4, "2013,turnover,88.8,1.6,https://a.b/c,q,Jan-Jul 2012 only,probable: x", "coverage", "coverage 'Jan-Jul 2012 only' names 2012, but the row's year is 2013")]
    [InlineData(4, "2013,turnover,88.8,1.6,https://a.b/c,q,YTD to ~Nov 2013,probable: x", "coverage", "coverage 'YTD to ~Nov 2013' gives no exact span, so the value 88.8 bn cannot be stored as a figure of any period")]
    [InlineData(4, "2013,turnover,88.8,1.6,https://a.b/c,q,full year,likely: x", "attribution_confidence", "attribution 'likely: x' does not start with 'explicit' or 'probable' (then ': who stated it')")]
    public void When_one_line_is_defective_then_the_file_is_refused_naming_line_and_field(int lineNo, string replacement, string column, string message)
    {
        using var file = WithLine(s_real, Name, lineNo, replacement);
        var (records, context) = ReadAll(_reader, file.Path);

        var error = Assert.Single(context.Errors);
        Assert.Equal((Name, (long)lineNo, column, message), (error.File, error.Line, error.Column, error.Message));
        Assert.Empty(records);
        Assert.Empty(context.StatedFigures);
        Assert.Empty(context.PublishedRates);
    }

    [Fact]
    public void When_the_header_differs_then_the_file_is_refused_naming_the_expected_header()
    {
        using var file = WithLine(s_real, Name, 1, "year,flow,value,yoy_pct,source_url,quote,coverage,attribution_confidence");
        var (records, context) = ReadAll(_reader, file.Path);

        Assert.Empty(records);
        Assert.Equal(
            "header 'year,flow,value,yoy_pct,source_url,quote,coverage,attribution_confidence' is not 'year,flow,value_usd_bn,yoy_pct,source_url,quote,coverage,attribution_confidence'",
            Assert.Single(context.Errors).Message);
    }

    [Fact]
    public void When_two_reports_of_a_year_disagree_then_the_named_publisher_is_kept_and_the_other_is_a_discrepancy()
    {
        // Line 7 (Putin, probable) says 104 for 2020 as line 6 (Lavrov, probable) does; made 107.76 and explicit here.
        var lines = Lines(s_real);
        lines[6] = lines[6].Replace("2020,turnover,104,", "2020,turnover,107.76,", StringComparison.Ordinal).Replace(",probable: Putin", ",explicit: Putin", StringComparison.Ordinal);
        using var file = Write(Name, lines);
        var (records, context) = ReadAll(_reader, file.Path);

        Assert.Equal(107_760_000_000m, records.Single(r => r.Period == Period.OfYear(2020)).ValueUsd);
        var discrepancy = Assert.Single(context.Discrepancies);
        Assert.Equal((107_760_000_000m, 104_000_000_000m), (discrepancy.ChosenUsd, discrepancy.OtherUsd));
    }
}
