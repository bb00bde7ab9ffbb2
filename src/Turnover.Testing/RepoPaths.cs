namespace Turnover.Testing;

/// <summary>Finds files of the repository from a test's output folder.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The folder holding Turnover.slnx.</summary>
    public static string Root => s_root.Value;

    /// <summary>A file under test/fixtures (real-format excerpts with provenance in test/fixtures/README.md).</summary>
    public static string Fixture(params string[] parts) => Path.Combine([Root, "test", "fixtures", .. parts]);

    /// <summary>A file under data/ (the bundled real data).</summary>
    public static string Data(params string[] parts) => Path.Combine([Root, "data", .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Turnover.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Turnover.slnx not found above {AppContext.BaseDirectory}.");
    }
}
