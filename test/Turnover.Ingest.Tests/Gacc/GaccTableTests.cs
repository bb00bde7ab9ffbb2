using Turnover.Core;
using Turnover.Testing;

namespace Turnover.Ingest.Tests.Gacc;

/// <summary>
/// The GACC country-table layout, on fixtures built from real published Russia figures
/// (test/fixtures/gacc/README.md gives each figure's page).
/// </summary>
public sealed class GaccTableTests
{
    private static readonly Country s_china = CountryCatalog.Default.FromCode(156);
    private static readonly Country s_russia = CountryCatalog.Default.FromCode(643);

    private static string Fixture(string name) => RepoPaths.Fixture("gacc", name);

    [Fact]
    public void When_the_november_2023_table_is_read_then_the_month_and_the_january_november_values_are_separate_records()
    {
        var read = GaccTestRead.Of(Fixture("country_table_2023_11.csv"));

        Assert.Empty(read.Context.Errors);
        Assert.Equal(1, read.Context.RowsRead);
        Assert.Equal(4, read.Records.Count);
        var month = read.Single(Flow.Turnover, Period.Month(2023, 11));
        Assert.Equal((21_500_000_000m, Derivation.Reported, 6L), (month.ValueUsd, month.Derivation, month.SourceLine));
        Assert.Equal(218_170_000_000m, read.Single(Flow.Turnover, Period.YearToDate(2023, 11)).ValueUsd);
        Assert.Equal(100_330_000_000m, read.Single(Flow.Export, Period.YearToDate(2023, 11)).ValueUsd);
        Assert.Equal(117_840_000_000m, read.Single(Flow.Import, Period.YearToDate(2023, 11)).ValueUsd);
        Assert.Equal(Derivation.Cumulative, read.Single(Flow.Import, Period.YearToDate(2023, 11)).Derivation);
        // Empty cells (no published November exports or imports) stay missing.
        Assert.DoesNotContain(read.Records, r => r.Period == Period.Month(2023, 11) && r.Flow != Flow.Turnover);
        Assert.All(read.Records, r => Assert.Equal((s_china, s_russia), (r.Reporter, r.Partner)));
        // No release date line: the calendar's release of November 2023 (7 December, confirmed by a dated report).
        Assert.All(read.Records, r => Assert.Equal(new DateOnly(2023, 12, 7), r.Published));
        Assert.Contains("published 2023-12-07: China's customs release calendar release_dates.csv", read.Context.Note, StringComparison.Ordinal);
        Assert.Equal("GACC Imports and Exports by Country (Region) of Origin/Destination, 11.2023 (USD 1,000), monthly bulletin", read.Context.Dataset);
        Assert.Null(read.Context.Vintage);
    }

    [Fact]
    public void When_the_table_agrees_with_the_news_compilation_then_the_values_are_identical()
    {
        var table = GaccTestRead.Of(Fixture("country_table_2023_10.csv"));
        var news = GaccTestRead.Of(RepoPaths.Data("gacc", "china_russia.csv"));

        Assert.Equal(6, table.Records.Count);
        foreach (var record in table.Records)
        {
            Assert.Equal(news.Single(record.Flow, record.Period).ValueUsd, record.ValueUsd);
        }
    }

    [Fact]
    public void When_the_partner_is_written_russian_federation_then_it_resolves_to_643()
    {
        var read = GaccTestRead.Of(Fixture("country_table_2023_10.csv"));

        Assert.All(read.Records, r => Assert.Equal(643, r.Partner.Code));
        Assert.Equal(8_680_000_000m, read.Single(Flow.Export, Period.Month(2023, 10)).ValueUsd);
        Assert.Equal(106_405_000_000m, read.Single(Flow.Import, Period.YearToDate(2023, 10)).ValueUsd);
    }

    [Fact]
    public void When_the_table_is_a_preliminary_release_in_usd_100_million_then_dataset_vintage_and_values_say_so()
    {
        var read = GaccTestRead.Of(Fixture("country_table_2024_02_preliminary.csv"));

        Assert.Empty(read.Context.Errors);
        Assert.Equal(new DateOnly(2024, 3, 7), read.Context.Vintage);
        Assert.EndsWith("2.2024 (USD 100 million), preliminary release", read.Context.Dataset, StringComparison.Ordinal);
        Assert.Equal(3, read.Records.Count);
        Assert.Equal(37_010_000_000m, read.Single(Flow.Turnover, Period.Span(2024, 1, 2)).ValueUsd);
        Assert.Equal(16_808_000_000m, read.Single(Flow.Export, Period.Span(2024, 1, 2)).ValueUsd);
        Assert.Equal(20_202_000_000m, read.Single(Flow.Import, Period.Span(2024, 1, 2)).ValueUsd);
        Assert.All(read.Records, r => Assert.Equal((Derivation.Cumulative, new DateOnly(2024, 3, 7)), (r.Derivation, r.Published)));
    }

    [Fact]
    public void When_a_january_february_table_also_fills_the_month_column_with_the_same_value_then_one_record_is_kept()
    {
        // Since 2020 the "2" column of a January–February table is January–February too.
        using var copy = MutatedCopy.Of(Fixture("country_table_2024_02_preliminary.csv"), lines => lines.Replace(7, "Russia,,370.1", "Russia,370.1,370.1"));

        var read = GaccTestRead.Of(copy.Path);

        Assert.Empty(read.Context.Errors);
        Assert.Single(read.Records, r => r.Flow == Flow.Turnover);
    }

