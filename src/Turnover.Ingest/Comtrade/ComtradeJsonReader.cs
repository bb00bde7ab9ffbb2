using System.Text.Json;
using Turnover.Core;

namespace Turnover.Ingest.Comtrade;

/// <summary>
/// Reads a Comtrade+ API response <c>{"elapsedTime":…,"count":…,"data":[…],"error":""}</c>. Responses are small
/// (the API caps them), so the file is read whole; messages give the line a record opens on, and its number from 1
/// where it helps.
/// </summary>
internal static class ComtradeJsonReader
{
    public static IEnumerable<TradeRecord> Read(ReadContext context)
    {
        context.Dataset = ComtradeDataset.LayoutName(ComtradeLayout.PlusJson);
        var response = ComtradeResponse.Load(context);
        if (response is null || !IsTradeData(response, context))
        {
            yield break;
        }

        var header = ComtradeHeader.Create(PropertyNames(response.Records), ComtradeLayout.PlusJson);
        var parser = new ComtradeRowParser(context, header);
        for (var i = 0; i < response.Records.Count && !context.ShouldStop; i++)
        {
            context.RowsRead++;
            var record = response.Records[i];
            var (number, line) = (i + 1, response.RecordLines[i]);
            if (record.ValueKind != JsonValueKind.Object)
            {
                context.Error(line, string.Empty, ComtradeMessages.RecordNotAnObject(number));
                continue;
            }

            if (!HasRequired(record, header, number, line, context))
            {
                continue;
            }

            context.RecordLabel = $"record {number}";
            var parsed = parser.TryParse(new JsonFields(record, header), line, out var trade);
            context.RecordLabel = null;
            if (parsed)
            {
                yield return trade with { SourceLine = number }; // evidence names the record, as TradeRecord documents
            }
        }

        context.Dataset = ComtradeDataset.Describe(ComtradeLayout.PlusJson, parser);
        context.Note = ComtradeDataset.Note(ComtradeLayout.PlusJson, context.Options.IncludeBreakdowns);
    }

    /// <summary>A whole-file verdict: an API error, a bulk listing, a missing data array or a short response.</summary>
    private static bool IsTradeData(ComtradeResponse response, ReadContext context)
    {
        if (!string.IsNullOrEmpty(response.ApiError))
        {
            context.Error(0, "error", ComtradeMessages.ApiError(response.ApiError));
            return false;
        }

        if (!response.HasData)
        {
            if (!context.HasErrors)
            {
                context.Error(0, string.Empty, ComtradeMessages.NoDataArray);
            }

            return false;
        }

        var first = response.Records.FirstOrDefault(r => r.ValueKind == JsonValueKind.Object);
        if (first.ValueKind == JsonValueKind.Object && first.TryGetProperty("fileUrl", out _) && !first.TryGetProperty("primaryValue", out _))
        {
            context.Error(0, string.Empty, ComtradeMessages.BulkListing);
            return false;
        }

        if (response.Count is { } count && count != response.Records.Count && response.Complete)
        {
            context.Error(0, "count", ComtradeMessages.CountMismatch(count, response.Records.Count));
        }

        // Records before a cut are still read: their own defects are worth reporting too.
        return true;
    }

    private static bool HasRequired(JsonElement record, ComtradeHeader header, int number, long line, ReadContext context)
    {
        var complete = true;
        foreach (var column in ComtradeHeader.Required)
        {
            if (header.IndexOf(column) < 0 || !record.TryGetProperty(header.NameOf(column), out _))
            {
                context.Error(line, header.NameOf(column), ComtradeMessages.RecordLacks(number, header.NameOf(column)));
                complete = false;
            }
        }

        if (!record.TryGetProperty(header.NameOf(ComtradeColumn.RefYear), out _) && !record.TryGetProperty(header.NameOf(ComtradeColumn.Period), out _))
        {
            context.Error(line, header.NameOf(ComtradeColumn.RefYear), ComtradeMessages.RecordLacksPeriod(number));
            complete = false;
        }

        return complete;
    }

    /// <summary>Property names in order of first appearance across records (the API sends the same set for every record).</summary>
    private static List<string> PropertyNames(IReadOnlyList<JsonElement> records)
    {
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records.Where(r => r.ValueKind == JsonValueKind.Object).Take(16))
        {
            foreach (var property in record.EnumerateObject())
            {
                if (seen.Add(property.Name))
                {
                    names.Add(property.Name);
                }
            }
        }

        return names;
    }
}
