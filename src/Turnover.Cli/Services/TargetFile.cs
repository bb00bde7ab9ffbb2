using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Turnover.Core;
using Turnover.Core.Targets;

namespace Turnover.Cli.Services;

/// <summary>
/// The versioned targets file (data/targets.json): read with errors that name the file, the target and the
/// field. Turnover never writes it: targets users add go to the store (<see cref="TargetCatalog"/>).
/// </summary>
internal static class TargetFile
{
    /// <summary>The default file: data/targets.json of the bundled data, else ./targets.json.</summary>
    public static string DefaultPath() =>
        BundledData.FindFolder() is { } folder ? Path.Combine(folder, "targets.json") : "targets.json";

    public static IReadOnlyList<Target> Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new UserInputException($"{path}: no such targets file (name one with --targets).");
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path));
        }
        catch (JsonException ex)
        {
            throw new UserInputException($"{path}: not valid JSON ({ex.Message}).");
        }

        var items = root?["targets"] as JsonArray ?? throw new UserInputException($"{path}: expected an object with a \"targets\" array.");
        var targets = new List<Target>();
        for (var i = 0; i < items.Count; i++)
        {
            targets.Add(Parse(path, i, items[i] as JsonObject ?? throw new UserInputException($"{path}: targets[{i}] is not an object.")));
        }

        var duplicate = targets.GroupBy(t => t.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? targets : throw new UserInputException($"{path}: the name '{duplicate.Key}' is used twice.");
    }

    public static string BasisName(TargetBasis basis) => basis switch
    {
        TargetBasis.AnnualValue => "annual",
        TargetBasis.Cumulative => "cumulative",
        _ => "increment",
    };

    public static TargetBasis ParseBasis(string text, string where) => text.ToLowerInvariant() switch
    {
        "annual" => TargetBasis.AnnualValue,
        "cumulative" => TargetBasis.Cumulative,
        "increment" => TargetBasis.Increment,
        _ => throw new UserInputException($"{where}: basis '{text}' should be annual, cumulative or increment."),
    };

    public static Measure ParseMetric(string text, string where) => text.ToLowerInvariant() switch
    {
        "turnover" => Measure.Turnover,
        "exports" => Measure.Exports,
        "imports" => Measure.Imports,
        _ => throw new UserInputException($"{where}: metric '{text}' should be turnover, exports or imports."),
    };

    /// <summary>Checks a target and turns its rule violations into one error naming it.</summary>
    public static Target Validated(Target target, string where)
    {
        var errors = target.Validate();
        return errors.Count == 0 ? target : throw new UserInputException($"{where}: {string.Join("; ", errors)}.");
    }

    private static Target Parse(string path, int index, JsonObject item)
    {
        var name = item["name"]?.GetValue<string>() ?? $"#{index}";
        var where = $"{path}: target '{name}'";
        string Text(string field) => item[field]?.GetValue<string>() ?? throw new UserInputException($"{where}: field '{field}' is missing.");
        int Year(string field) => item[field] is { } node && node.GetValueKind() == JsonValueKind.Number ? node.GetValue<int>() : throw new UserInputException($"{where}: field '{field}' should be a year.");

        var pair = item["pair"] as JsonArray;
        if (pair is not { Count: 2 })
        {
            throw new UserInputException($"{where}: field 'pair' should list two countries.");
        }

        var first = Country(pair[0]?.GetValue<string>() ?? string.Empty, where);
        var second = Country(pair[1]?.GetValue<string>() ?? string.Empty, where);
        var amount = item["amountUsd"] is { } a && a.GetValueKind() == JsonValueKind.Number ? a.GetValue<decimal>() : throw new UserInputException($"{where}: field 'amountUsd' should be a number.");
        var announced = DateOnly.TryParseExact(Text("announcedOn"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new UserInputException($"{where}: field 'announcedOn' should be a date YYYY-MM-DD.");
        var target = new Target(
            name, first, second, ParseMetric(Text("metric"), where), amount, ParseBasis(Text("basis"), where), Year("fromYear"), Year("deadlineYear"),
            item["baselineYear"] is null ? null : Year("baselineYear"), Text("announcedBy"), announced, Text("source"), item["note"]?.GetValue<string>() ?? string.Empty);
        return Validated(target, where);
    }

    private static Country Country(string text, string where)
    {
        var resolution = CountryCatalog.Default.Resolve(text);
        return resolution.Success ? resolution.Country : throw new UserInputException($"{where}: {resolution.ErrorMessage}.");
    }
}
