using System.Text;
using Spectre.Console.Testing;
using Turnover.Cli;

namespace Turnover.Cli.Tests;

/// <summary>Runs the real command line in-process against a temporary store, capturing everything it writes.</summary>
internal sealed class CliRun : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "turnover-cli-" + Guid.NewGuid().ToString("N"));

    private readonly int _width;
    private readonly TimeProvider _clock;

    /// <summary>A run with a 200-column console and the system clock.</summary>
    public CliRun()
        : this(200, TimeProvider.System)
    {
    }

    /// <summary>A run with the given console width and clock (README examples use 120 columns and a fixed day).</summary>
    public CliRun(int width, TimeProvider clock)
    {
        _width = width;
        _clock = clock;
        Directory.CreateDirectory(_folder);
    }

    public string Folder => _folder;

    public string Database => Path.Combine(_folder, "store.duckdb");

    public (int Exit, string Console, string Out, string Error) Run(params string[] args) => RunWithInput(null, args);

    /// <summary>A run whose standard input (what <c>-</c> reads) is <paramref name="input"/>.</summary>
    public (int Exit, string Console, string Out, string Error) RunWithInput(Stream? input, params string[] args)
    {
        var console = new TestConsole().Width(_width);
        var output = new StringWriter();
        var error = new StringWriter();
        // Every command gets this run's private store.
        string[] full = [.. args, "--db", Database];
        var exit = TurnoverCli.Run(full, new CliEnvironment(console, output, error, _clock) { Input = input });
        return (exit, console.Output, output.ToString(), error.ToString());
    }

    /// <summary>
    /// A run whose standard output is a UTF-8 stream, as the process's is (<see cref="CliEnvironment.Utf8Out"/>):
    /// what it wrote there, as text.
    /// </summary>
    public (int Exit, string Out, string Error) RunOnUtf8Stream(params string[] args)
    {
        using var stream = new MemoryStream();
        var error = new StringWriter();
        string[] full = [.. args, "--db", Database];
        int exit;
        using (var output = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1024, leaveOpen: true) { AutoFlush = true })
        {
            exit = TurnoverCli.Run(full, new CliEnvironment(new TestConsole().Width(_width), output, error, _clock) { Utf8Out = stream });
        }

        return (exit, Encoding.UTF8.GetString(stream.ToArray()), error.ToString());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail a test.
        }
    }
}
