using System.Globalization;
using System.Text;
using Spectre.Console;
using Turnover.Cli;

// Console.Out writes through a 256-character buffer, so a large answer (the JSON of a megabyte of news is 25 MB) took
// about 100,000 write calls. A larger buffer, still flushed after every write: the order of what goes to standard
// output and standard error stays as it was, and Spectre (created below, after this) writes through the same writer.
Stream? utf8Out = null;
if (Console.OutputEncoding.CodePage == Encoding.UTF8.CodePage)
{
    utf8Out = Console.OpenStandardOutput();
    Console.SetOut(new StreamWriter(utf8Out, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024) { AutoFlush = true });
}

var console = AnsiConsole.Console;

// Redirected output has no terminal width; honour the shell's COLUMNS convention so tables can be wider than 80.
if (int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var columns) && columns >= 40)
{
    console.Profile.Width = columns;
}

return TurnoverCli.Run(args, new CliEnvironment(console, Console.Out, Console.Error, TimeProvider.System) { Utf8Out = utf8Out });
