using Turnover.Core;

namespace Turnover.Cli.Rendering;

/// <summary>Human names of the publishers.</summary>
internal static class SourceNames
{
    public static string Describe(SourceKind source) => source switch
    {
        SourceKind.Gacc => "China's customs, GACC",
        SourceKind.UsCensus => "US Census Bureau",
        SourceKind.Kosis => "KOSIS",
        SourceKind.Comtrade => "UN Comtrade",
        SourceKind.Baci => "CEPII BACI",
        SourceKind.Imf => "IMF",
        SourceKind.Mapped => "mapped CSV",
        _ => source.ToString(),
    };

    public static SourceKind? Parse(string? text) =>
        text is null ? null
        : Enum.TryParse<SourceKind>(text, ignoreCase: true, out var source) ? source
        : text.ToLowerInvariant() switch
        {
            "census" => SourceKind.UsCensus,
            _ => throw new UserInputException($"unknown source '{text}' (expected one of: {string.Join(", ", Enum.GetNames<SourceKind>())})."),
        };
}
