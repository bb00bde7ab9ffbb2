using Turnover.Testing;
using static Turnover.Ingest.Tests.Baci.BaciTestFiles;

namespace Turnover.Ingest.Tests.Baci;

/// <summary>Issue 7: defects refused by the BACI reader, on copies of the CEPII-layout fixture (LF, zero-padded codes).</summary>
public sealed class BaciDefectTests
{
    private const string Name = "BACI_HS92_Y2021_V202301.csv";

    [Theory]
    [InlineData(2, "2021,4,24,38239,52.051,       13.235", "k", "product '38239': HS code 038239 has heading 0382, which does not exist (chapter 03 ends at 0309); a digit lost or added?")]
    [InlineData(17, "2021,4,156,80420,110.928,       59.962", "k", "product '80420' has 5 digits, but this file writes HS codes with their leading zero (line 12): a digit is missing")]
    [InlineData(2, "2021,4,24,772390,52.051,       13.235", "k", "product '772390': HS code 772390 is in chapter 77, which does not exist (chapters run 01-99 without 77)")]
    [InlineData(2, "2021,4,24,382390,52.051,       13.235,7", "", "line has 7 fields, expected 6 (t,i,j,k,v,q)")]
    [InlineData(2, "2021,4,24,382390,NaN,       13.235", "v", "value 'NaN' is not a number (NaN and Infinity are not trade values; leave the cell empty where a value is missing)")]
    [InlineData(2, "2021,4,24,382390,Infinity,       13.235", "v", "value 'Infinity' is not a number (NaN and Infinity are not trade values; leave the cell empty where a value is missing)")]
    [InlineData(2, "2021,4,24,382390,1e308,       13.235", "v", "value '1e308' is too large: above the ceiling of 10^15 USD (40 years of world trade)")]
    [InlineData(2, "2021,4,24,382390,-52.051,       13.235", "v", "value '-52.051' is negative (trade values and quantities are never negative)")]
    [InlineData(2, "2021,4,24,382390,1000000000000.001,       13.235", "v", "value '1000000000000.001' stands for 1,000,000,000,000,001 USD, above the ceiling of 10^15 USD (40 years of world trade; a unit or digit slip?)")]
    [InlineData(2, "2021,4,999,382390,52.051,       13.235", "j", "unknown country code 999 (not in the BACI country table)")]
    public void When_a_row_is_damaged_then_the_file_is_refused_with_line_column_and_rule(int line, string replacement, string column, string message)
    {
        var lines = File.ReadAllText(CepiiLayout).Split('\n');
        lines[line - 1] = replacement;
        using var file = TempFile.WithText(Name, string.Join('\n', lines));

        var (_, context) = Read(file.Path);

        var error = Assert.Single(context.Errors);
        Assert.Equal((line, column, message), (error.Line, error.Column, error.Message));
    }

    [Fact]
    public void When_the_last_value_is_cut_with_the_end_of_the_file_then_the_missing_line_break_gives_it_away()
    {
        var text = File.ReadAllText(CepiiLayout);
        Assert.EndsWith(",4.142,       20.000\n", text, StringComparison.Ordinal);
        using var file = TempFile.WithText(Name, text[..^5]);

        var (_, context) = Read(file.Path);

        var error = Assert.Single(context.Errors);
        Assert.Equal((22L, "the file ends inside line 22, without a line break: the file looks cut short (CEPII BACI files end every line with one); download it again"), (error.Line, error.Message));
    }

    [Fact]
    public void When_the_file_has_only_its_header_then_it_is_refused()
    {
        using var file = TempFile.WithText(Name, "t,i,j,k,v,q\n");

        var (records, context) = Read(file.Path);

        Assert.Empty(records);
        Assert.Equal("the file has no data rows (empty, or a header only): nothing to store", Assert.Single(context.Errors).Message);
    }

    [Fact]
    public void When_the_r_rewrite_drops_leading_zeros_throughout_then_it_is_read_whole()
    {
        var (records, context) = Read(RLayout);

        Assert.Empty(context.Errors);
        Assert.Equal(3070, records.Count);
        Assert.Contains(records, r => r.Product.ToString() == "080420");
    }
}
