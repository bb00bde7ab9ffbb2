using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Turnover.Cli.Rendering;
using Turnover.Presentation.Wording;
using Turnover.Store;

namespace Turnover.Cli.Commands;

/// <summary><c>turnover store vacuum</c>: upkeep of the store file.</summary>
internal static class StoreCommand
{
    public static Command Create(CliEnvironment env)
    {
        var command = new Command("store", "Upkeep of the store file");
        command.Subcommands.Add(Vacuum(env));
        return command;
    }

    private static Command Vacuum(CliEnvironment env)
    {
        var store = new StoreOptions();
        var command = new Command("vacuum", "Delete records an interrupted ingest left without their release, and give the file's free space back");
        store.AddTo(command);
        command.SetAction(parse =>
        {
            var path = store.DuckDbPath(parse, "turnover store vacuum");
            if (!File.Exists(path))
            {
                throw new StoreException($"no store at {path}.");
            }

            var result = TradeStore.Vacuum(path, store.Options(parse, env));
            env.Console.WriteLine(
                $"{path}: removed {Numbers.Count(result.DanglingRecordsRemoved)} dangling record(s); "
                + $"{Megabytes(result.BytesBefore)} before, {Megabytes(result.BytesAfter)} after.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Megabytes(long bytes) => (bytes / 1e6).ToString("0.0", CultureInfo.InvariantCulture) + " MB";
}
