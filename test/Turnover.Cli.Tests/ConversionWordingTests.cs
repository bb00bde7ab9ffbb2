using Turnover.Application;
using Turnover.Core;
using Turnover.Presentation.Wording;

namespace Turnover.Cli.Tests;

public sealed class ConversionWordingTests
{
    [Fact]
    public void When_described_then_currency_method_and_rates_file_are_named() =>
        Assert.Equal(
            "converted from CNY to US$ at the monthly mean of the IMF daily rates (imf_exchange_rates_daily.csv)",
            ConversionWording.Phrase(new CurrencyConversion(new Currency("CNY"), "imf_exchange_rates_daily.csv")));

    [Fact]
    public void When_the_rates_file_was_not_recorded_then_the_phrase_and_the_rate_source_leave_it_out()
    {
        var conversion = new CurrencyConversion(new Currency("CNY"), null);

        Assert.Equal("converted from CNY to US$ at the monthly mean of the IMF daily rates", ConversionWording.Phrase(conversion));
        Assert.Equal("IMF daily representative exchange rates", ConversionWording.RateSource(conversion));
    }

    [Theory]
    [InlineData("imf_exchange_rates_daily.csv", "765 bn CNY converted to US$ for 2019 at the mean of its 12 monthly rates (the monthly mean of the IMF daily rates; imf_exchange_rates_daily.csv)")]
    [InlineData(null, "765 bn CNY converted to US$ for 2019 at the mean of its 12 monthly rates (the monthly mean of the IMF daily rates; rates table)")]
    public void When_a_stated_amount_was_converted_then_the_amount_period_method_and_rates_are_named(string? file, string expected) =>
        Assert.Equal(expected, ConversionWording.Stated(new StatedConversion(new Money(765_000_000_000m, new Currency("CNY")), Period.OfYear(2019), file)));

    [Fact]
    public void When_a_month_was_converted_then_its_own_rate_is_named_and_a_small_amount_keeps_its_digits() =>
        Assert.Equal(
            "54,321.5 CNY converted to US$ for 2019-11 at that month's rate (the monthly mean of the IMF daily rates; rates table)",
            ConversionWording.Stated(new StatedConversion(new Money(54_321.5m, new Currency("CNY")), Period.Month(2019, 11), null)));
}
