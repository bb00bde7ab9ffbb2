namespace Turnover.Analytics.Forecasting;

/// <summary>How the error enters an ETS model (Hyndman et al. 2008).</summary>
public enum EtsError
{
    /// <summary>y = forecast + ε ("A").</summary>
    Additive,

    /// <summary>y = forecast·(1 + ε), ε a relative error ("M"); needs strictly positive data.</summary>
    Multiplicative,
}
