namespace Turnover.Analytics.Forecasting;

/// <summary>The seasonal component of an ETS model.</summary>
public enum EtsSeason
{
    /// <summary>No seasonality ("N").</summary>
    None,

    /// <summary>Seasonal effects added to the level ("A").</summary>
    Additive,

    /// <summary>Seasonal factors multiplying the level ("M"); needs strictly positive data.</summary>
    Multiplicative,
}
