using System.Diagnostics.CodeAnalysis;

namespace Turnover.Analytics.Forecasting;

/// <summary>
/// One exponential-smoothing state-space model of the Hyndman et al. (2008) taxonomy, e.g. ETS(M,Ad,M):
/// multiplicative error, damped additive trend, multiplicative seasonality.
/// </summary>
/// <param name="Error">Additive or multiplicative error.</param>
/// <param name="Trend">None, additive or damped additive trend.</param>
/// <param name="Season">None, additive or multiplicative seasonality.</param>
public readonly record struct EtsModel(EtsError Error, EtsTrend Trend, EtsSeason Season)
{
    /// <summary>
    /// False for ETS(A,·,M): additive errors with multiplicative seasonality give infinite-variance forecasts, so
    /// R's <c>forecast::ets</c> (restrict = TRUE) never fits them; neither do we.
    /// </summary>
    public bool IsSupported => !(Error == EtsError.Additive && Season == EtsSeason.Multiplicative);

    /// <summary>True when the model needs strictly positive data (multiplicative error or seasonality).</summary>
    public bool IsMultiplicative => Error == EtsError.Multiplicative || Season == EtsSeason.Multiplicative;

    /// <summary>The compact code, e.g. "MAdM", "ANN".</summary>
    public string Code => ErrorCode + TrendCode + SeasonCode;

    private string ErrorCode => Error == EtsError.Additive ? "A" : "M";

    private string TrendCode => Trend switch { EtsTrend.None => "N", EtsTrend.Additive => "A", _ => "Ad" };

    private string SeasonCode => Season switch { EtsSeason.None => "N", EtsSeason.Additive => "A", _ => "M" };

    /// <summary>Parses "MAdM", "ANN", "ETS(M,Ad,M)" or "M,Ad,M" (case-insensitive).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text names no supported model (multiplicative trend and ETS(A,·,M) are not supported).</exception>
    public static EtsModel Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var model)
            ? model
            : throw new FormatException(
                $"'{text}' is not a supported ETS model: expected error A|M, trend N|A|Ad, season N|A|M, e.g. \"MAdM\" or \"ETS(A,N,N)\"; " +
                "multiplicative trend and additive error with multiplicative season are not supported.");
    }

    /// <summary>Parses like <see cref="Parse"/>; false instead of an exception.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out EtsModel model)
    {
        model = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var code = text.Trim().ToUpperInvariant().Replace(" ", string.Empty, StringComparison.Ordinal);
        if (code.StartsWith("ETS(", StringComparison.Ordinal) && code.EndsWith(')'))
        {
            code = code[4..^1];
        }

        code = code.Replace(",", string.Empty, StringComparison.Ordinal);
        if (code.Length is < 3 or > 4)
        {
            return false;
        }

        EtsError? error = code[0] switch { 'A' => EtsError.Additive, 'M' => EtsError.Multiplicative, _ => null };
        EtsTrend? trend = code[1..^1] switch { "N" => EtsTrend.None, "A" => EtsTrend.Additive, "AD" => EtsTrend.AdditiveDamped, _ => null };
        EtsSeason? season = code[^1] switch { 'N' => EtsSeason.None, 'A' => EtsSeason.Additive, 'M' => EtsSeason.Multiplicative, _ => null };
        if (error is null || trend is null || season is null)
        {
            return false;
        }

        model = new EtsModel(error.Value, trend.Value, season.Value);
        return model.IsSupported;
    }

    /// <summary>The conventional name, e.g. "ETS(M,Ad,M)".</summary>
    public override string ToString() => $"ETS({ErrorCode},{TrendCode},{SeasonCode})";
}
