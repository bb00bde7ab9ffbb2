using Spectre.Console;
using Turnover.Cli;

return TurnoverCli.Run(args, new CliEnvironment(AnsiConsole.Console, Console.Out, Console.Error, TimeProvider.System));
