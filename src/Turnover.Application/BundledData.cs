namespace Turnover.Application;

/// <summary>Finds the repository's data/ folder (the bundled real data) from the working or the program's folder.</summary>
public static class BundledData
{
    /// <summary>China's customs figures of China–Russia trade, relative to the data folder.</summary>
    public const string ChinaRussia = "gacc/china_russia.csv";

    /// <summary>Russia's side of Russia–China trade: its customs' figures as the service or Russian officials stated them.</summary>
    public const string RussiaChina = "mirror/russia_side_china_trade.csv";

    /// <summary>The US Census Bureau's US–China monthly figures.</summary>
    public const string UsChina = "national/us_census_usa_china_monthly.csv";

    /// <summary>KOSIS's Korea–China monthly figures.</summary>
    public const string KoreaChina = "national/kosis_korea_china_monthly.csv";

    /// <summary>The IMF's daily exchange rates, for files not in US dollars.</summary>
    public const string ExchangeRates = "fx/imf_exchange_rates_daily.csv";

    /// <summary>The targets file.</summary>
    public const string Targets = "targets.json";

    /// <summary>The environment variable that names the data folder, overriding the search.</summary>
    internal const string FolderVariable = "TURNOVER_DATA";

    /// <summary>The data folder: $TURNOVER_DATA, else the first data/ holding the China–Russia file above the working or program folder; null when none.</summary>
    public static string? FindFolder()
    {
        if (Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } configured)
        {
            return configured;
        }

        return Search(SearchStarts());
    }

    /// <summary>
    /// The data folder, or why there is none, naming where it was looked for: the folder $TURNOVER_DATA names when it
    /// lacks the China–Russia file, else the folders searched (the working and the program folder and those above them).
    /// </summary>
    internal static Outcome<string> RequireFolder() =>
        RequireFolder(Environment.GetEnvironmentVariable(FolderVariable), SearchStarts());

    /// <summary>The path of a bundled file (relative to the data folder), or why it cannot be had.</summary>
    public static Outcome<string> Require(string relative) =>
        RequireFolder().Then(folder =>
        {
            var path = Path.Combine(folder, relative);
            return File.Exists(path) ? Outcome.Of(path) : Failure.BadInput($"{path}: bundled file missing.");
        });

    /// <summary><see cref="RequireFolder()"/> for a given $TURNOVER_DATA (null or empty: unset) and search starts.</summary>
    internal static Outcome<string> RequireFolder(string? configured, IReadOnlyList<string> starts)
    {
        if (configured is { Length: > 0 })
        {
            // A folder named on purpose is not second-guessed by a search: a wrong one is said to be wrong.
            return File.Exists(Path.Combine(configured, ChinaRussia))
                ? configured
                : Failure.BadInput(
                    $"{FolderVariable} names {Path.GetFullPath(configured)}, which holds no {ChinaRussia}: set it to the bundled data folder (the repository's data/), "
                    + "or unset it to look from the working and program folders.");
        }

        return Search(starts) is { } found
            ? found
            : Failure.BadInput(
                $"the bundled data folder was not found: looked for data/{ChinaRussia} in {string.Join(" and in ", starts.Distinct(StringComparer.Ordinal))} and in every folder above; "
                + $"run from the repository (or a copy of its data/ folder) or set {FolderVariable} to the data folder.");
    }

    private static IReadOnlyList<string> SearchStarts() =>
        [Path.GetFullPath(Directory.GetCurrentDirectory()), Path.GetFullPath(AppContext.BaseDirectory).TrimEnd(Path.DirectorySeparatorChar)];

    private static string? Search(IEnumerable<string> starts)
    {
        foreach (var start in starts)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data");
                if (File.Exists(Path.Combine(candidate, ChinaRussia)))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
