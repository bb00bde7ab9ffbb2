namespace Turnover.Analytics.Forecasting;

/// <summary>The trend component of an ETS model. Multiplicative trends are not offered (they explode on trade data).</summary>
public enum EtsTrend
{
    /// <summary>No trend ("N").</summary>
    None,

    /// <summary>Additive (linear) trend ("A").</summary>
    Additive,

    /// <summary>Additive trend damped by φ ∈ [0.8, 0.98] ("Ad").</summary>
    AdditiveDamped,
}
