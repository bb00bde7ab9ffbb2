namespace Turnover.Analytics.Calibration;

/// <summary>A correction of a method's probabilities learnt from other series (<see cref="CrossCalibration"/>).</summary>
public enum CrossCorrection
{
    /// <summary>
    /// Per year ahead (1, 2, …), the paths' year totals scaled around their median by √((4 f²ₖ₋₁ + Σ z²) / (4 + n)),
    /// z the other series' 80%-interval z-statistics (as <c>--own-mix-widths</c> computes them from a series' own past).
    /// </summary>
    Widths,

    /// <summary>As <see cref="Widths"/>, the totals above the median setting the upper tail's factor and those below the lower's.</summary>
    WidthsBySide,

    /// <summary>
    /// Per year ahead, the factor that would have put the other series' annual totals on 80% and 95% coverage
    /// (<see cref="WidthFactors.Estimate(IEnumerable{AnnualIntervalCase})"/>: quantiles, not mean z²).
    /// </summary>
    WidthQuantiles,

    /// <summary>The stated probability mapped by a <see cref="LogisticRecalibration"/> per band of deadlines (1, 2–3, 4 or more years).</summary>
    Logistic,

    /// <summary>The stated probability mapped by a <see cref="BinnedRecalibration"/> per band of deadlines (1, 2–3, 4 or more years).</summary>
    Binned,

    /// <summary>
    /// Per year ahead, every path's year total multiplied by e^bₖ, bₖ = (4 bₖ₋₁ + Σ e) / (4 + n) with b₀ = 0, e the other
    /// series' log errors ln(actual / median) each capped at 4 units of z (as <c>--own-mix-widths</c>'s held-out centre
    /// computes them from a series' own past): a centre learnt across series, the widths left as they are.
    /// </summary>
    Centre,

    /// <summary>As <see cref="Centre"/>, then the paths scaled around the moved median as <see cref="Widths"/> does, its z taken around that moved median.</summary>
    CentreAndWidths,
}
