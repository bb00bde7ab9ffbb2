namespace Turnover.Analytics.Forecasting.Internal;

/// <summary>
/// Smoothing parameters of an ETS model in R's state-space convention: β is the trend's own smoothing times α
/// (so 0 &lt; β &lt; α), γ the seasonal's (0 &lt; γ &lt; 1 − α), φ the damping (1 when undamped).
/// </summary>
internal readonly record struct EtsParameters(double Alpha, double Beta, double Gamma, double Phi);
