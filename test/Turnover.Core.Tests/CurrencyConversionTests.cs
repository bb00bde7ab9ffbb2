namespace Turnover.Core.Tests;

public sealed class CurrencyConversionTests
{
    [Theory]
    [InlineData("imf_exchange_rates_daily.csv")]
    [InlineData(null)]
    public void When_a_note_carries_a_conversion_then_it_reads_back_the_same(string? ratesFile)
    {
        var conversion = new CurrencyConversion(new Currency("JPY"), ratesFile);

        var note = $"values in JPY multiplied by 1,000, {conversion.ToNote()}, rounded to the cent (mapping japan.json)";

        Assert.Equal(conversion, CurrencyConversion.FromNote(note));
    }

    // Notes as stores written before the conversion phrase said them (GaccTableReader, MappedCsvReader).
    [Theory]
    [InlineData("values in CNY 100 million converted to USD at monthly average rates (mean over the months covered), rounded to whole dollars", "CNY")]
    [InlineData("values in RMB 10,000 converted to USD at monthly average rates (mean over the months covered), rounded to whole dollars", "CNY")]
    [InlineData("values in CNY multiplied by 1,000,000, divided by the monthly average CNY per USD rate and rounded to the cent (mapping census_2015_declared_cny.json)", "CNY")]
    public void When_an_older_note_says_it_converted_then_the_currency_is_known(string note, string currency)
    {
        var conversion = CurrencyConversion.FromNote(note);

        Assert.Equal(new CurrencyConversion(new Currency(currency), null), conversion);
        Assert.Null(conversion!.RatesFile);
    }

    [Theory]
    [InlineData("values in millions of USD multiplied by 1,000,000; Balance checked against Exports - Imports")]
    [InlineData("values in USD 1,000 × 1000; month column as reported, January–month column as cumulative")]
    [InlineData("values in USD multiplied by 1,000 (mapping kosis_korea_china.json)")]
    [InlineData("")]
    public void When_a_note_is_of_dollar_figures_then_there_is_no_conversion(string note) =>
        Assert.Null(CurrencyConversion.FromNote(note));
}
