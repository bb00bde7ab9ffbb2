using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Turnover.Core;
using Turnover.Ingest.Internal;

namespace Turnover.Ingest.Imf;

/// <summary>
/// Reads the legacy IMF DOTS CompactData JSON (<c>CompactData.DataSet.Series</c>), an XML-to-JSON rendering:
/// attributes are <c>@</c> keys, every value is a string, and a single Series or Obs comes as an object rather
/// than a one-element array. Responses are small, so the document is parsed whole. Messages give the line an Obs (or
/// a Series) opens on, as every other reader's do, and its number in the message ("observation 5: …"): a response
/// is often one line. Records keep the observation's number as their source line, as the XML layout's do.
/// </summary>
internal static class DotsJsonParser
{
    /// <summary>Reads the document; <paramref name="linesBefore"/> blank lines came before the text.</summary>
    public static IEnumerable<TradeRecord> Read(TextReader text, ReadContext context, long linesBefore)
    {
        context.Dataset = "IMF DOTS (CompactData JSON)";
        context.Note = "OBS_VALUE × 10^UNIT_MULT per series (UNIT_MULT 6: millions of US dollars) to whole US dollars; "
            + "partner groups other than W00 (World) are skipped";
        var json = Utf8(text, context);
        using var document = json is null ? null : Parse(json, context, linesBefore);
        if (document is null || !TryDataSet(document.RootElement, context, out var dataSet))
        {
            yield break;
        }

        var lines = new LineCounter(json);
        long LineOf(JsonElement element) =>
            json.AsSpan().Overlaps(JsonMarshal.GetRawUtf8Value(element), out var offset) ? lines.LineAt(offset) + linesBefore : linesBefore + 1;

        var mapper = new ImfObservationMapper(context, ImfDialect.Dots);
        var number = 0L;
        var seriesNumber = 0L;
        foreach (var series in Items(dataSet, "Series"))
        {
            seriesNumber++;
            context.RecordLabel = $"series {seriesNumber}";
            var unitMultiplier = UnitMultiplier(series, context, LineOf(series));
            context.RecordLabel = null;
            foreach (var obs in Items(series, "Obs"))
            {
                number++;
                context.RowsRead++;
                if (unitMultiplier is { } multiplier && TryMap(series, obs, multiplier, mapper, context, number, LineOf(obs), out var record))
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

    // The text as UTF-8 bytes that the document is parsed over in place, so an element's offset gives its line.
    private static byte[]? Utf8(TextReader text, ReadContext context)
    {
        try
        {
            return Encoding.UTF8.GetBytes(text.ReadToEnd());
        }
        catch (DecoderFallbackException ex)
        {
            context.Error(0, string.Empty, $"the file is not valid UTF-8 text ({ex.Message})");
            return null;
        }
    }

    private static JsonDocument? Parse(byte[] json, ReadContext context, long linesBefore)
    {
        try
        {
            return JsonDocument.Parse(json.AsMemory());
        }
        catch (JsonException ex)
        {
            var line = (ex.LineNumber ?? 0) + 1 + linesBefore;
            context.Error(line, string.Empty, $"the JSON is cut off or malformed (line {line}, byte {ex.BytePositionInLine + 1}): {ex.Message}");
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

    private static int? UnitMultiplier(JsonElement series, ReadContext context, long line)
    {
        var text = Text(series, "@UNIT_MULT");
        if (text is null)
        {
            context.Error(line, "@UNIT_MULT", "the series has no @UNIT_MULT, so the scale of its values is unknown");
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var multiplier) || multiplier > ImfObservationMapper.MaxUnitMultiplier)
        {
            context.Error(line, "@UNIT_MULT", $"@UNIT_MULT '{text}' is not a power of ten in range [0-{ImfObservationMapper.MaxUnitMultiplier}]");
            return null;
        }

        return multiplier;
    }

    private static bool TryMap(JsonElement series, JsonElement obs, int unitMultiplier, ImfObservationMapper mapper, ReadContext context, long number, long line, out TradeRecord record)
    {
        record = default;
        var dialect = ImfDialect.Dots;
        var ok = true;
        var reporter = Required(series, dialect.Reporter, context, number, line, ref ok);
        var indicator = Required(series, dialect.Indicator, context, number, line, ref ok);
        var counterpart = Required(series, dialect.Counterpart, context, number, line, ref ok);
        var period = Required(obs, dialect.TimePeriod, context, number, line, ref ok);
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
        context.RecordLabel = $"observation {number}";
        var mapped = mapper.TryMap(observation, line, out record);
        context.RecordLabel = null;
        record = record with { SourceLine = number }; // evidence names the observation, as TradeRecord documents
        return mapped;
    }

    private static string? Required(JsonElement element, string name, ReadContext context, long number, long line, ref bool ok)
    {
        var text = Text(element, name);
        if (text is null)
        {
            context.Error(line, name, $"observation {number} has no {name}");
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
