using System.Runtime.CompilerServices;

namespace Turnover.Analytics.Forecasting.Internal;

/// <summary>
/// Maps between the optimiser's unconstrained vector and an ETS model's parameters and initial state:
/// [α, β?, γ?, φ?, l₀, b₀?, s₁ … s_{m−1}?]. α, β, γ, φ go through logistic transforms onto R's usual bounds
/// (β's upper bound is α, γ's is 1 − α); the seasonal state of position 0 is implied by the normalisation
/// (Σs = 0 additive, Σs = m multiplicative), as in R.
/// </summary>
internal sealed class EtsParameterLayout
{
    private const double Lower = EtsInitialization.Lower;
    private const double Upper = EtsInitialization.Upper;
    private const double PhiLower = EtsInitialization.PhiLower;
    private const double PhiUpper = EtsInitialization.PhiUpper;

    private readonly bool _trend;
    private readonly bool _damped;
    private readonly EtsSeason _season;
    private readonly int _m;

    public EtsParameterLayout(EtsModel model, int seasonLength)
    {
        _trend = model.Trend != EtsTrend.None;
        _damped = model.Trend == EtsTrend.AdditiveDamped;
        _season = model.Season;
        _m = _season == EtsSeason.None ? 1 : seasonLength;
        Count = EtsEstimator.ParameterCount(model, _m);
    }

    public int Count { get; }

    /// <summary>Writes the starting vector and the initial simplex steps.</summary>
    public void Encode(EtsParameters parameters, EtsState state, Span<double> point, Span<double> steps)
    {
        var i = 0;
        point[i] = Logit((parameters.Alpha - Lower) / (Upper - Lower));
        steps[i++] = 1.0;
        if (_trend)
        {
            point[i] = Logit((parameters.Beta - Lower) / (parameters.Alpha - Lower));
            steps[i++] = 1.0;
        }

        if (_season != EtsSeason.None)
        {
            point[i] = Logit((parameters.Gamma - Lower) / (Math.Min(Upper, 1 - parameters.Alpha) - Lower));
            steps[i++] = 1.0;
        }

        if (_damped)
        {
            point[i] = Logit((parameters.Phi - PhiLower) / (PhiUpper - PhiLower));
            steps[i++] = 1.0;
        }

        // States are in the data's scaled units (mean |y| = 1): steps of a few percent of that.
        point[i] = state.Level;
        steps[i++] = 0.1 * Math.Max(Math.Abs(state.Level), 0.1);
        if (_trend)
        {
            point[i] = state.Trend;
            steps[i++] = Math.Max(0.1 * Math.Abs(state.Trend), 0.01);
        }

        for (var k = 1; k < _m; k++)
        {
            point[i] = state.Season[k];
            steps[i++] = Math.Max(0.1 * Math.Abs(state.Season[k]), 0.02);
        }
    }

    /// <summary>Reads parameters from <paramref name="point"/> and writes the initial state into <paramref name="state"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public EtsParameters Decode(ReadOnlySpan<double> point, EtsState state)
    {
        var i = 0;
        var alpha = Lower + ((Upper - Lower) * Logistic(point[i++]));
        var beta = _trend ? Lower + ((alpha - Lower) * Logistic(point[i++])) : 0.0;
        var gamma = _season != EtsSeason.None ? Lower + ((Math.Min(Upper, 1 - alpha) - Lower) * Logistic(point[i++])) : 0.0;
        var phi = _damped ? PhiLower + ((PhiUpper - PhiLower) * Logistic(point[i++])) : 1.0;
        state.Level = point[i++];
        state.Trend = _trend ? point[i++] : 0.0;
        state.Head = 0;
        if (_m > 1)
        {
            var sum = 0.0;
            for (var k = 1; k < _m; k++)
            {
                state.Season[k] = point[i++];
                sum += state.Season[k];
            }

            state.Season[0] = (_season == EtsSeason.Multiplicative ? _m : 0) - sum;
        }
        else
        {
            state.Season[0] = _season == EtsSeason.Multiplicative ? 1 : 0;
        }

        return new EtsParameters(alpha, beta, gamma, phi);
    }

    /// <summary>Multiplicative seasonal factors must all be positive (R rejects negative ones the same way).</summary>
    public bool SeasonalStatesValid(EtsState state)
    {
        if (_season != EtsSeason.Multiplicative)
        {
            return true;
        }

        foreach (var s in state.Season)
        {
            if (!(s > 0))
            {
                return false;
            }
        }

        return true;
    }

    private static double Logistic(double x) => 1.0 / (1.0 + Math.Exp(-x));

    private static double Logit(double p)
    {
        var clamped = Math.Clamp(p, 1e-6, 1 - 1e-6);
        return Math.Log(clamped / (1 - clamped));
    }
}
