using System.Globalization;
using Turnover.Application;
using Turnover.Core;

namespace Turnover.Presentation.Wording;

/// <summary>
/// How a release's values (<see cref="CurrencyConversion"/>) or a claim's stated amount (<see cref="StatedConversion"/>)
/// were converted to US dollars, in words for tables, captions and JSON.
/// </summary>
internal static class ConversionWording
{
    /// <summary>Where the rates come from: the IMF daily rates and the file they were read from when known.</summary>
    public static string RateSource(CurrencyConversion conversion)
    {
        ArgumentNullException.ThrowIfNull(conversion);
        return conversion.RatesFile is null ? "IMF daily representative exchange rates" : $"IMF daily representative exchange rates ({conversion.RatesFile})";
    }

    /// <summary>One phrase for captions: "converted from CNY to US$ at the monthly mean of the IMF daily rates (file)".</summary>
    public static string Phrase(CurrencyConversion conversion)
    {
        ArgumentNullException.ThrowIfNull(conversion);
        return $"converted from {conversion.From} to US$ at the {CurrencyConversion.Method}" + (conversion.RatesFile is null ? string.Empty : $" ({conversion.RatesFile})");
    }

    /// <summary>
    /// A stated amount's conversion, so that it can be redone by hand: "763.6 bn CNY converted to US$ for 2019 at the
    /// mean of its 12 monthly rates (the monthly mean of the IMF daily rates; file)".
    /// </summary>
    public static string Stated(StatedConversion conversion)
    {
        ArgumentNullException.ThrowIfNull(conversion);
        var amount = conversion.Amount.Amount;
        var written = Math.Abs(amount) >= 100_000_000m
            ? string.Create(CultureInfo.InvariantCulture, $"{amount / 1_000_000_000m:0.###} bn")
            : string.Create(CultureInfo.InvariantCulture, $"{amount:#,0.##}");
        var rate = conversion.Period.Months == 1 ? "that month's rate" : string.Create(CultureInfo.InvariantCulture, $"the mean of its {conversion.Period.Months} monthly rates");
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{written} {conversion.Amount.Currency} converted to US$ for {conversion.Period} at {rate} (the {CurrencyConversion.Method}; {conversion.RatesFile ?? "rates table"})");
    }
}
