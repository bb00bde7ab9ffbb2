using Turnover.Core;
using Turnover.Ingest.Rates;
using Turnover.Testing;
using static Turnover.Ingest.Tests.National.ReaderRun;

namespace Turnover.Ingest.Tests.Rates;

/// <summary>Issue 7: field counts and empty files in copies of the real IMF daily-rate file.</summary>
public class RateDefectTests
{
    private const string Name = "imf_exchange_rates_daily.csv";
    private static readonly string s_real = RepoPaths.Data("fx", Name);

    [Fact]
    public void When_a_row_has_an_extra_field_then_it_is_left_out_with_a_warning()
    {
        using var file = WithLine(s_real, Name, 2, "02-Jan-2001;8;2779;;;1");

        var result = ImfExchangeRateReader.Load(file.Path);

        Assert.True(result.Succeeded);
        Assert.Equal(new IngestError(Name, 2, string.Empty, "row has 6 fields, expected 5 as in the header (a decimal comma or a stray ';'?); row not used"), Assert.Single(result.Warnings));
    }

    [Fact]
    public void When_a_rate_has_a_decimal_comma_then_the_cell_is_left_out_with_a_warning()
    {
        using var file = WithLine(s_real, Name, 2, "02-Jan-2001;8,2779;;;1");

        var result = ImfExchangeRateReader.Load(file.Path);

        Assert.Equal(new IngestError(Name, 2, "CNY", "rate '8,2779' is not a positive number; this cell is not used"), Assert.Single(result.Warnings));
    }

    [Fact]
    public void When_the_last_line_is_cut_before_its_usd_cell_then_the_row_is_left_out_with_a_warning()
    {
        // The real file ends "30-Dec-2019;6.987;109.12;1160.9;1" without a line break; cut the final "1".
        var text = File.ReadAllText(s_real);
        Assert.EndsWith(";1160.9;1", text, StringComparison.Ordinal);
        using var file = TempFile.WithText(Name, text[..^1]);

        var result = ImfExchangeRateReader.Load(file.Path);

        Assert.Equal(new IngestError(Name, 4841, "USD", "USD cell '' should be 1 (units per USD of USD itself); the row is corrupt and not used"), Assert.Single(result.Warnings));
    }

    [Fact]
    public void When_a_months_rates_are_too_large_to_add_up_then_they_are_left_out_instead_of_stopping_the_load()
    {
        // Two days of January 2001 at the largest decimal: their sum overflowed, and the OverflowException ended the ingest.
        var lines = Lines(s_real);
        Assert.StartsWith("02-Jan-2001;8.2779;", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("03-Jan-2001;8.2773;", lines[2], StringComparison.Ordinal);
        lines[1] = lines[1].Replace("8.2779", "79228162514264337593543950335", StringComparison.Ordinal);
        lines[2] = lines[2].Replace("8.2773", "79228162514264337593543950335", StringComparison.Ordinal);
        using var file = Write(Name, lines);

        var result = ImfExchangeRateReader.Load(file.Path);

        Assert.True(result.Succeeded);
        const string Rule = "is out of range: above 2,555,747,177,879,494,761,082,062,914, the largest daily rate a month's average is taken of; this cell is not used";
        Assert.Equal(
            [new IngestError(Name, 2, "CNY", $"rate '79228162514264337593543950335' {Rule}"), new IngestError(Name, 3, "CNY", $"rate '79228162514264337593543950335' {Rule}")],
            result.Warnings);
        Assert.True(result.Table.TryGetRate(new Currency("CNY"), 2001, 1, out _));
    }

    [Fact]
    public void When_a_rate_is_below_a_millionth_then_the_cell_is_left_out_naming_the_limit()
    {
        using var file = WithLine(s_real, Name, 2, "02-Jan-2001;0.00000000000000000001;;;1");

        var result = ImfExchangeRateReader.Load(file.Path);

        Assert.Equal(
            new IngestError(Name, 2, "CNY", "rate '0.00000000000000000001' is out of range: below 0.000001, the smallest daily rate kept (no currency's unit is worth a million US dollars); this cell is not used"),
            Assert.Single(result.Warnings));
    }

    [Fact]
    public void When_the_file_has_only_its_header_then_it_is_an_error()
    {
        using var file = TempFile.WithText(Name, "Date;CNY;JPY;KRW;USD\r\n");

        var result = ImfExchangeRateReader.Load(file.Path);

        Assert.False(result.Succeeded);
        Assert.Equal("the file has no rates, only the header 'Date;CNY;JPY;KRW;USD'", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void When_the_real_file_ends_without_a_line_break_then_it_is_read_whole()
    {
        Assert.False(File.ReadAllText(s_real).EndsWith('\n'));

        var result = ImfExchangeRateReader.Load(s_real);

        Assert.True(result.Succeeded);
        Assert.Empty(result.Warnings);
        Assert.True(result.Table.TryGetRate(new Currency("CNY"), 2019, 12, out _));
    }
}
