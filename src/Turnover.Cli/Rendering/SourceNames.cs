using Turnover.Core;

namespace Turnover.Cli.Rendering;

/// <summary>Human names of the publishers and the names <c>--source</c> accepts: views of <see cref="SourceCatalog"/>.</summary>
internal static class SourceNames
{
    public static string Describe(SourceKind source) => SourceCatalog.Of(source).DisplayName;

    /// <summary>The name <c>--source</c> takes and JSON's <c>source.code</c> gives.</summary>
    public static string Code(SourceKind source) => SourceCatalog.Of(source).Code;

    public static SourceKind? Parse(string? text) =>
        text is null ? null
        : SourceCatalog.FromName(text)
            ?? throw new UserInputException($"unknown source '{text}' (expected one of: {string.Join(", ", SourceCatalog.Codes)}).");
}
