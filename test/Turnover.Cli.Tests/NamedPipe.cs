using System.Diagnostics;

namespace Turnover.Cli.Tests;

/// <summary>
/// A named pipe (FIFO) in a test's folder with a reader (<c>cat</c>) waiting on it, so that a command that wrongly
/// writes into it finishes (and the test fails) instead of waiting forever for a reader.
/// </summary>
internal sealed class NamedPipe : IDisposable
{
    private readonly Process _reader;

    public NamedPipe(string path)
    {
        Path = path;
        using (var mkfifo = Process.Start("mkfifo", [path]))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        _reader = Process.Start(new ProcessStartInfo("cat", [path]) { RedirectStandardOutput = true })!;
    }

    public string Path { get; }

    /// <summary>Whether the path is still a pipe, not a regular file moved into its place (asked without opening it).</summary>
    public bool StillAPipe()
    {
        using var stat = Process.Start(new ProcessStartInfo("stat", ["-c", "%F", Path]) { RedirectStandardOutput = true })!;
        var type = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        return type == "fifo";
    }

    public void Dispose()
    {
        _reader.Kill();
        _reader.WaitForExit();
        _reader.Dispose();
    }
}
