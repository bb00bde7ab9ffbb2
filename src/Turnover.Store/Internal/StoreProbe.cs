using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Turnover.Store.Internal;

/// <summary>
/// Reads a store file in a child process (turnover-store-probe) before this process opens it, when the file was not
/// last written by turnover: a damaged file can crash DuckDB's reader with SIGSEGV (its 64-bit XOR block checksum
/// misses, e.g., an even number of zeroed words flipped to ones), which would kill this process with no message. A
/// crash of the child is reported as a damaged store; anything else is left to the in-process open and its messages.
/// </summary>
/// <remarks>
/// The probe's apphost looks for the .NET runtime in DOTNET_ROOT or the default install folders, not where the running
/// process found it; it is told (DOTNET_ROOT). An apphost that finds no runtime exits with the low byte of its host
/// error (131 for 0x80008083), in the range a signal gives: its message on stderr tells the two apart.
/// </remarks>
/// <remarks>
/// A file this process wrote and closed, or one a probe read whole, is remembered by its length, modification time
/// and the hash of its headers (a small file per store under the temp folder), so the probe runs once per change made
/// outside turnover (a copy, a restore, damage), not on every command.
/// </remarks>
internal static class StoreProbe
{
    private const string ExecutableName = "turnover-store-probe";
    private const int HeadersLength = 12_288;
    private const int FirstSignalExit = 128;
    private static readonly TimeSpan s_longestProbe = TimeSpan.FromMinutes(10);

    /// <summary>Probes the file unless it is known sound; throws when the probe shows that reading it crashes.</summary>
    /// <exception cref="StoreException">Reading the file crashed the probe.</exception>
    public static void ThrowIfReadingCrashes(string path) => ThrowIfReadingCrashes(path, () => StartInfo(path));

    /// <summary>As above, with the probe process given (tests run stand-ins that crash or refuse).</summary>
    internal static void ThrowIfReadingCrashes(string path, Func<ProcessStartInfo?> probe)
    {
        if (!File.Exists(path) || Fingerprint(path) is not { } before || IsKnownSound(path, before))
        {
            return;
        }

        switch (Run(probe()))
        {
            case ProbeOutcome.Read:
                Remember(path, before);
                break;
            case ProbeOutcome.Crashed crashed:
                throw new StoreException(StoreMessages.Damaged(path, $"reading it crashed DuckDB in a separate check ({crashed.How})"));
            case ProbeOutcome.NoRuntime missing:
                throw new StoreException(StoreMessages.NoRuntimeForCheck(path, missing.Probe, missing.Message));
            default:
                // Refused (DuckDB's own message follows from the open), held by another process, or no probe to run.
                break;
        }
    }

    /// <summary>Remembers the file as written by this process (called after a writable store closed).</summary>
    public static void RememberWritten(string path)
    {
        if (Fingerprint(path) is { } now)
        {
            Remember(path, now);
        }
    }

    /// <summary>True when the file, as it is now, was written here or read whole by a probe.</summary>
    internal static bool IsKnownSound(string path) => Fingerprint(path) is { } now && IsKnownSound(path, now);

