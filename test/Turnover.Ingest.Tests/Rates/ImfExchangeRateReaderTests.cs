using System.Globalization;
using System.Text;
using Turnover.Core;
using Turnover.Ingest.Rates;
using Turnover.Testing;
using static Turnover.Ingest.Tests.National.ReaderRun;

namespace Turnover.Ingest.Tests.Rates;

public class ImfExchangeRateReaderTests
{
    private const string Name = "imf_exchange_rates_daily.csv";
    private static readonly string s_real = RepoPaths.Data("fx", Name);
    private static readonly Currency s_cny = new("CNY");
    private static readonly Currency s_krw = new("KRW");

    /// <summary>The arithmetic mean of one currency's non-empty daily cells in one month, straight from the raw lines.</summary>
    internal static decimal MeanFromRawLines(string[] lines, int column, string monthSuffix, out int days)
    {
        var rates = lines.Skip(1)
            .Where(l => l.Split(';')[0].EndsWith(monthSuffix, StringComparison.Ordinal))
            .Select(l => l.Split(';')[column])
            .Where(c => c.Length > 0)
            .Select(c => decimal.Parse(c, CultureInfo.InvariantCulture))
            .ToList();
        days = rates.Count;
        return rates.Sum() / rates.Count;
    }

    [Fact]
    public void When_loading_the_real_file_then_every_currency_month_with_a_rate_has_an_average()
    {
        var result = ImfExchangeRateReader.Load(s_real);

        Assert.True(result.Succeeded);
        Assert.Empty(result.Warnings);
        // 228 months x 3 currencies, less KRW in January and February 2001, which the file leaves empty.
        Assert.Equal(682, result.Table.Rates.Count());
        Assert.False(result.Table.TryGetRate(s_krw, 2001, 1, out _));
        Assert.True(result.Table.TryGetRate(s_krw, 2001, 3, out _));
    }

    [Fact]
    public void When_the_table_is_asked_what_it_holds_then_it_names_its_currencies_and_each_ones_months()
    {
        var table = ImfExchangeRateReader.Load(s_real).Table;

        // USD is the file's unit (its column is 1 throughout), no rate of its own.
        Assert.Equal(["CNY", "JPY", "KRW"], table.Currencies.Select(c => c.Code));
        Assert.Equal(new RateMonths(Period.Month(2001, 3), Period.Month(2019, 12)), table.MonthsOf(s_krw));
        Assert.Equal(new RateMonths(Period.Month(2001, 1), Period.Month(2019, 12)), table.MonthsOf(new Currency("CNY")));
        Assert.Null(table.MonthsOf(new Currency("RUB")));
    }

    [Fact]
    public void When_averaging_cny_in_august_2015_then_it_is_the_exact_mean_of_the_21_daily_rates()
    {
        var expected = MeanFromRawLines(Lines(s_real), 1, "-Aug-2015", out var days);

        var result = ImfExchangeRateReader.Load(s_real);

        Assert.Equal(21, days);
        Assert.True(result.Table.TryGetRate(s_cny, 2015, 8, out var rate));
        Assert.Equal(expected, rate);
        Assert.Equal(132.4171m / 21, rate);
    }

    [Fact]
    public void When_a_day_is_a_holiday_then_the_mean_is_over_the_other_days()
    {
        // 14-Aug-2015 has no KRW rate: the mean is over 20 days, not 21 with a zero.
        var expected = MeanFromRawLines(Lines(s_real), 3, "-Aug-2015", out var days);

        Assert.True(ImfExchangeRateReader.Load(s_real).Table.TryGetRate(s_krw, 2015, 8, out var rate));
        Assert.Equal(20, days);
        Assert.Equal(expected, rate);
    }

    [Fact]
    public void When_the_last_row_has_the_corrupt_usd_cell_then_it_is_excluded_and_reported()
    {
        // The defect described in shared/data/README.md: the last row's USD cell 14840 instead of 1 (see fixtures/rates/README.md).
        var lines = Lines(s_real);
        Assert.Equal("30-Dec-2019;6.987;109.12;1160.9;1", lines[^1]);
        lines[^1] = "30-Dec-2019;6.987;109.12;1160.9;14840";
        using var file = Write(Name, lines);

        var result = ImfExchangeRateReader.Load(file.Path);

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(new IngestError(Name, 4841, "USD", "USD cell '14840' should be 1 (units per USD of USD itself); the row is corrupt and not used"), warning);
        var withoutLastRow = MeanFromRawLines(lines[..^1], 1, "-Dec-2019", out _);
        Assert.True(result.Table.TryGetRate(s_cny, 2019, 12, out var rate));
        Assert.Equal(withoutLastRow, rate);
        Assert.NotEqual(MeanFromRawLines(Lines(s_real), 1, "-Dec-2019", out _), rate);
    }

