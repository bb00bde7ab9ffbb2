namespace Turnover.Analytics.Forecasting.Internal;

/// <summary>A fitted ETS model, ready to forecast from the end of the series.</summary>
/// <param name="Model">The model.</param>
/// <param name="SeasonLength">Steps per cycle (1 for non-seasonal models).</param>
/// <param name="Parameters">Fitted smoothing parameters.</param>
/// <param name="FinalState">The state after the last step, in the data's units.</param>
/// <param name="Sigma">Standard deviation of the one-step errors: data units (additive error) or relative (multiplicative).</param>
/// <param name="Aicc">AICc on R's scale (−2·loglik without constants, as forecast::ets reports it).</param>
/// <param name="ParameterCount">Estimated smoothing parameters and initial states (σ not included).</param>
/// <param name="Observed">Observations in the likelihood.</param>
/// <param name="Evaluations">Likelihood evaluations the optimiser used.</param>
internal sealed record EtsFit(
    EtsModel Model,
    int SeasonLength,
    EtsParameters Parameters,
    EtsState FinalState,
    double Sigma,
    double Aicc,
    int ParameterCount,
    int Observed,
    int Evaluations);
