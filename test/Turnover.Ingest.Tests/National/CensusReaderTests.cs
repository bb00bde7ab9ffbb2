using System.Text;
using Turnover.Core;
using Turnover.Ingest.National;
using Turnover.Testing;
using static Turnover.Ingest.Tests.National.ReaderRun;

namespace Turnover.Ingest.Tests.National;

public class CensusReaderTests
{
    private const string Name = "us_census_usa_china_monthly.csv";
    private static readonly string s_real = RepoPaths.Data("national", Name);
    private readonly CensusReader _reader = new();

    [Fact]
    public void When_reading_the_real_table_then_every_month_gives_an_export_and_an_import()
    {
        var (records, context) = ReadAll(_reader, s_real);

        Assert.Empty(context.Errors);
        Assert.Equal(228, context.RowsRead);
        Assert.Equal(456, records.Count);
        Assert.All(records, r => Assert.Equal((842, 156), (r.Reporter.Code, r.Partner.Code)));
        Assert.All(records, r => Assert.True(r.Product.IsTotal));
        Assert.Equal(Period.Month(2001, 1), records[0].Period);
        Assert.Equal(Period.Month(2019, 12), records[^1].Period);
        Assert.Equal(228, records.Count(r => r.Flow == Flow.Export));
    }

    [Fact]
    public void When_summing_2019_then_the_totals_equal_the_file_sums_in_whole_dollars()
    {
        // The file's twelve 2019 rows sum to 106,481.3 (exports) and 449,110.8 (imports) million USD.
        var (records, _) = ReadAll(_reader, s_real);
        var year = records.Where(r => r.Period.Year == 2019).ToList();

        Assert.Equal(106_481_300_000m, year.Where(r => r.Flow == Flow.Export).Sum(r => r.ValueUsd));
        Assert.Equal(449_110_800_000m, year.Where(r => r.Flow == Flow.Import).Sum(r => r.ValueUsd));
    }

    [Fact]
    public void When_reading_june_2015_then_values_are_millions_times_one_million_exactly()
    {
        // Line 175: June 2015;9,615.8;41,453.8;-31,838.1
        var (records, _) = ReadAll(_reader, s_real);
        var june = records.Where(r => r.Period == Period.Month(2015, 6)).ToList();

        Assert.Equal(9_615_800_000m, june.Single(r => r.Flow == Flow.Export).ValueUsd);
        Assert.Equal(41_453_800_000m, june.Single(r => r.Flow == Flow.Import).ValueUsd);
        Assert.All(june, r => Assert.Equal(175, r.SourceLine));
        Assert.All(june, r => Assert.Equal(Derivation.Reported, r.Derivation));
    }

    [Fact]
    public void When_sampling_the_real_file_then_it_is_recognised_and_kosis_is_not()
    {
        Assert.True(_reader.Recognises(FileSample.Of(s_real)));
        Assert.False(_reader.Recognises(FileSample.Of(RepoPaths.Data("national", "kosis_korea_china_monthly.csv"))));
    }

    [Fact]
    public void When_a_title_line_names_the_partner_then_it_is_used_and_lines_shift()
    {
        using var file = Write("table.csv", Lines(s_real).Prepend("U.S. Trade in Goods with China"));
        var (records, context) = ReadAll(_reader, file.Path);

        Assert.Empty(context.Errors);
        Assert.Equal(456, records.Count);
        Assert.All(records, r => Assert.Equal(156, r.Partner.Code));
        Assert.Equal(3, records[0].SourceLine);
    }

    [Fact]
    public void When_a_latin1_title_names_the_partner_then_it_is_decoded_and_resolved()
    {
        using var file = Write("table.csv", Lines(s_real).Prepend("U.S. Trade in Goods with Côte d'Ivoire"), encoding: Encoding.Latin1);
        var (records, context) = ReadAll(_reader, file.Path);

        Assert.Empty(context.Errors);
        Assert.All(records, r => Assert.Equal(384, r.Partner.Code));
    }

    [Fact]
    public void When_the_file_is_named_with_the_census_code_then_the_partner_is_china()
    {
        using var file = Write("c5700.csv", Lines(s_real));
        var (records, context) = ReadAll(_reader, file.Path);

        Assert.Empty(context.Errors);
        Assert.All(records, r => Assert.Equal(156, r.Partner.Code));
    }

    [Fact]
    public void When_neither_title_nor_file_name_names_a_partner_then_the_file_is_rejected_with_advice()
    {
        using var file = Write("table.csv", Lines(s_real));
        var (records, context) = ReadAll(_reader, file.Path);

        Assert.Empty(records);
        var error = Assert.Single(context.Errors);
        Assert.Equal(0, error.Line);
        Assert.StartsWith("the Census table has no partner column and none was found in a title line or the file name 'table.csv'; add a title line", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_an_annual_total_row_is_present_then_it_becomes_a_whole_year_record()
    {
        using var file = Write(Name, Lines(s_real).Append("TOTAL 2019;106,481.3;449,110.8;-342,629.5"));
        var (records, context) = ReadAll(_reader, file.Path);

        Assert.Empty(context.Errors);
        var annual = records.Where(r => r.Period == Period.OfYear(2019)).ToList();
        Assert.Equal(106_481_300_000m, annual.Single(r => r.Flow == Flow.Export).ValueUsd);
        Assert.Equal(449_110_800_000m, annual.Single(r => r.Flow == Flow.Import).ValueUsd);
        Assert.All(annual, r => Assert.Equal(230, r.SourceLine));
    }

    [Fact]
    public void When_the_file_has_a_bom_or_lf_line_ends_then_it_reads_the_same()
    {
        var expected = ReadAll(_reader, s_real).Records;
        var lines = Lines(s_real);
        using var lf = Write(Name, lines, "\n");
        using var bom = TempFile.WithBytes(Name, [.. Encoding.UTF8.GetPreamble(), .. File.ReadAllBytes(s_real)]);

        foreach (var path in new[] { lf.Path, bom.Path })
        {
            var (records, context) = ReadAll(_reader, path);
            Assert.Empty(context.Errors);
            Assert.Equal(expected, records);
        }
    }
}
