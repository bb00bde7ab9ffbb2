using Turnover.Analytics.Forecasting;

namespace Turnover.Cli.Services;

/// <summary>The forecasting methods the CLI offers by name, plus "none" for projections without a model.</summary>
internal static class ForecasterCatalog
{
    public static IReadOnlyList<string> Names { get; } = [.. Forecasters.Names, "none"];

    // The ensemble (ETS + Theta + seasonal naive) forecast best in the comparison with R (bench/forecast-compare).
    public static string Default => "ensemble";

    public static IForecaster? Create(string name) => name == "none" ? null : Forecasters.Get(name);
}
