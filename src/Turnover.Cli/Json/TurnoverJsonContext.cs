using System.Text.Json.Serialization;

namespace Turnover.Cli.Json;

/// <summary>
/// The source-generated serialiser of every JSON document the CLI writes: typed records only, camelCase names,
/// indented, nulls written (a field is always present; docs/json-contract.md says when it is null).
/// </summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(SeriesDocument))]
[JsonSerializable(typeof(InfoDocument))]
[JsonSerializable(typeof(TargetCheckDocument))]
internal sealed partial class TurnoverJsonContext : JsonSerializerContext;
