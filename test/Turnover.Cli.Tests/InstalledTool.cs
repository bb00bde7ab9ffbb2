using System.Reflection;
using Turnover.Testing;

namespace Turnover.Cli.Tests;

/// <summary>
/// The turnover .NET tool as a user gets it: <c>dotnet pack</c> of src/Turnover.Cli into a temporary feed,
/// <c>dotnet tool install --tool-path</c> from that feed alone, then <c>turnover demo</c> run by the installed command
/// in a folder with no data/ above it, so the bundled data can only come from the package.
/// </summary>
public sealed class InstalledTool : IDisposable
{
    private const string PackageId = "Turnover.Cli";

    // A loaded two-core machine takes about a minute to pack the ~140 MB package.
    private static readonly TimeSpan s_limit = TimeSpan.FromMinutes(5);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "turnover-tool-" + Guid.NewGuid().ToString("N"));

    public InstalledTool()
    {
        Directory.CreateDirectory(WorkFolder);
        Directory.CreateDirectory(TempFolder);
        Version = ProductVersion();
        var feed = Path.Combine(_root, "feed");

        // --no-build: this test's build has just built the tool in its own configuration; the package is made of that.
        Succeed(Run(
            "dotnet",
            ["pack", Path.Combine(RepoPaths.Root, "src", "Turnover.Cli", "Turnover.Cli.csproj"), "-c", Configuration, "--no-build", "--disable-build-servers", "-o", feed,
                $"-p:PublishDir={Path.Combine(_root, "publish")}/", $"-p:NuspecOutputPath={Path.Combine(_root, "nuspec")}/"],
            _root));
        Package = Path.Combine(feed, $"{PackageId}.{Version}.nupkg");

        // Only the local feed (no nuget.org) and a private package cache, so an older turnover.cli of the same
        // version cached by a previous run cannot stand in for this one.
        var config = Path.Combine(_root, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="turnover" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        var tools = Path.Combine(_root, "tools");
        Succeed(Run("dotnet", ["tool", "install", "--tool-path", tools, "--configfile", config, PackageId, "--version", Version], _root));
        Command = Path.Combine(tools, OperatingSystem.IsWindows() ? "turnover.exe" : "turnover");

        Demo = Turnover(WorkFolder, "demo");
    }

    /// <summary>The product's version (Directory.Build.props), which the package carries.</summary>
    public string Version { get; }

    /// <summary>The package <c>dotnet pack</c> made.</summary>
    public string Package { get; }

    /// <summary>The installed <c>turnover</c> command.</summary>
    public string Command { get; }

    /// <summary>The unrelated working folder <c>turnover demo</c> ran in (its store is turnover.duckdb there).</summary>
    public string WorkFolder => Path.Combine(_root, "work");

    /// <summary>The temporary folder of the tool's processes (where the store probe keeps its marks).</summary>
    public string TempFolder => Path.Combine(_root, "tmp");

    /// <summary>What <c>turnover demo</c> gave.</summary>
    public ProcessResult Demo { get; }

    /// <summary>The folder the package was installed to, holding turnover.dll, its deps.json and the bundled data/ (the
    /// precompiled copy of turnover.dll is further down, under runtimes/).</summary>
    public string InstalledFolder =>
        Directory.GetFiles(Path.Combine(_root, "tools", ".store"), "turnover.deps.json", SearchOption.AllDirectories) is [var deps]
            ? Path.GetDirectoryName(deps)!
            : throw new InvalidOperationException("the installed tool has no single turnover.deps.json");

    /// <summary>Runs the installed command in <paramref name="folder"/>.</summary>
    public ProcessResult Turnover(string folder, params string[] args) => Run(Command, args, folder);

    /// <summary>Runs the installed command in <paramref name="folder"/> with more environment variables.</summary>
    public ProcessResult Turnover(string folder, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        IsolatedProcess.Run(Command, args, folder, Path.Combine(_root, "packages"), TempFolder, s_limit, environment);

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

    private static string Configuration =>
#if DEBUG
        "Debug";
#else
        "Release";
#endif

    private static string ProductVersion()
    {
        var informational = typeof(TurnoverCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        return informational.Split('+')[0];
    }

    private static void Succeed(ProcessResult result)
    {
        if (result.Exit != 0)
        {
            throw new InvalidOperationException($"{result.What} exited with {result.Exit}:\n{result.Out}\n{result.Error}");
        }
    }

    // Nothing of this test run may lead the tool to the repository's data or store, nor steer the SDK; packages come
    // from a cache of this test's own, and the tool's temporary files (the store probe's marks) stay in its folder.
    private ProcessResult Run(string program, IReadOnlyList<string> args, string folder) =>
        IsolatedProcess.Run(program, args, folder, Path.Combine(_root, "packages"), program == Command ? TempFolder : null, s_limit);
}

/// <summary>A finished process: what ran, its exit code and what it wrote.</summary>
public sealed record ProcessResult(string What, int Exit, string Out, string Error);
