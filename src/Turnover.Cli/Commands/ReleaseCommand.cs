using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Turnover.Application;
using Turnover.Cli.Rendering;
using Turnover.Presentation.Wording;

namespace Turnover.Cli.Commands;

/// <summary><c>turnover release list | show ID | retract ID [--reason TEXT]</c>: the releases stored, and taking one back.</summary>
internal static class ReleaseCommand
{
    public static Command Create(CliEnvironment env)
    {
        var command = new Command("release", "The releases stored (one per file read one way): list them, show one, retract one");
        command.Subcommands.Add(List(env));
        command.Subcommands.Add(Show(env));
        command.Subcommands.Add(Retract(env));
        return command;
    }

    private static Command List(CliEnvironment env)
    {
        var db = new StoreOptions();
        var command = new Command("list", "Every release, live and retracted, oldest first");
        db.AddTo(command);
        command.SetAction(parse =>
        {
            using var store = db.OpenForQuery(parse, env);
            ReleaseRenderer.List(env.Console, new ReleaseQuery(store).List());
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show(CliEnvironment env)
    {
        var db = new StoreOptions();
        var id = ReleaseIdArgument.Create();
        var command = new Command("show", "Everything about one release: file, hash, how it was read, counts, note, retraction") { id };
        db.AddTo(command);
        command.SetAction(parse =>
        {
            using var store = db.OpenForQuery(parse, env);
            ReleaseRenderer.Show(env.Console, new ReleaseQuery(store).Show(parse.GetValue(id)).OrThrow());
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Retract(CliEnvironment env)
    {
        var db = new StoreOptions();
        var id = ReleaseIdArgument.Create();
        var reason = new Option<string>("--reason") { Description = "Why, kept with the release for the audit trail" };
        var targets = TargetCommand.TargetsFile();
        var command = new Command("retract", "Take a release back: no answer counts its figures any more; they stay stored for audit; then judge saved claims and targets again")
        {
            id, reason, targets,
        };
        db.AddTo(command);
        command.SetAction(parse =>
        {
            using var store = db.OpenForWriting(parse, env);
            var releaseId = parse.GetValue(id);
            var retraction = new RetractRelease(store).Run(new RetractRequest(releaseId, parse.GetValue(reason) ?? string.Empty)).OrThrow();
            env.Console.WriteLine(
                $"release {releaseId} retracted {ReleaseWording.Retraction(retraction)}. Its figures no longer count in any answer; "
                + "they stay in the store for audit ('turnover release show " + releaseId.ToString(CultureInfo.InvariantCulture) + "').");
            // The figures the saved claims and targets were judged on may be gone: judged again as after an ingest.
            WatchCommand.Rejudge(env, store, TargetCommand.Registry(parse.GetValue(targets)!));
            return ExitCodes.Ok;
        });
        return command;
    }
}
