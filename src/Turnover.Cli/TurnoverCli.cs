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
        root.Subcommands.Add(ChartCommand.Create(env));
        root.Subcommands.Add(ReportCommand.Create(env));
        root.Subcommands.Add(InfoCommand.Create(env));
        root.Subcommands.Add(TargetCommand.Create(env));
        root.Subcommands.Add(ForecastCommand.Create(env));
        root.Subcommands.Add(BacktestCommand.Create(env));
        root.Subcommands.Add(DemoCommand.Create(env));
        root.Subcommands.Add(StoreCommand.Create(env));
        root.Subcommands.Add(ReleaseCommand.Create(env));
        root.Subcommands.Add(ServeCommand.Create(env));
        root.Subcommands.Add(ClaimsCommand.Create(env));
        root.Subcommands.Add(WatchCommand.Create(env));
        root.Subcommands.Add(ProductsCommand.Create(env));
        root.Subcommands.Add(ProductsCommand.CreateSuppliers(env));
        root.Subcommands.Add(DecomposeCommand.Create(env));
        root.Subcommands.Add(MirrorCommand.Create(env));
        root.Subcommands.Add(ExportCommand.Create(env));
        try
        {
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                // One line per mistake and a pointer to the help, not the whole help text.
                foreach (var error in parsed.Errors)
                {
                    env.Error.WriteLine($"error: {ParseErrorWording.Reword(error.Message).ReplaceLineEndings(" ").Replace("\t", string.Empty, StringComparison.Ordinal)}");
                }

                env.Error.WriteLine($"see '{Path(parsed.CommandResult)} --help'.");
                return ExitCodes.BadInput;
            }

            return parsed.Invoke(new InvocationConfiguration { Output = env.Out, Error = env.Error, EnableDefaultExceptionHandler = false });
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
        catch (System.Data.Common.DbException ex)
        {
            // The store wraps DuckDB's errors in StoreException; one it missed still gets a line, not a stack trace.
            env.Error.WriteLine($"error: the store failed: {ex.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.StoreFailure;
        }
    }

    /// <summary>"turnover target check" for the check subcommand: the command as a user types it.</summary>
    private static string Path(System.CommandLine.Parsing.CommandResult result)
    {
        var names = new List<string>();
        for (System.CommandLine.Parsing.SymbolResult? r = result; r is not null; r = r.Parent)
        {
            if (r is System.CommandLine.Parsing.CommandResult command)
            {
                names.Insert(0, command.Command is RootCommand ? "turnover" : command.Command.Name);
            }
        }

        return string.Join(' ', names);
    }
}
