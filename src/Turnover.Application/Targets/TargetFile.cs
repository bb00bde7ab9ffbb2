using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Turnover.Core;
using Turnover.Core.Targets;

namespace Turnover.Application;

/// <summary>
/// The versioned targets file (data/targets.json): read with failures that name the file, the target and the
/// field. Turnover never writes it: targets users add go to the store (<see cref="TargetRegistry"/>).
/// </summary>
public static class TargetFile
{
    /// <summary>The default file: data/targets.json of the bundled data, else ./targets.json.</summary>
    public static string DefaultPath() =>
        BundledData.FindFolder() is { } folder ? Path.Combine(folder, BundledData.Targets) : BundledData.Targets;

    /// <summary>The file's targets, in its order.</summary>
    /// <param name="path">The targets file.</param>
    /// <param name="parameter">How the host names the targets file ("--targets" on the command line), for a missing file; null for none.</param>
    /// <returns>The targets; <see cref="FailureKind.BadInput"/> when the file is missing, not JSON, or a target is invalid or named twice.</returns>
    public static Outcome<IReadOnlyList<Target>> Load(string path, string? parameter = null)
    {
        if (!File.Exists(path))
        {
            return Failure.BadInput(parameter is null ? $"{path}: no such targets file." : $"{path}: no such targets file (name one with {parameter}).");
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path));
        }
        catch (JsonException ex)
        {
            return Failure.BadInput($"{path}: not valid JSON ({ex.Message}).");
        }

        if (root?["targets"] is not JsonArray items)
        {
            return Failure.BadInput($"{path}: expected an object with a \"targets\" array.");
        }

        var targets = new List<Target>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not JsonObject item)
            {
                return Failure.BadInput($"{path}: targets[{i}] is not an object.");
            }

            var parsed = Parse(path, i, item);
            if (!parsed.TryGetValue(out var target))
            {
                return parsed.Failure;
            }

            targets.Add(target);
        }

        var duplicate = targets.GroupBy(t => t.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? targets : Failure.BadInput($"{path}: the name '{duplicate.Key}' is used twice.");
    }

    /// <summary>"annual", "cumulative" or "increment".</summary>
    public static string BasisName(TargetBasis basis) => basis switch
    {
        TargetBasis.AnnualValue => "annual",
        TargetBasis.Cumulative => "cumulative",
        _ => "increment",
    };

    /// <summary>A basis by name; <paramref name="where"/> begins the failure's message.</summary>
    public static Outcome<TargetBasis> ParseBasis(string text, string where) => text.ToLowerInvariant() switch
    {
        "annual" => TargetBasis.AnnualValue,
        "cumulative" => TargetBasis.Cumulative,
        "increment" => TargetBasis.Increment,
        _ => Failure.BadInput($"{where}: basis '{text}' should be annual, cumulative or increment."),
    };

    /// <summary>A metric by name; <paramref name="where"/> begins the failure's message.</summary>
    public static Outcome<Measure> ParseMetric(string text, string where) => text.ToLowerInvariant() switch
    {
        "turnover" => Measure.Turnover,
        "exports" => Measure.Exports,
        "imports" => Measure.Imports,
        _ => Failure.BadInput($"{where}: metric '{text}' should be turnover, exports or imports."),
    };

    /// <summary>The target when it keeps the rules, else one failure naming it (<paramref name="where"/>) and every rule it breaks.</summary>
    public static Outcome<Target> Validated(Target target, string where)
    {
        ArgumentNullException.ThrowIfNull(target);
        var errors = target.Validate();
        return errors.Count == 0 ? target : Failure.BadInput($"{where}: {string.Join("; ", errors)}.");
    }

    private static Outcome<Target> Parse(string path, int index, JsonObject item)
    {
        var name = item["name"]?.GetValue<string>() ?? $"#{index}";
        var where = $"{path}: target '{name}'";
        // The first problem found is the one reported, in the order the fields are read.
        string? error = null;
        T Fail<T>(string message, T placeholder)
        {
            error ??= message;
            return placeholder;
        }

        T Take<T>(Outcome<T> outcome, T placeholder) => outcome.TryGetValue(out var value) ? value : Fail(outcome.Failure!.Message, placeholder);
        string Text(string field) => item[field]?.GetValue<string>() ?? Fail($"{where}: field '{field}' is missing.", string.Empty);
        int Year(string field) => item[field] is { } node && node.GetValueKind() == JsonValueKind.Number ? node.GetValue<int>() : Fail($"{where}: field '{field}' should be a year.", 0);

        if (item["pair"] is not JsonArray { Count: 2 } pair)
        {
            return Failure.BadInput($"{where}: field 'pair' should list two countries.");
        }

        var first = Take(Country(pair[0]?.GetValue<string>() ?? string.Empty, where), default);
        var second = Take(Country(pair[1]?.GetValue<string>() ?? string.Empty, where), default);
        var amount = item["amountUsd"] is { } a && a.GetValueKind() == JsonValueKind.Number ? a.GetValue<decimal>() : Fail($"{where}: field 'amountUsd' should be a number.", 0m);
        var announcedText = Text("announcedOn");
        var announced = default(DateOnly);
        if (error is null && !DateOnly.TryParseExact(announcedText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out announced))
        {
            Fail($"{where}: field 'announcedOn' should be a date YYYY-MM-DD.", announced);
        }

        var metric = Take(ParseMetric(Text("metric"), where), Measure.Turnover);
        var basis = Take(ParseBasis(Text("basis"), where), TargetBasis.AnnualValue);
        var (fromYear, deadlineYear) = (Year("fromYear"), Year("deadlineYear"));
        int? baselineYear = item["baselineYear"] is null ? null : Year("baselineYear");
        var (announcedBy, source) = (Text("announcedBy"), Text("source"));
        if (error is not null)
        {
            return Failure.BadInput(error);
        }

        var target = new Target(
            name, first, second, metric, amount, basis, fromYear, deadlineYear, baselineYear, announcedBy, announced, source, item["note"]?.GetValue<string>() ?? string.Empty);
        return Validated(target, where);
    }

    private static Outcome<Country> Country(string text, string where)
    {
        var resolution = CountryCatalog.Default.Resolve(text);
        return resolution.Success ? resolution.Country : Failure.BadInput($"{where}: {resolution.ErrorMessage}.");
    }
}
