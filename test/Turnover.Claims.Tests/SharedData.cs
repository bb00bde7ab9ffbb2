using Turnover.Testing;

namespace Turnover.Claims.Tests;

/// <summary>
/// Files of ../shared/data (the real articles and labelled sentences kept beside the repository, never copied into
/// it). Tests that need them are skipped with a reason when the folder is not there.
/// </summary>
internal static class SharedData
{
    public static string Folder => Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "data"));

    public static string File(params string[] parts) => Path.Combine([Folder, .. parts]);

    public static bool Available => Directory.Exists(Folder);
}
