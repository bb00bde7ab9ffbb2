using System.Diagnostics;
using System.Text;

namespace Turnover.Cli.Tests;

/// <summary>
/// The real command line as a separate process (<c>dotnet turnover.dll</c>, copied to the test output by the project
/// reference): what two users at once are, since DuckDB's file lock is per process.
/// </summary>
internal sealed class TurnoverProcess : IDisposable
{
    // Generous: a loaded two-core machine takes seconds to start a .NET process.
    private static readonly TimeSpan s_limit = TimeSpan.FromSeconds(120);

    private readonly Process _process;
    private readonly StringBuilder _out = new();
    private readonly StringBuilder _error = new();

    private TurnoverProcess(Process process) => _process = process;

    public static TurnoverProcess Start(params string[] args) => StartIn(null, new Dictionary<string, string>(), args);

    /// <summary>Starts turnover in <paramref name="folder"/> (null: the test's own) with <paramref name="environment"/> added to the test's.</summary>
    public static TurnoverProcess StartIn(string? folder, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (folder is not null)
        {
            start.WorkingDirectory = folder;
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "turnover.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["COLUMNS"] = "200";
        var process = new Process { StartInfo = start };
        var run = new TurnoverProcess(process);
        process.OutputDataReceived += (_, e) => run.Append(run._out, e.Data);
        process.ErrorDataReceived += (_, e) => run.Append(run._error, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return run;
    }

    public string Error
    {
        get
        {
            lock (_error)
            {
                return _error.ToString();
            }
        }
    }

    /// <summary>Waits for the process to end; returns its exit code, standard output and standard error.</summary>
    public (int Exit, string Out, string Error) Finish()
    {
        if (!_process.WaitForExit(s_limit))
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"turnover did not end within {s_limit.TotalSeconds} s; stderr so far: {Error}");
        }

        _process.WaitForExit();
        lock (_out)
        {
            return (_process.ExitCode, _out.ToString(), Error);
        }
    }

    /// <summary>Waits until standard output holds <paramref name="text"/> (a server's "Serving …" line).</summary>
    public void WaitForOutput(string text) => WaitFor(_out, "stdout", text);

    /// <summary>Waits until standard error holds <paramref name="text"/>.</summary>
    public void WaitForError(string text) => WaitFor(_error, "stderr", text);

    private string Read(StringBuilder buffer)
    {
        lock (buffer)
        {
            return buffer.ToString();
        }
    }

    private void WaitFor(StringBuilder buffer, string stream, string text)
    {
        var clock = Stopwatch.StartNew();
        while (!Read(buffer).Contains(text, StringComparison.Ordinal))
        {
            if (_process.HasExited)
            {
                _process.WaitForExit();
                if (!Read(buffer).Contains(text, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"turnover ended (exit {_process.ExitCode}) without printing '{text}' on {stream}; stderr: {Error}");
                }
            }

            if (clock.Elapsed > s_limit)
            {
                throw new TimeoutException($"turnover did not print '{text}' on {stream} within {s_limit.TotalSeconds} s; stderr so far: {Error}");
            }

            Thread.Sleep(50);
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private void Append(StringBuilder buffer, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (buffer)
        {
            buffer.Append(line).Append('\n');
        }
    }
}
