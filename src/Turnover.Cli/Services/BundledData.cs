namespace Turnover.Cli.Services;

/// <summary>Finds the repository's data/ folder (the bundled real data) from the working or the program's folder.</summary>
internal static class BundledData
{
    public const string ChinaRussia = "gacc/china_russia.csv";
    public const string UsChina = "national/us_census_usa_china_monthly.csv";
    public const string KoreaChina = "national/kosis_korea_china_monthly.csv";
    public const string ExchangeRates = "fx/imf_exchange_rates_daily.csv";

    /// <summary>The data folder: $TURNOVER_DATA, else the first data/ holding the China–Russia file above the working or program folder.</summary>
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

    public static string Require(string relative)
    {
        var folder = FindFolder() ?? throw new UserInputException("the bundled data/ folder was not found; run from the repository or set TURNOVER_DATA.");
        var path = Path.Combine(folder, relative);
        return File.Exists(path) ? path : throw new UserInputException($"{path}: bundled file missing.");
    }
}
