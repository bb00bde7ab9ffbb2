using System.Globalization;
using Turnover.Analytics.Forecasting;

namespace Turnover.Presentation.Wording;

/// <summary>A fitted forecast method (<see cref="ForecastMethod"/>) in words, for tables, JSON, the chart legend and the report.</summary>
internal static class ForecastMethodWording
{
    /// <summary>Weights below this are too small to show: the name lists the forms that move the forecast.</summary>
    private const double SmallestWeightShown = 0.01;

    /// <summary>A legend longer than this keeps only the heaviest ETS form.</summary>
    private const int LongestLegend = 48;

    /// <summary>
    /// The method in full, e.g. "ETS(M,Ad,M)", "Theta (seasonally adjusted)",
    /// "ETS AICc-weighted: ETS(M,A,N) 0.36, ETS(A,N,N) 0.29", "Weighted ensemble(Seasonal naive 0.40, Theta 0.60)",
    /// "Weighted ensemble(ETS AICc-weighted 0.43 (ETS(M,A,N) 0.36, ETS(A,N,N) 0.29), Drift 0.57)".
    /// </summary>
    public static string Name(ForecastMethod method)
    {
        ArgumentNullException.ThrowIfNull(method);
        return method.Family switch
        {
            ForecastFamily.Ets => method.Form is { } form ? form.ToString() : "ETS",
            ForecastFamily.AkaikeWeightedEts => "ETS AICc-weighted: " + Members(method),
            ForecastFamily.Theta => method.SeasonallyAdjusted ? "Theta (seasonally adjusted)" : "Theta",
            ForecastFamily.Naive => "Naive",
            ForecastFamily.SeasonalNaive => "Seasonal naive",
            ForecastFamily.Drift => method.SeasonallyAdjusted ? "Drift (seasonally adjusted)" : "Drift",
            ForecastFamily.Ensemble => "Ensemble(" + Members(method) + ")",
            ForecastFamily.WeightedEnsemble => "Weighted ensemble(" + Members(method) + ")",
            _ => throw new ArgumentOutOfRangeException(nameof(method), method.Family, "a forecast family this wording does not know"),
        };
    }

    /// <summary>The method in lower case where a sentence goes on ("drift forecast instead").</summary>
    public static string InSentence(ForecastMethod? method) => method is null ? "another" : Name(method).ToLowerInvariant();

    /// <summary>
    /// The method as a chart legend can hold it: AICc-weighted ETS names every form with its weight, so a long name
    /// keeps only what comes before its second form (the forecast command and the JSON give them all).
    /// </summary>
    public static string Legend(ForecastMethod method)
    {
        ArgumentNullException.ThrowIfNull(method);
        if (method.Family == ForecastFamily.WeightedEnsemble && method.Parts.Any(p => p.Method.Parts.Count > 0))
        {
            // A mixture with a combination inside (ETS AICc-weighted and drift): each member by its label and share.
            return "Weighted ensemble(" + string.Join(", ", method.Parts.Select(p => string.Create(CultureInfo.InvariantCulture, $"{Label(p.Method)} {p.Weight:0.00}"))) + ")";
        }

        var name = Name(method);
        var comma = name.IndexOf(", ", StringComparison.Ordinal);
        return name.Length <= LongestLegend || comma < 0 || !method.Involves(ForecastFamily.AkaikeWeightedEts) ? name : name[..comma] + ", …";
    }

    // A member that is itself a combination gives its share after its label and its own members in brackets
    // ("ETS AICc-weighted 0.50 (ETS(M,A,N) 0.36, …), Drift 0.50"), so no weight reads as one of its members'.
    private static string Weighted(ForecastMethodPart part) =>
        part.Method.Parts.Count == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{Name(part.Method)} {part.Weight:0.00}")
            : string.Create(CultureInfo.InvariantCulture, $"{Label(part.Method)} {part.Weight:0.00} ({Members(part.Method)})");

    /// <summary>A method's name without its members: "ETS AICc-weighted", "Ensemble", "Weighted ensemble", or the whole name of a single method.</summary>
    public static string Label(ForecastMethod method) => method.Family switch
    {
        ForecastFamily.AkaikeWeightedEts => "ETS AICc-weighted",
        ForecastFamily.Ensemble => "Ensemble",
        ForecastFamily.WeightedEnsemble => "Weighted ensemble",
        _ => Name(method),
    };

    /// <summary>A combination's members as its name lists them.</summary>
    private static string Members(ForecastMethod method) => method.Family switch
    {
        ForecastFamily.AkaikeWeightedEts => string.Join(", ", method.Parts.Where(p => p.Weight >= SmallestWeightShown).Select(Weighted)),
        ForecastFamily.Ensemble => string.Join(", ", method.Parts.Select(p => Name(p.Method))),
        _ => string.Join(", ", method.Parts.Select(Weighted)),
    };
}
