using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Turnover.Cli.Tests;

// The tool package carries, beside the IL every platform runs, a copy of the product's assemblies compiled ahead of time
// for the platform it was packed on (src/Turnover.Cli/AheadOfTime.targets; docs/claims.md, Speed), listed in
// turnover.deps.json as that platform's runtime assets, and the .NET host loads those copies there. Part of
// ToolPackageTests, so the one packed and installed tool serves both.
public sealed partial class ToolPackageTests
{
    private static readonly string s_rid = RuntimeInformation.RuntimeIdentifier;

    // The platforms the pack compiles for (an operating system crossgen2 targets, x64 or arm64).
    private static bool IsCompiledFor => (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsWindows())
        && RuntimeInformation.OSArchitecture is Architecture.X64 or Architecture.Arm64;

    [Theory]
    [InlineData("turnover.dll")]
    [InlineData("Turnover.Claims.dll")]
    [InlineData("Turnover.Application.dll")]
    [InlineData("Turnover.Store.dll")]
    [InlineData("System.CommandLine.dll")]
    public void When_the_tool_is_packed_then_an_assembly_keeps_its_IL_and_gains_a_precompiled_copy_for_this_platform(string assembly)
    {
        Assert.False(HasNativeCode(Path.Combine(tool.InstalledFolder, assembly)), $"{assembly}: the copy every platform runs must stay IL only");
        if (!IsCompiledFor)
        {
            Assert.Empty(PrecompiledCopies());
            return;
        }

        var copy = $"runtimes/{s_rid}/lib/net10.0/{assembly}";
        Assert.True(HasNativeCode(Path.Combine(tool.InstalledFolder, copy)), $"{copy} has no ReadyToRun code");
        Assert.Contains((copy, s_rid), PrecompiledCopies());
    }

    [Fact]
    public void When_the_tool_is_packed_then_the_large_libraries_stay_IL_only()
    {
        Assert.DoesNotContain(PrecompiledCopies(), c => c.Asset.EndsWith("/MathNet.Numerics.dll", StringComparison.Ordinal) || c.Asset.EndsWith("/ScottPlot.dll", StringComparison.Ordinal));
        Assert.False(HasNativeCode(Path.Combine(tool.InstalledFolder, "MathNet.Numerics.dll")));
    }

    [Fact]
    public void When_the_installed_tool_starts_then_the_host_loads_the_precompiled_copies_of_this_platform()
    {
        var trace = Path.Combine(tool.TempFolder, "host-" + Guid.NewGuid().ToString("N") + ".txt");

        var version = tool.Turnover(tool.WorkFolder, new Dictionary<string, string> { ["COREHOST_TRACE"] = "1", ["COREHOST_TRACEFILE"] = trace }, "--version");

        Assert.True(version.Exit == 0, version.Out + version.Error);
        var trusted = File.ReadLines(trace).Where(l => l.StartsWith("Adding tpa entry: ", StringComparison.Ordinal)).ToList();
        var claims = Assert.Single(trusted, l => l.Contains("Turnover.Claims.dll", StringComparison.Ordinal));
        var precompiled = claims.Replace('\\', '/').Contains($"/runtimes/{s_rid}/lib/net10.0/Turnover.Claims.dll", StringComparison.Ordinal);
        // Elsewhere the host takes the IL beside turnover.dll.
        Assert.True(precompiled == IsCompiledFor, claims);
    }

    private static bool HasNativeCode(string assembly)
    {
        using var pe = new PEReader(File.OpenRead(assembly));
        // A ReadyToRun image points its CLI header's managed native header at the precompiled code; an IL-only one does not.
        return pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
    }

    /// <summary>Every runtime asset turnover.deps.json lists for a runtime identifier under runtimes/*/lib/, with it.</summary>
    private List<(string Asset, string Rid)> PrecompiledCopies()
    {
        using var deps = JsonDocument.Parse(File.ReadAllText(Path.Combine(tool.InstalledFolder, "turnover.deps.json")));
        return deps.RootElement.GetProperty("targets").EnumerateObject()
            .SelectMany(t => t.Value.EnumerateObject())
            .Where(l => l.Value.TryGetProperty("runtimeTargets", out _))
            .SelectMany(l => l.Value.GetProperty("runtimeTargets").EnumerateObject())
            .Where(a => a.Value.GetProperty("assetType").GetString() == "runtime" && a.Name.Contains("/lib/", StringComparison.Ordinal))
            .Select(a => (a.Name, a.Value.GetProperty("rid").GetString()!))
            .ToList();
    }
}
