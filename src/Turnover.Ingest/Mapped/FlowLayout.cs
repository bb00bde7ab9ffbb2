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
                var field = "values." + property.Name;
                var flow = ParseFlow(property.Name, json, field);
                if (flow is not { } f || json.Column(property.Value, field) is not { } column)
                {
                    continue;
                }

                // One column read as two flows would store the same figure twice, as exports and as imports.
                if (values.FirstOrDefault(v => v.Item1 == f || SameColumn(v.Item2, column)) is { Item2.Field: { } taken } clash)
                {
                    json.Fail(field, clash.Item1 == f
                        ? $"gives the flow {f} again ('{taken}' gives it already); give each flow once"
                        : $"column '{column}' is already the column of '{taken}': one column cannot hold two flows");
                    continue;
                }

                values.Add((f, column));
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

    // Names as the header matches them (trimmed, any case); a name and a position are compared once the header is read.
    internal static bool SameColumn(ColumnRef a, ColumnRef b) =>
        a.Name is null || b.Name is null ? a.Name is null && b.Name is null && a.Position == b.Position
        : a.Name.Equals(b.Name, StringComparison.OrdinalIgnoreCase);

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
