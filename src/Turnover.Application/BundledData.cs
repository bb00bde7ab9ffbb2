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

    /// <summary>The data folder: $TURNOVER_DATA, else the first data/ holding the China–Russia file above the working or program folder; null when none.</summary>
    public static string? FindFolder()
    {
        if (Environment.GetEnvironmentVariable("TURNOVER_DATA") is { Length: > 0 } configured)
        {
            return configured;
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
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

    /// <summary>The path of a bundled file (relative to the data folder), or why it cannot be had.</summary>
    public static Outcome<string> Require(string relative)
    {
        if (FindFolder() is not { } folder)
        {
            return Failure.BadInput("the bundled data/ folder was not found; run from the repository or set TURNOVER_DATA.");
        }

        var path = Path.Combine(folder, relative);
        return File.Exists(path) ? path : Failure.BadInput($"{path}: bundled file missing.");
    }
}
