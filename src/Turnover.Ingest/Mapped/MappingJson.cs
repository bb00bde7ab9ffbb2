using System.Globalization;
using System.Text.Json;
using Turnover.Core;

namespace Turnover.Ingest.Mapped;

/// <summary>Typed access to a mapping's JSON that collects one clear error per bad field instead of throwing.</summary>
internal sealed class MappingJson(string fileName, CountryCatalog countries)
{
    private readonly List<string> _errors = [];

    public IReadOnlyList<string> Errors => _errors;

    public bool HasHeader { get; set; } = true;

    public void Fail(string field, string problem) => _errors.Add($"mapping '{fileName}': field '{field}': {problem}");

    /// <summary>Rejects fields the format does not define (a typo is not silently ignored) and fields given twice.</summary>
    public void RejectUnknown(JsonElement obj, string prefix, string[] known)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in obj.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                Fail(prefix + property.Name, "appears twice; give each field once");
            }
            else if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                var hint = Spelling.Closest(property.Name, known);
                Fail(prefix + property.Name, hint is null
                    ? $"unknown field (known: {string.Join(", ", known)})"
                    : $"unknown field (did you mean '{hint}'?)");
            }
        }
    }

    public bool TryGet(JsonElement obj, string name, out JsonElement value) =>
        obj.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;

    public string? String(JsonElement obj, string name, string field)
    {
        if (!TryGet(obj, name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Fail(field, $"should be a string, not {Kind(value)}");
            return null;
        }

        return value.GetString();
    }

    public string? RequiredString(JsonElement obj, string name, string field, string example)
    {
        var text = String(obj, name, field);
        if (text is null && !TryGet(obj, name, out _))
        {
            Fail(field, $"is required (e.g. {example})");
        }

        return text;
    }

    public bool Bool(JsonElement obj, string name, string field, bool fallback)
    {
        if (!TryGet(obj, name, out var value))
        {
            return fallback;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Fail(field, $"should be true or false, not {Kind(value)}");
        return fallback;
    }

    public int Int(JsonElement obj, string name, string field, int fallback)
    {
        if (!TryGet(obj, name, out var value))
        {
            return fallback;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number >= 0)
        {
            return number;
        }

        Fail(field, $"should be a whole number of 0 or more, not {value.GetRawText()}");
        return fallback;
    }

    /// <summary>A column: a header name (string) or a 1-based position (number).</summary>
    public ColumnRef? Column(JsonElement value, string field)
    {
        if (value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } name)
        {
            if (!HasHeader)
            {
                Fail(field, $"names column '{name}', but 'header' is false: give the 1-based column position instead");
                return null;
            }

            return new ColumnRef(name.Trim(), 0, field);
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var position) && position >= 1)
        {
            return new ColumnRef(null, position, field);
        }

        Fail(field, $"should be a header name or a 1-based column position, not {value.GetRawText()}");
        return null;
    }

    public ColumnRef? RequiredColumn(JsonElement obj, string name, string field)
    {
        if (TryGet(obj, name, out var value))
        {
            return Column(value, field);
        }

        Fail(field, "is required (a header name or a 1-based column position)");
        return null;
    }

    /// <summary>A fixed country (code, ISO or name) or <c>{"column": …}</c>.</summary>
    public CountrySource? Country(JsonElement obj, string name)
    {
        if (!TryGet(obj, name, out var value))
        {
            Fail(name, "is required: a fixed country (\"USA\", 842, \"China\") or {\"column\": \"Partner\"}");
            return null;
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            RejectUnknown(value, name + ".", ["column"]);
            return RequiredColumn(value, "column", name + ".column") is { } column ? new CountrySource(null, column) : null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        if (text is null)
        {
            Fail(name, $"should be a country code, ISO code or name, or {{\"column\": …}}, not {Kind(value)}");
            return null;
        }

        var resolution = countries.Resolve(text);
        if (!resolution.Success)
        {
            Fail(name, resolution.ErrorMessage);
            return null;
        }

        return new CountrySource(resolution.Country, null);
    }

    /// <summary>One character (a separator); "tab" and "space" are accepted by name.</summary>
    public char? Char(JsonElement obj, string name, string field, bool allowNone)
    {
        var text = String(obj, name, field);
        if (text is null)
        {
            return null;
        }

        text = text switch { "tab" => "\t", "space" => " ", _ => text };
        if (text.Length == 1)
        {
            return text[0];
        }

        if (text.Length == 0 && allowNone)
        {
            return null;
        }

        Fail(field, $"should be a single character, not \"{text}\"");
        return null;
    }

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        _ => value.GetRawText(),
    };

    /// <summary>Formats a number for messages without culture.</summary>
    public static string Show(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
