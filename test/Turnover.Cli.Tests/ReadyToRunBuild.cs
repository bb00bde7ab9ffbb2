using System.Runtime.InteropServices;
using Turnover.Testing;

namespace Turnover.Cli.Tests;

/// <summary>
/// turnover published for this machine's platform with ReadyToRun (README, "A faster start: ReadyToRun for your
/// platform"): <c>dotnet publish</c> of src/Turnover.Cli into a temporary folder, then <c>turnover demo</c> run from it
/// in a folder with no data/ above it, so the bundled data can only come from the publish.
/// </summary>
public sealed class ReadyToRunBuild : IDisposable
{
    // Compiling every assembly ahead of time took 50 s on an idle two-core machine; a loaded one takes several times that.
    private static readonly TimeSpan s_limit = TimeSpan.FromMinutes(8);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "turnover-r2r-" + Guid.NewGuid().ToString("N"));

    public ReadyToRunBuild()
    {
        Directory.CreateDirectory(WorkFolder);
        Directory.CreateDirectory(Path.Combine(_root, "tmp"));
        // The command the README gives, into this test's folder. -m:1: the store probe, referenced by the tool for its
        // files, is otherwise built twice at once for the platform and the publish fails on its runtimeconfig.json.
        var publish = IsolatedProcess.Run(
            "dotnet",
            ["publish", Path.Combine(RepoPaths.Root, "src", "Turnover.Cli", "Turnover.Cli.csproj"), "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier,
                "--self-contained", "false", "-p:PublishReadyToRun=true", "-m:1", "--disable-build-servers", "-o", Folder],
            _root, packages: null, temp: null, s_limit);
        if (publish.Exit != 0)
        {
            throw new InvalidOperationException($"{publish.What} exited with {publish.Exit}:\n{publish.Out}\n{publish.Error}");
        }

        Demo = Turnover(WorkFolder, "demo");
    }

    /// <summary>The publish folder: turnover, its assemblies compiled ahead of time, the store probe and data/.</summary>
    public string Folder => Path.Combine(_root, "publish");

    /// <summary>The unrelated working folder <c>turnover demo</c> ran in.</summary>
    public string WorkFolder => Path.Combine(_root, "work");

    /// <summary>What <c>turnover demo</c> gave.</summary>
    public ProcessResult Demo { get; }

    /// <summary>Runs the published command in <paramref name="folder"/>.</summary>
    public ProcessResult Turnover(string folder, params string[] args) =>
        IsolatedProcess.Run(Path.Combine(Folder, OperatingSystem.IsWindows() ? "turnover.exe" : "turnover"), args, folder, packages: null, temp: Path.Combine(_root, "tmp"), s_limit);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail a test.
        }
    }
}
