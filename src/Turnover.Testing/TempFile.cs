using System.Text;

namespace Turnover.Testing;

/// <summary>A file in a fresh temporary folder, deleted on dispose; for bad-input tests built from real fixtures.</summary>
public sealed class TempFile : IDisposable
{
    private readonly string _folder;

    private TempFile(string folder, string path)
    {
        _folder = folder;
        Path = path;
    }

    /// <summary>The file's full path.</summary>
    public string Path { get; }

    /// <summary>Writes bytes under the given file name.</summary>
    public static TempFile WithBytes(string fileName, byte[] bytes)
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "turnover-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = System.IO.Path.Combine(folder, fileName);
        File.WriteAllBytes(path, bytes);
        return new TempFile(folder, path);
    }

    /// <summary>Writes UTF-8 text (no BOM) under the given file name.</summary>
    public static TempFile WithText(string fileName, string text) => WithBytes(fileName, new UTF8Encoding(false).GetBytes(text));

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the test for it is not.
        }
    }
}
