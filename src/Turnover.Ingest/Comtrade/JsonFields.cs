using System.Text.Json;

namespace Turnover.Ingest.Comtrade;

/// <summary>
/// One Comtrade+ API record. Properties are typed loosely by the API (<c>mosCode</c> is a string, <c>motCode</c> a
/// number, <c>period</c> a string here and a number in bulk listings), so every value is read as its text.
/// </summary>
internal readonly struct JsonFields(JsonElement record, ComtradeHeader header) : IComtradeFields
{
    public bool Has(ComtradeColumn column) =>
        header.IndexOf(column) >= 0 && record.TryGetProperty(header.NameOf(column), out _);

    public ReadOnlySpan<char> this[ComtradeColumn column]
    {
        get
        {
            if (header.IndexOf(column) < 0 || !record.TryGetProperty(header.NameOf(column), out var value))
            {
                return default;
            }

            return value.ValueKind switch
            {
                JsonValueKind.String => value.GetString().AsSpan().Trim(),
                JsonValueKind.Null or JsonValueKind.Undefined => default,
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => value.GetRawText(),
            };
        }
    }
}