    [Theory]
    [InlineData(2, "02-Jan-2001;abc;;;1", 2, "CNY", "rate 'abc' is not a positive number; this cell is not used")]
    [InlineData(2, "02-Jan-2001;-8.2779;;;1", 2, "CNY", "rate '-8.2779' is not a positive number; this cell is not used")]
    [InlineData(2, "02-Jan-2001;0;;;1", 2, "CNY", "rate '0' is not a positive number; this cell is not used")]
    [InlineData(2, "02-Jnu-2001;8.2779;;;1", 2, "Date", "date '02-Jnu-2001' is not dd-MMM-yyyy (e.g. 02-Jan-2001); row not used")]
    [InlineData(2, "31-Feb-2001;8.2779;;;1", 2, "Date", "date '31-Feb-2001' is not dd-MMM-yyyy (e.g. 02-Jan-2001); row not used")]
    [InlineData(3, "02-Jan-2001;8.2773;;;1", 3, "Date", "date 2001-01-02 appears twice; the first row is used")]
    [InlineData(4841, "30-Dec-2019;6.987;109", 4841, "KRW", "row has 3 of 5 fields (line cut short?); row not used")]
    public void When_one_row_is_defective_then_it_is_a_warning_naming_line_and_column(int lineNo, string replacement, long line, string column, string message)
    {
        using var file = WithLine(s_real, Name, lineNo, replacement);

        var result = ImfExchangeRateReader.Load(file.Path);

        Assert.True(result.Succeeded);
        Assert.Equal(new IngestError(Name, line, column, message), Assert.Single(result.Warnings));
    }

    [Theory]
    [InlineData("Date,CNY,JPY,KRW,USD", 1, "", "header 'Date,CNY,JPY,KRW,USD' is not ';'-separated: expected 'Date;CNY;JPY;KRW;USD'")]
    [InlineData("Day;CNY;JPY;KRW;USD", 1, "", "header 'Day;CNY;JPY;KRW;USD' has no column 'Date': expected 'Date;CNY;JPY;KRW;USD'")]
    [InlineData("Date;Yuan;JPY;KRW;USD", 1, "Yuan", "column 'Yuan' is not a three-letter currency code (ISO 4217)")]
    public void When_the_header_is_wrong_then_the_file_is_an_error_and_the_table_empty(string header, long line, string column, string message)
    {
        using var file = WithLine(s_real, Name, 1, header);

        var result = ImfExchangeRateReader.Load(file.Path);

        Assert.False(result.Succeeded);
        Assert.Equal(new IngestError(Name, line, column, message), Assert.Single(result.Errors));
        Assert.Empty(result.Table.Rates);
    }

    [Fact]
    public void When_the_file_has_a_bom_and_lf_line_ends_then_the_averages_are_the_same()
    {
        var expected = ImfExchangeRateReader.Load(s_real).Table.Rates.OrderBy(r => (r.Currency.Code, r.Year, r.Month)).ToList();
        using var file = TempFile.WithBytes(Name, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(string.Join("\n", Lines(s_real)) + "\n")]);

        var result = ImfExchangeRateReader.Load(file.Path);

        Assert.Empty(result.Warnings);
        Assert.Equal(expected, result.Table.Rates.OrderBy(r => (r.Currency.Code, r.Year, r.Month)));
    }

    [Fact]
    public void When_a_latin1_byte_follows_the_utf8_start_then_the_error_names_its_line()
    {
        var lines = Lines(s_real);
        lines[2999] = "02-Jan-2001;8.2779;;;1 \u00e9";
        using var file = Write(Name, lines, encoding: Encoding.Latin1);

        var result = ImfExchangeRateReader.Load(file.Path);

        Assert.Equal(new IngestError(Name, 3000, string.Empty, "byte 0xE9 is not valid UTF-8, but the file starts as UTF-8: save the whole file in one encoding (UTF-8, or Latin-1 throughout)"), Assert.Single(result.Errors));
    }

    [Fact]
    public void When_sampling_then_the_rate_file_is_recognised_and_a_trade_file_is_not()
    {
        Assert.True(ImfExchangeRateReader.Recognises(FileSample.Of(s_real)));
        Assert.False(ImfExchangeRateReader.Recognises(FileSample.Of(RepoPaths.Data("national", "us_census_usa_china_monthly.csv"))));
    }
}
