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

    /// <summary>A stated amount's conversion: "765000000000 CNY converted to US$ for 2019 at the monthly mean of the IMF daily rates (file)".</summary>
    public static string Stated(StatedConversion conversion)
    {
        ArgumentNullException.ThrowIfNull(conversion);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{conversion.Amount.Amount:0.##} {conversion.Amount.Currency} converted to US$ for {conversion.Period} at the {CurrencyConversion.Method} ({conversion.RatesFile ?? "rates table"})");
    }
}
