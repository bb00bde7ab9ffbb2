using System.CommandLine;
using Turnover.Application;
using Turnover.Cli.Rendering;
using Turnover.Store;

namespace Turnover.Cli.Commands;

/// <summary>
/// <c>turnover watch</c>: judges every saved claim and registered target again and prints each, marking what changed
/// since the last recorded judgement; the new judgements are recorded, so the next ingest reports only later changes.
/// <see cref="Judge"/> is what <c>turnover ingest</c> runs after storing a release.
/// </summary>
internal static class WatchCommand
{
    public static Command Create(CliEnvironment env)
    {
        var format = new Option<string>("--format") { Description = "table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var targets = TargetCommand.TargetsFile();
        var db = new StoreOptions();
        var command = new Command("watch", "Judge saved claims (claims --save) and registered targets again; show what changed since last recorded, and record")
        {
            format, targets,
        };
        db.AddTo(command);
        command.SetAction(parse =>
        {
            // The targets file is checked before the store is opened for writing.
            var registry = TargetCommand.Registry(parse.GetValue(targets)!);
            registry.List(null).OrThrow();
            using var store = db.OpenExistingForWriting(parse, env);
            var report = Judge(env, store, registry);
            if (parse.GetValue(format) == "json")
            {
                WatchRenderer.RenderJson(env.Out, report);
            }
            else
            {
                WatchRenderer.RenderText(env.Out, report);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// After the store's figures changed (an ingest stored a release, a release was retracted): a store that watches
    /// (claims --save, watch) judges its saved claims and targets again and says what changed. The change is committed
    /// whatever happens here: a bad targets file is a warning.
    /// </summary>
    public static void Rejudge(CliEnvironment env, ITradeStore store, TargetRegistry registry)
    {
        if (!store.Watching())
        {
            return;
        }

        try
        {
            WatchRenderer.RenderChanges(env.Out, Judge(env, store, registry));
        }
        catch (UserInputException ex)
        {
            env.Error.WriteLine($"warning: saved claims and targets not judged again: {ex.Message}");
        }
    }

    /// <summary>Judges every saved claim and registered target and records the judgements.</summary>
    public static WatchReport Judge(CliEnvironment env, ITradeStore store, TargetRegistry registry) =>
        new WatchQuery(store).Run(Request(env, store, registry)).OrThrow();

    /// <summary>How every watch judges, recording (<see cref="WatchRequest.Recording"/>): the registered targets and the bundled exchange rates.</summary>
    public static WatchRequest Request(CliEnvironment env, ITradeStore store, TargetRegistry registry) => WatchRequest.Recording(
        DateOnly.FromDateTime(env.Clock.GetUtcNow().UtcDateTime), [.. registry.List(store).OrThrow().Select(r => r.Target)], RatesLoader.Load(null).OrThrow().Table);
}
