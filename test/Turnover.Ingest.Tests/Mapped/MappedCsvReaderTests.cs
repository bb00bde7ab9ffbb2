using Turnover.Core;
using Turnover.Ingest.Mapped;
using Turnover.Ingest.National;
using Turnover.Ingest.Rates;
using Turnover.Ingest.Tests.Rates;
using Turnover.Testing;
using static Turnover.Ingest.Tests.National.ReaderRun;

namespace Turnover.Ingest.Tests.Mapped;

public class MappedCsvReaderTests
{
    private static readonly string s_census = RepoPaths.Data("national", "us_census_usa_china_monthly.csv");
    private static readonly string s_kosis = RepoPaths.Data("national", "kosis_korea_china_monthly.csv");
    private readonly MappedCsvReader _reader = new();

    internal static IngestOptions Mapping(string name) => new() { MappingPath = RepoPaths.Fixture("mapped", name), Clock = FixedClock.On(new DateOnly(2026, 12, 7)) };

    [Fact]
    public void When_the_real_census_table_is_mapped_then_records_equal_the_census_reader()
    {
        var expected = ReadAll(new CensusReader(), s_census).Records;

        var (records, context) = ReadAll(_reader, s_census, Mapping("census_usa_china.json"));

        Assert.Empty(context.Errors);
        Assert.Equal(456, records.Count);
        Assert.Equal(expected, records);
        Assert.Equal("US Census Bureau, U.S. trade in goods by country (monthly, Census basis)", context.Dataset);
        Assert.Equal("values in USD multiplied by 1,000,000 (mapping census_usa_china.json); no publication date given: counted as public from 2026-12-07, the day of this ingest; give --published DATE or publicationLagDays in the mapping to date it earlier", context.Note);
    }

    [Fact]
    public void When_the_real_kosis_download_is_mapped_then_records_equal_the_kosis_reader()
    {
        var expected = ReadAll(new KosisReader(), s_kosis).Records;

        var (records, context) = ReadAll(_reader, s_kosis, Mapping("kosis_korea_china.json"));

        Assert.Empty(context.Errors);
        Assert.Equal(456, records.Count);
        Assert.Equal(expected, records);
    }

    [Fact]
    public void When_columns_are_named_by_position_without_a_header_then_records_equal_the_census_reader()
    {
        var expected = ReadAll(new CensusReader(), s_census).Records;

        var (records, context) = ReadAll(_reader, s_census, Mapping("census_by_position.json"));

        Assert.Empty(context.Errors);
        Assert.Equal(expected, records);
    }

