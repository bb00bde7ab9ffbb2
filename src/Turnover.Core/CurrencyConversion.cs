using System.Text.RegularExpressions;

namespace Turnover.Core;

/// <summary>
/// How a release's values were converted to US dollars: from which currency, with which rates. Every stored value is
/// in USD; a release read from another currency carries this (<see cref="Release.Conversion"/>, stored as fields of
/// the release since schema 7) and says so in its note in the words of <see cref="ToNote"/>. <see cref="FromNote"/>
/// reads the note back: it fills the fields of releases stored before schema 7. The words shown to a user are the
/// renderers' (Turnover.Presentation); the note's are a stored format that must stay readable.
/// </summary>
/// <param name="From">The currency the source published in.</param>
/// <param name="RatesFile">The exchange-rate file used (file name, no directory); null when the release did not record it.</param>
public sealed partial record CurrencyConversion(Currency From, string? RatesFile)
{
    /// <summary>The method every conversion uses, as the stored note names it.</summary>
    /// <remarks>
    /// A value covering several months is divided by the mean of their monthly means (the value-weighted rate is not
    /// knowable from a total alone).
    /// </remarks>
    public const string Method = "monthly mean of the IMF daily rates";

    /// <summary>The phrase a reader puts in its release note; <see cref="FromNote"/> recognises it.</summary>
    public string ToNote() => $"converted from {From} to USD at the {Method} (rates {RatesFile ?? "not recorded"})";

    /// <summary>
    /// The conversion a release note states, or null for a release published in US dollars. Recognises
    /// <see cref="ToNote"/>'s phrase and the phrases of stores written before it (GACC tables in yuan, mapped CSVs
    /// with a currency), which did not record the rates file.
    /// </summary>
    public static CurrencyConversion? FromNote(string note)
    {
        ArgumentNullException.ThrowIfNull(note);
        if (Current().Match(note) is { Success: true } current)
        {
            var file = current.Groups["file"].Value;
            return new CurrencyConversion(new Currency(current.Groups["currency"].Value), file == "not recorded" ? null : file);
        }

        if (LegacyMapped().Match(note) is { Success: true } mapped)
        {
            return new CurrencyConversion(new Currency(mapped.Groups["currency"].Value), null);
        }

        // China's customs tables are in US dollars or yuan: a converted one was in yuan (CNY, RMB).
        return note.Contains("converted to USD at monthly average rates", StringComparison.Ordinal)
            ? new CurrencyConversion(new Currency("CNY"), null)
            : null;
    }

    [GeneratedRegex(@"converted from (?<currency>[A-Z]{3}) to USD at the monthly mean of the IMF daily rates \(rates (?<file>[^)]*)\)", RegexOptions.CultureInvariant)]
    private static partial Regex Current();

    [GeneratedRegex(@"values in (?<currency>[A-Z]{3}) multiplied by [0-9,]+, divided by the monthly average [A-Z]{3} per USD rate", RegexOptions.CultureInvariant)]
    private static partial Regex LegacyMapped();
}
