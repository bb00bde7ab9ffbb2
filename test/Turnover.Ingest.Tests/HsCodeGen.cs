using FsCheck;
using FsCheck.Fluent;

namespace Turnover.Ingest.Tests;

/// <summary>Generates HS codes that keep the structure every HS edition shares (no chapter 00 or 77, no heading 00).</summary>
internal static class HsCodeGen
{
    // The last heading of chapters 01-09 in every HS edition up to 2022 (0106, 0210, 0309, ...).
    private static readonly int[] s_lastHeading = [0, 6, 10, 9, 10, 11, 4, 14, 14, 10];

    /// <summary>A code of 2, 4 or 6 digits, as a number (leading zeros dropped).</summary>
    public static Gen<int> Code(int digits) =>
        from chapterIndex in Gen.Choose(1, 98)
        let chapter = chapterIndex >= 77 ? chapterIndex + 1 : chapterIndex
        from heading in Gen.Choose(1, chapter < s_lastHeading.Length ? s_lastHeading[chapter] : 99)
        from subheading in Gen.Choose(0, 99)
        select digits switch { 2 => chapter, 4 => (chapter * 100) + heading, _ => (chapter * 10_000) + (heading * 100) + subheading };
}
