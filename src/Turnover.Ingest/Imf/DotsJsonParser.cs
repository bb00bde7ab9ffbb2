using System.Globalization;
using System.Text;
using System.Text.Json;
using Turnover.Core;

namespace Turnover.Ingest.Imf;

/// <summary>
/// Reads the legacy IMF DOTS CompactData JSON (<c>CompactData.DataSet.Series</c>), an XML-to-JSON rendering:
/// attributes are <c>@</c> keys, every value is a string, and a single Series or Obs comes as an object rather
/// than a one-element array. Responses are small, so the document is parsed whole.
/// </summary>
internal static class DotsJsonParser
{
    public static IEnumerable<TradeRecord> Read(TextReader text, ReadContext context)
    {
        context.Dataset = "IMF DOTS (CompactData JSON)";
        context.Note = "OBS_VALUE × 10^UNIT_MULT per series (UNIT_MULT 6: millions of US dollars) to whole US dollars; "
            + "partner groups other than W00 (World) are skipped";
        using var document = Parse(text, context);
        if (document is null || !TryDataSet(document.RootElement, context, out var dataSet))
        {
            yield break;
        }

        var mapper = new ImfObservationMapper(context, ImfDialect.Dots);
        var number = 0L;
        foreach (var series in Items(dataSet, "Series"))
        {
            var unitMultiplier = UnitMultiplier(series, context, number + 1);
            foreach (var obs in Items(series, "Obs"))
            {
                number++;
                context.RowsRead++;
                if (unitMultiplier is { } multiplier && TryMap(series, obs, multiplier, mapper, context, number, out var record))
                {
                    yield return record;
                }

                if (context.ShouldStop)
                {
                    yield break;
                }
            }
        }
    }

    private static JsonDocument? Parse(TextReader text, ReadContext context)
    {
        try
        {
            return JsonDocument.Parse(text.ReadToEnd());
        }
        catch (JsonException ex)
        {
            context.Error(0, string.Empty, $"the JSON is cut off or malformed (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}): {ex.Message}");
            return null;
        }
        catch (DecoderFallbackException ex)
        {
            context.Error(0, string.Empty, $"the file is not valid UTF-8 text ({ex.Message})");
            return null;
        }
    }

    private static bool TryDataSet(JsonElement root, ReadContext context, out JsonElement dataSet)
    {
        dataSet = default;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("CompactData", out var compact) || compact.ValueKind != JsonValueKind.Object)
        {
            var keys = root.ValueKind == JsonValueKind.Object ? string.Join(", ", root.EnumerateObject().Select(p => p.Name)) : root.ValueKind.ToString();
            context.Error(0, string.Empty, $"not IMF CompactData JSON: expected a top-level 'CompactData' object, found {keys}");
            return false;
        }

        if (compact.TryGetProperty("Header", out var header) && header.ValueKind == JsonValueKind.Object
            && header.TryGetProperty("Prepared", out var prepared) && prepared.ValueKind == JsonValueKind.String)
        {
            context.Vintage = ImtsXmlParser.ParsePrepared(prepared.GetString());
        }

        if (!compact.TryGetProperty("DataSet", out dataSet) || dataSet.ValueKind != JsonValueKind.Object)
        {
            context.Error(0, string.Empty, "CompactData has no DataSet object");
            return false;
        }

        return true;
    }

    // XML-to-JSON converters write one child as an object and several as an array; none as a missing key.
    private static IEnumerable<JsonElement> Items(JsonElement parent, string name)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return [];
        }

        return value.ValueKind switch
        {
            JsonValueKind.Array => value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object),
            JsonValueKind.Object => [value],
            _ => [],
        };
    }

    private static int? UnitMultiplier(JsonElement series, ReadContext context, long number)
    {
        var text = Text(series, "@UNIT_MULT");
        if (text is null)
        {
            context.Error(number, "@UNIT_MULT", "the series has no @UNIT_MULT, so the scale of its values is unknown");
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var multiplier) || multiplier > ImfObservationMapper.MaxUnitMultiplier)
        {
            context.Error(number, "@UNIT_MULT", $"@UNIT_MULT '{text}' is not a power of ten in range [0-{ImfObservationMapper.MaxUnitMultiplier}]");
            return null;
        }

        return multiplier;
    }

    private static bool TryMap(JsonElement series, JsonElement obs, int unitMultiplier, ImfObservationMapper mapper, ReadContext context, long number, out TradeRecord record)
    {
        record = default;
        var dialect = ImfDialect.Dots;
        var ok = true;
        var reporter = Required(series, dialect.Reporter, context, number, ref ok);
        var indicator = Required(series, dialect.Indicator, context, number, ref ok);
        var counterpart = Required(series, dialect.Counterpart, context, number, ref ok);
        var period = Required(obs, dialect.TimePeriod, context, number, ref ok);
        if (!ok)
        {
            return false;
        }

        var observation = new ImfObservation
        {
            Reporter = reporter,
            Indicator = indicator,
            Counterpart = counterpart,
            Frequency = Text(series, dialect.Frequency),
            TimePeriod = period,
            Value = Text(obs, dialect.Value),
            UnitMultiplier = unitMultiplier,
        };
        return mapper.TryMap(observation, number, out record);
    }

    private static string? Required(JsonElement element, string name, ReadContext context, long number, ref bool ok)
    {
        var text = Text(element, name);
        if (text is null)
        {
            context.Error(number, name, $"observation {number} has no {name}");
            ok = false;
        }

        return text;
    }

    // Values are strings in practice; a number is accepted as written, so no precision is lost through double.
    private static string? Text(JsonElement element, string name) =>
        !element.TryGetProperty(name, out var value) ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : value.ValueKind == JsonValueKind.Number ? value.GetRawText()
        : null;
}
