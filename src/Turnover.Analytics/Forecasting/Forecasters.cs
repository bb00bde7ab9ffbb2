using System.Diagnostics.CodeAnalysis;

namespace Turnover.Analytics.Forecasting;

/// <summary>The available forecasting methods, by name.</summary>
public static class Forecasters
{
    private static readonly (string Key, Func<IForecaster> Create)[] s_methods =
    [
        ("ets", () => new EtsForecaster()),
        ("ets-weighted", EtsForecaster.AkaikeWeighted),
        ("ets-drift", () => new OwnWeightMixtureForecaster()),
        ("theta", () => new ThetaForecaster()),
        ("snaive", () => new SeasonalNaiveForecaster()),
        ("drift", () => new DriftForecaster()),
        ("ensemble", () => new EnsembleForecaster()),
        ("weighted-ensemble", () => new HoldoutWeightedEnsemble()),
    ];

    /// <summary>The lookup keys of the standard methods: "ets", "ets-weighted", "ets-drift", "theta", "snaive", "drift",
    /// "ensemble", "weighted-ensemble".</summary>
    public static IReadOnlyList<string> Names { get; } = s_methods.Select(m => m.Key).ToArray();

    /// <summary>One instance of every standard method, in the order of <see cref="Names"/>.</summary>
    public static IReadOnlyList<IForecaster> All { get; } = s_methods.Select(m => m.Create()).ToArray();

    /// <summary>
    /// Finds a method by key (see <see cref="Names"/>), by its printed <see cref="IForecaster.Name"/>, or an ETS model
    /// code such as "MAdM" or "ETS(M,Ad,M)" (case-insensitive).
    /// </summary>
    public static bool TryGet([NotNullWhen(true)] string? name, [NotNullWhen(true)] out IForecaster? forecaster)
    {
        forecaster = null;
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        var trimmed = name.Trim();
        foreach (var (key, create) in s_methods)
        {
            var candidate = create();
            if (string.Equals(key, trimmed, StringComparison.OrdinalIgnoreCase) || string.Equals(candidate.Name, trimmed, StringComparison.OrdinalIgnoreCase))
            {
                forecaster = candidate;
                return true;
            }
        }

        if (EtsModel.TryParse(trimmed, out var model))
        {
            forecaster = new EtsForecaster(model);
            return true;
        }

        return false;
    }

    /// <summary>Like <see cref="TryGet"/>, but throws for an unknown name.</summary>
    /// <exception cref="ArgumentException">No method has that name.</exception>
    public static IForecaster Get(string name) =>
        TryGet(name, out var forecaster)
            ? forecaster
            : throw new ArgumentException($"Unknown forecasting method '{name}': expected one of {string.Join(", ", Names)} or an ETS model code such as MAdM.", nameof(name));
}
