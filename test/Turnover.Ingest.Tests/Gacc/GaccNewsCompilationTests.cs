using Turnover.Core;
using Turnover.Ingest.Gacc;
using Turnover.Testing;

namespace Turnover.Ingest.Tests.Gacc;

/// <summary>The news-report compilation, read from the real bundled file data/gacc/china_russia.csv.</summary>
public sealed class GaccNewsCompilationTests
{
    private static readonly string s_path = RepoPaths.Data("gacc", "china_russia.csv");
    private static readonly Lazy<GaccTestRead> s_read = new(() => GaccTestRead.Of(s_path));
    private static readonly Country s_china = CountryCatalog.Default.FromCode(156);
    private static readonly Country s_russia = CountryCatalog.Default.FromCode(643);

    private static GaccTestRead Read => s_read.Value;

    private static string LineOf(long line) => File.ReadLines(s_path).ElementAt((int)line - 1);

    [Fact]
    public void When_the_real_compilation_is_read_then_there_is_no_error_and_the_counts_are_exact()
    {
        Assert.Empty(Read.Context.Errors);
        Assert.Equal(373, Read.Context.RowsRead);
        Assert.Equal(244, Read.Records.Count);
        Assert.Equal(22, Read.Context.Skipped["growth rate only, no value"]);
        Assert.Equal(130, Read.Context.Skipped["repeated report of a figure (agrees within rounding)"]);
        Assert.Equal(3, Read.Context.Skipped["report disagreeing beyond rounding (kept as a discrepancy)"]);

        // 373 rows = 22 growth-only + 130 repeats + 3 disagreeing + 218 kept reports; 26 months come from differencing.
        Assert.Equal(218, Read.Records.Count(r => r.Derivation != Derivation.DifferencedFromCumulative));
        Assert.Equal(26, Read.Records.Count(r => r.Derivation == Derivation.DifferencedFromCumulative));
        Assert.Equal(106, Read.Records.Count(r => r.Derivation == Derivation.Cumulative));
        Assert.Equal(36, Read.Context.Discrepancies.Count);
        Assert.All(Read.Records, r => Assert.Equal(s_china, r.Reporter));
        Assert.All(Read.Records, r => Assert.Equal(s_russia, r.Partner));
        Assert.All(Read.Records, r => Assert.True(r.Product.IsTotal));
        Assert.Equal(Read.Records.Count, Read.Records.Select(r => (r.Period, r.Flow)).Distinct().Count());
    }

    [Fact]
    public void When_2022_is_reported_as_190_190_27_and_190_271_then_the_most_precise_agreeing_value_is_kept()
    {
        var year = Read.Single(Flow.Turnover, Period.OfYear(2022));

        Assert.Equal(190_271_000_000m, year.ValueUsd);
        Assert.Equal(Derivation.Reported, year.Derivation);
        Assert.StartsWith("2022,annual,turnover,190.271,29.3,", LineOf(year.SourceLine), StringComparison.Ordinal);
        // NHK's page (…/news/20230113_36/) reported "$190 billion", which agrees within rounding: its date counts.
        Assert.Equal(new DateOnly(2023, 1, 13), year.Published);
        Assert.DoesNotContain(Read.Context.Discrepancies, d => d.Period == Period.OfYear(2022) && d.Flow == Flow.Turnover);
    }

    [Fact]
    public void When_2017_is_reported_as_84_07_and_80_07_then_84_07_is_kept_because_exports_plus_imports_give_84_08()
    {
        var turnover = Read.Single(Flow.Turnover, Period.OfYear(2017));
        var exports = Read.Single(Flow.Export, Period.OfYear(2017));
        var imports = Read.Single(Flow.Import, Period.OfYear(2017));
        var conflict = Assert.Single(Read.Context.Discrepancies, d => d.Period == Period.OfYear(2017));

        Assert.Equal(84_070_000_000m, turnover.ValueUsd);
        // 42.88 + 41.2 = 84.08: within the 0.1 rounding of 41.2 of 84.07, four billion away from 80.07.
        Assert.Equal(84_080_000_000m, exports.ValueUsd + imports.ValueUsd);
        Assert.Equal(84_070_000_000m, conflict.ChosenUsd);
        Assert.Equal(80_070_000_000m, conflict.OtherUsd);
        Assert.Contains("russia-insider.com", conflict.OtherEvidence, StringComparison.Ordinal);
        Assert.Equal("5 of 6 reports agree with 84.07 within rounding, 1 with 80.07; exports + imports = 84.08", conflict.Reason);
    }

