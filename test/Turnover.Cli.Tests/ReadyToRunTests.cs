using System.Reflection.PortableExecutable;
using Turnover.Testing;

namespace Turnover.Cli.Tests;

/// <summary>
/// The ReadyToRun publish the README gives for a faster start (the 1 MB claims benchmark: docs/claims.md, Speed) is
/// compiled ahead of time and works from any folder: the bundled data and the store probe travel with it.
/// </summary>
public sealed class ReadyToRunTests(ReadyToRunBuild build) : IClassFixture<ReadyToRunBuild>
{
    [Theory]
    [InlineData("turnover.dll")]
    [InlineData("Turnover.Claims.dll")]
    [InlineData("Turnover.Application.dll")]
    [InlineData("Turnover.Store.dll")]
    public void When_published_with_ReadyToRun_then_the_assemblies_carry_native_code(string assembly)
    {
        using var pe = new PEReader(File.OpenRead(Path.Combine(build.Folder, assembly)));

        // A ReadyToRun image points its CLI header's managed native header at the precompiled code; an IL-only one does not.
        Assert.True(pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, $"{assembly} has no ReadyToRun code");
    }

    [Fact]
    public void When_the_published_build_runs_demo_in_an_unrelated_folder_then_it_builds_the_store_from_its_data()
    {
        Assert.True(build.Demo.Exit == 0, build.Demo.Out + build.Demo.Error);
        // China's customs' 2024 China–Russia turnover, and a registered target's verdict.
        Assert.Contains("244.819", build.Demo.Out, StringComparison.Ordinal);
        Assert.Contains("cn-ru-200bn-2024", build.Demo.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(build.Folder, "turnover-store-probe.dll")));
    }

    [Fact]
    public void When_the_published_build_judges_the_example_then_its_claims_are_read_and_judged()
    {
        var example = Path.Combine(RepoPaths.Root, "docs", "examples", "claims-example.txt");

        var claims = build.Turnover(build.WorkFolder, "claims", example, "--format", "json");

        Assert.True(claims.Exit == 0, claims.Out + claims.Error);
        Assert.Contains("\"contract\": \"turnover.claims/1\"", claims.Out, StringComparison.Ordinal);
        Assert.Contains("reached $240.1 billion in 2023", claims.Out, StringComparison.Ordinal);
        Assert.Contains("\"verdict\"", claims.Out, StringComparison.Ordinal);
    }
}
