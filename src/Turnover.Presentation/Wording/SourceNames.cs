using Turnover.Application;
using Turnover.Core;

namespace Turnover.Presentation.Wording;

/// <summary>Human names of the publishers and the names <c>--source</c> accepts: views of <see cref="SourceCatalog"/>.</summary>
internal static class SourceNames
{
    public static string Describe(SourceKind source) => SourceCatalog.Of(source).DisplayName;

    /// <summary>The name <c>--source</c> takes and JSON's <c>source.code</c> gives.</summary>
    public static string Code(SourceKind source) => SourceCatalog.Of(source).Code;

    /// <summary>The publisher a <c>--source</c> (or <c>source=</c>) value names; null for none given; a failure naming the accepted values.</summary>
    public static Outcome<SourceKind?> Parse(string? text) =>
        text is null ? Outcome.Of<SourceKind?>(null)
        : SourceCatalog.FromName(text) is { } kind ? Outcome.Of<SourceKind?>(kind)
        : Failure.BadInput($"unknown source '{text}' (expected one of: {string.Join(", ", SourceCatalog.Codes)}).");
}