    [Fact]
    public void When_january_to_november_2023_is_read_then_turnover_is_218_17_bn_published_on_the_calendar_day()
    {
        var ytd = Read.Single(Flow.Turnover, Period.YearToDate(2023, 11));

        Assert.Equal(218_170_000_000m, ytd.ValueUsd);
        Assert.Equal(Derivation.Cumulative, ytd.Derivation);
        // Neither page's URL carries a date; the release calendar has November 2023 out on 7 December 2023.
        Assert.Equal(new DateOnly(2023, 12, 7), ytd.Published);
    }

    [Fact]
    public void When_two_consecutive_year_to_date_totals_exist_then_the_month_is_their_exact_difference()
    {
        var october = Read.Single(Flow.Export, Period.YearToDate(2023, 10));
        var november = Read.Single(Flow.Export, Period.YearToDate(2023, 11));
        var month = Read.Single(Flow.Export, Period.Month(2023, 11));

        Assert.Equal(90_076_000_000m, october.ValueUsd);
        Assert.Equal(100_330_000_000m, november.ValueUsd);
        Assert.Equal(10_254_000_000m, month.ValueUsd);
        Assert.Equal(Derivation.DifferencedFromCumulative, month.Derivation);
        Assert.Equal(november.Published, month.Published);
        Assert.Equal(november.SourceLine, month.SourceLine);
    }

    [Fact]
    public void When_december_follows_a_january_november_total_then_it_is_the_annual_figure_minus_that_total()
    {
        var december = Read.Single(Flow.Turnover, Period.Month(2021, 12));

        Assert.Equal(16_487_000_000m, december.ValueUsd); // 146.887 − 130.4
        Assert.Equal(Derivation.DifferencedFromCumulative, december.Derivation);
    }

    [Theory]
    [InlineData(2021, 7)]
    [InlineData(2024, 3)]
    [InlineData(2024, 4)]
    [InlineData(2024, 10)]
    [InlineData(2020, 6)]
    public void When_no_page_reported_a_month_and_no_two_consecutive_totals_bracket_it_then_it_is_absent(int year, int month)
    {
        Assert.DoesNotContain(Read.Records, r => r.Period == Period.Month(year, month));
    }

    [Fact]
    public void When_january_february_is_published_combined_then_it_is_one_span_and_january_is_absent()
    {
        var janFeb = Read.Single(Flow.Turnover, Period.Span(2024, 1, 2));

        Assert.Equal(37_010_000_000m, janFeb.ValueUsd);
        Assert.Equal(new DateOnly(2024, 3, 7), janFeb.Published);
        Assert.DoesNotContain(Read.Records, r => r.Period == Period.Month(2024, 1) || r.Period == Period.Month(2024, 2));
    }

    [Fact]
    public void When_a_reported_month_agrees_with_the_difference_within_rounding_then_it_is_kept_without_discrepancy()
    {
        // 190.271 − 172.4 = 17.871 (±0.101); the page said 17.8.
        var december = Read.Single(Flow.Turnover, Period.Month(2022, 12));

        Assert.Equal(17_800_000_000m, december.ValueUsd);
        Assert.Equal(Derivation.Reported, december.Derivation);
        Assert.DoesNotContain(Read.Context.Discrepancies, d => d.Period == Period.Month(2022, 12) && d.Flow == Flow.Turnover);
    }

