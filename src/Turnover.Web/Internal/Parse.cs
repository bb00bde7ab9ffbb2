using System.Globalization;
using Turnover.Application;
using Turnover.Core;

namespace Turnover.Web.Internal;

/// <summary>Query-string values as the domain's types; a failure names the parameter and what it accepts.</summary>
internal static class Parse
{
    public static Outcome<Country> Country(string? text, string parameter)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Failure.BadInput($"{parameter} is missing: give a country as ISO3, ISO2, numeric code or name (e.g. CHN).");
        }

        var resolution = CountryCatalog.Default.Resolve(text);
        return resolution.Success ? resolution.Country : Failure.BadInput($"{parameter}: {resolution.ErrorMessage}");
    }

    public static Outcome<Country?> OptionalCountry(string? text, string parameter) =>
        string.IsNullOrWhiteSpace(text) ? Outcome.Of<Country?>(null) : Country(text, parameter).Map(c => (Country?)c);

    public static Outcome<DateOnly?> Date(string? text, string parameter) =>
        string.IsNullOrWhiteSpace(text) ? Outcome.Of<DateOnly?>(null)
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? Outcome.Of<DateOnly?>(date)
        : Failure.BadInput($"{parameter} '{text}' is not a date (expected YYYY-MM-DD).");

    /// <summary>An <c>asOf</c> date, refused after <paramref name="today"/> (<see cref="AsOfDate.NotAfter"/>).</summary>
    public static Outcome<DateOnly?> AsOf(string? text, DateOnly today) =>
        Date(text, "asOf").Then(date => AsOfDate.NotAfter(date, today));

    /// <summary>Today's date by <paramref name="clock"/>, as the use cases count it.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public static Outcome<Period?> Period(string? text, string parameter) =>
        string.IsNullOrWhiteSpace(text) ? Outcome.Of<Period?>(null)
        : Core.Period.TryParse(text, out var period) ? Outcome.Of<Period?>(period)
        : Failure.BadInput($"{parameter} '{text}' is not a period (expected 2022, 2022-Q1 or 2022-04).");

    /// <summary>
    /// A whole number, null when not given. Typed query parameters (int?, bool?) failed in binding, before the handler,
    /// as a 400 with no detail: read as text here, a wrong value is a problem naming the parameter, the value and what
    /// it accepts (<paramref name="accepted"/>, e.g. "a whole number from 1 to 20,000").
    /// </summary>
    public static Outcome<int?> WholeNumber(string? text, string parameter, string accepted) =>
        string.IsNullOrWhiteSpace(text) ? Outcome.Of<int?>(null)
        : int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? Outcome.Of<int?>(value)
        : Failure.BadInput($"{parameter} '{text}' is not {accepted}.");

    /// <summary>true or false (any case), null when not given; anything else is a problem naming the parameter and the value.</summary>
    public static Outcome<bool?> Flag(string? text, string parameter) =>
        string.IsNullOrWhiteSpace(text) ? Outcome.Of<bool?>(null)
        : bool.TryParse(text.Trim(), out var value) ? Outcome.Of<bool?>(value)
        : Failure.BadInput($"{parameter} '{text}' should be true or false.");

    public static Outcome<Measure> Flow(string? text) => (text ?? "turnover").ToLowerInvariant() switch
    {
        "turnover" => Measure.Turnover,
        "exports" => Measure.Exports,
        "imports" => Measure.Imports,
        "balance" => Measure.Balance,
        _ => Failure.BadInput($"flow '{text}' should be turnover, exports, imports or balance."),
    };

    /// <summary>Null when not given: the use case then shows months, or years for an annual-only source.</summary>
    public static Outcome<Granularity?> Frequency(string? text) => text?.ToLowerInvariant() switch
    {
        null or "" => Outcome.Of<Granularity?>(null),
        "month" => Outcome.Of<Granularity?>(Granularity.Month),
        "quarter" => Outcome.Of<Granularity?>(Granularity.Quarter),
        "year" => Outcome.Of<Granularity?>(Granularity.Year),
        _ => Failure.BadInput($"freq '{text}' should be month, quarter or year."),
    };

    public static Outcome<string> Method(string? text)
    {
        var name = string.IsNullOrWhiteSpace(text) ? ForecasterCatalog.Default : text;
        return ForecasterCatalog.Names.Contains(name, StringComparer.Ordinal)
            ? name
            : Failure.BadInput($"method '{text}' should be one of: {string.Join(", ", ForecasterCatalog.Names)}.");
    }
}
