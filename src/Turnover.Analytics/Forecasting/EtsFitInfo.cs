namespace Turnover.Analytics.Forecasting;

/// <summary>What an ETS fit found: the model, its parameters and its information criterion.</summary>
public sealed record EtsFitInfo
{
    internal EtsFitInfo(EtsModel model, double alpha, double? beta, double? gamma, double? phi, double sigma, double aicc, int observations, int evaluations)
    {
        Model = model;
        Alpha = alpha;
        Beta = beta;
        Gamma = gamma;
        Phi = phi;
        Sigma = sigma;
        Aicc = aicc;
        Observations = observations;
        Evaluations = evaluations;
    }

    /// <summary>The fitted model.</summary>
    public EtsModel Model { get; }

    /// <summary>Level smoothing, in [1e-4, 0.9999].</summary>
    public double Alpha { get; }

    /// <summary>Trend smoothing (R's convention, below α), or null without a trend.</summary>
    public double? Beta { get; }

    /// <summary>Seasonal smoothing (below 1 − α), or null without seasonality.</summary>
    public double? Gamma { get; }

    /// <summary>Damping in [0.8, 0.98], or null for an undamped model.</summary>
    public double? Phi { get; }

    /// <summary>Standard deviation of one-step errors: data units (additive error) or relative (multiplicative).</summary>
    public double Sigma { get; }

    /// <summary>AICc on the scale R's forecast::ets reports (comparable across models fitted to the same data).</summary>
    public double Aicc { get; }

    /// <summary>Observations in the likelihood (missing steps excluded).</summary>
    public int Observations { get; }

    /// <summary>Likelihood evaluations the optimiser used.</summary>
    public int Evaluations { get; }
}
