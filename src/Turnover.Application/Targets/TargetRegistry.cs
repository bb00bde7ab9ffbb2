using Turnover.Core.Targets;
using Turnover.Store;

namespace Turnover.Application;

/// <summary>
/// The targets a question sees: those of a targets file (data/targets.json of the bundled data unless another is
/// named), which turnover only reads, and those users added to the store.
/// </summary>
/// <param name="file">The targets file.</param>
public sealed class TargetRegistry(string file)
{
    /// <summary>The targets file read besides the store.</summary>
    public string File => file;

    /// <summary>How the host names the targets file in a failure ("--targets" on the command line); null says it in words.</summary>
    public string? FileParameter { get; init; }

    /// <summary>How a target in the store is said to be registered: "store PATH".</summary>
    public static string StoreOrigin(ITradeStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return $"store {store.Path}";
    }

    /// <summary>The file's targets, then the store's (none when <paramref name="store"/> is null).</summary>
    /// <returns>The targets; <see cref="FailureKind.BadInput"/> when the file is missing or invalid, <see cref="FailureKind.Conflict"/> when a name is registered in both places.</returns>
    public Outcome<IReadOnlyList<RegisteredTarget>> List(ITradeStore? store) => TargetFile.Load(file, FileParameter).Then(fromFile =>
    {
        var registered = fromFile.Select(t => new RegisteredTarget(t, file)).ToList();
        if (store is not null)
        {
            registered.AddRange(store.UserTargets().Select(t => new RegisteredTarget(t, StoreOrigin(store))));
        }

        var twice = registered.GroupBy(r => r.Target.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        return twice is null
            ? Outcome.Of<IReadOnlyList<RegisteredTarget>>(registered)
            : Failure.Conflict($"the target name '{twice.Key}' is registered twice ({string.Join(" and ", twice.Select(r => r.Origin))}).") with { Hint = FailureHint.RemoveTarget };
    });

    /// <summary>The target of that name (case-insensitive), or every target when <paramref name="name"/> is null.</summary>
    /// <returns>The targets; <see cref="FailureKind.NotFound"/> when none has the name, or the failures of <see cref="List"/>.</returns>
    public Outcome<IReadOnlyList<RegisteredTarget>> Select(ITradeStore? store, string? name) => List(store).Then(all =>
    {
        if (name is null)
        {
            return Outcome.Of(all);
        }

        var found = all.Where(r => string.Equals(r.Target.Name, name, StringComparison.OrdinalIgnoreCase)).ToList();
        return found.Count > 0 ? Outcome.Of<IReadOnlyList<RegisteredTarget>>(found) : Failure.NotFound($"no target named '{name}'.") with { Hint = FailureHint.Targets };
    });

    /// <summary>Registers a target in the store.</summary>
    /// <returns>
    /// The target as registered; <see cref="FailureKind.BadInput"/> when it breaks a rule, <see cref="FailureKind.Conflict"/> when
    /// the file or the store holds the name already.
    /// </returns>
    public Outcome<RegisteredTarget> Add(ITradeStore store, Target target)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(target);
        return TargetFile.Validated(target, $"target '{target.Name}'").Then<RegisteredTarget>(valid =>
            RefuseNameInFile(valid.Name) is { } taken ? taken
            : store.AddUserTarget(valid) ? new RegisteredTarget(valid, StoreOrigin(store))
            : Failure.Conflict($"a target named '{valid.Name}' is already registered in {StoreOrigin(store)}."));
    }

    /// <summary>A conflict when the targets file holds the name (checked before a store is opened for writing); null otherwise.</summary>
    public Failure? RefuseNameInFile(string name) =>
        InFile(name, () => Failure.Conflict($"a target named '{name}' is already registered in {file}."));

    /// <summary>Removes a target added to the store.</summary>
    /// <returns>
    /// Where it was registered; <see cref="FailureKind.BadInput"/> when the name is the targets file's (only read),
    /// <see cref="FailureKind.NotFound"/> when the store holds no such target.
    /// </returns>
    public Outcome<string> Remove(ITradeStore store, string name)
    {
        ArgumentNullException.ThrowIfNull(store);
        return RefuseRemovalFromFile(name) is { } refused ? refused
            : store.RemoveUserTarget(name) ? StoreOrigin(store)
            : Failure.NotFound($"no target named '{name}' in {StoreOrigin(store)}.") with { Hint = FailureHint.Targets };
    }

    /// <summary>A failure when the name is the targets file's, which turnover only reads (checked before a store is opened); null otherwise.</summary>
    public Failure? RefuseRemovalFromFile(string name) =>
        InFile(name, () => Failure.BadInput($"'{name}' is registered in {file}, which turnover only reads; edit that file, or name another {(FileParameter is null ? "targets file" : $"with {FileParameter}")}."));

    // No file holds no name; an invalid one is the failure itself.
    private Failure? InFile(string name, Func<Failure> holds)
    {
        if (!System.IO.File.Exists(file))
        {
            return null;
        }

        var loaded = TargetFile.Load(file, FileParameter);
        return !loaded.TryGetValue(out var targets) ? loaded.Failure
            : targets.Any(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase)) ? holds()
            : null;
    }
}
