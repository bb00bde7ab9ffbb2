using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Turnover.Presentation.Json;

/// <summary>
/// The source-generated serialiser of every JSON document the CLI writes: typed records only, camelCase names,
/// indented, nulls written (a field is always present; docs/json-contract.md says when it is null).
/// </summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(SeriesDocument))]
[JsonSerializable(typeof(InfoDocument))]
[JsonSerializable(typeof(TargetCheckDocument))]
[JsonSerializable(typeof(ClaimsDocument))]
[JsonSerializable(typeof(ForecastDocument))]
[JsonSerializable(typeof(WatchDocument))]
[JsonSerializable(typeof(BacktestTargetsDocument))]
[JsonSerializable(typeof(ProductsDocument))]
[JsonSerializable(typeof(SuppliersDocument))]
[JsonSerializable(typeof(DecomposeDocument))]
[JsonSerializable(typeof(MirrorDocument))]
internal sealed partial class TurnoverJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The same options (kept equal to the attribute's), writing text as itself ("China's", "2018–2021", "+32.2%") instead of \u escapes: the output goes to
    /// files and pipes, never into HTML, and a reader sees the words the tables print.
    /// </summary>
    public static TurnoverJsonContext Readable { get; } = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
