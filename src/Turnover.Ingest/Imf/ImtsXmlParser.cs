using System.Globalization;
using System.Text;
using System.Xml;
using Turnover.Core;

namespace Turnover.Ingest.Imf;

/// <summary>
/// Streams IMTS SDMX-ML StructureSpecificData: <c>Series</c> elements carry the key as attributes (COUNTRY,
/// INDICATOR, COUNTERPART_COUNTRY, FREQUENCY, SCALE) and <c>Obs</c> children carry TIME_PERIOD and OBS_VALUE.
/// Obs attributes win over Series ones, so flat files (dimensionAtObservation=AllDimensions) read as well.
/// </summary>
internal static class ImtsXmlParser
{
    /// <summary>Why values are not scaled, for the release note.</summary>
    public const string ScaleNote =
        "OBS_VALUE taken as whole US dollars; the SCALE attribute is ignored because IMTS publishes unscaled values despite SCALE=6 "
        + "(2023 US exports to G001: 2019551635133, DOTS: 2019551.635133 million); partner groups other than G001 (World) are skipped";

    private static readonly string[] s_keys = ["COUNTRY", "INDICATOR", "COUNTERPART_COUNTRY", "FREQUENCY", "TIME_PERIOD", "OBS_VALUE"];

    /// <summary>Streams the observations; <paramref name="linesBefore"/> blank lines came before the text.</summary>
    public static IEnumerable<TradeRecord> Read(TextReader text, ReadContext context, long linesBefore)
    {
        context.Dataset = "IMF IMTS (SDMX-ML StructureSpecificData)";
        context.Note = ScaleNote;
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true, IgnoreComments = true };
        using var xml = XmlReader.Create(text, settings);
        var mapper = new ImfObservationMapper(context, ImfDialect.Imts);
        var series = new string?[s_keys.Length];
        var obs = new string?[s_keys.Length];
        var number = 0L;
        var sawRoot = false;
        var inPrepared = false;
        while (TryRead(xml, context, number, linesBefore))
        {
            if (inPrepared && xml.NodeType == XmlNodeType.Text)
            {
                context.Vintage = ParsePrepared(xml.Value);
            }

            inPrepared = false;
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (!sawRoot)
            {
                sawRoot = true;
                if (!CheckRoot(xml, context))
                {
                    yield break;
                }

                continue;
            }

            switch (xml.LocalName)
            {
                case "Prepared":
                    inPrepared = true;
                    break;
                case "Series":
                    Capture(xml, series);
                    break;
                case "Obs":
                    number++;
                    context.RowsRead++;
                    var line = LineOf(xml, number, linesBefore);
                    Capture(xml, obs);
                    for (var i = 0; i < obs.Length; i++)
                    {
                        obs[i] ??= series[i];
                    }

                    if (TryMap(obs, mapper, context, number, line, out var record))
                    {
                        yield return record;
                    }

                    if (context.ShouldStop)
                    {
                        yield break;
                    }

                    break;
            }
        }
    }

    /// <summary>The date part of an SDMX Prepared timestamp (2025-12-16T05:16:36.306712826Z has too many digits for DateTime).</summary>
    public static DateOnly? ParsePrepared(string? prepared) =>
        prepared is { Length: >= 10 } && DateOnly.TryParseExact(prepared.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    // The line the Obs element is on, as other readers' messages give (an API response on one line says which
    // observation in the message); its number where the reader keeps no lines.
    private static long LineOf(XmlReader xml, long number, long linesBefore) =>
        xml is IXmlLineInfo { LineNumber: > 0 and var line } ? line + linesBefore : number;

    private static bool TryMap(string?[] values, ImfObservationMapper mapper, ReadContext context, long number, long line, out TradeRecord record)
    {
        record = default;
        for (var i = 0; i < s_keys.Length; i++)
        {
            // FREQUENCY may be absent (the period is then taken as written), and an Obs without OBS_VALUE is a
            // missing observation, which the mapper skips.
            if (values[i] is null && s_keys[i] is not ("FREQUENCY" or "OBS_VALUE"))
            {
                context.Error(line, s_keys[i], $"observation {number} has no {s_keys[i]} (neither on the Obs nor on its Series)");
                return false;
            }
        }

        var observation = new ImfObservation
        {
            Reporter = values[0],
            Indicator = values[1],
            Counterpart = values[2],
            Frequency = values[3],
            TimePeriod = values[4],
            Value = values[5],
            UnitMultiplier = 0,
        };
        context.RecordLabel = $"observation {number}";
        var mapped = mapper.TryMap(observation, line, out record);
        context.RecordLabel = null;
        record = record with { SourceLine = number }; // evidence names the observation, as TradeRecord documents
        return mapped;
    }

    private static void Capture(XmlReader xml, string?[] values)
    {
        for (var i = 0; i < s_keys.Length; i++)
        {
            values[i] = xml.GetAttribute(s_keys[i]);
        }
    }

    private static bool CheckRoot(XmlReader xml, ReadContext context)
    {
        if (xml.LocalName == "StructureSpecificData")
        {
            return true;
        }

        var hint = xml.LocalName switch
        {
            "GenericData" => " (SDMX GenericData is not supported: ask the API for structure-specific data)",
            "Error" => " (the file is an SDMX error message, not data)",
            _ => string.Empty,
        };
        context.Error(0, string.Empty, $"root element '{xml.Name}' is not an SDMX-ML StructureSpecificData message{hint}");
        return false;
    }

    private static bool TryRead(XmlReader xml, ReadContext context, long number, long linesBefore)
    {
        try
        {
            return xml.Read();
        }
        catch (XmlException ex)
        {
            // XmlException's own message gives the line as the reader counts it, from the content's start.
            context.Error(0, string.Empty, $"the XML is cut off or malformed after observation {number} (line {ex.LineNumber + linesBefore}, position {ex.LinePosition}): {ex.Message}");
            return false;
        }
        catch (DecoderFallbackException ex)
        {
            context.Error(0, string.Empty, $"the file is not valid UTF-8 text after observation {number} ({ex.Message})");
            return false;
        }
    }
}
