using System.Diagnostics;

namespace Turnover.Fuzz;

/// <summary>Starts .NET programs of this output folder (the fuzz worker, <c>turnover</c>) as child processes.</summary>
internal static class ChildProcess
{
    /// <summary>The <c>dotnet</c> host: the one running this process when it is <c>dotnet</c>, else the one on PATH.</summary>
    public static string Host =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
        : Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath!
        : "dotnet";

    /// <summary>Starts <c>dotnet ASSEMBLY ARGS</c> for an assembly next to this one, output redirected.</summary>
    public static Process Start(string assembly, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo(Host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, assembly));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return Process.Start(info) ?? throw new InvalidOperationException($"could not start {assembly}");
    }
}
