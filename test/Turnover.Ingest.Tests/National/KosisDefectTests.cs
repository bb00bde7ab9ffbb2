using Turnover.Ingest.National;
using Turnover.Testing;
using static Turnover.Ingest.Tests.National.ReaderRun;

namespace Turnover.Ingest.Tests.National;

/// <summary>Issue 7: defects that used to be stored as wrong values, on copies of the real KOSIS download.</summary>
public class KosisDefectTests
{
    private const string Name = "kosis_korea_china_monthly.csv";
    private const string RealLine7 = "\"China, peoples' republic of\",\"2001.06\",1647397,1114709";
    private static readonly string s_real = RepoPaths.Data("national", Name);
    private readonly KosisReader _reader = new();

    [Theory]
    [InlineData("\"China, peoples' republic of\",\"2001.06\",1647397,1114,709", "", "row has 5 fields, expected 4 as in the header (an unquoted delimiter inside a value, such as a decimal comma or a thousands separator?)")]
    [InlineData("\"China, peoples' republic of\",\"2001.06\",1647397", "Imports", "row has 3 fields, expected 4 as in the header (line cut short, or a wrong delimiter?)")]
    [InlineData("\"China, peoples' republic of\",\"2001.06\",1647397,NaN", "Imports", "value 'NaN' is not a number (NaN and Infinity are not trade values; leave the cell empty where a value is missing)")]
    [InlineData("\"China, peoples' republic of\",\"2001.06\",1647397,Infinity", "Imports", "value 'Infinity' is not a number (NaN and Infinity are not trade values; leave the cell empty where a value is missing)")]
    [InlineData("\"China, peoples' republic of\",\"2001.06\",1647397,1e308", "Imports", "value '1e308' is too large: above the ceiling of 10^15 USD (40 years of world trade)")]
    [InlineData("\"China, peoples' republic of\",\"2001.06\",1647397,-1114709", "Imports", "value '-1114709' is negative; trade values cannot be negative")]
    [InlineData("\"China, peoples' republic of\",\"2001.06\",1647397,1000000000001", "Imports", "value '1000000000001' stands for 1,000,000,000,001,000 USD, above the ceiling of 10^15 USD (40 years of world trade; a unit or digit slip?)")]
    [InlineData("\"China, peoples' republic of\",\"2001.13\",1647397,1114709", "Date", "period '2001.13' has month 13; months are 1-12")]
    public void When_line_7_is_damaged_then_the_file_is_refused_with_line_column_and_rule(string replacement, string column, string message)
    {
        Assert.Equal(RealLine7, Lines(s_real)[6]);
        using var file = WithLine(s_real, Name, 7, replacement);

        var (_, context) = ReadAll(_reader, file.Path);

        var error = Assert.Single(context.Errors);
        Assert.Equal((7L, column, message), (error.Line, error.Column, error.Message));
    }

    [Fact]
    public void When_the_last_number_is_cut_with_the_end_of_the_file_then_the_missing_line_break_gives_it_away()
    {
        // The real file ends "…,12296986,9023873\n"; cut two digits and the line break.
        var text = File.ReadAllText(s_real);
        Assert.EndsWith(",9023873\n", text, StringComparison.Ordinal);
        using var file = TempFile.WithText(Name, text[..^3]);

        var (_, context) = ReadAll(_reader, file.Path);

        var error = Assert.Single(context.Errors);
        Assert.Equal((229L, "the file ends inside line 229, without a line break: the file looks cut short (KOSIS files end every line with one); download it again"), (error.Line, error.Message));
    }

    [Fact]
    public void When_the_file_has_only_its_header_then_it_is_refused()
    {
        using var file = TempFile.WithText(Name, Lines(s_real)[0] + "\n");

        var (records, context) = ReadAll(_reader, file.Path);

        Assert.Empty(records);
        Assert.Equal("the file has no data rows (empty, or a header only): nothing to store", Assert.Single(context.Errors).Message);
    }
}
