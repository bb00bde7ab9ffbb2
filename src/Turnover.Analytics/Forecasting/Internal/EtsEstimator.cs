namespace Turnover.Analytics.Forecasting.Internal;

/// <summary>
/// Maximum-likelihood fit of one ETS model: smoothing parameters and initial states jointly, by Nelder–Mead, like
/// R's forecast::ets. Smoothing parameters are optimised through logistic transforms onto R's usual bounds
/// (1e-4 ≤ α ≤ 0.9999, 1e-4 ≤ β ≤ α, 1e-4 ≤ γ ≤ 1 − α, 0.8 ≤ φ ≤ 0.98), so the simplex never leaves them; the
/// admissible region is enforced by a penalty. The data are divided by their mean absolute value first so that
/// states and steps are O(1) whatever the currency unit.
/// </summary>
internal static class EtsEstimator
{
    /// <summary>Returned for infeasible points: finite, so the simplex arithmetic never meets NaN or ∞.</summary>
    private const double Penalty = 1e10;

    private const double Tolerance = 1.5e-8; // R's reltol, sqrt(machine epsilon)

    /// <summary>The minimum number of observations to fit <paramref name="model"/> with a finite AICc.</summary>
    public static int MinimumObservations(EtsModel model, int seasonLength) => ParameterCount(model, seasonLength) + 3;

    /// <summary>Estimated quantities: α, β, γ, φ as present, the level, the trend and m − 1 free seasonal states.</summary>
    public static int ParameterCount(EtsModel model, int seasonLength)
    {
        var seasonal = model.Season != EtsSeason.None;
        var trend = model.Trend != EtsTrend.None;
        return 2 + (trend ? 2 : 0) + (model.Trend == EtsTrend.AdditiveDamped ? 1 : 0) + (seasonal ? seasonLength : 0);
    }

    /// <summary>
    /// Fits <paramref name="model"/>; null when it cannot be fitted (too few observations, data not positive for a
    /// multiplicative model, or no feasible parameters were found).
    /// </summary>
    /// <remarks>
    /// The budget is half of R's 2,000 evaluations: on the real series of bench/forecast-compare the fits still
    /// reach a lower AICc than R's in 35 of 36 windows, and forecasts match those of a 20,000-evaluation budget.
    /// </remarks>
    public static EtsFit? Fit(SeriesData data, EtsModel model, int maxEvaluations = 1000)
    {
        var m = model.Season == EtsSeason.None ? 1 : data.SeasonLength;
        if (data.ObservedCount < MinimumObservations(model, m) || (model.IsMultiplicative && !data.StrictlyPositive) || !(data.MeanAbs > 0 && double.IsFinite(data.MeanAbs)))
        {
            return null;
        }

        var scale = data.MeanAbs;
        var y = data.Scaled(scale);
        var layout = new EtsParameterLayout(model, m);
        var start = new double[layout.Count];
        var steps = new double[layout.Count];
        layout.Encode(EtsInitialization.Parameters(model, m), EtsInitialization.State(model, y, m), start, steps);

        var state = new EtsState(m);
        double Objective(ReadOnlySpan<double> point)
        {
            var parameters = layout.Decode(point, state);
            if (!EtsAdmissibility.IsAdmissible(parameters, model.Trend != EtsTrend.None, m) || !layout.SeasonalStatesValid(state))
            {
                return Penalty;
            }

            var criterion = EtsFilter.Run(model, new EtsRecursion(model, parameters), y, state, [], out _, out _);
            return double.IsNaN(criterion) ? Penalty : Math.Max(criterion, -Penalty);
        }

        var evaluations = 0;
        var best = Penalty;

        // Stage 1 (seasonal models): smoothing parameters, level and trend only, seasonal states held at their
        // decomposition values. A handful of dimensions converge in a few hundred evaluations and bring the full
        // simplex of stage 2 close to the optimum, where it would otherwise spend its budget getting there.
        var free = layout.Count - (m - 1);
        if (m > 1)
        {
            var full = (double[])start.Clone();
            double Partial(ReadOnlySpan<double> point)
            {
                point.CopyTo(full);
                return Objective(full);
            }

            var partial = start[..free];
            (best, evaluations) = new NelderMead(free).Minimise(Partial, partial, steps.AsSpan(0, free), Tolerance, maxEvaluations / 4);
            partial.CopyTo(start, 0);
        }

        var optimiser = new NelderMead(layout.Count);
        var (value, used) = optimiser.Minimise(Objective, start, steps, Tolerance, maxEvaluations - evaluations);
        best = value;
        evaluations += used;

        // One restart from the best point with a fresh simplex: Nelder–Mead often stalls in a collapsed simplex.
        if (best < Penalty && evaluations < maxEvaluations)
        {
            var (restarted, more) = optimiser.Minimise(Objective, start, steps, Tolerance, maxEvaluations - evaluations);
            best = restarted;
            evaluations += more;
        }

        if (!(best < Penalty))
        {
            return null;
        }

        var fitted = layout.Decode(start, state);
        var criterion = EtsFilter.Run(model, new EtsRecursion(model, fitted), y, state, [], out var sumSquares, out var observed);
        if (double.IsNaN(criterion))
        {
            return null;
        }

        criterion = Math.Max(criterion, -Penalty); // a perfect fit has Σe² = 0
        var k = layout.Count;
        var np = k + 1; // plus σ
        var aicc = criterion + (2.0 * observed * Math.Log(scale)) + (2.0 * np) + (2.0 * np * (np + 1) / (observed - np - 1));
        var sigma = Math.Sqrt(sumSquares / (observed > k ? observed - k : observed));
        var additiveError = model.Error == EtsError.Additive;
        return new EtsFit(
            model,
            m,
            fitted,
            state.Rescaled(scale, model.Season == EtsSeason.Additive),
            additiveError ? sigma * scale : sigma,
            aicc,
            k,
            observed,
            evaluations);
    }
}
