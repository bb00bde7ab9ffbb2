using Turnover.Testing;

namespace Turnover.Cli.Tests;

/// <summary>Paths of the bundled real data files.</summary>
internal static class Bundled
{
    public static string ChinaRussia => RepoPaths.Data("gacc", "china_russia.csv");

    public static string UsChina => RepoPaths.Data("national", "us_census_usa_china_monthly.csv");

    public static string KoreaChina => RepoPaths.Data("national", "kosis_korea_china_monthly.csv");

    public static string RussiaChina => RepoPaths.Data("mirror", "russia_side_china_trade.csv");
}
