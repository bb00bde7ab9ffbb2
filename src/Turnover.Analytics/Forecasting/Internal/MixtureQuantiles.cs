namespace Turnover.Analytics.Forecasting.Internal;

/// <summary>
/// Quantiles of a two-member mixture read off each member's sorted samples: the mixture's distribution function is
/// (1 − w)·F_main + w·F_alternative, each member's samples weighing equally within it, so a weight needs no new draws.
/// </summary>
internal sealed class MixtureQuantiles
{
    private readonly double[] _values;
    private readonly bool[] _fromAlternative;
    private readonly int _mainCount;
    private readonly int _alternativeCount;

    /// <summary>Merges the two members' ascending samples once; the weights are applied when a quantile is read.</summary>
    public MixtureQuantiles(double[] main, double[] alternative)
    {
        (_mainCount, _alternativeCount) = (main.Length, alternative.Length);
        _values = new double[main.Length + alternative.Length];
        _fromAlternative = new bool[_values.Length];
        var (i, j) = (0, 0);
        for (var n = 0; n < _values.Length; n++)
        {
            var takeAlternative = i == main.Length || (j < alternative.Length && alternative[j] < main[i]);
            _fromAlternative[n] = takeAlternative;
            _values[n] = takeAlternative ? alternative[j++] : main[i++];
        }
    }

    /// <summary>
    /// The smallest sample at which the mixture with <paramref name="weight"/> on the alternative reaches
    /// <paramref name="probability"/> (0–1); NaN when a member with weight has no samples.
    /// </summary>
    public double Quantile(double weight, double probability)
    {
        if ((weight < 1 && _mainCount == 0) || (weight > 0 && _alternativeCount == 0))
        {
            return double.NaN;
        }

        var (mainStep, alternativeStep) = (_mainCount == 0 ? 0 : (1 - weight) / _mainCount, _alternativeCount == 0 ? 0 : weight / _alternativeCount);
        double cumulative = 0;
        for (var n = 0; n < _values.Length; n++)
        {
            cumulative += _fromAlternative[n] ? alternativeStep : mainStep;
            if (cumulative >= probability - 1e-12)
            {
                return _values[n];
            }
        }

        return _values[^1];
    }
}
