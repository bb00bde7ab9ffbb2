using Turnover.Analytics.Forecasting;

namespace Turnover.Application;

/// <summary>The forecasting methods offered by name, plus "none" for projections without a model.</summary>
public static class ForecasterCatalog
{
    /// <summary>"none" and the methods' names.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Forecasters.Names, "none"];

    /// <summary>The method used when none is named.</summary>
    // The ensemble (ETS + Theta + seasonal naive) forecast best in the comparison with R (bench/forecast-compare).
    public static string Default => "ensemble";

    /// <summary>The forecaster of that name, or null for "none".</summary>
    /// <exception cref="ArgumentException">The name is not one of <see cref="Names"/>.</exception>
    public static IForecaster? Create(string name) => name == "none" ? null : Forecasters.Get(name);
}
