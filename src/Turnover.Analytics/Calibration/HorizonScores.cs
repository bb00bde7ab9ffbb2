namespace Turnover.Analytics.Calibration;

/// <summary>A method's scores over a range of deadlines (one horizon, or several pooled).</summary>
/// <param name="FromHorizon">The nearest deadline counted, in years after the origin.</param>
/// <param name="ToHorizon">The farthest (equal to <paramref name="FromHorizon"/> for one horizon).</param>
/// <param name="Targets">Targets scored.</param>
/// <param name="BaseRate">The share of them met.</param>
/// <param name="Brier">Mean squared difference between the stated probability and the outcome (1 met, 0 not); lower is better; NaN without targets.</param>
/// <param name="BrierClimatology">The same for the training-years base rate (<see cref="TargetCase.Climatology"/>).</param>
/// <param name="BrierBaseRate">
/// The same for the in-sample base rate: the share met among these targets with the same growth and horizon, a
/// baseline that knows the outcomes (no forecaster could state it in advance) and so is hard to beat.
/// </param>
/// <param name="Years">Forecast annual totals compared with the actual.</param>
/// <param name="Coverage80">Share of actual annual totals inside the 80% interval; NaN without any.</param>
/// <param name="Coverage95">Share inside the 95% interval; NaN without any.</param>
public sealed record HorizonScores(
    int FromHorizon, int ToHorizon, int Targets, double BaseRate, double Brier, double BrierClimatology, double BrierBaseRate, int Years, double Coverage80, double Coverage95)
{
    /// <summary>Brier skill against the training-years climatology: 1 − Brier / BrierClimatology (positive: better than the baseline).</summary>
    public double SkillVsClimatology => 1 - (Brier / BrierClimatology);
}
