using System.CommandLine;
using Turnover.Analytics.Forecasting;
using Turnover.Application;
using Turnover.Core;
using Turnover.Store;

namespace Turnover.Cli.Commands;

/// <summary>Options shared by several commands, and parsing of the values users type.</summary>
internal static class CommonOptions
{
    public static Option<string> Database() => new("--db")
    {
        Description = $"DuckDB store file (default: {TradeStore.DefaultPath} in the current folder, or $TURNOVER_DB)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("TURNOVER_DB") is { Length: > 0 } fromEnv ? fromEnv : TradeStore.DefaultPath,
    };

    public static Option<string?> AsOf() => new("--as-of")
    {
        Description = "Only figures published by this date (YYYY-MM-DD); the latest vintage then",
    };

    /// <summary>
    /// <c>--pair A B</c>: two countries. One token ("CHN,RUS") gets an error that shows the form, not the parser's
    /// "Required argument missing for option: '--pair'" (it was given one).
    /// </summary>
    public static Option<string[]> Pair(string description, bool required)
    {
        var pair = new Option<string[]>("--pair")
        {
            Description = description,
            Arity = new ArgumentArity(1, 2),
            AllowMultipleArgumentsPerToken = true,
            Required = required,
        };
        pair.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1)
            {
                result.AddError($"--pair takes two countries separated by a space, e.g. --pair CHN RUS (got '{result.Tokens[0].Value}').");
            }
        });
        return pair;
    }

    /// <summary>A <c>--paths</c> value: 1 to <see cref="ForecastOptions.MaxPaths"/>.</summary>
    public static int Paths(int paths) =>
        paths is > 0 and <= ForecastOptions.MaxPaths
            ? paths
            : throw new UserInputException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"--paths should be between 1 and {ForecastOptions.MaxPaths:N0}, not {paths}."));

    public static DateOnly? ParseDate(string? text, string option) =>
        text is null ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date
            : throw new UserInputException($"{option} '{text}' is not a date (expected YYYY-MM-DD).");

    /// <summary>An <c>--as-of</c> date, refused after today (<see cref="AsOfDate.NotAfter"/>).</summary>
    public static DateOnly? ParseAsOf(string? text, CliEnvironment env) =>
        AsOfDate.NotAfter(ParseDate(text, "--as-of"), DateOnly.FromDateTime(env.Clock.GetUtcNow().UtcDateTime)).OrThrow();

    public static Period? ParsePeriod(string? text, string option) =>
        text is null ? null
        : Period.TryParse(text, out var period) ? period
        : throw new UserInputException($"{option} '{text}' is not a period (expected 2022, 2022-Q1 or 2022-04).");

    public static Country ParseCountry(string text)
    {
        var resolution = CountryCatalog.Default.Resolve(text);
        return resolution.Success ? resolution.Country : throw new UserInputException(resolution.ErrorMessage);
    }
}
