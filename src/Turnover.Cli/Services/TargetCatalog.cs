using Turnover.Core.Targets;
using Turnover.Store;

namespace Turnover.Cli.Services;

/// <summary>
/// The targets a command sees: those of a targets file (data/targets.json of the bundled data unless --targets names
/// another), which turnover only reads, and those users added to the store with <c>turnover target add</c>.
/// </summary>
internal static class TargetCatalog
{
    /// <summary>The file's targets, then the store's; a name registered in both places is an error naming both.</summary>
    /// <exception cref="UserInputException">The file is missing or invalid, or a name is registered twice.</exception>
    public static IReadOnlyList<RegisteredTarget> Load(string file, TradeStore? store)
    {
        var registered = TargetFile.Load(file).Select(t => new RegisteredTarget(t, file)).ToList();
        if (store is not null)
        {
            registered.AddRange(store.UserTargets().Select(t => new RegisteredTarget(t, StoreOrigin(store))));
        }

        var twice = registered.GroupBy(r => r.Target.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        return twice is null
            ? registered
            : throw new UserInputException(
                $"the target name '{twice.Key}' is registered twice ({string.Join(" and ", twice.Select(r => r.Origin))}); remove one with 'turnover target remove'.");
    }

    public static string StoreOrigin(TradeStore store) => $"store {store.Path}";
}
