using System.Globalization;
using Spectre.Console;
using Turnover.Cli;

var console = AnsiConsole.Console;

// Redirected output has no terminal width; honour the shell's COLUMNS convention so tables can be wider than 80.
if (int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var columns) && columns >= 40)
{
    console.Profile.Width = columns;
}

return TurnoverCli.Run(args, new CliEnvironment(console, Console.Out, Console.Error, TimeProvider.System));
