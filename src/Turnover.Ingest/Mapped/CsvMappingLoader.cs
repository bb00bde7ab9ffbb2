using System.Text.Json;
using nietras.SeparatedValues;
using Turnover.Core;

namespace Turnover.Ingest.Mapped;

/// <summary>Reads and validates a mapping file; every problem names the mapping file and the JSON field.</summary>
internal static class CsvMappingLoader
{
    private static readonly string[] s_fields =
    [
        "description", "source", "delimiter", "header", "skipLines", "encoding", "decimalSeparator", "thousandsSeparator",
        "period", "values", "value", "flow", "unit", "currency", "reporter", "partner", "product", "emptyValues",
        "publicationLagDays", "finalLineBreak",
    ];

    // Ten years: a longer lag is a typo (days for a date?), and would date figures after any plausible ingest.
    private const int MaxPublicationLagDays = 3650;

    private static readonly (string Name, decimal Multiplier)[] s_units =
    [
        ("units", 1m), ("ones", 1m), ("thousands", 1_000m), ("millions", 1_000_000m), ("billions", 1_000_000_000m),
    ];

    private static readonly JsonDocumentOptions s_json = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Loads the mapping, or reports whole-file errors (line 0) and returns null.</summary>
    public static CsvMapping? Load(string? path, CountryCatalog countries, Action<long, string, string> error)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            error(0, string.Empty, "the 'mapped' format needs a mapping file (--mapping FILE.json); see docs/mapped-csv.md");
            return null;
        }

        var fileName = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            error(0, string.Empty, $"mapping file '{path}' not found");
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path), s_json);
            var json = new MappingJson(fileName, countries);
            var mapping = Build(document.RootElement, json, fileName);
            foreach (var message in json.Errors)
            {
                error(0, string.Empty, message);
            }

            return json.Errors.Count == 0 ? mapping : null;
        }
        catch (JsonException e)
        {
            error(0, string.Empty, $"mapping '{fileName}' is not valid JSON: {e.Message}");
            return null;
        }
    }

    private static CsvMapping? Build(JsonElement root, MappingJson json, string fileName)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            json.Fail("(root)", "the mapping should be a JSON object");
            return null;
        }

        json.RejectUnknown(root, string.Empty, s_fields);
        json.HasHeader = json.Bool(root, "header", "header", fallback: true);
        var delimiter = Delimiter(root, json);
        var decimalSeparator = json.Char(root, "decimalSeparator", "decimalSeparator", allowNone: false) ?? '.';
        var thousands = json.Char(root, "thousandsSeparator", "thousandsSeparator", allowNone: true);
        if (decimalSeparator is not ('.' or ','))
        {
            json.Fail("decimalSeparator", $"should be \".\" or \",\", not \"{decimalSeparator}\"");
        }

        if (thousands == decimalSeparator)
        {
            json.Fail("thousandsSeparator", $"should differ from decimalSeparator \"{decimalSeparator}\"");
        }

        var (periodColumn, period) = Period(root, json);
        var reporter = json.Country(root, "reporter");
        var partner = json.Country(root, "partner");
        if (reporter?.Fixed is { } from && partner?.Fixed is { } to && from == to)
        {
            json.Fail("partner", $"is the reporter itself ({to.Name}): trade of a country with itself is not trade between two countries");
        }

        var unit = Unit(root, json);
        var currency = Currency(root, json);
        var (values, valueColumn, flowColumn, flowMap) = FlowLayout.Read(root, json);
        var (productColumn, classification, productDigits) = Product(root, json);
        var emptyValues = json.String(root, "emptyValues", "emptyValues") ?? "error";
        if (emptyValues is not ("error" or "skip"))
        {
            json.Fail("emptyValues", $"should be \"error\" or \"skip\", not \"{emptyValues}\"");
        }

        var skipLines = json.Int(root, "skipLines", "skipLines", 0);
        var encoding = Encoding(root, json);
        var lag = PublicationLag(root, json);
        var finalLineBreak = json.String(root, "finalLineBreak", "finalLineBreak") ?? "required";
        if (finalLineBreak is not ("required" or "optional"))
        {
            json.Fail("finalLineBreak", $"should be \"required\" or \"optional\", not \"{finalLineBreak}\"");
        }

        if (json.Errors.Count > 0 || periodColumn is null || period is null || reporter is null || partner is null || unit is null || currency is null)
        {
            return null;
        }

        return new CsvMapping
        {
            FileName = fileName,
            Delimiter = delimiter,
            Header = json.HasHeader,
            SkipLines = skipLines,
            Encoding = encoding,
            DecimalSeparator = decimalSeparator,
            ThousandsSeparator = thousands,
            PeriodColumn = periodColumn.Value,
            Period = period,
            Values = values,
            ValueColumn = valueColumn,
            FlowColumn = flowColumn,
            FlowMap = flowMap,
            Unit = unit.Value,
            Currency = currency.Value,
            Reporter = reporter.Value,
            Partner = partner.Value,
            ProductColumn = productColumn,
            Classification = classification,
            ProductDigits = productDigits,
            SkipEmptyValues = emptyValues == "skip",
            Source = json.String(root, "source", "source"),
            PublicationLagDays = lag,
            FinalLineBreakRequired = finalLineBreak != "optional",
        };
    }

    private static char Delimiter(JsonElement root, MappingJson json)
    {
        var delimiter = json.Char(root, "delimiter", "delimiter", allowNone: false) ?? ',';
        try
        {
            _ = new Sep(delimiter);
            if (delimiter is '"' or '\r' or '\n' || char.IsLetterOrDigit(delimiter))
            {
                throw new ArgumentException("a quote, line break, letter or digit cannot separate fields");
            }
        }
        catch (ArgumentException e)
        {
            json.Fail("delimiter", $"\"{delimiter}\" cannot be used: {e.Message}");
        }

        return delimiter;
    }

    private static MappingEncoding Encoding(JsonElement root, MappingJson json) =>
        (json.String(root, "encoding", "encoding") ?? "auto").ToLowerInvariant() switch
        {
            "auto" => MappingEncoding.Auto,
            "utf-8" or "utf8" => MappingEncoding.Utf8,
            "latin1" or "latin-1" or "iso-8859-1" => MappingEncoding.Latin1,
            var other => Fail(json, "encoding", $"should be \"auto\", \"utf-8\" or \"latin1\", not \"{other}\"", MappingEncoding.Auto),
        };

    private static (ColumnRef? Column, PeriodPattern? Pattern) Period(JsonElement root, MappingJson json)
    {
        if (!json.TryGet(root, "period", out var period) || period.ValueKind != JsonValueKind.Object)
        {
            json.Fail("period", "is required: {\"column\": \"Month\", \"format\": \"MMMM yyyy\"}");
            return (null, null);
        }

        json.RejectUnknown(period, "period.", ["column", "format"]);
        var column = json.RequiredColumn(period, "column", "period.column");
        var format = json.RequiredString(period, "format", "period.format", "\"yyyy-MM\"");
        if (format is null)
        {
            return (column, null);
        }

        if (!PeriodPattern.TryCreate(format, out var pattern, out var error))
        {
            json.Fail("period.format", error);
        }

        return (column, pattern);
    }

    private static decimal? Unit(JsonElement root, MappingJson json)
    {
        if (!json.TryGet(root, "unit", out var unit))
        {
            json.Fail("unit", "is required: 1, 1000, 1000000 or 1000000000, or \"units\", \"thousands\", \"millions\", \"billions\"");
            return null;
        }

        if (unit.ValueKind == JsonValueKind.Number && unit.TryGetDecimal(out var number) && s_units.Any(u => u.Multiplier == number))
        {
            return number;
        }

        if (unit.ValueKind == JsonValueKind.String && s_units.FirstOrDefault(u => u.Name.Equals(unit.GetString(), StringComparison.OrdinalIgnoreCase)) is { Name: not null } named)
        {
            return named.Multiplier;
        }

        json.Fail("unit", $"{unit.GetRawText()} is not a unit: use 1, 1000, 1000000 or 1000000000, or \"units\", \"thousands\", \"millions\", \"billions\"");
        return null;
    }

    private static Currency? Currency(JsonElement root, MappingJson json)
    {
        var code = json.RequiredString(root, "currency", "currency", "\"USD\"; values are never assumed to be USD");
        if (code is null)
        {
            return null;
        }

        if (code.Length == 3 && code.All(char.IsAsciiLetter))
        {
            return new Currency(code);
        }

        json.Fail("currency", $"\"{code}\" is not a three-letter ISO 4217 code such as USD or CNY");
        return null;
    }

    private static (ColumnRef? Column, string? Classification, int Digits) Product(JsonElement root, MappingJson json)
    {
        if (!json.TryGet(root, "product", out var product))
        {
            return (null, null, 0);
        }

        if (product.ValueKind != JsonValueKind.Object)
        {
            json.Fail("product", "should be {\"column\": \"HS code\", \"classification\": \"HS92\"}");
            return (null, null, 0);
        }

        json.RejectUnknown(product, "product.", ["column", "classification", "digits"]);
        var digits = json.Int(product, "digits", "product.digits", 0);
        if (digits is not (0 or 2 or 4 or 6))
        {
            json.Fail("product.digits", $"should be 2, 4 or 6, not {digits}");
        }

        return (json.RequiredColumn(product, "column", "product.column"), json.String(product, "classification", "product.classification"), digits);
    }

    private static int? PublicationLag(JsonElement root, MappingJson json)
    {
        if (!json.TryGet(root, "publicationLagDays", out var lag))
        {
            return null;
        }

        if (lag.ValueKind == JsonValueKind.Number && lag.TryGetInt32(out var days) && days is >= 0 and <= MaxPublicationLagDays)
        {
            return days;
        }

        json.Fail("publicationLagDays", $"should be a whole number of days from 0 to {MaxPublicationLagDays}, not {lag.GetRawText()}");
        return null;
    }

    private static T Fail<T>(MappingJson json, string field, string problem, T fallback)
    {
        json.Fail(field, problem);
        return fallback;
    }
}