    [Fact]
    public void When_values_are_in_cny_then_they_are_converted_with_the_mean_of_the_imf_monthly_averages()
    {
        // Conversion arithmetic on the real Jan–Feb 2019 row, relabelled CNY 100 million: the numbers are not CNY
        // figures, the rates are the real IMF averages of January and February 2019.
        using var copy = MutatedCopy.Of(Fixture("country_table_2019_02.csv"), lines => lines.Replace(3, "USD 1,000", "CNY 100 million"));
        var rates = ImfMonthlyRates.Table();

        var read = GaccTestRead.Of(copy.Path, new IngestOptions { ExchangeRates = rates });

        Assert.Empty(read.Context.Errors);
        var january = ImfMonthlyRates.Cny[(2019, 1)];
        var february = ImfMonthlyRates.Cny[(2019, 2)];
        Assert.InRange(january, 6.70m, 6.88m);
        Assert.InRange(february, 6.68m, 6.78m);
        var expected = Math.Round(16_040_000m * 100_000_000m / ((january + february) / 2), 0, MidpointRounding.AwayFromZero);
        var turnover = read.Single(Flow.Turnover, Period.YearToDate(2019, 2));
        Assert.Equal(expected, turnover.ValueUsd);
        Assert.Equal(Derivation.CurrencyConverted, turnover.Derivation);
        // The note states the conversion in the words the answers read back (currency; rates file when recorded).
        Assert.Equal(new Currency("CNY"), CurrencyConversion.FromNote(read.Context.Note)?.From);
    }

    [Fact]
    public void When_values_are_in_cny_and_the_month_has_no_rate_then_the_error_names_the_month()
    {
        // The IMF file ends in 2019: there is no rate for November 2023.
        using var copy = MutatedCopy.Of(Fixture("country_table_2023_11.csv"), lines => lines.Replace(3, "USD 1,000", "CNY 100 million"));

        var read = GaccTestRead.Of(copy.Path, new IngestOptions { ExchangeRates = ImfMonthlyRates.Table() });

        Assert.Empty(read.Records);
        Assert.Equal(2, read.Context.Errors.Count); // November alone, then January–November (first missing: January)
        Assert.Equal((6L, "Total 11", "no CNY rate for 2023-11: cannot convert 21500000 CNY 100 million for 2023-11 to USD"),
            (read.Context.Errors[0].Line, read.Context.Errors[0].Column, read.Context.Errors[0].Message));
        Assert.StartsWith("no CNY rate for 2023-01", read.Context.Errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_rates_hold_no_rate_of_the_tables_currency_then_it_is_one_error_saying_so()
    {
        // Was one "no CNY rate for …" error per period (and, in a longer table, per row), as if a month were missing.
        using var copy = MutatedCopy.Of(Fixture("country_table_2023_11.csv"), lines => lines.Replace(3, "USD 1,000", "CNY 100 million"));
        var yenOnly = new ExchangeRateTable([new MonthlyRate(new Currency("JPY"), 2023, 11, 150m)]) { SourceFile = "yen.csv" };

        var read = GaccTestRead.Of(copy.Path, new IngestOptions { ExchangeRates = yenOnly });

        Assert.Empty(read.Records);
        var error = Assert.Single(read.Context.Errors);
        Assert.Equal(
            (6L, "Total 11", "unknown currency 'CNY': the exchange rates (yen.csv) hold no CNY rate in any month (only JPY), so no value can be converted to USD (unit 'CNY 100 million')"),
            (error.Line, error.Column, error.Message));
    }

    [Fact]
    public void When_values_are_in_cny_and_no_rates_are_given_then_it_is_one_error()
    {
        using var copy = MutatedCopy.Of(Fixture("country_table_2023_11.csv"), lines => lines.Replace(3, "USD 1,000", "CNY 100 million"));

        var read = GaccTestRead.Of(copy.Path);

        var error = Assert.Single(read.Context.Errors);
        Assert.Equal("values are in CNY but no exchange rates were given: cannot convert 2023-11 to USD", error.Message);
    }

    [Fact]
    public void When_a_row_is_the_total_then_the_partner_is_world_and_group_rows_are_skipped()
    {
        // Mechanism only: the Russia values are relabelled; they are not China's total nor Europe's.
        using var copy = MutatedCopy.Of(Fixture("country_table_2023_11.csv"), lines =>
        {
            lines.Add(lines[5].Replace("Russia,", "TOTAL,", StringComparison.Ordinal));
            lines.Add(lines[5].Replace("Russia,", "Europe:,", StringComparison.Ordinal));
            lines.Add(lines[5].Replace("Russia,", "ASEAN,", StringComparison.Ordinal));
            lines.Add("\"1. Figures in shaded areas refer to percentage change over the same period in the previous year.\",,,,,,,,,");
        });

        var read = GaccTestRead.Of(copy.Path);

        Assert.Empty(read.Context.Errors);
        Assert.Equal(4, read.Records.Count(r => r.Partner.IsWorld));
        Assert.Equal(2, read.Context.Skipped["partner group (would double count)"]);
        Assert.Equal(1, read.Context.Skipped["line without values (note or empty row)"]);
    }
}
