using System.Globalization;
using Turnover.Analytics.Forecasting;

/// <summary>
/// The fitted method in the bench's own columns, as the product's tables name it (ETS forms in their conventional
/// code, weights to two places). The product words it in Turnover.Presentation, which this bench does not reference.
/// </summary>
internal static class MethodLabel
{
    public static string Of(ForecastMethod method) => method.Family switch
    {
        ForecastFamily.Ets => method.Form?.ToString() ?? "ETS",
        ForecastFamily.AkaikeWeightedEts => "ETS AICc-weighted: " + string.Join(", ", method.Parts.Where(p => p.Weight >= 0.01).Select(Weighted)),
        ForecastFamily.Theta => method.SeasonallyAdjusted ? "Theta (seasonally adjusted)" : "Theta",
        ForecastFamily.Ensemble => "Ensemble(" + string.Join(", ", method.Parts.Select(p => Of(p.Method))) + ")",
        ForecastFamily.WeightedEnsemble => "Weighted ensemble(" + string.Join(", ", method.Parts.Select(Weighted)) + ")",
        _ => method.Family.ToString(),
    };

    private static string Weighted(ForecastMethodPart part) => string.Create(CultureInfo.InvariantCulture, $"{Of(part.Method)} {part.Weight:0.00}");
}