    [Fact]
    public void When_a_reported_month_disagrees_with_the_difference_then_the_month_is_kept_and_the_difference_listed()
    {
        var november = Read.Single(Flow.Turnover, Period.Month(2023, 11));
        var conflict = Assert.Single(Read.Context.Discrepancies, d => d.Period == Period.Month(2023, 11) && d.Flow == Flow.Turnover);

        Assert.Equal(21_500_000_000m, november.ValueUsd);
        Assert.Equal(21_500_000_000m, conflict.ChosenUsd);
        Assert.Equal(21_690_000_000m, conflict.OtherUsd); // 218.17 − 196.48
        Assert.StartsWith("reported month kept", conflict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_page_swaps_exports_and_imports_then_the_values_are_relabelled_and_listed()
    {
        var exports = Read.Single(Flow.Export, Period.Month(2023, 6));
        var imports = Read.Single(Flow.Import, Period.Month(2023, 6));
        var turnover = Read.Single(Flow.Turnover, Period.Month(2023, 6));

        Assert.Equal(9_551_000_000m, exports.ValueUsd);
        Assert.Equal(11_280_000_000m, imports.ValueUsd);
        Assert.Equal(turnover.ValueUsd, exports.ValueUsd + imports.ValueUsd);
        Assert.StartsWith("2023-06,month,china_imports,9.551,", LineOf(exports.SourceLine), StringComparison.Ordinal);
        Assert.Equal(2, Read.Context.Discrepancies.Count(d => d.Period == Period.Month(2023, 6) && d.Reason.Contains("swaps", StringComparison.Ordinal)));
    }

    [Fact]
    public void When_equally_supported_values_agree_then_consistency_with_the_other_flows_decides()
    {
        // 61.44 and 61.45 (one report each) both agree; turnover − exports = 97.71 − 36.26 = 61.45.
        Assert.Equal(61_450_000_000m, Read.Single(Flow.Import, Period.YearToDate(2022, 7)).ValueUsd);
        // 7.17 and 7.16 both agree; exports + imports = 3.947 + 3.216 = 7.163 is closer to 7.16.
        Assert.Equal(7_160_000_000m, Read.Single(Flow.Turnover, Period.Month(2016, 12)).ValueUsd);
    }

    [Fact]
    public void When_only_one_report_each_disagrees_then_the_more_precise_is_kept_and_the_other_listed()
    {
        var conflict = Assert.Single(Read.Context.Discrepancies, d => d.Period == Period.OfYear(2013));

        Assert.Equal(89_210_000_000m, conflict.ChosenUsd);
        Assert.Equal(88_800_000_000m, conflict.OtherUsd);
        Assert.Equal("equal support (1 of 2); 89.21 is more precise", conflict.Reason);
    }

    [Fact]
    public void When_95_4_differs_from_95_28_beyond_its_rounding_then_it_is_listed_but_95_is_not()
    {
        var conflict = Assert.Single(Read.Context.Discrepancies, d => d.Period == Period.OfYear(2014));

        Assert.Equal(95_280_000_000m, conflict.ChosenUsd);
        Assert.Equal(95_400_000_000m, conflict.OtherUsd);
        Assert.Contains("newsghana", conflict.OtherEvidence, StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_page_url_carries_a_plausible_date_then_it_is_the_published_date_without_a_calendar()
    {
        var read = GaccTestRead.Of(s_path, new IngestOptions { GaccCalendar = GaccReleaseCalendar.Empty });

        Assert.Equal(new DateOnly(2023, 11, 7), read.Single(Flow.Turnover, Period.YearToDate(2023, 10)).Published);
        Assert.Equal(new DateOnly(2022, 5, 9), read.Single(Flow.Turnover, Period.YearToDate(2022, 4)).Published); // monocle.ru/2022/05/9/
        Assert.Equal(new DateOnly(2022, 12, 10), read.Single(Flow.Turnover, Period.YearToDate(2022, 11)).Published); // no dated URL: estimate
    }

    [Fact]
    public void When_the_only_dated_page_is_a_late_retrospective_then_the_estimate_dates_the_figure_without_a_calendar()
    {
        // 2023's total is dated by a Moscow Times page of 2024-11-14; China's customs released it in January 2024.
        var read = GaccTestRead.Of(s_path, new IngestOptions { GaccCalendar = GaccReleaseCalendar.Empty });

        Assert.Equal(new DateOnly(2024, 1, 14), read.Single(Flow.Turnover, Period.OfYear(2023)).Published);
    }

    [Fact]
    public void When_the_file_has_a_bom_and_lf_line_ends_instead_of_crlf_then_the_records_are_the_same()
    {
        // The bundled file has CRLF line ends and no BOM.
        var text = File.ReadAllText(s_path).Replace("\r\n", "\n", StringComparison.Ordinal);
        using var copy = TempFile.WithBytes("china_russia.csv", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(text)]);

        var read = GaccTestRead.Of(copy.Path);

        Assert.Equal(string.Empty, read.ErrorsText);
        Assert.Equal(Read.Records, read.Records);
    }

    [Fact]
    public void When_the_sample_is_the_news_header_or_a_gacc_table_then_the_reader_recognises_it()
    {
        var reader = new GaccReader();

        Assert.Equal("gacc", reader.Format);
        Assert.Equal(SourceKind.Gacc, reader.Source);
        Assert.True(reader.Recognises(FileSample.Of(s_path)));
        Assert.True(reader.Recognises(FileSample.Of(RepoPaths.Fixture("gacc", "country_table_2023_11.csv"))));
        Assert.False(reader.Recognises(FileSample.FromText("x.csv", "Date;CNY;JPY;KRW;USD\n02-Jan-2001;8.2779;;;1\n")));
    }
}
