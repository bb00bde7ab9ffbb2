using Turnover.Analytics.Forecasting;

namespace Turnover.Cli.Services;

/// <summary>The forecasting methods the CLI offers by name.</summary>
internal static class ForecasterCatalog
{
    /// <summary>"none" gives the "at this rate" projections without a model.</summary>
    public static IReadOnlyList<string> Names { get; } = ["none"];

    public static string Default => "none";

    public static IForecaster? Create(string name) => name switch
    {
        _ => null,
    };
}