    private static ProbeOutcome Run(ProcessStartInfo? start)
    {
        if (start is null)
        {
            return new ProbeOutcome.NotRun();
        }

        try
        {
            start.UseShellExecute = false;
            start.RedirectStandardError = true;
            using var process = Process.Start(start);
            if (process is null)
            {
                return new ProbeOutcome.NotRun();
            }

            // Drained so a long message cannot block the child on a full pipe.
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(s_longestProbe))
            {
                process.Kill(entireProcessTree: true);
                return new ProbeOutcome.NotRun();
            }

            errors.Wait();
            return process.ExitCode switch
            {
                0 => new ProbeOutcome.Read(),
                >= FirstSignalExit and < FirstSignalExit + 64 when HostFailure(errors.Result) is { } message => new ProbeOutcome.NoRuntime(start.FileName, message),
                // A signal kills the child: .NET reports 128 + the signal's number (139 for SIGSEGV).
                >= FirstSignalExit and < FirstSignalExit + 64 => new ProbeOutcome.Crashed($"signal {(process.ExitCode - FirstSignalExit).ToString(CultureInfo.InvariantCulture)}"),
                < 0 => new ProbeOutcome.Crashed($"exit code {process.ExitCode.ToString(CultureInfo.InvariantCulture)}"),
                _ => new ProbeOutcome.NotRun(),
            };
        }
        catch (Exception ex) when (ex is Win32Exception or InvalidOperationException or IOException)
        {
            return new ProbeOutcome.NotRun();
        }
    }

    /// <summary>
    /// The first line of the .NET host's own failure (no runtime found, or not the version needed), which the apphost
    /// prints before any code of the probe runs; null when stderr holds none (a signal prints nothing).
    /// </summary>
    private static string? HostFailure(string stderr)
    {
        string[] markers = ["You must install", "A fatal error was encountered", "https://aka.ms/dotnet"];
        return markers.Any(m => stderr.Contains(m, StringComparison.Ordinal))
            ? stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault()
            : null;
    }

    /// <summary>
    /// The probe's apphost beside this assembly (told where the running runtime is), else its dll through the running
    /// dotnet; null when neither is there.
    /// </summary>
    internal static ProcessStartInfo? StartInfo(string path)
    {
        var folder = AppContext.BaseDirectory;
        var apphost = Path.Combine(folder, OperatingSystem.IsWindows() ? ExecutableName + ".exe" : ExecutableName);
        var dll = Path.Combine(folder, ExecutableName + ".dll");
        ProcessStartInfo start;
        if (File.Exists(apphost))
        {
            start = new ProcessStartInfo(apphost);
            if (DotnetRoot() is { } root)
            {
                // An architecture's own variable (DOTNET_ROOT_X64, set by test hosts among others) comes first for the apphost.
                foreach (var specific in start.Environment.Keys.Where(k => k.StartsWith("DOTNET_ROOT_", StringComparison.Ordinal) || k == "DOTNET_ROOT(x86)").ToList())
                {
                    start.Environment.Remove(specific);
                }

                start.Environment["DOTNET_ROOT"] = root;
            }
        }
        else if (File.Exists(dll) && DotnetHost() is { } dotnet)
        {
            start = new ProcessStartInfo(dotnet);
            start.ArgumentList.Add("exec");
            start.ArgumentList.Add(dll);
        }
        else
        {
            return null;
        }

        start.ArgumentList.Add(Path.GetFullPath(path));
        return start;
    }

    private static string? DotnetHost()
    {
        var fromHost = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(fromHost) && File.Exists(fromHost))
        {
            return fromHost;
        }

        var root = RunningRoot();
        var dotnet = root is null ? null : Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return dotnet is not null && File.Exists(dotnet) ? dotnet : null;
    }

    /// <summary>
    /// The .NET installation the probe's apphost should run on: the one this process runs on, else DOTNET_ROOT as
    /// set; null when neither is known (a self-contained process: the apphost then searches the default folders).
    /// </summary>
    internal static string? DotnetRoot()
    {
        if (RunningRoot() is { } running && Directory.Exists(Path.Combine(running, "host", "fxr")))
        {
            return running;
        }

        var set = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        return string.IsNullOrEmpty(set) ? null : set;
    }

    // The shared runtime lives in <dotnet root>/shared/Microsoft.NETCore.App/<version>/; a self-contained or
    // single-file process has no such folder (its location is empty or the application's own).
    private static string? RunningRoot()
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location);
        return string.IsNullOrEmpty(runtime) ? null : Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
    }

    /// <summary>Length, modification time and a hash of the main and database headers (rewritten by every checkpoint).</summary>
    private static string? Fingerprint(string path)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var headers = new byte[Math.Min(HeadersLength, file.Length)];
            file.ReadExactly(headers);
            var written = File.GetLastWriteTimeUtc(path).Ticks;
            return string.Create(
                CultureInfo.InvariantCulture,
                $"{file.Length} {written} {Convert.ToHexStringLower(SHA256.HashData(headers))}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool IsKnownSound(string path, string fingerprint)
    {
        try
        {
            var mark = MarkPath(path);
            return File.Exists(mark) && File.ReadAllText(mark) == fingerprint;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    // Best effort: a mark that cannot be written only means the next open probes again.
    private static void Remember(string path, string fingerprint)
    {
        try
        {
            var mark = MarkPath(path);
            Directory.CreateDirectory(Path.GetDirectoryName(mark)!);
            var temporary = mark + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllText(temporary, fingerprint);
            File.Move(temporary, mark, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    private static string MarkPath(string path)
    {
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(path))))[..32];
        return Path.Combine(Path.GetTempPath(), "turnover-store-checks", key);
    }

    private abstract record ProbeOutcome
    {
        public sealed record Read : ProbeOutcome;

        public sealed record Crashed(string How) : ProbeOutcome;

        public sealed record NotRun : ProbeOutcome;

        /// <summary>The probe's apphost found no .NET runtime (or not the version it needs), with the host's message.</summary>
        public sealed record NoRuntime(string Probe, string Message) : ProbeOutcome;
    }
}