    [Fact]
    public void When_values_are_in_a_long_layout_with_a_flow_column_then_the_figures_equal_the_kosis_reader()
    {
        var expected = ReadAll(new KosisReader(), s_kosis).Records;
        var rows = Lines(s_kosis).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','))
            .SelectMany(f => new[] { $"{f[0]},{f[1]},{f[2]},Exports,{f[3]}", $"{f[0]},{f[1]},{f[2]},Imports,{f[4]}", $"{f[0]},{f[1]},{f[2]},Balance,0" });
        using var file = Write("kosis_long.csv", rows.Prepend("Country,Date,Flow,Value").Append(string.Empty), "\n"); // ends with a line break, as KOSIS files do

        var (records, context) = ReadAll(_reader, file.Path, Mapping("kosis_long_layout.json"));

        Assert.Empty(context.Errors);
        Assert.Equal(expected.Select(r => (r.Reporter, r.Partner, r.Flow, r.Period, r.ValueUsd)), records.Select(r => (r.Reporter, r.Partner, r.Flow, r.Period, r.ValueUsd)));
        Assert.Equal(228, context.Skipped["flow 'Balance' mapped to skip"]);
    }

    [Fact]
    public void When_values_are_declared_cny_then_each_is_divided_by_that_months_average_rate_and_rounded_to_the_cent()
    {
        // Conversion test on real USD figures declared as CNY (test/fixtures/mapped/README.md): not data.
        var fx = RepoPaths.Data("fx", "imf_exchange_rates_daily.csv");
        var rates = ImfExchangeRateReader.Load(fx).Table;
        var options = Mapping("census_2015_declared_cny.json") with { ExchangeRates = rates };
        var fixture = RepoPaths.Fixture("mapped", "census_2015_usd_declared_cny.csv");

        var (records, context) = ReadAll(_reader, fixture, options);

        Assert.Empty(context.Errors);
        Assert.Equal(24, records.Count);
        Assert.All(records, r => Assert.Equal(Derivation.CurrencyConverted, r.Derivation));
        var augustRate = ImfExchangeRateReaderTests.MeanFromRawLines(Lines(fx), 1, "-Aug-2015", out _);
        var august = records.Single(r => r.Period == Period.Month(2015, 8) && r.Flow == Flow.Export);
        // Line 9 of the fixture: August 2015;9,183.5;44,138.1;-34,954.6 (millions). 1,456,409,330.82 was also
        // computed outside .NET (Python decimal, 28 digits, half-even) from the same 21 daily rates.
        Assert.Equal(Math.Round(9_183_500_000m / augustRate, 2), august.ValueUsd);
        Assert.Equal(1_456_409_330.82m, august.ValueUsd);
        Assert.Equal(9L, august.SourceLine);
    }

    [Fact]
    public void When_values_are_cny_and_no_rates_are_given_then_the_file_is_rejected_not_assumed_usd()
    {
        var (records, context) = ReadAll(_reader, RepoPaths.Fixture("mapped", "census_2015_usd_declared_cny.csv"), Mapping("census_2015_declared_cny.json"));

        Assert.Empty(records);
        Assert.Equal("mapping 'census_2015_declared_cny.json' says the values are in CNY, but no exchange rates were given; values are never assumed to be USD", Assert.Single(context.Errors).Message);
    }

    [Fact]
    public void When_a_month_has_no_rate_then_the_error_names_the_month()
    {
        var onlyJanuary = new ExchangeRateTable([new MonthlyRate(new Currency("CNY"), 2015, 1, 6.2m)]);
        var options = Mapping("census_2015_declared_cny.json") with { ExchangeRates = onlyJanuary };

        var (_, context) = ReadAll(_reader, RepoPaths.Fixture("mapped", "census_2015_usd_declared_cny.csv"), options);

        var first = context.Errors[0];
        Assert.Equal((3L, "Month", "no CNY rate for 2015-02: cannot convert the CNY value to USD"), (first.Line, first.Column, first.Message));
        Assert.Equal(11, context.Errors.Count); // one a month, February to December, not one a value
    }

    // The currency or the missing month failed every value of every row alike, and each was an error of its own:
    // hundreds of copies (25 kept) hid the one cause and how far it reached.
    [Fact]
    public void When_the_rates_hold_no_rate_of_the_currency_then_one_error_names_the_first_line_and_counts_the_others()
    {
        var mapping = File.ReadAllText(RepoPaths.Fixture("mapped", "kosis_korea_china.json")).Replace("\"currency\": \"USD\"", "\"currency\": \"XYZ\"", StringComparison.Ordinal);
        using var json = TempFile.WithText("kosis_xyz.json", mapping);
        var options = new IngestOptions { MappingPath = json.Path, ExchangeRates = ImfExchangeRateReader.Load(RepoPaths.Data("fx", "imf_exchange_rates_daily.csv")).Table };

        var (_, context) = ReadAll(_reader, s_kosis, options);

        var error = Assert.Single(context.Errors);
        Assert.Equal(
            "kosis_korea_china_monthly.csv:2: column 'Exports': unknown currency 'XYZ' on line 2 and 227 more lines: the exchange rates (imf_exchange_rates_daily.csv) "
                + "hold no XYZ rate in any month (only CNY, JPY, KRW), so no value can be converted to USD (mapping 'kosis_xyz.json', field 'currency')",
            error.ToString());
    }

    [Fact]
    public void When_a_month_without_a_rate_is_on_many_lines_then_one_error_names_the_first_and_counts_the_others()
    {
        var mapping = File.ReadAllText(RepoPaths.Fixture("mapped", "comtrade_legacy_long.json")).Replace("\"currency\": \"USD\"", "\"currency\": \"CNY\"", StringComparison.Ordinal);
        using var json = TempFile.WithText("legacy_cny.json", mapping);
        var onlyJanuary = new ExchangeRateTable([new MonthlyRate(new Currency("CNY"), 2017, 1, 6.9m)]);

        var (_, context) = ReadAll(_reader, RepoPaths.Fixture("mapped", "comtrade_legacy_us_china_2017_excerpt.csv"), new IngestOptions { MappingPath = json.Path, ExchangeRates = onlyJanuary });

        var error = Assert.Single(context.Errors);
        Assert.Equal("comtrade_legacy_us_china_2017_excerpt.csv:2: column 'Year': no CNY rate for 2017-02 on line 2 and 29 more lines: cannot convert the CNY value to USD", error.ToString());
    }

    [Fact]
    public void When_a_rate_is_so_small_that_a_value_passes_what_a_decimal_holds_then_the_value_is_refused_instead_of_stopping_the_read()
    {
        // January 2015's value over a rate of 10^-20 CNY per USD threw an OverflowException out of the reader.
        var tiny = new ExchangeRateTable([.. Enumerable.Range(1, 12).Select(m => new MonthlyRate(new Currency("CNY"), 2015, m, m == 1 ? 0.00000000000000000001m : 6.2m))]);
        var options = Mapping("census_2015_declared_cny.json") with { ExchangeRates = tiny };

        var (_, context) = ReadAll(_reader, RepoPaths.Fixture("mapped", "census_2015_usd_declared_cny.csv"), options);

        var first = context.Errors[0];
        Assert.Equal(
            (2L, "Month", "9,459,200,000 CNY at 0.00000000000000000001 CNY per USD is more US dollars than Turnover holds (79,228,162,514,264,337,593,543,950,335): cannot convert the CNY value to USD"),
            (first.Line, first.Column, first.Message));
    }

    [Fact]
    public void When_the_mapping_is_not_given_then_the_whole_file_is_an_error()
    {
        var (records, context) = ReadAll(_reader, s_census);

        Assert.Empty(records);
        var error = Assert.Single(context.Errors);
        Assert.Equal((0L, "the 'mapped' format needs a mapping file (--mapping FILE.json); see docs/mapped-csv.md"), (error.Line, error.Message));
    }

    [Fact]
    public void When_the_file_uses_another_delimiter_than_the_mapping_then_the_missing_column_is_named()
    {
        var (_, context) = ReadAll(_reader, s_kosis, Mapping("census_usa_china.json"));

        var error = context.Errors[0];
        Assert.Equal(1, error.Line);
        Assert.Equal("column 'Month' (mapping 'census_usa_china.json', field 'period.column') is not in the header '\"Country\",\"Date\",Exports,Imports'; the header has a single column, is the delimiter ';' right?", error.Message);
    }

    [Fact]
    public void Mapped_files_are_never_auto_detected() =>
        Assert.False(_reader.Recognises(FileSample.Of(s_census)));
}
