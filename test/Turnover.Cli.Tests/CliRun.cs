using Spectre.Console.Testing;
using Turnover.Cli;

namespace Turnover.Cli.Tests;

/// <summary>Runs the real command line in-process against a temporary store, capturing everything it writes.</summary>
internal sealed class CliRun : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "turnover-cli-" + Guid.NewGuid().ToString("N"));

    public CliRun()
    {
        Directory.CreateDirectory(_folder);
    }

    public string Database => Path.Combine(_folder, "store.duckdb");

    public (int Exit, string Console, string Out, string Error) Run(params string[] args)
    {
        var console = new TestConsole().Width(200);
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = TurnoverCli.Run([.. args, "--db", Database], new CliEnvironment(console, output, error, TimeProvider.System));
        return (exit, console.Output, output.ToString(), error.ToString());
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
