using System.Text.Json;
using Turnover.Core;

namespace Turnover.Ingest.Mapped;

/// <summary>
/// Reads where the values are: <c>"values": {"Export": "Exports", "Import": "Imports"}</c> (one column per flow),
/// or <c>"value": "Value"</c> with <c>"flow": {"column": "Flow", "map": {"X": "Export", "M": "Import", "RX": "skip"}}</c>.
/// </summary>
internal static class FlowLayout
{
    public static (List<(Flow, ColumnRef)> Values, ColumnRef? Value, ColumnRef? Flow, Dictionary<string, Flow?> Map) Read(JsonElement root, MappingJson json)
    {
        var values = new List<(Flow, ColumnRef)>();
        var map = new Dictionary<string, Flow?>(StringComparer.OrdinalIgnoreCase);
        var wide = json.TryGet(root, "values", out var valuesElement);
        var longValue = json.TryGet(root, "value", out var valueElement);
        var hasFlow = json.TryGet(root, "flow", out var flowElement);
        if (wide == (longValue || hasFlow))
        {
            json.Fail(wide ? "value" : "values", wide
                ? "give either 'values' (one column per flow) or 'value' with 'flow', not both"
                : "is required: {\"Export\": \"Exports\", \"Import\": \"Imports\"}, or give 'value' and 'flow'");
            return (values, null, null, map);
        }

        if (wide)
        {
            if (valuesElement.ValueKind != JsonValueKind.Object || !valuesElement.EnumerateObject().Any())
            {
                json.Fail("values", "should be an object of flow to column, e.g. {\"Export\": \"Exports\", \"Import\": \"Imports\"}");
                return (values, null, null, map);
            }

            foreach (var property in valuesElement.EnumerateObject())
            {
                var flow = ParseFlow(property.Name, json, "values." + property.Name);
                if (flow is { } f && json.Column(property.Value, "values." + property.Name) is { } column)
                {
                    values.Add((f, column));
                }
            }

            return (values, null, null, map);
        }

        var value = longValue ? json.Column(valueElement, "value") : Missing(json, "value", "is required with 'flow': the column holding the values");
        if (!hasFlow || flowElement.ValueKind != JsonValueKind.Object)
        {
            json.Fail("flow", "is required with 'value': {\"column\": \"Flow\", \"map\": {\"X\": \"Export\", \"M\": \"Import\"}}");
            return (values, value, null, map);
        }

        json.RejectUnknown(flowElement, "flow.", ["column", "map"]);
        var flowColumn = json.RequiredColumn(flowElement, "column", "flow.column");
        if (!json.TryGet(flowElement, "map", out var mapElement) || mapElement.ValueKind != JsonValueKind.Object || !mapElement.EnumerateObject().Any())
        {
            json.Fail("flow.map", "is required: the flow column's values to Export, Import, ReExport, ReImport, Turnover or \"skip\"");
            return (values, value, flowColumn, map);
        }

        foreach (var entry in mapElement.EnumerateObject())
        {
            var field = "flow.map." + entry.Name;
            var target = entry.Value.ValueKind == JsonValueKind.String ? entry.Value.GetString()! : string.Empty;
            map[entry.Name.Trim()] = target.Equals("skip", StringComparison.OrdinalIgnoreCase) ? null : ParseFlow(target, json, field);
        }

        return (values, value, flowColumn, map);
    }

    private static Flow? ParseFlow(string text, MappingJson json, string field)
    {
        // Letters only: Enum.TryParse would also take "1" or "Export, Import" (which ORs to ReExport).
        if (text.Length > 0 && text.All(char.IsAsciiLetter) && Enum.TryParse<Flow>(text, ignoreCase: true, out var flow))
        {
            return flow;
        }

        json.Fail(field, $"'{text}' is not a flow: use Export, Import, ReExport, ReImport or Turnover");
        return null;
    }

    private static ColumnRef? Missing(MappingJson json, string field, string problem)
    {
        json.Fail(field, problem);
        return null;
    }
}
