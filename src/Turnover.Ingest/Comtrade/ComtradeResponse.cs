using System.Text;
using System.Text.Json;
using Turnover.Ingest.Internal;

namespace Turnover.Ingest.Comtrade;

/// <summary>
/// The parts of a Comtrade+ API response, parsed token by token so a response cut off mid-way still yields its
/// complete records and an error naming the record where it breaks (not an exception trace).
/// </summary>
internal sealed class ComtradeResponse
{
    private ComtradeResponse()
    {
    }

    public List<JsonElement> Records { get; } = [];

    /// <summary>The line each record opens on, for messages (a pretty-printed response spreads a record over many).</summary>
    public List<long> RecordLines { get; } = [];

    public bool HasData { get; private set; }

    public long? Count { get; private set; }

    public string? ApiError { get; private set; }

    /// <summary>False when the JSON broke off or was malformed.</summary>
    public bool Complete { get; private set; }

    /// <summary>Parses the file, or returns null after reporting why it cannot be parsed at all.</summary>
    public static ComtradeResponse? Load(ReadContext context)
    {
        byte[] bytes;
        try
        {
            using var stream = context.OpenRead();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            bytes = ComtradeText.ToValidUtf8(buffer.ToArray());
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            context.Error(0, string.Empty, ComtradeMessages.Unreadable(ex.Message));
            return null;
        }

        var json = bytes.AsMemory();
        if (json.Span.StartsWith(Encoding.UTF8.Preamble))
        {
            json = json[Encoding.UTF8.Preamble.Length..];
        }

        var response = new ComtradeResponse();
        response.Parse(json, context);
        return response;
    }

    private void Parse(ReadOnlyMemory<byte> json, ReadContext context)
    {
        var lines = new LineCounter(json);
        var reader = new Utf8JsonReader(json.Span, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var inData = false;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                context.Error(0, string.Empty, json.Span.Trim((byte)' ').IsEmpty ? ComtradeMessages.EmptyFile : ComtradeMessages.NotAnObject);
                return;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "data" when reader.TokenType == JsonTokenType.StartArray:
                        HasData = inData = true;
                        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                        {
                            var line = lines.LineAt(reader.TokenStartIndex);
                            Records.Add(JsonElement.ParseValue(ref reader));
                            RecordLines.Add(line);
                        }

                        inData = false;
                        break;
                    case "count" when reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var count):
                        Count = count;
                        break;
                    case "error" when reader.TokenType == JsonTokenType.String:
                        ApiError = reader.GetString();
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }

            Complete = true;
        }
        catch (JsonException ex)
        {
            context.Error(
                !inData ? 0 : ex.LineNumber is { } zeroBased ? zeroBased + 1 : lines.LineAt(reader.TokenStartIndex),
                string.Empty,
                inData ? ComtradeMessages.JsonCutOff(Records.Count + 1) : ComtradeMessages.JsonBroken(HasData ? "after the data array" : "before the data array"));
        }
    }
}
