using Spectre.Console;

namespace Turnover.Cli;

/// <summary>Where a command writes and what "now" is; injected so tests capture output and fix the clock.</summary>
/// <param name="Console">Rich output (tables, progress).</param>
/// <param name="Out">Plain output for csv/json, so pipes get clean data.</param>
/// <param name="Error">Errors.</param>
/// <param name="Clock">The clock.</param>
internal sealed record CliEnvironment(IAnsiConsole Console, TextWriter Out, TextWriter Error, TimeProvider Clock)
{
    /// <summary>What <c>-</c> reads; null for the process's standard input.</summary>
    public Stream? Input { get; init; }

    /// <summary>
    /// The stream under <see cref="Out"/> when it takes UTF-8 bytes as they are (the process's standard output); null
    /// otherwise. A large document (the JSON of a megabyte of news is 25 MB) is serialised straight into it, not into
    /// a string first.
    /// </summary>
    public Stream? Utf8Out { get; init; }

    /// <summary>Standard streams without animation (benchmarks, scripts).</summary>
    public static CliEnvironment Plain() => new(
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Out), Interactive = InteractionSupport.No }),
        System.Console.Out,
        System.Console.Error,
        TimeProvider.System);
}
