using System.Diagnostics;

namespace Turnover.Cli.Tests;

/// <summary>
/// Runs a built or installed turnover (or the SDK making one) as a user would: without this test run's TURNOVER_ and
/// MSBuild variables, so nothing leads it to the repository's data or store, at 200 columns.
/// </summary>
internal static class IsolatedProcess
{
    /// <param name="program">What to run.</param>
    /// <param name="args">Its arguments.</param>
    /// <param name="folder">Its working folder.</param>
    /// <param name="packages">NUGET_PACKAGES for it, or null for the user's own cache.</param>
    /// <param name="temp">TMPDIR for it (where the store probe keeps its marks), or null for the system's.</param>
    /// <param name="limit">How long it may run before it is killed and the test fails.</param>
    /// <param name="environment">More environment variables for it, if any.</param>
    public static ProcessResult Run(string program, IReadOnlyList<string> args, string folder, string? packages, string? temp, TimeSpan limit, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("TURNOVER_", StringComparison.Ordinal) || k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        if (packages is not null)
        {
            start.Environment["NUGET_PACKAGES"] = packages;
        }

        if (temp is not null)
        {
            start.Environment["TMPDIR"] = temp;
        }

        start.Environment["COLUMNS"] = "200";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not end within {limit.TotalMinutes} min");
        }

        process.WaitForExit();
        return new ProcessResult($"{Path.GetFileName(program)} {string.Join(' ', args)}", process.ExitCode, output.Result, error.Result);
    }
}
