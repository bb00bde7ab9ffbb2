namespace Turnover.Analytics.Calibration;

/// <summary>
/// A recalibration of stated probabilities: logit(p′) = <see cref="Intercept"/> + <see cref="Slope"/> · logit(p)
/// (Platt scaling on the logit of the stated probability). A slope below 1 pulls the ends in (too sure), an intercept
/// above 0 raises every probability (targets met more often than stated); (0, 1) is the identity.
/// </summary>
/// <param name="Intercept">The shift on the logit scale.</param>
/// <param name="Slope">The scale on the logit scale, never negative, so the map never turns an order round.</param>
public sealed record LogisticRecalibration(double Intercept, double Slope)
{
    /// <summary>
    /// Stated probabilities are held this far from 0 and 1 before their logit is taken: a target no path reached
    /// (stated 0) must still map to a finite value (1 / 1,000, finer than 500 paths can state).
    /// </summary>
    public const double Floor = 0.001;

    /// <summary>How strongly the fit is held to the identity, in cases' worth of log-likelihood (not tuned).</summary>
    public const double DefaultPriorCases = 10;

    /// <summary>The identity map.</summary>
    public static LogisticRecalibration Identity { get; } = new(0, 1);

    /// <summary>p′ for a stated <paramref name="stated"/> (0–1); NaN stays NaN, and the identity leaves every value exactly as it is.</summary>
    public double Apply(double stated) => double.IsNaN(stated) || this == Identity ? stated : Sigmoid(Intercept + (Slope * Logit(stated)));

    /// <summary>
    /// The map that maximises the likelihood of what happened given the mapped probabilities, penalised by
    /// <paramref name="priorCases"/> / 2 · (intercept² + (slope − 1)²), so that few cases leave it near the identity
    /// and none leaves it the identity; fitted by Newton's method. Stated probabilities that are NaN are left out.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="cases"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="priorCases"/> is not positive.</exception>
    public static LogisticRecalibration Fit(IEnumerable<(double Stated, bool Met)> cases, double priorCases = DefaultPriorCases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(priorCases);
        var data = cases.Where(c => !double.IsNaN(c.Stated)).Select(c => (X: Logit(c.Stated), Y: c.Met ? 1.0 : 0.0)).ToArray();
        var (a, b) = (0.0, 1.0);
        for (var iteration = 0; iteration < 50; iteration++)
        {
            // Gradient and Hessian of the penalised negative log-likelihood.
            var (ga, gb) = (priorCases * a, priorCases * (b - 1));
            var (haa, hab, hbb) = (priorCases, 0.0, priorCases);
            foreach (var (x, y) in data)
            {
                var q = Sigmoid(a + (b * x));
                var w = q * (1 - q);
                ga += q - y;
                gb += (q - y) * x;
                haa += w;
                hab += w * x;
                hbb += w * x * x;
            }

            var det = (haa * hbb) - (hab * hab);
            var da = ((hbb * ga) - (hab * gb)) / det;
            var db = ((haa * gb) - (hab * ga)) / det;
            a -= da;
            b = Math.Max(0, b - db);
            if (Math.Abs(da) + Math.Abs(db) < 1e-10)
            {
                break;
            }
        }

        return new LogisticRecalibration(a, b);
    }

    private static double Logit(double p)
    {
        var held = Math.Clamp(p, Floor, 1 - Floor);
        return Math.Log(held / (1 - held));
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
}
