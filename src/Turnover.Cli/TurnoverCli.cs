using System.CommandLine;
using Turnover.Cli.Commands;
using Turnover.Store;

namespace Turnover.Cli;

/// <summary>The <c>turnover</c> command line: parsing and wiring only; work happens in Services.</summary>
internal static class TurnoverCli
{
    public static int Run(string[] args, CliEnvironment env)
    {
        var root = new RootCommand("Turnover: bilateral trade from official statistics, against announced targets.");
        root.Subcommands.Add(IngestCommand.Create(env));
        root.Subcommands.Add(SeriesCommand.Create(env));
        root.Subcommands.Add(InfoCommand.Create(env));
        root.Subcommands.Add(TargetCommand.Create(env));
        root.Subcommands.Add(BacktestCommand.Create(env));
        root.Subcommands.Add(DemoCommand.Create(env));
        try
        {
            return root.Parse(args).Invoke(new InvocationConfiguration { Output = env.Out, Error = env.Error, EnableDefaultExceptionHandler = false });
        }
        catch (StoreException ex)
        {
            env.Error.WriteLine($"error: {ex.Message}");
            return ExitCodes.StoreFailure;
        }
        catch (UserInputException ex)
        {
            env.Error.WriteLine($"error: {ex.Message}");
            return ExitCodes.BadInput;
        }
    }
}
